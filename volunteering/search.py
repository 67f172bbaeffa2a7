"""The Volunteering section of the site-wide search: published, still-open opportunities."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, TrigramSimilarity
from django.db.models import Q
from django.db.models.functions import Greatest
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from newham_connect.i18n import translated

from .models import Opportunity

# Every language's column, so translated() can fall back without another query.
_TEXT_FIELDS = [
    f"{f}_{code}" for f in ("title", "description") for code, _name in settings.LANGUAGES
]


def search_opportunities(query, language=None):
    """Full text on title and description in English and the page's language, plus trigram
    similarity on the title so that typos still find something."""
    language = language or get_language() or "en"
    titles = sorted({"title_en", f"title_{language}"})
    vector = SearchVector(*titles, weight="A", config="simple") + SearchVector(
        *sorted({"description_en", f"description_{language}"}), weight="B", config="simple"
    )
    search_query = SearchQuery(query, search_type="websearch", config="simple")
    similarity = (
        Greatest(*[TrigramSimilarity(t, query) for t in titles])
        if len(titles) > 1
        else TrigramSimilarity("title_en", query)
    )
    return (
        Opportunity.objects.published()
        .open()
        .select_related("organisation")
        .annotate(rank=SearchRank(vector, search_query), similarity=similarity)
        .filter(
            Q(rank__gt=0)
            | Q(similarity__gt=0.25)
            | Q(**{f"title_{language}__unaccent__icontains": query})
            | Q(title_en__unaccent__icontains=query)
        )
        .order_by("-rank", "-similarity", "-created")
    )


def opportunities_section(query, limit):
    found = search_opportunities(query)
    results = [
        {
            "title": translated(opportunity, "title"),
            "url": opportunity.get_absolute_url(),
            "summary": translated(opportunity, "description"),
        }
        for opportunity in found[:limit]
    ]
    return {
        "title": _("Volunteering"),
        "results": results,
        "count": found.count() if len(results) == limit else len(results),
        "more_url": f"{reverse('volunteering:index')}?{urlencode({'q': query})}"
        if results
        else None,
    }


def organisation_section(organisation):
    """The organisation page's open volunteering roles (a provider for directory.views)."""
    found = (
        Opportunity.objects.published()
        .open()
        .filter(organisation=organisation)
        .order_by("title_en", "pk")
        .only("slug", *_TEXT_FIELDS)
    )
    return {
        "title": _("Volunteering"),
        "results": [
            {
                "title": translated(o, "title"),
                "url": o.get_absolute_url(),
                "summary": translated(o, "description"),
            }
            for o in found
        ],
    }
