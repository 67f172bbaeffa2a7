from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, TrigramSimilarity
from django.db.models import Q
from django.db.models.functions import Greatest
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from newham_connect.i18n import translated

from .models import Organisation


def search_organisations(query, language=None):
    """Published organisations matching `query` in English or the page's language.

    Full-text match on name and description, plus trigram similarity on the name so that
    typos ("foodbank", "forrest gate") still find something.
    """
    language = language or get_language()
    columns = {"name_en", f"name_{language}"}
    vector = SearchVector(*sorted(columns), weight="A", config="simple") + SearchVector(
        *sorted({"description_en", f"description_{language}"}), weight="B", config="simple"
    )
    search_query = SearchQuery(query, search_type="websearch", config="simple")
    similarity = (
        Greatest(*[TrigramSimilarity(c, query) for c in sorted(columns)])
        if len(columns) > 1
        else TrigramSimilarity("name_en", query)
    )
    return (
        Organisation.objects.published()
        .annotate(rank=SearchRank(vector, search_query), similarity=similarity)
        .filter(
            Q(rank__gt=0)
            | Q(similarity__gt=0.25)
            | Q(**{f"name_{language}__unaccent__icontains": query})
            | Q(name_en__unaccent__icontains=query)
        )
        .order_by("-rank", "-similarity", "name")
    )


def organisations_section(query, limit):
    found = search_organisations(query)
    results = [
        {
            "title": translated(org, "name"),
            "url": org.get_absolute_url(),
            "summary": translated(org, "description"),
        }
        for org in found[:limit]
    ]
    return {
        "title": _("Organisations"),
        "results": results,
        "count": found.count() if len(results) == limit else len(results),
        "more_url": None,
    }
