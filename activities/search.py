"""Activities in the site-wide search (a section provider for newham_connect.search)."""

from django.utils.translation import gettext as _

from newham_connect.i18n import language_columns
from newham_connect.search import results, section, text_search

from .models import ActivitySeries


def search_activities(query, language=None):
    """Public activities matching `query` in English or the page's language."""
    found = text_search(ActivitySeries.objects.public(), query, language=language, typos=0.3)
    return found.order_by("-rank", "name_en")


def activities_section(query, limit):
    # What's on has no text box (the site search is the text search), so no "see all".
    return section(_("Activities"), search_activities(query), limit)


def organisation_section(organisation):
    """The organisation page's list of what it runs (a provider for directory.views)."""
    series = (
        ActivitySeries.objects.public()
        .filter(organisation=organisation)
        .order_by("name_en", "pk")
        .only("slug", *language_columns("name", "description"))
    )
    return {"title": _("Activities"), "results": results(series)}
