from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActivitiesConfig(AppConfig):
    """What's on: community activities and their sessions (built on the directory)."""

    name = "activities"
    verbose_name = _("Activities")
    # OpenActive's Activity List, shipped in the app (`manage.py load_reference_data`).
    reference_data = "activities.activity_list.load"
    # Shared pages (newham_connect.contributions): first in the site search.
    page_order = 10
    search_sections = ["activities.search.activities_section"]
    search_documents = ["activities.search.ACTIVITIES"]
    organisation_sections = ["activities.search.organisation_section"]
    back_office_needs = ["activities.needs.no_dates_coming"]

    def ready(self):
        from . import signals  # noqa: F401 - connects the feed bookkeeping
