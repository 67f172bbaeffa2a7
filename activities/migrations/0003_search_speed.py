from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('activities', '0002_occurrence_by_start'),
        ('directory', '0006_search_documents'),
    ]

    operations = [
        migrations.AddIndex(
            model_name='activityseries',
            index=models.Index(condition=models.Q(('status', 'published')), fields=['id'], include=('organisation', 'name_en'), name='series_public'),
        ),
    ]
