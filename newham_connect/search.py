"""Site-wide search: each app offers its sections (`search_sections` on its AppConfig, see
`newham_connect.contributions`); this module runs them in page order, and holds the one text
search every app uses.

Sections are plain dicts so the template stays simple:
{"title": str, "results": [{"title", "url", "summary"}], "count": int, "more_url": str | None}
"""

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, TrigramSimilarity
from django.db.models import F, Q
from django.db.models.functions import Greatest
from django.utils.translation import get_language

from .contributions import contributions
from .i18n import translated

# The AppConfig attribute listing an app's sections: callable(query, limit) -> one section.
SECTIONS = "search_sections"
RESULTS_PER_SECTION = 10


def run(query):
    return [provider(query, RESULTS_PER_SECTION) for provider in contributions(SECTIONS)]


def text_search(queryset, query, *, title="name", body="description", language=None, typos=0.25):
    """Rows of `queryset` matching `query` in English or the page's language.

    Full text on the title (weight A) and body (B), trigram similarity on the title so typos
    ("forrest gate", "yogga") still find something, and an accent-blind substring of the title.
    Annotates `rank` (text rank + similarity) for ordering.
    """
    language = language or get_language() or "en"
    titles = sorted({f"{title}_en", f"{title}_{language}"})
    bodies = sorted({f"{body}_en", f"{body}_{language}"})
    vector = SearchVector(*titles, weight="A", config="simple") + SearchVector(
        *bodies, weight="B", config="simple"
    )
    search_query = SearchQuery(query, search_type="websearch", config="simple")
    similarities = [TrigramSimilarity(column, query) for column in titles]
    similarity = Greatest(*similarities) if len(similarities) > 1 else similarities[0]
    # "document @@ query" is the full-text match; ts_rank is never exactly 0, so not a test.
    matches = Q(document=search_query) | Q(similarity__gt=typos)
    for column in titles:
        matches |= Q(**{f"{column}__unaccent__icontains": query})
    return (
        queryset.annotate(
            document=vector, text_rank=SearchRank(vector, search_query), similarity=similarity
        )
        .annotate(rank=F("text_rank") + F("similarity"))
        .filter(matches)
    )


def results(objects, title="name", summary="description"):
    """Listings as section results, in the page's language (English fallbacks marked)."""
    return [
        {
            "title": translated(obj, title),
            "url": obj.get_absolute_url(),
            "summary": translated(obj, summary),
        }
        for obj in objects
    ]


def section(heading, found, limit, *, title="name", more_url=None):
    """One section of the site search: the first `limit` of `found`, the total, and where to
    see the rest (only when there is a rest)."""
    shown = results(found[:limit], title=title)
    count = found.count() if len(shown) == limit else len(shown)
    return {
        "title": heading,
        "results": shown,
        "count": count,
        "more_url": more_url if count > len(shown) else None,
    }
