from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class DirectoryConfig(AppConfig):
    """The Open Referral core every other app points at: organisations, venues, taxonomy."""

    name = "directory"
    verbose_name = _("Directory")
    default_auto_field = "django.db.models.BigAutoField"
    # Loaded by `manage.py load_reference_data` (production and the demo), in app order.
    reference_data = "directory.reference.load"
    # Shared pages (newham_connect.contributions): search shows activities, then these.
    page_order = 20
    search_sections = [
        "directory.search.services_section",
        "directory.search.organisations_section",
    ]
    # The site search: what a query means, and the listings it finds (directory.search_index).
    search_interpreter = ["directory.search_query.understand_on_page"]
    search_listeners = ["directory.search_log.record_unmet"]
    search_documents = ["directory.search.SERVICES", "directory.search.ORGANISATIONS"]
    # The back office (newham_connect.admin.BackOfficeSite): each role's home page, and the
    # moderators' queue.
    back_office_home = ["directory.home.home_panel"]
    back_office_urls = ["directory.queue_views.urls"]

    def ready(self):
        from django.db.models.signals import post_migrate

        from . import search_index, signals

        search_index.connect()

        # The moderators' group is a role the code relies on, like content types: put it back
        # whenever the tables are (re)made, including after `flush` (which empties what the
        # data migration wrote).
        post_migrate.connect(signals.ensure_moderators_group, sender=self)
        # Listings loaded before the search documents existed get theirs.
        post_migrate.connect(search_index.index_missing, sender=self)
