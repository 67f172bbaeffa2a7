"""Opening times in words, in the resident's language.

Django has no Gujarati or Somali catalogue, so weekday and month names are marked here too: the
same msgids in our catalogue give every site language its own names (dates use them as well).
"""

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


def is_open_at(schedules, moment=None):
    """Whether any of these (already loaded) schedules is open at the moment, in UK time."""
    moment = timezone.localtime(moment)
    day, time = moment.date(), moment.time()
    tokens = set(byday_tokens_for(day))
    return any(
        tokens & set(s.byday)
        and s.opens_at
        and s.closes_at
        and s.opens_at <= time < s.closes_at
        and (s.valid_from is None or s.valid_from <= day)
        and (s.valid_to is None or s.valid_to >= day)
        for s in schedules
    )


def has_ended(schedule, today=None):
    today = today or timezone.localdate()
    return schedule.valid_to is not None and schedule.valid_to < today
