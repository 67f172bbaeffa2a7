"""OpenActive open data: which series are in the feeds, RPDE pages, and the item data.

RPDE "modified timestamp and id" ordering: every item carries `modified` (milliseconds) and
`id` (a UUID); a page is the items after (afterTimestamp, afterId) in that order. Items that
leave a feed are announced as deleted for 7 days (FeedDeletion rows), merged into the same
order. Data follows OpenActive Modelling Opportunity Data 2.0; only non-empty values are
written, as the specification asks.
"""

import heapq
from datetime import timedelta
from decimal import Decimal

from django.conf import settings
from django.db.models import Prefetch, Q
from django.urls import reverse
from django.utils import timezone, translation

from directory.jsonld import place

from .models import (
    ACTIVITY_LIST_TAXONOMY,
    FEED_TOMBSTONE_DAYS,
    ActivitySeries,
    FeedDeletion,
    FeedKind,
    Frequency,
    GenderRestriction,
    Occurrence,
    Schedule,
    now_ms,
)
from .recurrence import ICAL_DAYS, SCHEMA_DAYS, first_date, is_bank_holiday

ACTIVITY_LIST_URL = "https://openactive.io/activity-list"
CONTEXT = "https://openactive.io/"
LICENSE = "https://creativecommons.org/licenses/by/4.0/"
PAGE_SIZE = 500  # OpenActive asks for at least 500 items on every page but the last

GENDER = {
    GenderRestriction.NONE: "https://openactive.io/NoRestriction",
    GenderRestriction.FEMALE: "https://openactive.io/FemaleOnly",
    GenderRestriction.MALE: "https://openactive.io/MaleOnly",
}
REPEAT = {Frequency.WEEKLY: "P1W", Frequency.FORTNIGHTLY: "P2W", Frequency.MONTHLY: "P1M"}


# --- Keeping the feeds in step with the data ---------------------------------------------


def sync_series(series):
    """Put a series into the feeds, or announce it (and its sessions) as deleted.

    Called after every save of a series and whenever what decides eligibility changes (its
    activity types, its organisation's status).
    """
    from .occurrences import tombstone

    eligible = ActivitySeries.objects.eligible_for_openactive().filter(pk=series.pk).exists()
    if eligible == series.feed_listed:
        return
    stamp = now_ms()
    occurrence_ids = list(series.occurrences.values_list("pk", flat=True))
    if eligible:
        FeedDeletion.objects.filter(
            Q(feed=FeedKind.SESSION_SERIES, item_id=series.pk)
            | Q(feed=FeedKind.SCHEDULED_SESSION, item_id__in=occurrence_ids)
        ).delete()
        Occurrence.objects.filter(pk__in=occurrence_ids).update(feed_modified=stamp)
    else:
        tombstone(FeedKind.SESSION_SERIES, [series.pk], stamp)
        tombstone(FeedKind.SCHEDULED_SESSION, occurrence_ids, stamp)
    ActivitySeries.objects.filter(pk=series.pk).update(feed_listed=eligible, feed_modified=stamp)
    series.feed_listed, series.feed_modified = eligible, stamp


def touch_series(queryset):
    """Mark series as changed for the feed (their venue or organisation changed), and re-check
    whether they still belong in it."""
    ActivitySeries.objects.filter(pk__in=queryset.values("pk")).update(feed_modified=now_ms())
    for series in queryset.only("pk", "feed_listed"):
        sync_series(series)


# --- Reading a feed page -----------------------------------------------------------------


class FeedCursorError(ValueError):
    """afterTimestamp / afterId that cannot be used; the message says why."""


def parse_cursor(params):
    """(afterTimestamp, afterId) from the query string, or (None, None) for the first page."""
    import uuid

    raw_ts, raw_id = params.get("afterTimestamp"), params.get("afterId")
    if raw_ts is None and raw_id is None:
        return None, None
    if raw_ts is None or raw_id is None:
        raise FeedCursorError("afterTimestamp and afterId must be given together.")
    try:
        after_ts = int(raw_ts)
    except ValueError:
        raise FeedCursorError("afterTimestamp must be a whole number.") from None
    try:
        after_id = uuid.UUID(raw_id)
    except ValueError:
        raise FeedCursorError("afterId must be an id from this feed.") from None
    return after_ts, after_id


def _after(ts_field, id_field, after_ts, after_id):
    if after_ts is None:
        return Q()
    return Q(**{f"{ts_field}__gt": after_ts}) | Q(
        **{ts_field: after_ts, f"{id_field}__gt": after_id}
    )


def live_queryset(feed):
    if feed == FeedKind.SESSION_SERIES:
        return (
            ActivitySeries.objects.filter(feed_listed=True)
            .select_related("organisation", "location")
            .prefetch_related(
                Prefetch(
                    "activity_types",
                    queryset=ActivitySeries.activity_types.field.related_model.objects.filter(
                        taxonomy=ACTIVITY_LIST_TAXONOMY
                    ).order_by("name_en"),
                ),
                "categories",
                Prefetch("schedules", queryset=Schedule.objects.order_by("start_date", "id")),
            )
        )
    return Occurrence.objects.filter(series__feed_listed=True).select_related("series")


def read_page(feed, after_ts, after_id, limit=None, now=None):
    """Up to `limit` (modified, id, object or None for deleted) in feed order."""
    limit = limit or PAGE_SIZE
    now = now or timezone.now()
    live = live_queryset(feed).filter(_after("feed_modified", "id", after_ts, after_id))
    live = live.order_by("feed_modified", "id")[:limit]
    cutoff = int((now - timedelta(days=FEED_TOMBSTONE_DAYS)).timestamp() * 1000)
    deleted = (
        FeedDeletion.objects.filter(feed=feed, modified__gte=cutoff)
        .filter(_after("modified", "item_id", after_ts, after_id))
        .order_by("modified", "item_id")[:limit]
    )
    # Both lists are in (modified, id) order; PostgreSQL orders UUIDs as their hex text does.
    merged = heapq.merge(
        ((obj.feed_modified, str(obj.pk), obj) for obj in live),
        ((row.modified, str(row.item_id), None) for row in deleted),
        key=lambda item: (item[0], item[1]),
    )
    return [item for _i, item in zip(range(limit), merged, strict=False)]


# --- Item data ---------------------------------------------------------------------------


def _clean(value):
    """Drop None, empty strings, lists and dicts, recursively: OpenActive wants no empties."""
    if isinstance(value, dict):
        cleaned = {k: _clean(v) for k, v in value.items()}
        return {k: v for k, v in cleaned.items() if v not in (None, "", [], {})}
    if isinstance(value, list):
        cleaned = [_clean(v) for v in value]
        return [v for v in cleaned if v not in (None, "", [], {})]
    return value


def _duration(delta):
    """An ISO 8601 duration such as PT1H30M."""
    minutes = int(delta.total_seconds() // 60)
    hours, minutes = divmod(minutes, 60)
    return "PT" + (f"{hours}H" if hours else "") + (f"{minutes}M" if minutes or not hours else "")


def series_id_url(base, pk):
    return f"{base}{reverse('openactive:series', kwargs={'pk': pk})}"


def session_id_url(base, pk):
    return f"{base}{reverse('openactive:session', kwargs={'pk': pk})}"


def _page_url(base, series):
    # Open data is in English; the page itself offers the other languages.
    with translation.override(settings.LANGUAGE_CODE):
        return f"{base}{series.get_absolute_url()}"


def _price(value):
    return float(Decimal(value).quantize(Decimal("0.01")))


def _place(base, location):
    return {
        **place(location, language=settings.LANGUAGE_CODE, details=False),
        "@id": f"{base}/openactive/places/{location.pk}",
        "identifier": str(location.pk),
        "description": location.description_en,
    }


def _schedule(schedule):
    """PartialSchedules: the repeating pattern ("every Tuesday"), or one per particular date."""
    common = {
        "@type": "PartialSchedule",
        "startTime": schedule.start_time.strftime("%H:%M"),
        "endTime": schedule.end_time.strftime("%H:%M"),
        "duration": _duration(schedule.duration),
        "scheduleTimezone": "Europe/London",
    }
    if schedule.frequency == Frequency.DATES:
        skipped = set(schedule.cancelled_dates or [])
        return [
            {**common, "startDate": day.isoformat(), "endDate": day.isoformat()}
            for day in sorted(schedule.dates)
            if day not in skipped and not (schedule.skip_bank_holidays and is_bank_holiday(day))
        ]
    start = first_date(schedule)
    if schedule.frequency == Frequency.MONTHLY:
        by_day = [f"{schedule.week_of_month}{ICAL_DAYS[d]}" for d in schedule.days]
    else:
        by_day = [SCHEMA_DAYS[d] for d in schedule.days]
    return [
        {
            **common,
            "repeatFrequency": REPEAT[schedule.frequency],
            "byDay": by_day,
            "startDate": start.isoformat() if start else None,
            "endDate": schedule.end_date.isoformat() if schedule.end_date else None,
            "exceptDate": sorted(d.isoformat() for d in schedule.cancelled_dates or []),
        }
    ]


def series_data(series, base):
    """A SessionSeries (one-off events are published as a series with one session)."""
    organisation = series.organisation
    with translation.override(settings.LANGUAGE_CODE):
        organisation_url = organisation.website or f"{base}{organisation.get_absolute_url()}"
    if series.is_online and series.location_id:
        mode = "https://schema.org/MixedEventAttendanceMode"
    elif series.is_online:
        mode = "https://schema.org/OnlineEventAttendanceMode"
    else:
        mode = "https://schema.org/OfflineEventAttendanceMode"
    age_range = None
    if series.min_age is not None or series.max_age is not None:
        age_range = {
            "@type": "QuantitativeValue",
            "minValue": series.min_age,
            "maxValue": series.max_age,
        }
    offer = {
        "@type": "Offer",
        "@id": f"{series_id_url(base, series.pk)}#/offers/0",
        "identifier": "0",
        "name": "Free" if series.is_free else "Standard price",
        "price": 0 if series.is_free else _price(series.price),
        "priceCurrency": "GBP",
        "description": series.price_note_en,
        "url": series.booking_url,
    }
    instructions = "\n\n".join(
        text for text in (series.how_to_join_en, series.what_to_bring_en) if text
    )
    data = {
        "@context": CONTEXT,
        "@type": "SessionSeries",
        "@id": series_id_url(base, series.pk),
        "identifier": str(series.pk),
        "name": series.name_en,
        "description": series.description_en,
        "url": _page_url(base, series),
        "activity": [
            {
                "@type": "Concept",
                "@id": f"{ACTIVITY_LIST_URL}#{term.pk}",
                "prefLabel": term.name_en,
                "inScheme": ACTIVITY_LIST_URL,
            }
            for term in series.activity_types.all()
        ],
        "category": [term.name_en for term in series.categories.all()],
        "organizer": {
            "@type": "Organization",
            "@id": f"{base}/openactive/organisations/{organisation.pk}",
            "identifier": str(organisation.pk),
            "name": organisation.name_en,
            "url": organisation_url,
            "email": organisation.email,
            "telephone": organisation.phone,
        },
        "location": _place(base, series.location) if series.location_id else None,
        "eventAttendanceMode": mode,
        "offers": [offer],
        "isAccessibleForFree": series.is_free,
        "ageRange": age_range,
        "genderRestriction": GENDER[series.gender_restriction],
        "attendeeInstructions": instructions,
        "eventSchedule": [part for s in series.schedules.all() for part in _schedule(s)],
    }
    return _clean(data)


def session_data(occurrence, base):
    series = occurrence.series
    start = timezone.localtime(occurrence.start)
    end = timezone.localtime(occurrence.end)
    return _clean(
        {
            "@context": CONTEXT,
            "@type": "ScheduledSession",
            "@id": session_id_url(base, occurrence.pk),
            "identifier": str(occurrence.pk),
            "superEvent": series_id_url(base, series.pk),
            "startDate": start.isoformat(),
            "endDate": end.isoformat(),
            "duration": _duration(end - start),
            "eventStatus": "https://schema.org/EventCancelled"
            if occurrence.cancelled
            else "https://schema.org/EventScheduled",
            "url": _page_url(base, series),
        }
    )


KINDS = {FeedKind.SESSION_SERIES: "SessionSeries", FeedKind.SCHEDULED_SESSION: "ScheduledSession"}


def feed_item(feed, modified, item_id, obj, base):
    item = {"state": "deleted", "kind": KINDS[feed], "id": item_id, "modified": modified}
    if obj is not None:
        item["state"] = "updated"
        if feed == FeedKind.SESSION_SERIES:
            item["data"] = series_data(obj, base)
        else:
            item["data"] = session_data(obj, base)
    return item
