from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('directory', '0007_search_speed'),
        ('volunteering', '0001_initial'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='opportunity',
            index=models.Index(condition=models.Q(('status', 'published')), fields=['id'], include=('organisation', 'closing_date', 'end_date', 'created'), name='opportunity_public'),
        ),
    ]
