"""The directory's part of the site search: its listings as search sources, and the
"Services and support" and "Organisations" sections."""

from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from newham_connect.search import section

from .models import Location, Organisation, Service, ServiceAtLocation
from .search_index import Source
from .search_query import find, ordered

SERVICES = Source(
    Service,
    door="services",
    bodies=("description", "eligibility_description"),
    venues=("locations",),
    areas=("wards",),
    depends_on={
        "organisation": Organisation,
        "locations": Location,
        "service_at_locations": ServiceAtLocation,
    },
)
ORGANISATIONS = Source(Organisation, door="organisations", organisation=None, areas=("wards",))


def search_services(understood, queryset=None):
    """Services matching the query (published ones unless a queryset is given)."""
    queryset = Service.objects.public() if queryset is None else queryset
    return find(queryset, understood)


def search_organisations(understood, queryset=None):
    queryset = Organisation.objects.public() if queryset is None else queryset
    return find(queryset, understood)


def service_row(service):
    """What tells one service from another in a list: who runs it, where, whether it is free."""
    details = [service.organisation.name] if service.organisation_id else []
    details += [venue.name for venue in list(service.locations.all())[:1]]
    if service.is_free:
        details.append(_("Free"))
    return details


def services_section(understood, limit):
    """The site-wide search's "Services and support" section."""
    more = f"{reverse('directory:services')}?{urlencode({'q': understood.text})}"
    found = ordered(
        search_services(understood).select_related("organisation").prefetch_related("locations"),
        understood,
        "name_en",
    )
    return section(
        _("Services and support"),
        found,
        limit,
        more_url=more,
        details=service_row,
        door="services",
    )


def organisations_section(understood, limit):
    found = ordered(search_organisations(understood), understood, "name_en")
    return section(_("Organisations"), found, limit, door="organisations")
