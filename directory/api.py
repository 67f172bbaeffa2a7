"""Open Referral UK 3.0 read API: plain Django views answering JSON.

Only published services of published organisations appear. Every list is paged (at most
MAX_PER_PAGE records) and runs a fixed number of queries whatever the page size. A bad query
parameter is a 400 with a JSON problem report; an unknown id is a 404, also in JSON.
"""

import datetime
import functools
import math
import re
import uuid
from decimal import Decimal

from django.db.models import Avg, F, FloatField, Prefetch, Q
from django.db.models.functions import Power, Radians, Sqrt
from django.http import Http404, JsonResponse
from django.utils import timezone, translation
from django.views.decorators.http import require_GET

from newham_connect.errors import problem

from .api_serializers import Serializer, taxonomy_id
from .models import (
    Location,
    Organisation,
    Schedule,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
)
from .search import search_organisations, search_services
from .search_query import understand

API_DETAILS = {
    "version": "HSDS-UK-3.0",
    "profile": "https://github.com/OpenReferralUK/uk-profile/blob/main/docs/index.md",
    "openapi_url": "https://docs.openreferraluk.org/en/latest/openapi30.json",
}
DEFAULT_PER_PAGE = 50
MAX_PER_PAGE = 200
MAX_PROXIMITY_METRES = 50_000
EARTH_RADIUS_METRES = 6_371_000
POSTCODE = re.compile(r"^([A-Z]{1,2}[0-9][A-Z0-9]?) ?([0-9][A-Z]{2})?$")


class BadRequest(Exception):
    """A query parameter we cannot use; the message says which and why."""


def api_view(view):
    """GET only, English content, JSON errors, open to every origin (it is open data)."""

    @functools.wraps(view)
    @require_GET
    def wrapper(request, *args, **kwargs):
        with translation.override("en"):
            try:
                _check_format(request)
                data = view(request, Serializer(request.build_absolute_uri), *args, **kwargs)
            except BadRequest as error:
                response = problem(400, str(error))
            except Http404:
                response = problem(404, "There is no record with this id.")
            else:
                response = JsonResponse(data, json_dumps_params={"ensure_ascii": False})
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapper


# --- query parameters ---------------------------------------------------------------------


def _check_format(request):
    value = request.GET.get("format", "json")
    if value != "json":
        raise BadRequest("format: only json is available.")


def _int(request, name, default, low, high):
    raw = request.GET.get(name)
    if raw in (None, ""):
        return default
    try:
        value = int(raw)
    except ValueError:
        raise BadRequest(f"{name}: must be a whole number, got {raw!r}.") from None
    if not low <= value <= high:
        raise BadRequest(f"{name}: must be from {low} to {high}, got {value}.")
    return value


def _bool(request, name):
    raw = request.GET.get(name, "").lower()
    if raw in ("", "false", "0", "no"):
        return False
    if raw in ("true", "1", "yes"):
        return True
    raise BadRequest(f"{name}: must be true or false, got {raw!r}.")


def _uuid(request, name):
    raw = request.GET.get(name)
    if not raw:
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise BadRequest(f"{name}: must be a UUID, got {raw!r}.") from None


def _modified_after(request):
    raw = request.GET.get("modified_after")
    if not raw:
        return None
    try:
        value = datetime.datetime.fromisoformat(raw.replace(" ", "+"))
    except ValueError:
        raise BadRequest(
            f"modified_after: must be a date or date and time such as 2025-01-31T09:00:00Z, "
            f"got {raw!r}."
        ) from None
    if timezone.is_naive(value):
        value = timezone.make_aware(value)
    return value


def _search(request):
    return request.GET.get("search", request.GET.get("text", "")).strip()[:200]


def _paged(request, queryset, render):
    """The ORUK page object around one page of `queryset`."""
    page = _int(request, "page", 1, 1, 1_000_000)
    per_page = _int(request, "per_page", DEFAULT_PER_PAGE, 1, MAX_PER_PAGE)
    total = queryset.count()
    items = list(queryset[(page - 1) * per_page : page * per_page]) if total else []
    total_pages = math.ceil(total / per_page)
    return {
        "total_items": total,
        "total_pages": total_pages,
        "page_number": page,
        "size": len(items),
        "first_page": page == 1,
        "last_page": page >= total_pages,
        "empty": not items,
        "contents": [render(item) for item in items],
    }


def _get(queryset, pk):
    try:
        return queryset.get(pk=uuid.UUID(str(pk)))
    except (ValueError, queryset.model.DoesNotExist):
        raise Http404 from None


# --- querysets ----------------------------------------------------------------------------


def _schedules():
    return Schedule.objects.order_by("opens_at", "pk")


def services_full():
    """Published services with everything service_full() reads, in a fixed number of queries."""
    return (
        Service.objects.public()
        .select_related("organisation")
        .prefetch_related(
            "categories",
            "languages",
            "wards",
            "cost_options",
            "contacts",
            Prefetch("schedules", queryset=_schedules()),
            Prefetch(
                "service_at_locations",
                queryset=ServiceAtLocation.objects.select_related("location").prefetch_related(
                    "location__accessibility", Prefetch("schedules", queryset=_schedules())
                ),
            ),
        )
    )


def _filter_services(request, services):
    """The filters /services and /service_at_locations share (on the service)."""
    if term_id := _uuid(request, "taxonomy_term_id"):
        services = services.in_categories([term_id])
    if vocabulary := _uuid(request, "taxonomy_id"):
        slugs = [slug for slug in _taxonomy_slugs() if taxonomy_id(slug) == str(vocabulary)]
        services = services.filter(categories__taxonomy__in=slugs).distinct()
    if organisation := _uuid(request, "organization_id"):
        services = services.filter(organisation_id=organisation)
    if after := _modified_after(request):
        services = services.filter(last_modified__gte=after)
    if text := _search(request):
        services = search_services(understand(text, "en", places=False), services)
    return services


# --- endpoints ----------------------------------------------------------------------------


@api_view
def not_found(request, out):
    """Any other address under the API, such as an id with a slash in it: a 404 in JSON like
    every other API answer, not the site's HTML page."""
    raise Http404


@api_view
def api_details(request, out):
    return API_DETAILS


@api_view
def services(request, out):
    full, minimal = _bool(request, "full"), _bool(request, "minimal")
    queryset = services_full() if full else Service.objects.public().select_related("organisation")
    queryset = _filter_services(request, queryset).order_by("name_en", "pk")
    if minimal:
        # Every service needs id, name and status in ORUK, so "minimal" keeps those.
        def render(s):
            return {
                "id": str(s.pk),
                "name": s.name_en,
                "status": s.service_status,
                "last_modified": s.last_modified.isoformat(),
            }
    else:
        render = out.service_full if full else out.service
    return _paged(request, queryset, render)


@api_view
def service(request, out, pk):
    return out.service_full(_get(services_full(), pk))


def _taxonomy_slugs():
    # order_by(): the model's ordering would add "name" to the DISTINCT.
    return list(
        TaxonomyTerm.objects.order_by("taxonomy").values_list("taxonomy", flat=True).distinct()
    )


class _Page(list):
    """A list that answers count() like a queryset, for paging taxonomies."""

    def count(self):
        return len(self)


@api_view
def taxonomies(request, out):
    text = _search(request).lower()
    found = _Page(
        out.taxonomy(slug)
        for slug in _taxonomy_slugs()
        if text in slug or text in out.taxonomy(slug)["name"].lower()
    )
    return _paged(request, found, lambda item: item)


@api_view
def taxonomy(request, out, pk):
    for slug in _taxonomy_slugs():
        if taxonomy_id(slug) == str(pk):
            terms = TaxonomyTerm.objects.filter(taxonomy=slug).order_by("name_en", "pk")
            return out.taxonomy(slug, terms)
    raise Http404


@api_view
def taxonomy_terms(request, out):
    terms = TaxonomyTerm.objects.order_by("taxonomy", "name_en", "pk")
    if vocabulary := _uuid(request, "taxonomy_id"):
        terms = terms.filter(
            taxonomy__in=[s for s in _taxonomy_slugs() if taxonomy_id(s) == str(vocabulary)]
        )
    if parent := _uuid(request, "parent_id"):
        terms = terms.filter(parent_id=parent)
    if _bool(request, "top_only"):
        terms = terms.filter(parent__isnull=True)
    if text := _search(request):
        terms = terms.filter(Q(name_en__unaccent__icontains=text) | Q(code__icontains=text))
    return _paged(request, terms, out.taxonomy_term)


@api_view
def taxonomy_term(request, out, pk):
    return out.taxonomy_term(_get(TaxonomyTerm.objects.all(), pk))


def _organisations(request):
    full_service = _bool(request, "full_service")
    with_services = full_service or _bool(request, "full")
    services_qs = services_full() if full_service else Service.objects.public()
    queryset = Organisation.objects.public()
    if with_services:
        queryset = queryset.prefetch_related(
            Prefetch("services", queryset=services_qs.order_by("name_en", "pk"))
        )
    return queryset, with_services, full_service


@api_view
def organizations(request, out):
    queryset, with_services, full_service = _organisations(request)
    if text := _search(request):
        queryset = queryset.filter(
            pk__in=search_organisations(understand(text, "en", places=False)).values("pk")
        )
    queryset = queryset.order_by("name_en", "pk")
    if with_services:
        return _paged(
            request,
            queryset,
            lambda org: out.organization_full(org, org.services.all(), full_service),
        )
    return _paged(request, queryset, out.organization)


@api_view
def organization(request, out, pk):
    full_service = _bool(request, "full_service")
    services_qs = services_full() if full_service else Service.objects.public()
    queryset = Organisation.objects.public().prefetch_related(
        Prefetch("services", queryset=services_qs.order_by("name_en", "pk"))
    )
    org = _get(queryset, pk)
    return out.organization_full(org, org.services.all(), full_service)


def _near(request, sals):
    """postcode (and proximity in metres): where the postcode is, from our own venues."""
    raw = request.GET.get("postcode", "").strip().upper()
    proximity = _int(request, "proximity", None, 1, MAX_PROXIMITY_METRES)
    if not raw:
        if proximity is not None:
            raise BadRequest("proximity: needs a postcode to measure from.")
        return sals
    match = POSTCODE.match(raw)
    if not match:
        raise BadRequest(f"postcode: {raw!r} is not a UK postcode.")
    outward, inward = match.groups()
    venues = Location.objects.none()
    if inward:
        venues = Location.objects.filter(postcode__iexact=f"{outward} {inward}")
    if not venues.exists():
        venues = Location.objects.filter(postcode__istartswith=f"{outward} ")
    centre = venues.aggregate(lat=Avg("latitude"), lon=Avg("longitude"))
    if centre["lat"] is None:
        raise BadRequest(
            f"postcode: {raw!r} is not one this directory knows; try a Newham postcode."
        )
    if proximity is None:
        # Services whose service area includes the postcode's ward(s).
        wards = set(venues.values_list("ward", flat=True))
        return sals.filter(service__in=Service.objects.in_wards(wards).values("pk"))
    lat0, lon0 = Decimal(centre["lat"]), Decimal(centre["lon"])
    # Equirectangular distance: within a borough it is metres-accurate and runs in SQL.
    dx = Radians(F("location__longitude") - lon0) * math.cos(math.radians(float(lat0)))
    dy = Radians(F("location__latitude") - lat0)
    distance = Sqrt(Power(dx, 2) + Power(dy, 2), output_field=FloatField()) * (EARTH_RADIUS_METRES)
    return sals.annotate(distance=distance).filter(distance__lte=proximity)


@api_view
def service_at_locations(request, out):
    full = _bool(request, "full")
    service_ids = _filter_services(request, Service.objects.public()).values("pk")
    sals = ServiceAtLocation.objects.filter(service__in=service_ids)
    if full:
        sals = sals.select_related("location").prefetch_related(
            "location__accessibility", Prefetch("schedules", queryset=_schedules())
        )
    sals = _near(request, sals)
    order = ["distance"] if "distance" in sals.query.annotations else []
    sals = sals.order_by(*order, "service__name_en", "location__name_en", "pk")
    return _paged(request, sals, lambda sal: out.service_at_location(sal, full=full))


@api_view
def service_at_location(request, out, pk):
    queryset = (
        ServiceAtLocation.objects.filter(service__in=Service.objects.public().values("pk"))
        .select_related("location", "service", "service__organisation")
        .prefetch_related("location__accessibility", Prefetch("schedules", queryset=_schedules()))
    )
    sal = _get(queryset, pk)
    data = out.service_at_location(sal)
    data["service"] = out.service(sal.service)
    return data
