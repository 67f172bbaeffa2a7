"""Turn a Schedule into dates, London wall-clock datetimes and an iCalendar RRULE.

Dates are expanded in local time first and only then given the Europe/London zone, so a 10:00
session is at 10:00 on both sides of a clock change. Pure functions: no database access.
"""

from datetime import UTC, datetime, time, timedelta
from functools import lru_cache
from zoneinfo import ZoneInfo

import holidays
from dateutil import rrule
from django.utils import timezone
from django.utils.formats import date_format, time_format
from django.utils.text import format_lazy
from django.utils.translation import gettext_lazy as _

from .choices import Frequency, Weekday, WeekOfMonth

LONDON = ZoneInfo("Europe/London")
RRULE_DAYS = [rrule.MO, rrule.TU, rrule.WE, rrule.TH, rrule.FR, rrule.SA, rrule.SU]
ICAL_DAYS = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
SCHEMA_DAYS = [
    "https://schema.org/Monday",
    "https://schema.org/Tuesday",
    "https://schema.org/Wednesday",
    "https://schema.org/Thursday",
    "https://schema.org/Friday",
    "https://schema.org/Saturday",
    "https://schema.org/Sunday",
]


@lru_cache(maxsize=64)
def _bank_holidays_in(year):
    return frozenset(holidays.country_holidays("GB", subdiv="ENG", years=year))


def is_bank_holiday(day):
    """A bank holiday in England (including substitute days such as Boxing Day observed)."""
    return day in _bank_holidays_in(day.year)


def bank_holidays_between(first, last):
    return sorted(
        d
        for year in range(first.year, last.year + 1)
        for d in _bank_holidays_in(year)
        if first <= d <= last
    )


def _rule(schedule, until=None):
    """The dateutil rule for a repeating schedule, in naive local dates (midnight)."""
    dtstart = datetime.combine(schedule.start_date, time())
    last = min(d for d in (schedule.end_date, until) if d) if (schedule.end_date or until) else None
    until_dt = datetime.combine(last, time()) if last else None
    if schedule.frequency == Frequency.MONTHLY:
        byweekday = [RRULE_DAYS[d](schedule.week_of_month) for d in schedule.days]
        return rrule.rrule(rrule.MONTHLY, dtstart=dtstart, until=until_dt, byweekday=byweekday)
    interval = 2 if schedule.frequency == Frequency.FORTNIGHTLY else 1
    byweekday = [RRULE_DAYS[d] for d in schedule.days]
    return rrule.rrule(
        rrule.WEEKLY,
        dtstart=dtstart,
        until=until_dt,
        interval=interval,
        byweekday=byweekday,
        wkst=rrule.MO,
    )


def pattern_dates(schedule, first, last):
    """Every date the pattern gives between first and last (inclusive), before exceptions."""
    if schedule.frequency == Frequency.DATES:
        return sorted({d for d in schedule.dates if first <= d <= last})
    if schedule.end_date and schedule.end_date < first:
        return []
    rule = _rule(schedule, until=last)
    start = datetime.combine(max(first, schedule.start_date), time())
    end = datetime.combine(last, time())
    return [dt.date() for dt in rule.between(start, end, inc=True)]


def skipped_dates(schedule, first, last):
    """Pattern dates that do not happen because they are bank holidays (when skipped)."""
    if not schedule.skip_bank_holidays:
        return []
    return [d for d in pattern_dates(schedule, first, last) if is_bank_holiday(d)]


def local_datetime(day, clock):
    """`clock` on `day` in London, as an aware datetime.

    A time that does not exist (inside the spring-forward gap) is moved forward an hour, as
    clocks do; an ambiguous one (the autumn repeat) takes the first, summer-time, reading.
    """
    naive = datetime.combine(day, clock)
    aware = naive.replace(tzinfo=LONDON, fold=0)
    return aware.astimezone(UTC).astimezone(LONDON)


def expand(schedule, first, last):
    """[(start, end, cancelled)] for every session from first to last (inclusive dates).

    Bank holidays are left out when the schedule skips them; cancelled dates stay in, marked
    cancelled, so residents see "cancelled" rather than a silent gap. Times are in UTC: Python
    never finds an autumn-repeat London time equal to anything in another zone, and these
    are compared with (and stored as) database values.
    """
    cancelled = set(schedule.cancelled_dates or [])
    sessions = []
    for day in pattern_dates(schedule, first, last):
        if schedule.skip_bank_holidays and is_bank_holiday(day):
            continue
        start = local_datetime(day, schedule.start_time).astimezone(UTC)
        end = local_datetime(day, schedule.end_time).astimezone(UTC)
        sessions.append((start, end, day in cancelled))
    return sessions


def first_date(schedule):
    """The first date of the pattern (the iCalendar DTSTART), or None if it never happens."""
    if schedule.frequency == Frequency.DATES:
        return min(schedule.dates) if schedule.dates else None
    found = _rule(schedule).after(datetime.combine(schedule.start_date, time()), inc=True)
    return found.date() if found else None


def ical_rrule(schedule):
    """The RRULE as a dict for icalendar (FREQ, INTERVAL, BYDAY, UNTIL), or None for dates."""
    if schedule.frequency == Frequency.DATES:
        return None
    rule = {"FREQ": "WEEKLY", "WKST": "MO"}
    if schedule.frequency == Frequency.MONTHLY:
        rule = {"FREQ": "MONTHLY"}
        rule["BYDAY"] = [f"{schedule.week_of_month}{ICAL_DAYS[d]}" for d in schedule.days]
    else:
        rule["BYDAY"] = [ICAL_DAYS[d] for d in schedule.days]
        if schedule.frequency == Frequency.FORTNIGHTLY:
            rule["INTERVAL"] = 2
    if schedule.end_date:
        # RFC 5545: with a DTSTART in a time zone, UNTIL is given in UTC.
        rule["UNTIL"] = local_datetime(schedule.end_date, schedule.end_time).astimezone(UTC)
    return rule


def exception_dates(schedule, horizon_days=730):
    """Dates to leave out of a calendar's repeating event: cancelled dates and (if skipped)
    bank holidays, up to the schedule's end or `horizon_days` ahead for open-ended ones."""
    first = first_date(schedule)
    if first is None:
        return []
    last = schedule.end_date or (timezone.localdate() + timedelta(days=horizon_days))
    pattern = set(pattern_dates(schedule, first, last))
    out = {d for d in schedule.cancelled_dates or [] if d in pattern}
    if schedule.skip_bank_holidays:
        out |= {d for d in pattern if is_bank_holiday(d)}
    return sorted(out)


def describe(schedule):
    """ "Every week on Monday and Thursday, 10:00 to 11:30" in the page's language."""
    days = [Weekday(d).label for d in schedule.days]
    times = format_lazy(
        _("{start} to {end}"),
        start=time_format(schedule.start_time, "H:i"),
        end=time_format(schedule.end_time, "H:i"),
    )
    joined = ", ".join(str(label) for label in days)
    if schedule.frequency == Frequency.WEEKLY:
        return format_lazy(_("Every week on {days}, {times}"), days=joined, times=times)
    if schedule.frequency == Frequency.FORTNIGHTLY:
        return format_lazy(_("Every two weeks on {days}, {times}"), days=joined, times=times)
    if schedule.frequency == Frequency.MONTHLY:
        return format_lazy(
            _("{week} {days} of every month, {times}"),
            week=WeekOfMonth(schedule.week_of_month).label,
            days=joined,
            times=times,
        )
    listed = ", ".join(date_format(d, "j F Y") for d in sorted(schedule.dates))
    return format_lazy(_("On {dates}, {times}"), dates=listed, times=times)
