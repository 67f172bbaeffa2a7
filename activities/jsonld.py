"""schema.org Event JSON-LD for an activity page (so search engines can show the dates)."""

from django.utils import timezone

from directory.jsonld import place
from newham_connect.i18n import translated

from .models import Frequency, GenderRestriction
from .recurrence import SCHEMA_DAYS, first_date

REPEAT = {Frequency.WEEKLY: "P1W", Frequency.FORTNIGHTLY: "P2W", Frequency.MONTHLY: "P1M"}
STATUS = {False: "https://schema.org/EventScheduled", True: "https://schema.org/EventCancelled"}


def _non_empty(data):
    return {k: v for k, v in data.items() if v not in (None, "", [], {})}


def _schedule(schedule):
    if schedule.frequency == Frequency.DATES:
        return None
    start = first_date(schedule)
    return _non_empty(
        {
            "@type": "Schedule",
            "repeatFrequency": REPEAT[schedule.frequency],
            "byDay": [SCHEMA_DAYS[d] for d in schedule.days],
            "byMonthWeek": schedule.week_of_month
            if schedule.frequency == Frequency.MONTHLY
            else None,
            "startDate": start.isoformat() if start else None,
            "endDate": schedule.end_date.isoformat() if schedule.end_date else None,
            "startTime": schedule.start_time.strftime("%H:%M:%S"),
            "endTime": schedule.end_time.strftime("%H:%M:%S"),
            "scheduleTimezone": "Europe/London",
            "exceptDate": sorted(d.isoformat() for d in schedule.cancelled_dates or []),
        }
    )


def _location(series):
    places = []
    if series.location_id:
        places.append(place(series.location))
    if series.is_online:
        places.append(_non_empty({"@type": "VirtualLocation", "url": series.online_url}))
    return places[0] if len(places) == 1 else places


def _age_range(series):
    if series.min_age is None and series.max_age is None:
        return None
    return f"{series.min_age or 0}-{series.max_age if series.max_age is not None else ''}"


def event_jsonld(series, upcoming, page_url):
    """The series as a schema.org Event: its next date, its pattern and its next dates."""
    if series.is_online and series.location_id:
        mode = "https://schema.org/MixedEventAttendanceMode"
    elif series.is_online:
        mode = "https://schema.org/OnlineEventAttendanceMode"
    else:
        mode = "https://schema.org/OfflineEventAttendanceMode"
    organisation = series.organisation
    audience = None
    if series.age_range_known or series.gender_restriction != GenderRestriction.NONE:
        audience = _non_empty(
            {
                "@type": "PeopleAudience",
                "suggestedMinAge": series.min_age,
                "suggestedMaxAge": series.max_age,
                "suggestedGender": {
                    GenderRestriction.FEMALE: "https://schema.org/Female",
                    GenderRestriction.MALE: "https://schema.org/Male",
                }.get(series.gender_restriction),
            }
        )
    name = str(translated(series, "name"))
    data = {
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": f"{page_url}#event",
        "name": name,
        "description": str(translated(series, "description")),
        "url": page_url,
        "eventAttendanceMode": mode,
        "location": _location(series),
        "organizer": _non_empty(
            {
                "@type": "Organization",
                "name": str(translated(organisation, "name")),
                "url": organisation.website,
                "email": organisation.email,
                "telephone": organisation.phone,
            }
        ),
        "offers": _non_empty(
            {
                "@type": "Offer",
                "price": "0" if series.is_free else f"{series.price:.2f}",
                "priceCurrency": "GBP",
                "url": series.booking_url or page_url,
                "description": str(translated(series, "price_note")),
            }
        ),
        "isAccessibleForFree": series.is_free,
        "typicalAgeRange": _age_range(series),
        "audience": audience,
        "inLanguage": [language.code for language in series.languages.all()],
        "keywords": [str(translated(t, "name")) for t in series.activity_types.all()]
        + [str(translated(t, "name")) for t in series.categories.all()],
        "eventSchedule": [s for s in map(_schedule, series.schedules.all()) if s],
    }
    if upcoming:
        first = upcoming[0]
        data["startDate"] = timezone.localtime(first.start).isoformat()
        data["endDate"] = timezone.localtime(first.end).isoformat()
        data["eventStatus"] = STATUS[first.cancelled]
        data["subEvent"] = [
            {
                "@type": "Event",
                "name": name,
                "startDate": timezone.localtime(o.start).isoformat(),
                "endDate": timezone.localtime(o.end).isoformat(),
                "eventStatus": STATUS[o.cancelled],
                "eventAttendanceMode": mode,
                "url": page_url,
            }
            for o in upcoming
        ]
    return _non_empty(data)
