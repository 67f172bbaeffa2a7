from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector, TrigramSimilarity
from django.db.models import F, Q
from django.db.models.functions import Greatest
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from newham_connect.i18n import translated

from .models import Organisation, Service


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
        .annotate(document=vector, rank=SearchRank(vector, search_query), similarity=similarity)
        .filter(
            # "document @@ query" is the full-text match; ts_rank is never exactly 0.
            Q(document=search_query)
            | Q(similarity__gt=0.25)
            | Q(**{f"name_{language}__unaccent__icontains": query})
            | Q(name_en__unaccent__icontains=query)
        )
        .order_by("-rank", "-similarity", "name")
    )


def search_services(query, queryset=None, language=None):
    """Services matching `query`: full text on name and description in English and the page's
    language, plus trigram similarity on names for typos. Adds `rank` for ordering."""
    language = language or get_language()
    queryset = Service.objects.published() if queryset is None else queryset
    names = sorted({"name_en", f"name_{language}"})
    texts = sorted({"description_en", f"description_{language}"})
    vector = SearchVector(*names, weight="A", config="simple") + SearchVector(
        *texts, weight="B", config="simple"
    )
    search_query = SearchQuery(query, search_type="websearch", config="simple")
    similarity = (
        Greatest(*[TrigramSimilarity(c, query) for c in names])
        if len(names) > 1
        else TrigramSimilarity("name_en", query)
    )
    # "document @@ query" is the full-text match; ts_rank is never exactly 0, so not a test.
    matches = Q(document=search_query) | Q(similarity__gt=0.25)
    for column in names:
        matches |= Q(**{f"{column}__unaccent__icontains": query})
    return (
        queryset.annotate(
            document=vector,
            text_rank=SearchRank(vector, search_query),
            similarity=similarity,
        )
        .annotate(rank=F("text_rank") + F("similarity"))
        .filter(matches)
    )


def services_section(query, limit):
    """The site-wide search's "Services and support" section."""
    from django.urls import reverse
    from django.utils.http import urlencode

    found = search_services(query).order_by("-rank", "name_en")
    results = [
        {
            "title": translated(service, "name"),
            "url": service.get_absolute_url(),
            "summary": translated(service, "description"),
        }
        for service in found[:limit]
    ]
    count = found.count() if len(results) == limit else len(results)
    return {
        "title": _("Services and support"),
        "results": results,
        "count": count,
        "more_url": f"{reverse('directory:services')}?{urlencode({'q': query})}"
        if count > len(results)
        else None,
    }


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
