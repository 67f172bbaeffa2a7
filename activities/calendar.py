"""iCalendar (.ics) files: a whole series (RRULE + EXDATE), one session, or a search.

Times are written with TZID=Europe/London and a VTIMEZONE, so Google, Apple and Outlook
calendars keep a 10:00 session at 10:00 across clock changes.
"""

from datetime import UTC, datetime, timedelta

from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vText

from newham_connect.i18n import translated

from .choices import Frequency
from .recurrence import (
    LONDON,
    exception_dates,
    first_date,
    ical_rrule,
    is_bank_holiday,
    local_datetime,
)

PRODID = "-//London Borough of Newham//Newham Connect//EN"
# RFC 5545 text allows no control characters but tab; text pasted into a listing can carry
# some, and a strict calendar program then refuses the whole file.
_CONTROL_CHARACTERS = dict.fromkeys([*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0x7F])


def _text(value):
    """Listing text as an iCalendar TEXT value: escaped (line breaks, ; and ,) by vText."""
    return vText(str(value).translate(_CONTROL_CHARACTERS))


def _calendar(name):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    # icalendar writes an X- property it does not know as it is; as text it is escaped, so a
    # line break in a series name cannot end the line and start a property of its own.
    calendar.add("x-wr-calname", _text(name))
    calendar.add("x-wr-timezone", "Europe/London")
    return calendar


def _london_vtimezone():
    """Europe/London as recurring rules (as Google Calendar writes it): British Summer Time
    from 01:00 GMT on the last Sunday in March to 01:00 GMT on the last Sunday in October.
    Rules rather than a list of dates, so the calendar stays right after 2037."""
    timezone_ = Timezone()
    timezone_.add("tzid", "Europe/London")
    summer = TimezoneDaylight()
    summer.add("tzname", "BST")
    summer.add("tzoffsetfrom", timedelta(hours=0))
    summer.add("tzoffsetto", timedelta(hours=1))
    summer.add("dtstart", datetime(1970, 3, 29, 1, 0))
    summer.add("rrule", {"FREQ": "YEARLY", "BYMONTH": 3, "BYDAY": "-1SU"})
    winter = TimezoneStandard()
    winter.add("tzname", "GMT")
    winter.add("tzoffsetfrom", timedelta(hours=1))
    winter.add("tzoffsetto", timedelta(hours=0))
    winter.add("dtstart", datetime(1970, 10, 25, 2, 0))
    winter.add("rrule", {"FREQ": "YEARLY", "BYMONTH": 10, "BYDAY": "-1SU"})
    timezone_.add_component(summer)
    timezone_.add_component(winter)
    return timezone_


def _finish(calendar):
    calendar.subcomponents.insert(0, _london_vtimezone())
    return calendar.to_ical()


def _where(series):
    if series.location_id:
        location = series.location
        return f"{translated(location, 'name')}, {location.address}, {location.postcode}"
    return _("Online")


def _describe(series, url):
    parts = [str(translated(series, "description")), str(translated(series, "how_to_join")), url]
    return "\n\n".join(p for p in parts if p)


def _event(series, uid, start, end, url, host):
    event = Event()
    event.add("uid", f"{uid}@{host}")
    event.add("dtstamp", datetime.now(UTC))
    event.add("last-modified", series.last_modified.astimezone(UTC))
    event.add("summary", _text(translated(series, "name")))
    event.add("description", _text(_describe(series, url)))
    event.add("location", _text(_where(series)))
    event.add("url", url)
    event.add("dtstart", start.astimezone(LONDON))
    event.add("dtend", end.astimezone(LONDON))
    if series.location_id:
        event.add("geo", (float(series.location.latitude), float(series.location.longitude)))
    return event


def series_calendar(series, url, host):
    """Every schedule of a series: a repeating event each, with its exceptions."""
    calendar = _calendar(str(translated(series, "name")))
    for schedule in series.schedules.all():
        if schedule.frequency == Frequency.DATES:
            for day in sorted(schedule.dates):
                if schedule.skip_bank_holidays and is_bank_holiday(day):
                    continue
                event = _event(
                    series,
                    f"{schedule.pk}-{day:%Y%m%d}",
                    local_datetime(day, schedule.start_time),
                    local_datetime(day, schedule.end_time),
                    url,
                    host,
                )
                if day in (schedule.cancelled_dates or []):
                    event.add("status", "CANCELLED")
                calendar.add_component(event)
            continue
        first = first_date(schedule)
        if first is None:
            continue
        event = _event(
            series,
            schedule.pk,
            local_datetime(first, schedule.start_time),
            local_datetime(first, schedule.end_time),
            url,
            host,
        )
        event.add("rrule", ical_rrule(schedule))
        skipped = exception_dates(schedule)
        if skipped:
            event.add("exdate", [local_datetime(d, schedule.start_time) for d in skipped])
        calendar.add_component(event)
    return _finish(calendar)


def occurrences_calendar(name, occurrences, url_for, host):
    """One event per dated session (a single date, or the results of a search)."""
    calendar = _calendar(name)
    for occurrence in occurrences:
        series = occurrence.series
        event = _event(
            series,
            occurrence.pk,
            timezone.localtime(occurrence.start),
            timezone.localtime(occurrence.end),
            url_for(series),
            host,
        )
        event.add("status", "CANCELLED" if occurrence.cancelled else "CONFIRMED")
        calendar.add_component(event)
    return _finish(calendar)
