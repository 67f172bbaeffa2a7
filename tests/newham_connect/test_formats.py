"""UK dates and times in every language (newham_connect/formats/).

Django's "en" formats are American, and six of the site's languages have no Django input
formats, so "05/12/2026" (5 December) was saved as 12 May and pages said
"Dec. 7, 2026, 2:37 a.m.". Every language now reads a date day first and shows times on the
24-hour clock, keeping its own way of writing a date.
"""

import json
import re
from datetime import date, datetime, time

import pytest
from django import forms
from django.conf import settings
from django.template import Context, Template
from django.urls import reverse
from django.utils import formats, translation
from django.utils.timezone import make_aware

LANGUAGES = [code for code, _name in settings.LANGUAGES]


@pytest.fixture(params=LANGUAGES)
def language(request):
    with translation.override(request.param):
        yield request.param


def test_every_language_uses_the_projects_formats(language):
    modules = [module.__name__ for module in formats.get_format_modules(language)]
    assert modules[0] == f"newham_connect.formats.{language}.formats"


def test_no_language_reads_the_month_first(language):
    for kind in ("DATE_INPUT_FORMATS", "DATETIME_INPUT_FORMATS"):
        assert not [f for f in formats.get_format(kind) if f.startswith("%m")], kind


@pytest.mark.parametrize(
    "typed", ["05/12/2026", "5/12/2026", "05/12/26", "05-12-2026", "05.12.2026", "2026-12-05"]
)
def test_a_date_is_read_day_first(language, typed):
    assert forms.DateField().clean(typed) == date(2026, 12, 5)


def test_an_impossible_day_first_date_is_refused(language):
    with pytest.raises(forms.ValidationError):
        forms.DateField().clean("12/25/2026")


@pytest.mark.parametrize("typed", ["17:30", "17.30", "5:30pm", "5:30 PM", "5.30pm"])
def test_a_time_is_read_on_either_clock(language, typed):
    assert forms.TimeField().clean(typed) == time(17, 30)


def test_times_are_shown_on_the_24_hour_clock(language):
    shown = formats.date_format(datetime(2026, 12, 7, 17, 30), "DATETIME_FORMAT")
    assert "17:30" in shown
    assert not {"a.m.", "p.m.", "AM", "PM", "Dec."} & set(shown.replace(",", " ").split())
    assert formats.time_format(time(9, 5)) == "09:05"


def test_weeks_start_on_monday(language):
    assert formats.get_format("FIRST_DAY_OF_WEEK") == 1


def test_a_form_shows_a_date_it_holds_day_first(language):
    shown = forms.DateField().widget.format_value(date(2026, 12, 5))
    assert shown in {"05/12/2026", "05.12.2026"}


def test_english_pages_write_dates_as_gov_uk_does():
    moment = make_aware(datetime(2026, 12, 7, 14, 37))
    with translation.override("en"):
        rendered = Template("{{ moment }}|{{ day }}|{{ day|date:'SHORT_DATE_FORMAT' }}").render(
            Context({"moment": moment, "day": date(2026, 12, 5)})
        )
    assert rendered == "7 December 2026, 14:37|5 December 2026|05/12/2026"


def test_urdu_writes_the_month_in_urdu():
    with translation.override("ur"):
        shown = formats.date_format(date(2026, 12, 5))
    assert shown.startswith("5 ") and shown.endswith(" 2026") and "December" not in shown


@pytest.mark.django_db
@pytest.mark.parametrize("accept", ["en", "bn", "so"])
def test_the_back_office_calendar_fills_in_uk_dates(client, personas, accept):
    """The admin's date picker writes the first input format into the box."""
    client.force_login(personas["bob"])
    page = client.get(reverse("admin:jsi18n"), HTTP_ACCEPT_LANGUAGE=accept).content.decode()
    shown = re.search(r"django.formats = (\{.*?\});", page, re.S).group(1)
    formats_sent = json.loads(shown)
    assert formats_sent["DATE_INPUT_FORMATS"][0] == "%d/%m/%Y"
    assert formats_sent["FIRST_DAY_OF_WEEK"] == 1
