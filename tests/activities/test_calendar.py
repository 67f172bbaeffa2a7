""".ics files parse with icalendar, and a second, independent reading of them (dateutil's
RRULE and VTIMEZONE parsers) gives exactly the dated sessions the site shows."""

import io
import re
from datetime import UTC, date, datetime, time

import pytest
from dateutil import rrule as dateutil_rrule
from dateutil import tz as dateutil_tz
from django.urls import reverse
from icalendar import Calendar

from activities.occurrences import regenerate

pytestmark = pytest.mark.django_db


def fetch(client, url):
    response = client.get(url)
    assert response.status_code == 200
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    assert response["Content-Disposition"].startswith("attachment; filename=")
    return response.content


def raw_lines(body):
    """Unfolded content lines, as a strict reader sees them."""
    return body.decode().replace("\r\n ", "").split("\r\n")


def expand_independently(body, until):
    """Read DTSTART/RRULE/EXDATE from the raw text and expand them with dateutil, using the
    file's own VTIMEZONE (not Python's zone database)."""
    london = dateutil_tz.tzical(io.StringIO(body.decode())).get("Europe/London")
    found = []
    for block in body.decode().split("BEGIN:VEVENT")[1:]:
        lines = raw_lines(block.split("END:VEVENT")[0].encode())
        props = {line.split(":", 1)[0]: line.split(":", 1)[1] for line in lines if ":" in line}
        start = datetime.strptime(props["DTSTART;TZID=Europe/London"], "%Y%m%dT%H%M%S")
        start = start.replace(tzinfo=london)
        rules = dateutil_rrule.rruleset()
        if "RRULE" in props:
            rules.rrule(dateutil_rrule.rrulestr(props["RRULE"], dtstart=start))
        else:
            rules.rdate(start)
        for value in props.get("EXDATE;TZID=Europe/London", "").split(","):
            if value:
                rules.exdate(datetime.strptime(value, "%Y%m%dT%H%M%S").replace(tzinfo=london))
        found += rules.between(start, until, inc=True)
    return sorted(dt.astimezone(UTC) for dt in found)


@pytest.fixture
def walk(frozen_now, make_series):
    return make_series(
        "Riverside Walk",
        slug="riverside-walk",
        schedule={
            "days": [0, 3],
            "start_date": date(2025, 3, 3),
            "start_time": time(10),
            "end_time": time(11, 30),
            "cancelled_dates": [date(2025, 4, 10)],
        },
    )


def test_series_calendar_repeats_in_london_time_with_its_exceptions(client, walk):
    body = fetch(client, reverse("activities:series_calendar", args=["riverside-walk"]))
    calendar = Calendar.from_ical(body)
    [event] = calendar.walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert event.decoded("DTSTART") == datetime(
        2025, 3, 3, 10, tzinfo=event.decoded("DTSTART").tzinfo
    )
    assert event["RRULE"].to_ical() == b"FREQ=WEEKLY;BYDAY=MO,TH;WKST=MO"
    exdates = [d.dt.date() for line in [event["EXDATE"]] for d in line.dts]
    # The cancelled Thursday and the Monday bank holidays (Easter Monday, two in May).
    assert exdates[:4] == [
        date(2025, 4, 10),
        date(2025, 4, 21),
        date(2025, 5, 5),
        date(2025, 5, 26),
    ]
    lines = raw_lines(body)
    assert "RRULE:FREQ=WEEKLY;BYDAY=MO,TH;WKST=MO" in lines
    assert any(line.startswith("EXDATE;TZID=Europe/London:20250410T100000,") for line in lines)
    assert "DTSTART;TZID=Europe/London:20250303T100000" in lines
    [zone] = calendar.walk("VTIMEZONE")
    assert zone["TZID"] == "Europe/London"


def test_a_second_reader_expands_the_calendar_to_exactly_our_sessions(client, walk):
    body = fetch(client, reverse("activities:series_calendar", args=["riverside-walk"]))
    until = datetime(2025, 7, 20, tzinfo=UTC)
    from_calendar = [
        dt for dt in expand_independently(body, until) if dt >= datetime(2025, 3, 26, tzinfo=UTC)
    ]
    ours = list(
        walk.occurrences.filter(cancelled=False, start__lte=until)
        .order_by("start")
        .values_list("start", flat=True)
    )
    assert len(ours) > 25
    assert from_calendar == ours
    # Across the clock change: 10:00 GMT on 27 March, 10:00 BST (09:00 UTC) on 31 March.
    assert datetime(2025, 3, 27, 10, tzinfo=UTC) in from_calendar
    assert datetime(2025, 3, 31, 9, tzinfo=UTC) in from_calendar


def test_the_time_zone_in_the_file_knows_summer_time_for_years_to_come(client, walk):
    body = fetch(client, reverse("activities:series_calendar", args=["riverside-walk"]))
    london = dateutil_tz.tzical(io.StringIO(body.decode())).get("Europe/London")
    for year, summer, winter in [(2025, 30, 26), (2031, 30, 26), (2045, 26, 29)]:
        # Last Sundays of March and October: 10:00 local is BST in summer, GMT in winter.
        assert datetime(year, 3, summer, 10, tzinfo=london).utcoffset().total_seconds() == 3600
        assert datetime(year, 3, summer - 7, 10, tzinfo=london).utcoffset().total_seconds() == 0
        assert datetime(year, 10, winter - 7, 10, tzinfo=london).utcoffset().total_seconds() == 3600
        assert datetime(year, 10, winter, 10, tzinfo=london).utcoffset().total_seconds() == 0


def test_monthly_and_fortnightly_rules_and_an_end_date(
    client, frozen_now, make_series, make_schedule
):
    series = make_series(
        "Tea Dance",
        slug="tea-dance",
        schedule={
            "frequency": "monthly",
            "week_of_month": -1,
            "days": [4],
            "start_time": time(14),
            "end_time": time(16),
            "end_date": date(2025, 12, 31),
        },
    )
    make_schedule(series, frequency="fortnightly", days=[5], start_date=date(2025, 3, 1))
    body = fetch(client, reverse("activities:series_calendar", args=["tea-dance"]))
    lines = raw_lines(body)
    # UNTIL is the end of the last session in UTC (16:00 GMT on 31 December).
    assert "RRULE:FREQ=MONTHLY;UNTIL=20251231T160000Z;BYDAY=-1FR" in lines
    assert "RRULE:FREQ=WEEKLY;INTERVAL=2;BYDAY=SA;WKST=MO" in lines
    regenerate([series.pk])
    until = datetime(2025, 7, 20, tzinfo=UTC)
    from_calendar = [
        dt for dt in expand_independently(body, until) if dt >= datetime(2025, 3, 26, tzinfo=UTC)
    ]
    ours = list(
        series.occurrences.filter(start__lte=until)
        .order_by("start")
        .values_list("start", flat=True)
    )
    assert from_calendar == ours


def test_particular_dates_become_separate_events(client, frozen_now, make_series):
    make_series(
        "Heritage Walk",
        slug="heritage-walk",
        schedule={
            "frequency": "dates",
            "days": [],
            "dates": [date(2025, 4, 12), date(2025, 4, 21), date(2025, 5, 3)],
            "cancelled_dates": [date(2025, 5, 3)],
        },
    )
    body = fetch(client, reverse("activities:series_calendar", args=["heritage-walk"]))
    events = Calendar.from_ical(body).walk("VEVENT")
    # 21 April is Easter Monday (skipped); 3 May is cancelled and says so.
    assert [(e.decoded("DTSTART").date(), str(e.get("STATUS", ""))) for e in events] == [
        (date(2025, 4, 12), ""),
        (date(2025, 5, 3), "CANCELLED"),
    ]


def test_one_date_calendar(client, walk):
    session = walk.occurrences.get(start__date=date(2025, 3, 31))
    body = fetch(
        client, reverse("activities:occurrence_calendar", args=["riverside-walk", session.pk])
    )
    [event] = Calendar.from_ical(body).walk("VEVENT")
    assert event["DTSTART"].params["TZID"] == "Europe/London"
    assert event.decoded("DTSTART").astimezone(UTC) == datetime(2025, 3, 31, 9, tzinfo=UTC)
    assert event.decoded("DTEND").astimezone(UTC) == datetime(2025, 3, 31, 10, 30, tzinfo=UTC)
    assert str(event["UID"]) == f"{session.pk}@testserver"
    assert "RRULE" not in event
    assert "testserver/en/activities/riverside-walk/" in str(event["URL"])


def test_one_date_of_another_activity_is_not_found(client, walk, make_series):
    other = make_series("Other", slug="other", schedule={"days": [2]})
    session = other.occurrences.first()
    url = reverse("activities:occurrence_calendar", args=["riverside-walk", session.pk])
    assert client.get(url).status_code == 404


def test_subscribed_calendars_may_reuse_a_copy_for_an_hour(client, walk):
    for url in (
        reverse("activities:series_calendar", args=["riverside-walk"]),
        reverse("activities:calendar"),
    ):
        response = client.get(url)
        assert response.status_code == 200
        assert response["Content-Type"] == "text/calendar; charset=utf-8"
        assert "max-age=3600" in response["Cache-Control"]
        assert "public" in response["Cache-Control"]


@pytest.mark.parametrize("name", ["Walk\r\nX-INJECTED:1", "Walk\rX-INJECTED:1", "Walk\nand talk"])
def test_a_name_with_line_breaks_cannot_add_lines_to_the_calendar(client, walk, name):
    """The calendar's name (X-WR-CALNAME) is escaped like the events' text: a line break in a
    series name was a 500 (\\n) or a new property line (\\r) in every subscriber's calendar."""
    walk.name_en = name
    walk.save()
    body = fetch(client, reverse("activities:series_calendar", args=["riverside-walk"]))
    lines = raw_lines(body)
    assert not [line for line in lines if "\r" in line or "\n" in line]
    assert not [line for line in lines if line.startswith("X-INJECTED")]
    assert any(line.startswith("X-WR-CALNAME:Walk\\n") for line in lines)


def test_control_characters_are_left_out_of_the_calendar(client, walk):
    """RFC 5545 text allows no control characters but tab; pasted text can carry some."""
    walk.name_en = "Walk\x01 and\x1b[31m talk\x7f"
    walk.description_en = "Bring\x0b water"
    walk.save()
    for url in (
        reverse("activities:series_calendar", args=["riverside-walk"]),
        reverse("activities:calendar"),
    ):
        body = fetch(client, url).decode()
        assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]", body)
        assert "SUMMARY:Walk and[31m talk" in body
