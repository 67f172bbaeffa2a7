"""Resident pages (what's on, an activity, calendar files) and the OpenActive open data."""

import json
from urllib.parse import urlencode

from django.conf import settings
from django.core.paginator import Paginator
from django.db.models import Prefetch
from django.http import HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control
from django.utils.translation import gettext as _
from django.views import View
from django.views.generic import DetailView, TemplateView

from directory.places import km_from
from newham_connect.lists import FilteredListView
from newham_connect.preview import PreviewableDetailMixin
from newham_connect.sharing import share_links

from . import openactive
from .calendar import occurrences_calendar, series_calendar
from .filters import WhatsOnFilter
from .jsonld import event_jsonld
from .models import ActivitySeries, FeedKind, Occurrence, Schedule

CALENDAR_LIMIT = 500


def _occurrences():
    """Upcoming public sessions with what a list shows, in a fixed number of queries."""
    return (
        Occurrence.objects.public()
        .upcoming()
        .select_related(
            "series", "series__location", "series__location__ward", "series__organisation"
        )
        .order_by("start", "series__name", "id")
    )


class WhatsOnView(FilteredListView):
    """Upcoming sessions, filtered with a GET form, grouped by day."""

    template_name = "activities/whats_on.html"
    paginate_by = 25
    context_object_name = "occurrences"
    filterset_class = WhatsOnFilter
    # Sessions come in index order (occurrence_by_start), so the page query is already narrow.
    paginator_class = Paginator

    def get_base_queryset(self):
        return _occurrences()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["total"] = context["paginator"].count
        place = self.filterset.form.cleaned_data.get("near") if self.filterset.is_bound else None
        if place is not None:
            for occurrence in context["occurrences"]:
                occurrence.distance_km = km_from(place, occurrence.series.location)
        context["near_place"] = place
        return context


class WhatsOnCalendarView(View):
    """The sessions of any what's on search as an .ics a community centre can subscribe to."""

    def get(self, request):
        filterset = WhatsOnFilter(request.GET or None, queryset=_occurrences())
        occurrences = list(filterset.qs[:CALENDAR_LIMIT])
        body = occurrences_calendar(
            _("What's on in Newham"),
            occurrences,
            lambda series: request.build_absolute_uri(series.get_absolute_url()),
            request.get_host(),
        )
        return _ics_response(body, "whats-on.ics")


def _ics_response(body, filename):
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    # Subscribed calendars poll: let them (and any cache between) reuse a copy for an hour.
    patch_cache_control(response, public=True, max_age=3600)
    return response


def _public_series():
    return ActivitySeries.objects.public().select_related(
        "organisation", "location", "location__ward"
    )


class ActivityDetailView(PreviewableDetailMixin, DetailView):
    template_name = "activities/activity_detail.html"
    context_object_name = "series"

    def get_object(self, queryset=None):
        series = self.visible(ActivitySeries.objects.all()).select_related(
            "organisation", "location", "location__ward"
        )
        return get_object_or_404(
            series.prefetch_related(
                "languages",
                "accessibility",
                "location__accessibility",
                "categories",
                "activity_types",
                "campaigns",
                Prefetch("schedules", queryset=Schedule.objects.order_by("start_date", "id")),
            ),
            slug=self.kwargs["slug"],
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        series = self.object
        upcoming = series.upcoming(limit=10)
        page_url = self.request.build_absolute_uri(series.get_absolute_url())
        features = {f.pk: f for f in series.accessibility.all()}
        if series.location_id:
            features.update({f.pk: f for f in series.location.accessibility.all()})
        name = str(context["series"].name)
        context.update(
            upcoming=upcoming,
            next_open=next((o for o in upcoming if not o.cancelled), None),
            page_url=page_url,
            accessibility=sorted(features.values(), key=lambda f: str(f.name)),
            jsonld=event_jsonld(series, upcoming, page_url),
            share=share_links(name, page_url),
        )
        return context


class SeriesCalendarView(View):
    """The whole series as a repeating calendar event (RRULE, EXDATE, Europe/London)."""

    def get(self, request, slug):
        series = get_object_or_404(
            _public_series().prefetch_related(
                Prefetch("schedules", queryset=Schedule.objects.order_by("start_date", "id"))
            ),
            slug=slug,
        )
        url = request.build_absolute_uri(series.get_absolute_url())
        return _ics_response(series_calendar(series, url, request.get_host()), f"{slug}.ics")


class OccurrenceCalendarView(View):
    """One date of a series, for "add this one to my calendar"."""

    def get(self, request, slug, pk):
        occurrence = get_object_or_404(
            Occurrence.objects.public().select_related("series", "series__location"),
            series__slug=slug,
            pk=pk,
        )
        series = occurrence.series
        body = occurrences_calendar(
            str(series.name),
            [occurrence],
            lambda s: request.build_absolute_uri(s.get_absolute_url()),
            request.get_host(),
        )
        day = timezone.localtime(occurrence.start).date()
        return _ics_response(body, f"{slug}-{day:%Y-%m-%d}.ics")


# --- OpenActive --------------------------------------------------------------------------


def _base(request):
    return f"{request.scheme}://{request.get_host()}"


class FeedView(View):
    """An RPDE page: items after (afterTimestamp, afterId), oldest change first."""

    feed = None

    def get(self, request):
        try:
            after_ts, after_id = openactive.parse_cursor(request.GET)
        except openactive.FeedCursorError as error:
            return JsonResponse({"error": str(error)}, status=400)
        rows = openactive.read_page(self.feed, after_ts, after_id)
        base = _base(request)
        items = [
            openactive.feed_item(self.feed, modified, item_id, obj, base)
            for modified, item_id, obj in rows
        ]
        path = request.build_absolute_uri(request.path)
        if rows:
            last_modified, last_id, _obj = rows[-1]
            next_url = f"{path}?" + urlencode({"afterTimestamp": last_modified, "afterId": last_id})
        elif after_ts is not None:
            # The last page points at itself, so consumers poll it for changes.
            next_url = f"{path}?" + urlencode({"afterTimestamp": after_ts, "afterId": after_id})
        else:
            next_url = path
        body = {"next": next_url, "items": items, "license": openactive.LICENSE}
        response = HttpResponse(
            json.dumps(body, ensure_ascii=False, separators=(",", ":")),
            content_type="application/json; charset=utf-8",
        )
        # OpenActive's advice: pages with items never change (1 hour); the last page does.
        response["Cache-Control"] = "public, max-age=3600" if rows else "public, max-age=8"
        return response


class SessionSeriesFeedView(FeedView):
    feed = FeedKind.SESSION_SERIES


class ScheduledSessionsFeedView(FeedView):
    feed = FeedKind.SCHEDULED_SESSION


def series_redirect(request, pk):
    """An OpenActive @id opens the activity's page."""
    series = get_object_or_404(ActivitySeries.objects.public(), pk=pk)
    with translation.override(settings.LANGUAGE_CODE):
        return redirect(series.get_absolute_url())


def session_redirect(request, pk):
    occurrence = get_object_or_404(Occurrence.objects.public().select_related("series"), pk=pk)
    with translation.override(settings.LANGUAGE_CODE):
        return redirect(occurrence.series.get_absolute_url())


class DatasetSiteView(TemplateView):
    """The OpenActive dataset site: what the feeds are, their licence, who publishes them."""

    template_name = "activities/dataset_site.html"

    def get(self, request, *args, **kwargs):
        # Open data is described in English, like the data itself.
        with translation.override(settings.LANGUAGE_CODE):
            response = super().get(request, *args, **kwargs)
            response.render()
        return response

    def get_context_data(self, **kwargs):
        from .dataset import dataset_jsonld

        context = super().get_context_data(**kwargs)
        base = _base(self.request)
        context.update(
            dataset=dataset_jsonld(base),
            feeds=[
                (_("Sessions"), base + reverse("openactive:session_series")),
                (_("Dated sessions"), base + reverse("openactive:scheduled_sessions")),
            ],
            series_count=ActivitySeries.objects.filter(feed_listed=True).count(),
        )
        return context
