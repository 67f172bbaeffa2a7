"""What follows a change to activities, in one place: the dated sessions follow their
schedules, and the OpenActive feeds follow the series, their terms, venues and organisations.

The models do not call these themselves (that made `models` import `occurrences` and
`openactive`, which import `models`); they run on Django's signals, for the same saves and
deletes the models' own methods used to handle (never for fixtures loaded raw).
"""

from django.db.models.signals import m2m_changed, post_delete, post_save, pre_delete
from django.dispatch import receiver

from directory.models import Location, Organisation

from .models import ActivitySeries, Schedule, now_ms
from .occurrences import regenerate, tombstone
from .openactive import sync_series, touch_series


@receiver(post_save, sender=ActivitySeries, dispatch_uid="feed-series-saved")
def series_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        sync_series(instance)


def _follow_schedules(series_id):
    # The dated sessions follow the schedule at once (and the feed sees the new pattern).
    ActivitySeries.objects.filter(pk=series_id).update(feed_modified=now_ms())
    regenerate([series_id])


@receiver(post_save, sender=Schedule, dispatch_uid="sessions-schedule-saved")
def schedule_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        _follow_schedules(instance.series_id)


@receiver(post_delete, sender=Schedule, dispatch_uid="sessions-schedule-deleted")
def schedule_deleted(sender, instance, origin=None, **kwargs):
    # Only a schedule deleted by itself (an admin inline's delete box): when its series is
    # deleted, the series' own deletion announces its sessions (series_deleted below).
    if origin is instance:
        _follow_schedules(instance.series_id)


SERIES_M2M = [
    ActivitySeries.activity_types.through,
    ActivitySeries.categories.through,
]


def series_m2m_changed(sender, instance, action, reverse, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:  # a term's series changed: instance is the term
        touch_series(instance.activity_series.all() | instance.categorised_activity_series.all())
        return
    ActivitySeries.objects.filter(pk=instance.pk).update(feed_modified=now_ms())
    sync_series(instance)


for through in SERIES_M2M:
    m2m_changed.connect(series_m2m_changed, sender=through, dispatch_uid=f"feed-{through}")


@receiver(post_save, sender=Organisation, dispatch_uid="feed-organisation-saved")
def organisation_saved(sender, instance, raw=False, **kwargs):
    # Its name is in every series' data, and unpublishing it takes its series off the feeds.
    if not raw:
        touch_series(instance.activity_series.all())


@receiver(post_save, sender=Location, dispatch_uid="feed-location-saved")
def location_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        touch_series(instance.activity_series.all())


@receiver(pre_delete, sender=ActivitySeries, dispatch_uid="feed-series-deleted")
def series_deleted(sender, instance, **kwargs):
    if instance.feed_listed:
        stamp = now_ms()
        tombstone("session-series", [instance.pk], stamp)
        tombstone(
            "scheduled-sessions", list(instance.occurrences.values_list("pk", flat=True)), stamp
        )
