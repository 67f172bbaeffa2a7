"""Activities in the site-wide search: the search source and the "Activities" section, and
the organisation page's list of what it runs."""

from django.db.models import OuterRef, Subquery
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from directory.models import Location, Organisation
from directory.search_index import Source
from directory.search_query import find, ordered
from newham_connect.i18n import language_columns, translated
from newham_connect.search import results, section

from .models import ActivitySeries, Occurrence

ACTIVITIES = Source(
    ActivitySeries,
    door="activities",
    bodies=("description", "how_to_join"),
    terms=("categories", "activity_types"),
    venues=("location",),
    depends_on={"organisation": Organisation, "location": Location},
)


def search_activities(understood, queryset=None):
    """Public activities matching the query, with the start of each one's next session."""
    queryset = ActivitySeries.objects.public() if queryset is None else queryset
    upcoming = Occurrence.objects.filter(
        series=OuterRef("pk"), end__gte=timezone.now(), cancelled=False
    ).order_by("start")
    return find(queryset, understood).annotate(next_start=Subquery(upcoming.values("start")[:1]))


def activity_row(series):
    """Next session, venue (or online), organiser and cost: what tells one "Coffee morning"
    from another."""
    details = []
    if series.next_start:
        start = timezone.localtime(series.next_start)
        details.append(
            _("Next: %(day)s, %(time)s")
            % {"day": date_format(start, "l j F"), "time": time_format(start, "H:i")}
        )
    if series.location_id:
        details.append(translated(series.location, "name"))
    elif series.is_online:
        details.append(_("Online"))
    details.append(translated(series.organisation, "name"))
    details.append(_("Free") if series.is_free else _("Costs money"))
    return details


def activities_section(understood, limit):
    more = f"{reverse('activities:index')}?{urlencode({'q': understood.text})}"
    found = ordered(
        search_activities(understood).select_related("location", "organisation"),
        understood,
        "next_start",
        "name_en",
    )
    return section(
        _("Activities"), found, limit, more_url=more, details=activity_row, door="activities"
    )


def organisation_section(organisation):
    """The organisation page's list of what it runs (a provider for directory.views)."""
    series = (
        ActivitySeries.objects.public()
        .filter(organisation=organisation)
        .order_by("name_en", "pk")
        .only("slug", *language_columns("name", "description"))
    )
    return {"title": _("Activities"), "results": results(series)}
