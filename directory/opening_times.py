"""Opening times in words, in the resident's language.

Django has no Gujarati or Somali catalogue, so weekday and month names are marked here too: the
same msgids in our catalogue give every site language its own names (dates use them as well).
"""

import datetime

from django.utils import timezone
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from .models import WEEKDAY_CODES, Frequency, byday_tokens_for

WEEKDAY_NAMES = dict(
    zip(
        WEEKDAY_CODES,
        [
            gettext_lazy("Monday"),
            gettext_lazy("Tuesday"),
            gettext_lazy("Wednesday"),
            gettext_lazy("Thursday"),
            gettext_lazy("Friday"),
            gettext_lazy("Saturday"),
            gettext_lazy("Sunday"),
        ],
        strict=True,
    )
)
MONTH_NAMES = [
    gettext_lazy("January"),
    gettext_lazy("February"),
    gettext_lazy("March"),
    gettext_lazy("April"),
    gettext_lazy("May"),
    gettext_lazy("June"),
    gettext_lazy("July"),
    gettext_lazy("August"),
    gettext_lazy("September"),
    gettext_lazy("October"),
    gettext_lazy("November"),
    gettext_lazy("December"),
]
# Far enough ahead to find the next session of something held once a month.
LOOK_AHEAD_DAYS = 36
# Whole phrases, so each language can put the words in its own order.
NTH_WEEKDAY = {
    "1": gettext_lazy("The first %(weekday)s of the month"),
    "2": gettext_lazy("The second %(weekday)s of the month"),
    "3": gettext_lazy("The third %(weekday)s of the month"),
    "4": gettext_lazy("The fourth %(weekday)s of the month"),
    "5": gettext_lazy("The fifth %(weekday)s of the month"),
    "-1": gettext_lazy("The last %(weekday)s of the month"),
}


def long_date(day):
    """14 October 2025, with the month in the page's language."""
    return format_lazy("{} {} {}", day.day, MONTH_NAMES[day.month - 1], day.year)


def describe_days(schedule):
    """ "Monday to Friday", "Tuesday, Friday", "The first Monday of the month"…"""
    if schedule.freq == Frequency.MONTHLY:
        return ", ".join(
            str(NTH_WEEKDAY[token[:-2]] % {"weekday": WEEKDAY_NAMES[token[-2:]]})
            for token in schedule.byday
        )
    days = [code for code in WEEKDAY_CODES if code in schedule.byday]
    if len(days) == 7:
        return _("Every day")
    if days == WEEKDAY_CODES[:5]:
        return _("Monday to Friday")
    return ", ".join(str(WEEKDAY_NAMES[code]) for code in days)


def describe_times(schedule):
    """ "10:00 to 13:00" (24-hour clock reads the same in every language)."""
    if schedule.opens_at and schedule.closes_at:
        return _("%(opens)s to %(closes)s") % {
            "opens": schedule.opens_at.strftime("%H:%M"),
            "closes": schedule.closes_at.strftime("%H:%M"),
        }
    if schedule.opens_at:
        return _("From %(opens)s") % {"opens": schedule.opens_at.strftime("%H:%M")}
    return ""


def describe_dates(schedule):
    if schedule.valid_from and schedule.valid_to:
        return _("From %(start)s to %(end)s") % {
            "start": long_date(schedule.valid_from),
            "end": long_date(schedule.valid_to),
        }
    if schedule.valid_to:
        return _("Until %(end)s") % {"end": long_date(schedule.valid_to)}
    if schedule.valid_from:
        return _("From %(start)s") % {"start": long_date(schedule.valid_from)}
    return ""


def _runs_on(schedule, day):
    return (
        bool(set(byday_tokens_for(day)) & set(schedule.byday))
        and (schedule.valid_from is None or schedule.valid_from <= day)
        and (schedule.valid_to is None or schedule.valid_to >= day)
    )


def opening_status(schedules, moment=None):
    """Open now (and until when), or when it next opens: what a resident needs to know before
    going. Looks ahead five weeks, so a monthly session is found; None when nothing is known."""
    moment = timezone.localtime(moment)
    today, time = moment.date(), moment.time()
    timed = [s for s in schedules if s.opens_at and s.closes_at]
    if is_open_at(timed, moment):
        until = [
            s.closes_at for s in timed if _runs_on(s, today) and s.opens_at <= time < s.closes_at
        ]
        return {"open": True, "until": max(until)}
    for ahead in range(LOOK_AHEAD_DAYS):
        day = today + datetime.timedelta(days=ahead)
        opens = [s.opens_at for s in timed if _runs_on(s, day) and (ahead or s.opens_at > time)]
        if opens:
            return {"open": False, "day": day, "opens": min(opens), "ahead": ahead}
    return None


def is_open_at(schedules, moment=None):
    """Whether any of these (already loaded) schedules is open at the moment, in UK time."""
    moment = timezone.localtime(moment)
    return any(
        _runs_on(s, moment.date()) and s.opens_at <= moment.time() < s.closes_at
        for s in schedules
        if s.opens_at and s.closes_at
    )


def describe_status(status):
    """ "Open now, until 13:00", "Opens tomorrow at 09:00", "Opens Tuesday at 10:00"…"""
    if status is None:
        return ""
    if status["open"]:
        return _("Open now, until %(time)s") % {"time": status["until"].strftime("%H:%M")}
    time = status["opens"].strftime("%H:%M")
    if status["ahead"] == 0:
        return _("Closed now. Opens today at %(time)s") % {"time": time}
    if status["ahead"] == 1:
        return _("Closed now. Opens tomorrow at %(time)s") % {"time": time}
    if status["ahead"] < 7:
        day = WEEKDAY_NAMES[WEEKDAY_CODES[status["day"].weekday()]]
        return _("Closed now. Opens %(day)s at %(time)s") % {"day": day, "time": time}
    return _("Closed now. Opens %(date)s at %(time)s") % {
        "date": format_lazy("{} {}", status["day"].day, MONTH_NAMES[status["day"].month - 1]),
        "time": time,
    }


def has_ended(schedule, today=None):
    today = today or timezone.localdate()
    return schedule.valid_to is not None and schedule.valid_to < today
