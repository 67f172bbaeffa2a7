from django.db.models import Prefetch
from django.db.models.functions import Coalesce, Lower
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.http import urlencode
from django.utils.translation import get_language
from django.views.generic import DetailView, FormView, TemplateView

from newham_connect.contributions import contributions
from newham_connect.i18n import translated
from newham_connect.lists import FilteredListView
from newham_connect.preview import PreviewableDetailMixin
from newham_connect.ratelimit import refuse_if_limited
from newham_connect.sharing import share_links

from .filters import ServiceFilter
from .forms import ReportProblemForm
from .jsonld import jsonld_script, service_jsonld
from .models import Organisation, Schedule, Service, ServiceAtLocation
from .opening_times import (
    describe_dates,
    describe_days,
    describe_status,
    describe_times,
    has_ended,
    is_open_at,
    opening_status,
)
from .report_mail import notify_new_report
from .search_query import ordered

# What else an organisation runs, listed on its page: each app names its sections in its
# AppConfig (callable(organisation) -> {"title", "results": [{"title", "url", "summary"}]}).
ORGANISATION_SECTIONS = "organisation_sections"


class OrganisationDetailView(DetailView):
    template_name = "directory/organisation_detail.html"
    context_object_name = "organisation"

    def get_context_data(self, **kwargs):
        sections = [section(self.object) for section in contributions(ORGANISATION_SECTIONS)]
        return super().get_context_data(sections=[s for s in sections if s["results"]], **kwargs)

    def get_object(self, queryset=None):
        # Only published organisations are public; anything else is a plain 404.
        return get_object_or_404(
            Organisation.objects.public().prefetch_related(
                "wards",
                "languages",
                "categories",
                Prefetch("services", queryset=Service.objects.public().order_by("name_en")),
            ),
            slug=self.kwargs["slug"],
        )


def _ordered_by_name(queryset):
    language = get_language()
    return queryset.order_by(Lower(Coalesce(f"name_{language}", "name_en")), "pk")


# The filters under "More filters" on the services list; the rest are always in view.
MORE_FILTERS = ("group", "age", "language", "day", "delivery", "wheelchair")


class ServiceListView(FilteredListView):
    """Browse and search services: a GET form of filters, paginated, never a dead end."""

    template_name = "directory/service_list.html"
    context_object_name = "services"
    paginate_by = 20
    filterset_class = ServiceFilter

    def get_base_queryset(self):
        return Service.objects.public()

    def order(self, queryset):
        # Set by ServiceFilter when there are words or a place to go by.
        understood = getattr(self.filterset, "understood", None)
        if understood:
            queryset = ordered(queryset, understood, "name_en", "pk")
        else:
            queryset = _ordered_by_name(queryset)
        return queryset.select_related("organisation").prefetch_related(
            "languages",
            Prefetch(
                "service_at_locations",
                queryset=ServiceAtLocation.objects.select_related("location"),
            ),
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        services = context["services"]
        # A service's own opening times and its venues' times, for the whole page at once.
        by_service = {}
        for schedule in Schedule.objects.for_services(services):
            by_service.setdefault(schedule.listed_service_id, []).append(schedule)
        now = timezone.now()
        for service in services:
            service.opening = opening_status(by_service.get(service.pk, []), now)
            service.opening_text = describe_status(service.opening)
        context.update(_nearest_instead(self.request, self.filterset, services))
        query = self.request.GET.get("q", "").strip()[:200]
        context.update(
            query=query,
            search_everything_url=f"{reverse('search')}?{urlencode({'q': query})}"
            if query
            else None,
            # "More filters" stays open when one of them is in use or wrong.
            has_details_open=any(self.request.GET.get(name) for name in MORE_FILTERS)
            or any(name in MORE_FILTERS for name in getattr(self.filterset.form, "errors", {})),
        )
        return context


def _nearest_instead(request, filterset, found):
    """Nothing in the chosen ward: the same list without it, nearest to that ward first,
    so "0 services in Forest Gate North" leads to the one just over the road."""
    ward = filterset.form.cleaned_data.get("ward") if filterset.is_bound else None
    if found or ward is None:
        return {}
    query = request.GET.copy()
    for name in ("ward", "page"):
        query.pop(name, None)
    query["near"] = ward.name
    return {"nearest_instead_url": f"?{query.urlencode()}", "ward_name": ward.name}


def _opening_rows(schedules):
    """Opening times in words, leaving out schedules that have ended."""
    today = timezone.localdate()
    return [
        {
            "days": describe_days(s),
            "times": describe_times(s),
            "dates": describe_dates(s),
            "note": translated(s, "description"),
        }
        for s in schedules
        if not has_ended(s, today)
    ]


class PublishedServiceMixin(PreviewableDetailMixin):
    def get_service(self, prefetch=True):
        queryset = self.visible(Service.objects.all()).select_related("organisation")
        if prefetch:
            queryset = queryset.prefetch_related(
                "categories",
                "languages",
                "wards",
                "contacts",
                "cost_options",
                Prefetch("schedules", queryset=Schedule.objects.order_by("opens_at", "pk")),
                Prefetch(
                    "service_at_locations",
                    queryset=ServiceAtLocation.objects.select_related(
                        "location", "location__ward"
                    ).prefetch_related(
                        "location__accessibility",
                        Prefetch("schedules", queryset=Schedule.objects.order_by("opens_at", "pk")),
                    ),
                ),
            )
        return get_object_or_404(queryset, slug=self.kwargs["slug"])


class ServiceDetailView(PublishedServiceMixin, DetailView):
    template_name = "directory/service_detail.html"
    context_object_name = "service"

    def get_object(self, queryset=None):
        return self.get_service()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        service = self.object
        page_url = self.request.build_absolute_uri(service.get_absolute_url())
        venues = list(service.service_at_locations.all())
        all_schedules = [*service.schedules.all(), *(s for v in venues for s in v.schedules.all())]
        name = translated(service, "name")
        context.update(
            name=name,
            page_url=page_url,
            venues=[{"sal": v, "opening": _opening_rows(v.schedules.all())} for v in venues],
            opening=_opening_rows(service.schedules.all()),
            has_schedules=bool(all_schedules),
            open_now=is_open_at(all_schedules),
            share=share_links(name, page_url),
            jsonld=jsonld_script(
                service_jsonld(
                    service,
                    page_url,
                    self.request.build_absolute_uri(service.organisation.get_absolute_url()),
                ),
                getattr(self.request, "csp_nonce", ""),
            ),
        )
        return context


class ReportProblemView(PublishedServiceMixin, FormView):
    """ "Report a problem with this listing": stored for moderators and the organisation."""

    template_name = "directory/report_problem.html"
    form_class = ReportProblemForm

    def dispatch(self, request, *args, **kwargs):
        self.service = self.get_service(prefetch=False)
        return super().dispatch(request, *args, **kwargs)

    def form_valid(self, form):
        refused = refuse_if_limited(self, form, "listing_report")
        if refused:
            return refused
        # A filled-in trap field means a robot: thank it, keep nothing.
        if not form.cleaned_data.get("website"):
            report = form.save(commit=False)
            report.service = self.service
            report.language = get_language()
            report.save()
            notify_new_report(report)
        return HttpResponseRedirect(
            reverse("directory:report_thanks", kwargs={"slug": self.service.slug})
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            service=self.service, name=translated(self.service, "name"), **kwargs
        )


class ReportThanksView(PublishedServiceMixin, TemplateView):
    template_name = "directory/report_thanks.html"

    def get_context_data(self, **kwargs):
        service = self.get_service(prefetch=False)
        return super().get_context_data(service=service, name=translated(service, "name"), **kwargs)
