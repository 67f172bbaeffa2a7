"""What's on: upcoming public sessions, filtered with a GET form, grouped by day, paginated,
never an error page, and a constant number of queries however many sessions there are."""

import re
from datetime import date, time

import pytest
from django.urls import reverse
from django.utils import translation

from activities.models import Campaign
from directory.models import AccessibilityFeature, SpokenLanguage, TaxonomyTerm, Ward

pytestmark = pytest.mark.django_db


def url(lang="en", **params):
    with translation.override(lang):
        base = reverse("activities:index")
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"{base}?{query}" if query else base


def names(response):
    """Activity names listed in the results, in page order."""
    html = response.content.decode()
    found = re.findall(
        r'nc-result__title"><a class="govuk-link" href="[^"]+">(.+?)</a>', html, re.S
    )
    return [re.sub(r"<[^>]+>", "", name).strip() for name in found]


@pytest.fixture
def week(frozen_now, make_series):
    """A Thursday walk, a Saturday family morning and a draft that must never show."""
    walk = make_series(
        "Thursday Walk",
        schedule={"days": [3], "start_time": time(10), "end_time": time(11)},
    )
    family = make_series(
        "Saturday Family Morning",
        schedule={"days": [5], "start_time": time(14), "end_time": time(16)},
        is_free=False,
        price="2.50",
        booking_required=True,
        min_age=0,
        max_age=10,
    )
    make_series("Secret Draft", status="draft", schedule={"days": [3]})
    return walk, family


def test_lists_upcoming_public_sessions_grouped_by_day(client, week):
    response = client.get(url())
    assert response.status_code == 200
    html = response.content.decode()
    listed = names(response)
    assert "Secret Draft" not in listed
    # Soonest first: Thursday 27 March, then Saturday 29 March, then the next Thursday.
    assert listed[:3] == ["Thursday Walk", "Saturday Family Morning", "Thursday Walk"]
    assert html.index("Thursday 27 March") < html.index("Saturday 29 March")
    assert 'datetime="2025-03-27T10:00:00+00:00"' in html
    # After the clocks go forward the same walk is 10:00 BST.
    assert 'datetime="2025-04-03T10:00:00+01:00"' in html
    assert "£2.50" in html and "Booking needed" in html and "Drop in" in html


def test_unpublished_organisation_hides_its_sessions(client, frozen_now, make_series, make_org):
    make_series("Hidden Org Club", organisation=make_org(status="draft"), schedule={"days": [3]})
    assert "Hidden Org Club" not in names(client.get(url()))


@pytest.mark.parametrize(
    "params,expected",
    [
        ({"when": "today"}, set()),  # Wednesday: nothing on
        ({"when": "tomorrow"}, {"Thursday Walk"}),
        ({"when": "weekend"}, {"Saturday Family Morning"}),
        ({"date": "2025-04-05"}, {"Saturday Family Morning"}),
        ({"time_of_day": "morning"}, {"Thursday Walk"}),
        ({"time_of_day": "afternoon"}, {"Saturday Family Morning"}),
        ({"day": "5"}, {"Saturday Family Morning"}),
        ({"free": "true"}, {"Thursday Walk"}),
        ({"drop_in": "true"}, {"Thursday Walk"}),
        ({"age": "children"}, {"Thursday Walk", "Saturday Family Morning"}),
        ({"age": "older_people"}, {"Thursday Walk"}),
    ],
)
def test_filters(client, week, params, expected):
    assert set(names(client.get(url(**params)))) == expected


def test_this_week_runs_to_sunday(client, week):
    response = client.get(url(when="this_week"))
    assert names(response) == ["Thursday Walk", "Saturday Family Morning"]


def test_category_finds_subcategories_and_type_finds_narrower_activities(
    client, frozen_now, make_series, term
):
    health = TaxonomyTerm.objects.create(code="health", name="Health")
    mental = TaxonomyTerm.objects.create(code="mental-health", name="Mental health", parent=health)
    yoga = make_series("Chair Yoga Club", types=["chair_yoga"], schedule={"days": [4]})
    yoga.categories.set([mental])
    make_series("Walk Club", types=["walking"], schedule={"days": [4]})
    assert set(names(client.get(url(category="health")))) == {"Chair Yoga Club"}
    assert set(names(client.get(url(type="yoga")))) == {"Chair Yoga Club"}  # Yoga > Chair Yoga
    assert set(names(client.get(url(type="walking")))) == {"Walk Club"}


def test_ward_language_accessibility_attendance_and_campaign(
    client, frozen_now, make_series, make_location
):
    beckton = Ward.objects.create(name="Beckton", slug="beckton")
    bengali = SpokenLanguage.objects.create(code="bn", name="Bengali")
    loop = AccessibilityFeature.objects.create(code="hearing-loop", name="Hearing loop")
    lift = AccessibilityFeature.objects.create(code="lift", name="Lift")
    venue = make_location(ward=beckton)
    venue.accessibility.set([loop])
    riverside = make_series("Riverside Club", location=venue, schedule={"days": [4]})
    riverside.languages.set([bengali])
    riverside.accessibility.set([lift])
    online = make_series(
        "Online Club",
        location=None,
        is_online=True,
        online_url="https://meet.example.org/x",
        schedule={"days": [4]},
    )
    month = Campaign.objects.create(name="Heritage Month", slug="heritage-month")
    online.campaigns.set([month])
    make_series("Plain Club", schedule={"days": [4]})

    assert set(names(client.get(url(ward="beckton")))) == {"Riverside Club"}
    assert set(names(client.get(url(language="bn")))) == {"Riverside Club"}
    # One feature from the venue, one from the activity itself: both must be met.
    both = client.get(url() + "?access=hearing-loop&access=lift")
    assert set(names(both)) == {"Riverside Club"}
    assert set(names(client.get(url(attendance="online")))) == {"Online Club"}
    assert set(names(client.get(url(attendance="in_person")))) == {"Riverside Club", "Plain Club"}
    assert set(names(client.get(url(campaign="heritage-month")))) == {"Online Club"}


@pytest.mark.parametrize("lang", ["en", "bn"])
def test_bad_values_are_explained_and_the_rest_still_applies(client, week, lang):
    response = client.get(
        url(lang, ward="atlantis", date="2025-13-45", day="9", free="true", page="abc")
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    assert "govuk-error-summary" in html
    assert html.count('class="govuk-error-message"') == 3  # ward, date and day
    with translation.override(lang):
        from activities.filters import CHOICE_ERROR, DATE_ERROR

        assert str(DATE_ERROR) in html and str(CHOICE_ERROR) in html
    # "free only" still applies, and the bad page number shows page 1.
    assert set(names(response)) == {"Thursday Walk"}


def test_page_numbers_out_of_range_show_the_nearest_page(client, week):
    first = client.get(url(page="1"))
    last = client.get(url(page="999"))
    assert first.status_code == last.status_code == 200
    assert last.context["page_obj"].number == last.context["paginator"].num_pages > 1
    assert client.get(url(page="-3")).context["page_obj"].number == 1


def test_no_results_page_suggests_a_way_out(client, week):
    response = client.get(url(when="today", free="true"))
    html = response.content.decode()
    assert names(response) == []
    assert "No sessions match your choices" in html
    # Each filter in use can be removed with one link, keeping the others.
    assert 'href="?free=true"' in html  # remove "when"
    assert 'href="?when=today"' in html  # remove "free"
    assert reverse("directory:services") in html


def test_search_calendar_feed_has_the_filtered_sessions(client, week):
    from icalendar import Calendar

    response = client.get(reverse("activities:calendar") + "?day=5")
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    calendar = Calendar.from_ical(response.content)
    summaries = {str(e["SUMMARY"]) for e in calendar.walk("VEVENT")}
    assert summaries == {"Saturday Family Morning"}
    first = min(e.decoded("DTSTART") for e in calendar.walk("VEVENT"))
    assert first.date() == date(2025, 3, 29)


@pytest.mark.parametrize("count", [3, 40])
def test_query_count_does_not_grow_with_sessions(
    client, frozen_now, make_series, make_org, make_location, count, django_assert_max_num_queries
):
    organisation, venue = make_org(), make_location()
    for n in range(count):
        series = make_series(
            f"Club {n}",
            organisation=organisation,
            location=venue,
            schedule={"days": [n % 7], "end_date": date(2025, 4, 2)},
        )
        series.languages.set(SpokenLanguage.objects.all()[:1])
    with django_assert_max_num_queries(12):
        response = client.get(url(free="true", when="this_week"))
    assert response.status_code == 200
    # Wednesday 26 to Sunday 30 March: the clubs meeting on weekdays 2 to 6, one page of 25.
    expected = sum(1 for n in range(count) if n % 7 >= 2)
    assert len(names(response)) == min(expected, 25)
