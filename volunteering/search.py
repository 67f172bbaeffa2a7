"""The Volunteering part of the site-wide search: the search source, the section of published,
still-open opportunities, and the organisation page's list of its roles."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _

from directory.models import Location, Organisation
from directory.search_index import Source
from directory.search_query import find, ordered
from newham_connect.i18n import language_columns, translated
from newham_connect.search import results, section

from .models import Opportunity

OPPORTUNITIES = Source(
    Opportunity,
    door="volunteering",
    title="title",
    bodies=("description", "benefits"),
    terms=("causes", "skills"),
    venues=("location",),
    depends_on={"organisation": Organisation, "location": Location},
)


def search_opportunities(understood, queryset=None):
    """Published, still-open opportunities matching the query."""
    queryset = Opportunity.objects.public().open() if queryset is None else queryset
    return find(queryset, understood)


def opportunity_row(opportunity):
    details = [translated(opportunity.organisation, "name")]
    if opportunity.location_id:
        details.append(translated(opportunity.location, "name"))
    if opportunity.from_home:
        details.append(_("Can be done from home"))
    if opportunity.schedule_en:
        details.append(translated(opportunity, "schedule"))
    return details


def opportunities_section(understood, limit):
    more = f"{reverse('volunteering:index')}?{urlencode({'q': understood.text})}"
    found = ordered(
        search_opportunities(understood).select_related("organisation", "location"),
        understood,
        "-created",
    )
    return section(
        _("Volunteering"),
        found,
        limit,
        title="title",
        more_url=more,
        details=opportunity_row,
        door="volunteering",
    )


def organisation_section(organisation):
    """The organisation page's open volunteering roles (a provider for directory.views)."""
    found = (
        Opportunity.objects.public()
        .open()
        .filter(organisation=organisation)
        .order_by("title_en", "pk")
        .only("slug", *language_columns("title", "description"))
    )
    return {"title": _("Volunteering"), "results": results(found, title="title")}
