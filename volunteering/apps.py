from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class VolunteeringConfig(AppConfig):
    """The Volunteering Hub: opportunities, interest, hours (built on the directory)."""

    name = "volunteering"
    verbose_name = _("Volunteering")
    reference_data = "volunteering.reference.load"  # `manage.py load_reference_data`
    # Shared pages (newham_connect.contributions): after the directory's and activities'.
    page_order = 30
    search_sections = ["volunteering.search.opportunities_section"]
    search_documents = ["volunteering.search.OPPORTUNITIES"]
    organisation_sections = ["volunteering.search.organisation_section"]
    back_office_needs = ["volunteering.needs.volunteers_waiting"]
