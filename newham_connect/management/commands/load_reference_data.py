"""manage.py load_reference_data: the real data every installation needs, and no demo content.

Each app names its loader in its AppConfig (`reference_data = "app.module.function"`); they
run in INSTALLED_APPS order, so the directory's wards and categories come before the apps that
refer to them. Idempotent: a second run changes nothing.
"""

from django.apps import apps
from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string


def load_all(stdout=None):
    """Run every app's loader; returns {app label: counts}."""
    return {
        config.label: import_string(config.reference_data)(stdout=stdout)
        for config in apps.get_app_configs()
        if getattr(config, "reference_data", None)
    }


class Command(BaseCommand):
    help = "Load or refresh the reference data (wards, languages, categories, Activity List)."

    def handle(self, *args, **options):
        load_all(self.stdout)
