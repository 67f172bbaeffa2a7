"""Site-wide search: each app offers its sections (`search_sections` on its AppConfig, see
`newham_connect.contributions`); this module runs them in page order.

What a query means is the directory's business (`search_interpreter`: text → an object the
sections understand, with `.text`); what happens after a search (`search_listeners`, such as
counting searches that found nothing) too. This module names no app.

Sections are plain dicts so the template stays simple:
{"title": str, "results": [{"title", "url", "summary", "details", "distance_km"}],
 "count": int, "more_url": str | None}
"""

from types import SimpleNamespace

from django.db.models import Count, F, OrderBy, Window
from django.db.models.expressions import RowRange

from . import page_cache
from .contributions import contributions
from .i18n import translated

# The AppConfig attribute listing an app's sections: callable(understood, limit) -> a section.
SECTIONS = "search_sections"
INTERPRETER = "search_interpreter"
LISTENERS = "search_listeners"
RESULTS_PER_SECTION = 10


def understand(text):
    interpreters = contributions(INTERPRETER)
    return interpreters[0](text) if interpreters else text


def run(text, request=None):
    """(what the query was understood as, the sections of results). With the request, the
    listeners hear this search again each time the page cache serves its page."""
    understood = understand(text)
    sections = [provider(understood, RESULTS_PER_SECTION) for provider in contributions(SECTIONS)]
    _tell_listeners(understood, sections)
    if request is not None:
        counts = [(s.get("door", ""), s["count"]) for s in sections]
        language = getattr(understood, "language", None)
        page_cache.also_on_hit(
            request, f"{__name__}.heard_again", understood.text, language, counts
        )
    return understood, sections


def heard_again(text, language, counts):
    """A search served from the page cache: the listeners hear what they heard the first
    time (the words, the page's language, each section's door and count)."""
    _tell_listeners(
        SimpleNamespace(text=text, language=language),
        [{"door": door, "count": count} for door, count in counts],
    )


def _tell_listeners(understood, sections):
    for listener in contributions(LISTENERS):
        listener(understood, sections)


def results(objects, title="name", summary="description", details=None):
    """Listings as section results, in the page's language (English fallbacks marked).
    `details(obj)`: the short facts that tell one result from another (where, when, cost)."""
    return [
        {
            "title": translated(obj, title),
            "url": obj.get_absolute_url(),
            "summary": translated(obj, summary),
            "details": details(obj) if details else [],
            "distance_km": getattr(obj, "distance_km", None),
        }
        for obj in objects
    ]


def section(heading, found, limit, *, title="name", more_url=None, details=None, door=""):
    """One section of the site search: the first `limit` of `found`, the total, and where to
    see the rest (only when there is a rest)."""
    # Two narrow steps, not the page and a count: which `limit` listings come first, with the
    # total from a window count (matching is done once), then those listings' rows by key.
    # The wide rows are neither joined nor sorted for every match.
    hits = list(found.annotate(total=_total(found)).values_list("pk", "total")[:limit])
    count = hits[0][1] if hits else 0
    place = {pk: i for i, (pk, _count) in enumerate(hits)}
    page = (
        sorted(found.order_by().filter(pk__in=list(place)), key=lambda obj: place[obj.pk])
        if hits
        else []
    )
    shown = results(page, title=title, details=details)
    return {
        "title": heading,
        "door": door,
        "results": shown,
        "count": count,
        "more_url": more_url if count > len(shown) else None,
    }


def _total(found):
    """How many `found` has, as a window over all its rows. Ordered by the first of its sort
    keys, so the rows come out of the window in that order and PostgreSQL finishes the sort
    (ties: the next session, the name) on the first groups only, not on every match."""
    first = found.query.order_by[0] if found.query.order_by else None
    if isinstance(first, str):
        first = F(first[1:]).desc() if first.startswith("-") else F(first).asc()
    if first is None:
        return Window(Count("pk"))
    if not isinstance(first, OrderBy):
        first = first.asc()
    return Window(Count("pk"), order_by=first, frame=RowRange(start=None, end=None))
