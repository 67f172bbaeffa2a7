"""Working days in England: weekends and bank holidays do not count."""

import datetime

import pytest

from volunteering import workdays

from .conftest import london


@pytest.mark.parametrize(
    "sent,days,expected",
    [
        # Monday 10:00 + 3 working days = Thursday 10:00.
        (london(2026, 11, 23, 10), 3, london(2026, 11, 26, 10)),
        # Thursday + 3 skips the weekend: Tuesday.
        (london(2026, 11, 26, 10), 3, london(2026, 12, 1, 10)),
        # Saturday counts from Monday 00:00: + 3 = Thursday 00:00.
        (london(2026, 11, 28, 14), 3, london(2026, 12, 3, 0)),
        # Christmas: Wed 23 Dec + 3 = Thu 24, then 25 Dec, the weekend and 28 Dec (Boxing Day
        # observed) are skipped: Tue 29, Wed 30.
        (london(2026, 12, 23, 9), 3, london(2026, 12, 30, 9)),
        # Easter 2027: Thu 25 Mar + 1 skips Good Friday (26th), weekend, Easter Monday (29th).
        (london(2027, 3, 25, 15), 1, london(2027, 3, 30, 15)),
        # 7 working days from Monday = Wednesday of the next week.
        (london(2026, 11, 23, 10), 7, london(2026, 12, 2, 10)),
    ],
)
def test_add_working_days(sent, days, expected):
    assert workdays.add_working_days(sent, days) == expected


def test_bank_holidays_are_not_working_days():
    assert not workdays.is_working_day(datetime.date(2026, 12, 25))
    assert not workdays.is_working_day(datetime.date(2026, 12, 28))  # Boxing Day (observed)
    assert not workdays.is_working_day(datetime.date(2027, 5, 3))  # Early May bank holiday
    assert not workdays.is_working_day(datetime.date(2026, 11, 28))  # a Saturday
    assert workdays.is_working_day(datetime.date(2026, 11, 27))  # a Friday


@pytest.mark.parametrize(
    "end,expected",
    [
        (london(2026, 11, 23, 9), 0),  # earlier than the start
        (london(2026, 11, 24, 9, 59), 0),
        (london(2026, 11, 24, 10), 1),
        (london(2026, 11, 27, 18), 4),
        (london(2026, 11, 29, 23), 4),  # the weekend adds nothing
        (london(2026, 11, 30, 10), 5),
    ],
)
def test_working_days_between(end, expected):
    assert workdays.working_days_between(london(2026, 11, 23, 10), end) == expected


def test_counting_agrees_with_adding():
    start = london(2026, 12, 18, 16, 30)
    for days in range(15):
        deadline = workdays.add_working_days(start, days)
        assert workdays.working_days_between(start, deadline) == days
        assert workdays.working_days_between(start, deadline - datetime.timedelta(seconds=1)) == (
            max(days - 1, 0)
        )
