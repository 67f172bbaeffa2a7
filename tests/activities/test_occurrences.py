"""Dated sessions are materialised from schedules: idempotently, for a rolling window, and
kept in step when a schedule changes."""

from datetime import UTC, date, datetime, time, timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from activities.models import FeedDeletion, Occurrence
from activities.occurrences import KEEP_PAST_DAYS, WINDOW_DAYS, purge_past, regenerate

pytestmark = pytest.mark.django_db

TODAY = date(2025, 3, 17)  # a Monday, two weeks before the clocks go forward
# Fixed-date schedules end in 2025, so saving them (which expands from the real today) adds
# nothing that would disturb these tests.
END = date(2025, 12, 31)


def stored(series):
    return list(series.occurrences.order_by("start").values_list("start", "cancelled"))


def test_regenerate_creates_the_window_and_then_writes_nothing(make_series):
    series = make_series(schedule={"days": [6], "start_date": date(2025, 3, 1), "end_date": END})
    assert regenerate([series.pk], today=TODAY) == {
        "created": 17,  # Sundays from 23 March to 13 July 2025 (120 days ahead is 15 July)
        "updated": 0,
        "deleted": 0,
    }
    starts = [start for start, _c in stored(series) if start.date() >= TODAY]
    assert starts[0] == datetime(2025, 3, 23, 10, tzinfo=UTC)
    assert starts[1] == datetime(2025, 3, 30, 9, tzinfo=UTC)  # 10:00 BST
    assert starts[-1].date() <= TODAY + timedelta(days=WINDOW_DAYS)
    assert regenerate([series.pk], today=TODAY) == {"created": 0, "updated": 0, "deleted": 0}


def test_saving_a_schedule_refreshes_its_sessions(make_series, make_schedule, frozen_now):
    # Frozen: on the real date a window with three bank holidays on that weekday (Mondays
    # in spring, Fridays before Christmas) holds fewer sessions.
    series = make_series()
    assert series.occurrences.count() == 0
    schedule = make_schedule(series, days=[timezone.localdate().weekday()])
    upcoming = series.occurrences.upcoming()
    assert upcoming.count() >= WINDOW_DAYS // 7 - 1
    # Moving it to another day replaces every future session.
    other_day = (timezone.localdate().weekday() + 3) % 7
    schedule.days = [other_day]
    schedule.save()
    days = {timezone.localtime(o.start).weekday() for o in series.occurrences.upcoming()}
    assert days == {other_day}


def test_a_cancelled_date_marks_that_session_and_changes_its_feed_stamp(make_series):
    series = make_series(schedule={"days": [0], "start_date": date(2025, 3, 1), "end_date": END})
    regenerate([series.pk], today=TODAY)
    session = series.occurrences.get(start__date=date(2025, 3, 24))
    before = session.feed_modified
    schedule = series.schedules.get()
    schedule.cancelled_dates = [date(2025, 3, 24)]
    schedule.save(update_fields=["cancelled_dates"])
    assert regenerate([series.pk], today=TODAY) == {"created": 0, "updated": 1, "deleted": 0}
    session.refresh_from_db()
    assert session.cancelled and session.feed_modified > before


def test_removed_sessions_are_announced_as_deleted_when_the_series_is_in_the_feed(
    make_series, term
):
    series = make_series(
        types=["walking"], schedule={"days": [0], "start_date": date(2025, 3, 1), "end_date": END}
    )
    assert series.feed_listed
    regenerate([series.pk], today=TODAY)
    gone = series.occurrences.get(start__date=date(2025, 3, 31))
    later = series.occurrences.filter(start__date__gt=date(2025, 3, 24)).count()
    assert later > 10
    schedule = series.schedules.get()
    schedule.end_date = date(2025, 3, 24)
    schedule.save(update_fields=["end_date"])
    result = regenerate([series.pk], today=TODAY)
    assert result == {"created": 0, "updated": 0, "deleted": later}
    assert not Occurrence.objects.filter(pk=gone.pk).exists()
    assert FeedDeletion.objects.filter(feed="scheduled-sessions", item_id=gone.pk).exists()


def test_sessions_before_today_are_history_and_left_alone(make_series):
    series = make_series(schedule={"days": [0], "start_date": date(2025, 3, 1), "end_date": END})
    regenerate([series.pk], today=TODAY)
    past = series.occurrences.get(start__date=date(2025, 3, 17))
    regenerate([series.pk], today=TODAY + timedelta(days=14))
    assert Occurrence.objects.filter(pk=past.pk).exists()


def test_purge_removes_old_sessions_and_expired_deletions(make_series, term):
    series = make_series(
        types=["walking"], schedule={"days": [0], "start_date": date(2025, 3, 1), "end_date": END}
    )
    regenerate([series.pk], today=TODAY)
    now = datetime.combine(TODAY + timedelta(days=30), time(12), tzinfo=UTC)
    old = series.occurrences.filter(end__lt=now - timedelta(days=KEEP_PAST_DAYS))
    old_ids = set(old.values_list("pk", flat=True))
    # 16 April: kept are sessions that ended after 9 April; 17, 24, 31 March and 7 April go.
    assert len(old_ids) == 4
    counts = purge_past(now=now)
    assert counts["past_sessions_removed"] == 4
    assert not Occurrence.objects.filter(pk__in=old_ids).exists()
    assert (
        set(FeedDeletion.objects.filter(item_id__in=old_ids).values_list("item_id", flat=True))
        == old_ids
    )
    # Eight days later the deletions themselves have been announced long enough.
    counts = purge_past(now=now + timedelta(days=8))
    assert counts["feed_deletions_expired"] >= 4
    assert not FeedDeletion.objects.filter(item_id__in=old_ids).exists()


def test_expand_occurrences_command_is_idempotent(make_series):
    make_series(schedule={"days": [2]})
    call_command("expand_occurrences", stdout=StringIO())
    out = StringIO()
    call_command("expand_occurrences", stdout=out)
    assert "created: 0, updated: 0, deleted: 0" in out.getvalue()


def test_two_schedules_at_the_same_time_make_one_session(make_series, make_schedule):
    series = make_series(schedule={"days": [2]})
    make_schedule(series, days=[2, 4])
    wednesdays = [
        o for o in series.occurrences.upcoming() if timezone.localtime(o.start).weekday() == 2
    ]
    dates = [timezone.localtime(o.start).date() for o in wednesdays]
    assert len(dates) == len(set(dates))
