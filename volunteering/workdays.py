"""Working days in England: Monday to Friday except bank holidays (the `holidays` package).

"Three working days after" keeps the time of day: an interest sent on Monday at 10:00 is three
working days old on Thursday at 10:00. Something sent on a weekend or bank holiday starts
counting at midnight of the next working day, so nobody is reminded about a Saturday message
on Tuesday.
"""

import datetime
from functools import lru_cache

import holidays
from django.utils import timezone


@lru_cache(maxsize=1)
def _england_holidays():
    # The object adds each year's dates the first time a date in that year is looked up.
    return holidays.country_holidays("GB", subdiv="ENG")


def is_working_day(day):
    return day.weekday() < 5 and day not in _england_holidays()


def next_working_day(day):
    """The first working day strictly after `day`."""
    day += datetime.timedelta(days=1)
    while not is_working_day(day):
        day += datetime.timedelta(days=1)
    return day


def _start(moment):
    """Where counting begins: the moment itself on a working day, else the next one's start."""
    local = timezone.localtime(moment)
    if is_working_day(local.date()):
        return local
    day = next_working_day(local.date())
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min), local.tzinfo)


def _at(day, start):
    return timezone.make_aware(
        datetime.datetime.combine(day, start.time().replace(tzinfo=None)), start.tzinfo
    )


def add_working_days(moment, days):
    """The moment `days` working days after `moment` (same local time of day)."""
    start = _start(moment)
    day = start.date()
    for _ in range(days):
        day = next_working_day(day)
    return _at(day, start)


def working_days_between(start, end):
    """Whole working days from `start` to `end` (0 if `end` is not later)."""
    begin = _start(start)
    elapsed, day = 0, begin.date()
    while True:
        day = next_working_day(day)
        if _at(day, begin) > end:
            return elapsed
        elapsed += 1
