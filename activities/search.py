"""Activities in the site-wide search (a section provider for newham_connect.search)."""

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, TrigramSimilarity
from django.db.models import Q
from django.db.models.functions import Greatest
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from newham_connect.i18n import translated

from .models import ActivitySeries

# Every language's column, so translated() can fall back without another query.
_TEXT_FIELDS = [
    f"{f}_{code}" for f in ("name", "description") for code, _name in settings.LANGUAGES
]


def search_activities(query, language=None):
    """Public activities matching `query` in English or the page's language.

    Full-text match on the name and description, and trigram similarity on the name so a
    typo ("yogga", "zumbaa") still finds something.
    """
    language = language or get_language()
    names = sorted({"name_en", f"name_{language}"})
    descriptions = sorted({"description_en", f"description_{language}"})
    vector = SearchVector(*names, weight="A", config="simple") + SearchVector(
        *descriptions, weight="B", config="simple"
    )
    search_query = SearchQuery(query, search_type="websearch", config="simple")
    similarity = (
        Greatest(*[TrigramSimilarity(c, query) for c in names])
        if len(names) > 1
        else TrigramSimilarity("name_en", query)
    )
    return (
        ActivitySeries.objects.public()
        .annotate(rank=SearchRank(vector, search_query), similarity=similarity)
        .filter(
            Q(rank__gt=0)
            | Q(similarity__gt=0.3)
            | Q(**{f"name_{language}__unaccent__icontains": query})
            | Q(name_en__unaccent__icontains=query)
        )
        .order_by("-rank", "-similarity", "name_en")
    )


def activities_section(query, limit):
    found = search_activities(query)
    results = [
        {
            "title": translated(series, "name"),
            "url": series.get_absolute_url(),
            "summary": translated(series, "description"),
        }
        for series in found[:limit]
    ]
    return {
        "title": _("Activities"),
        "results": results,
        "count": found.count() if len(results) == limit else len(results),
        "more_url": None,
    }


def organisation_section(organisation):
    """The organisation page's list of what it runs (a provider for directory.views)."""
    series = (
        ActivitySeries.objects.public()
        .filter(organisation=organisation)
        .order_by("name_en", "pk")
        .only("slug", *_TEXT_FIELDS)
    )
    return {
        "title": _("Activities"),
        "results": [
            {
                "title": translated(s, "name"),
                "url": s.get_absolute_url(),
                "summary": translated(s, "description"),
            }
            for s in series
        ],
    }
