# Untranslated fields stored as "" become None, as newham_connect.history now stores them.
from django.db import migrations

from newham_connect.history import stored_empty_as_none


class Migration(migrations.Migration):
    dependencies = [("volunteering", "0002_search_speed")]

    operations = [
        migrations.RunPython(
            stored_empty_as_none("volunteering", "Opportunity"), migrations.RunPython.noop
        )
    ]
