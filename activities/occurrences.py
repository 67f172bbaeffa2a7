"""Materialise schedules into dated Occurrence rows for a rolling window, idempotently.

`regenerate()` compares what the schedules say with what is stored and writes only the
difference: new sessions are created, changed ones updated, ones that no longer happen removed
(and announced as deleted in the OpenActive feed). Running it twice writes nothing the second
time. Sessions before today are history and left alone until `purge_past()` removes them.
"""

from datetime import datetime, time, timedelta

from django.db import transaction
from django.utils import timezone

from .choices import FEED_TOMBSTONE_DAYS, FeedKind
from .models import FeedDeletion, Occurrence, Schedule, now_ms
from .recurrence import LONDON, expand

# How far ahead sessions are stored: enough for "what's on" and the feeds, small enough to be
# cheap to keep up to date. `manage.py expand_occurrences` (daily) moves the window on.
WINDOW_DAYS = 120
# Finished sessions are kept this long (the feed and "what's on" no longer show them).
KEEP_PAST_DAYS = 7
BATCH_SIZE = 1000


def _window(today):
    first = today
    last = today + timedelta(days=WINDOW_DAYS)
    start_of_today = datetime.combine(today, time(), tzinfo=LONDON)
    return first, last, start_of_today


def tombstone(feed, ids, stamp):
    """Announce items as deleted in an OpenActive feed (or refresh the announcement)."""
    rows = [FeedDeletion(feed=feed, item_id=i, modified=stamp) for i in ids]
    FeedDeletion.objects.bulk_create(
        rows,
        batch_size=BATCH_SIZE,
        update_conflicts=True,
        unique_fields=["feed", "item_id"],
        update_fields=["modified"],
    )


@transaction.atomic
def regenerate(series_ids=None, today=None):
    """Bring stored sessions in line with the schedules of the given series (None: all).

    Returns {"created": n, "updated": n, "deleted": n}.
    """
    today = today or timezone.localdate()
    first, last, start_of_today = _window(today)
    schedules = Schedule.objects.all()
    existing = Occurrence.objects.filter(start__gte=start_of_today)
    if series_ids is not None:
        series_ids = list(series_ids)
        schedules = schedules.filter(series_id__in=series_ids)
        existing = existing.filter(series_id__in=series_ids)

    wanted = {}
    # Oldest schedule first, so when two schedules give the same start the older one owns it.
    for schedule in schedules.order_by("series_id", "start_date", "id"):
        for start, end, cancelled in expand(schedule, first, last):
            wanted.setdefault((schedule.series_id, start), (schedule.pk, end, cancelled))

    stamp = now_ms()
    stored = {}
    for occurrence in existing.select_related("series").only(
        "id", "series_id", "schedule_id", "start", "end", "cancelled", "series__feed_listed"
    ):
        stored[(occurrence.series_id, occurrence.start)] = occurrence

    to_create, to_update, to_delete, listed_deleted = [], [], [], []
    for key, (schedule_id, end, cancelled) in wanted.items():
        occurrence = stored.get(key)
        if occurrence is None:
            to_create.append(
                Occurrence(
                    series_id=key[0],
                    schedule_id=schedule_id,
                    start=key[1],
                    end=end,
                    cancelled=cancelled,
                    feed_modified=stamp,
                )
            )
        elif (occurrence.schedule_id, occurrence.end, occurrence.cancelled) != (
            schedule_id,
            end,
            cancelled,
        ):
            occurrence.schedule_id, occurrence.end, occurrence.cancelled = (
                schedule_id,
                end,
                cancelled,
            )
            occurrence.feed_modified = stamp
            to_update.append(occurrence)
    for key, occurrence in stored.items():
        if key not in wanted:
            to_delete.append(occurrence.pk)
            if occurrence.series.feed_listed:
                listed_deleted.append(occurrence.pk)

    Occurrence.objects.bulk_create(to_create, batch_size=BATCH_SIZE)
    Occurrence.objects.bulk_update(
        to_update, ["schedule_id", "end", "cancelled", "feed_modified"], batch_size=BATCH_SIZE
    )
    if to_delete:
        tombstone(FeedKind.SCHEDULED_SESSION, listed_deleted, stamp)
        Occurrence.objects.filter(pk__in=to_delete).delete()
    return {"created": len(to_create), "updated": len(to_update), "deleted": len(to_delete)}


@transaction.atomic
def purge_past(now=None):
    """Remove sessions that finished more than KEEP_PAST_DAYS ago, and feed deletions older
    than the 7 days OpenActive consumers are given to notice them."""
    now = now or timezone.now()
    old = Occurrence.objects.filter(end__lt=now - timedelta(days=KEEP_PAST_DAYS))
    listed = list(old.filter(series__feed_listed=True).values_list("pk", flat=True))
    tombstone(FeedKind.SCHEDULED_SESSION, listed, int(now.timestamp() * 1000))
    removed, _detail = old.delete()
    cutoff = int((now - timedelta(days=FEED_TOMBSTONE_DAYS)).timestamp() * 1000)
    expired, _detail = FeedDeletion.objects.filter(modified__lt=cutoff).delete()
    return {"past_sessions_removed": removed, "feed_deletions_expired": expired}
