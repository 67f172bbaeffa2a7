# Untranslated fields stored as "" become None, as newham_connect.history now stores them.
from django.db import migrations

from newham_connect.history import stored_empty_as_none


class Migration(migrations.Migration):
    dependencies = [("directory", "0007_search_speed")]

    operations = [
        migrations.RunPython(
            stored_empty_as_none("directory", "Organisation", "Location", "Service"), migrations.RunPython.noop
        )
    ]
