"""Schedules expand to the right London wall-clock times on fixed dates: across the clock
changes (last Sunday of March and of October) and around England's bank holidays."""

from datetime import UTC, date, datetime, time

import pytest

from activities.models import Schedule
from activities.recurrence import LONDON, exception_dates, expand, first_date, ical_rrule


def schedule(**fields):
    defaults = {
        "frequency": "weekly",
        "days": [6],
        "start_date": date(2025, 1, 1),
        "start_time": time(10, 0),
        "end_time": time(11, 0),
        "skip_bank_holidays": True,
    }
    return Schedule(**{**defaults, **fields})


def utc(*args):
    return datetime(*args, tzinfo=UTC)


def starts(sched, first, last):
    return [start for start, _end, _cancelled in expand(sched, first, last)]


def test_weekly_session_keeps_its_local_time_when_the_clocks_go_forward():
    # British Summer Time began at 01:00 GMT on Sunday 30 March 2025.
    found = starts(schedule(days=[6]), date(2025, 3, 20), date(2025, 4, 7))
    assert found == [utc(2025, 3, 23, 10), utc(2025, 3, 30, 9), utc(2025, 4, 6, 9)]
    local = [s.astimezone(LONDON) for s in found]
    assert [s.hour for s in local] == [10, 10, 10]  # 10:00 London time every week
    assert [s.utcoffset().total_seconds() for s in local] == [0, 3600, 3600]


def test_weekly_session_keeps_its_local_time_when_the_clocks_go_back():
    # British Summer Time ended at 01:00 GMT on Sunday 26 October 2025.
    found = starts(schedule(days=[6]), date(2025, 10, 18), date(2025, 11, 3))
    assert found == [utc(2025, 10, 19, 9), utc(2025, 10, 26, 10), utc(2025, 11, 2, 10)]
    assert [s.astimezone(LONDON).hour for s in found] == [10, 10, 10]


def test_end_time_on_a_clock_change_day_gives_the_real_length():
    # 00:30 to 03:00 on the night the clocks go forward lasts 1.5 hours, not 2.5.
    sched = schedule(days=[6], start_time=time(0, 30), end_time=time(3, 0))
    [(start, end, _cancelled)] = expand(sched, date(2025, 3, 30), date(2025, 3, 30))
    assert (start, end) == (utc(2025, 3, 30, 0, 30), utc(2025, 3, 30, 2, 0))
    assert (end - start).total_seconds() == 90 * 60


def test_a_time_in_the_spring_gap_moves_forward_and_an_autumn_repeat_takes_summer_time():
    spring = schedule(days=[6], start_time=time(1, 30), end_time=time(3, 30))
    [(start, _end, _c)] = expand(spring, date(2025, 3, 30), date(2025, 3, 30))
    assert start == utc(2025, 3, 30, 1, 30)  # 01:30 does not exist; it is 02:30 BST
    autumn = schedule(days=[6], start_time=time(1, 30), end_time=time(3, 30))
    [(start, _end, _c)] = expand(autumn, date(2025, 10, 26), date(2025, 10, 26))
    assert start == utc(2025, 10, 26, 0, 30)  # the first 01:30, still in summer time


def test_bank_holidays_are_skipped_when_asked():
    mondays = schedule(days=[0])
    found = [s.date() for s in starts(mondays, date(2025, 4, 14), date(2025, 5, 12))]
    # Easter Monday (21 April) and the early May bank holiday (5 May) are left out.
    assert found == [date(2025, 4, 14), date(2025, 4, 28), date(2025, 5, 12)]
    mondays.skip_bank_holidays = False
    found = [s.date() for s in starts(mondays, date(2025, 4, 14), date(2025, 5, 12))]
    assert date(2025, 4, 21) in found and date(2025, 5, 5) in found


def test_good_friday_christmas_new_year_and_substitute_days_are_bank_holidays():
    fridays = schedule(days=[4])
    found = [s.date() for s in starts(fridays, date(2025, 4, 11), date(2025, 4, 25))]
    assert found == [date(2025, 4, 11), date(2025, 4, 25)]  # not Good Friday, 18 April
    thursdays = schedule(days=[3])
    found = [s.date() for s in starts(thursdays, date(2025, 12, 18), date(2026, 1, 8))]
    assert found == [date(2025, 12, 18), date(2026, 1, 8)]  # not 25 Dec, not 1 Jan
    # Boxing Day 2026 is a Saturday, so Monday 28 December 2026 is the bank holiday.
    mondays = schedule(days=[0], start_date=date(2026, 1, 5))
    found = [s.date() for s in starts(mondays, date(2026, 12, 21), date(2027, 1, 4))]
    assert found == [date(2026, 12, 21), date(2027, 1, 4)]


def test_monthly_on_the_first_monday_skips_the_may_bank_holiday():
    first_monday = schedule(frequency="monthly", week_of_month=1, days=[0])
    found = [s.date() for s in starts(first_monday, date(2025, 1, 1), date(2025, 6, 30))]
    assert found == [
        date(2025, 1, 6),
        date(2025, 2, 3),
        date(2025, 3, 3),
        date(2025, 4, 7),
        date(2025, 6, 2),  # 5 May is the early May bank holiday
    ]


def test_monthly_on_the_last_friday_crosses_the_clock_change():
    last_friday = schedule(frequency="monthly", week_of_month=-1, days=[4], start_time=time(14))
    found = starts(last_friday, date(2025, 1, 1), date(2025, 4, 30))
    assert found == [
        utc(2025, 1, 31, 14),
        utc(2025, 2, 28, 14),
        utc(2025, 3, 28, 14),
        utc(2025, 4, 25, 13),  # 14:00 BST
    ]


def test_fortnightly_counts_weeks_from_the_first_day():
    tuesdays = schedule(frequency="fortnightly", days=[1], start_date=date(2025, 1, 6))
    found = [s.date() for s in starts(tuesdays, date(2025, 1, 1), date(2025, 2, 28))]
    assert found == [date(2025, 1, 7), date(2025, 1, 21), date(2025, 2, 4), date(2025, 2, 18)]


def test_first_and_last_days_limit_the_sessions():
    sched = schedule(days=[2], start_date=date(2025, 3, 5), end_date=date(2025, 3, 19))
    found = [s.date() for s in starts(sched, date(2025, 1, 1), date(2025, 12, 31))]
    assert found == [date(2025, 3, 5), date(2025, 3, 12), date(2025, 3, 19)]


def test_cancelled_dates_stay_listed_as_cancelled():
    sched = schedule(days=[2], cancelled_dates=[date(2025, 3, 12)])
    found = expand(sched, date(2025, 3, 5), date(2025, 3, 19))
    assert [(s.date(), cancelled) for s, _e, cancelled in found] == [
        (date(2025, 3, 5), False),
        (date(2025, 3, 12), True),
        (date(2025, 3, 19), False),
    ]


def test_particular_dates():
    sched = schedule(
        frequency="dates",
        days=[],
        dates=[date(2025, 6, 14), date(2025, 5, 26), date(2025, 7, 1)],
    )
    found = [s.date() for s in starts(sched, date(2025, 5, 1), date(2025, 6, 30))]
    assert found == [date(2025, 6, 14)]  # 26 May is a bank holiday; 1 July is after the range
    assert first_date(sched) == date(2025, 5, 26)


@pytest.mark.parametrize(
    "fields,expected",
    [
        ({"days": [1, 3]}, {"FREQ": "WEEKLY", "WKST": "MO", "BYDAY": ["TU", "TH"]}),
        (
            {"frequency": "fortnightly", "days": [5]},
            {"FREQ": "WEEKLY", "WKST": "MO", "BYDAY": ["SA"], "INTERVAL": 2},
        ),
        (
            {"frequency": "monthly", "week_of_month": -1, "days": [4]},
            {"FREQ": "MONTHLY", "BYDAY": ["-1FR"]},
        ),
        ({"frequency": "dates", "dates": [date(2025, 1, 1)]}, None),
    ],
)
def test_ical_rrule(fields, expected):
    assert ical_rrule(schedule(**fields)) == expected


def test_ical_until_is_the_last_session_end_in_utc():
    # RFC 5545: with a DTSTART in a time zone, UNTIL is in UTC. 11:00 BST is 10:00 UTC.
    rule = ical_rrule(schedule(days=[6], end_date=date(2025, 6, 29)))
    assert rule["UNTIL"] == utc(2025, 6, 29, 10)


def test_exception_dates_list_cancellations_and_bank_holidays_in_the_pattern():
    sched = schedule(
        days=[0],
        start_date=date(2025, 4, 7),
        end_date=date(2025, 5, 31),
        cancelled_dates=[date(2025, 4, 14), date(2025, 4, 15)],  # 15th is not a Monday
    )
    assert exception_dates(sched) == [
        date(2025, 4, 14),
        date(2025, 4, 21),
        date(2025, 5, 5),
        date(2025, 5, 26),
    ]
