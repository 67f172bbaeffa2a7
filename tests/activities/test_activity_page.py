"""An activity's page: next dates, how to join, venue, cost, who it is for, share links, and
its schema.org Event JSON-LD, which must only use terms that exist in schema.org."""

import json
import re
from datetime import date, time
from pathlib import Path
from urllib.parse import quote

import pytest
from django.urls import reverse
from django.utils import translation

from activities.models import Campaign
from directory.models import AccessibilityFeature, SpokenLanguage

pytestmark = pytest.mark.django_db

SCHEMAORG = Path(__file__).resolve().parents[1] / "standards" / "schemaorg"


@pytest.fixture
def walk(frozen_now, make_series, make_location, term):
    venue = make_location(name="Beckton Globe Library", postcode="E6 5JQ")
    venue.accessibility.set([AccessibilityFeature.objects.create(code="lift", name="Lift")])
    series = make_series(
        "Riverside Walk",
        slug="riverside-walk",
        location=venue,
        types=["walking"],
        description="A gentle walk by the river.",
        how_to_join="Meet at the front door.",
        what_to_bring="Comfortable shoes.",
        min_age=50,
        gender_restriction="female",
        good_for_meeting_people=True,
        contact_phone="020 7946 0001",
        schedule={
            "days": [3],
            "start_time": time(10),
            "end_time": time(11),
            "cancelled_dates": [date(2025, 4, 3)],
        },
    )
    series.name_bn = "নদীর ধারে হাঁটা"
    series.save()
    series.languages.set([SpokenLanguage.objects.create(code="bn", name="Bengali", endonym="বাংলা")])
    series.campaigns.set([Campaign.objects.create(name="Heritage Month", slug="heritage")])
    return series


def page(client, slug="riverside-walk", lang="en"):
    with translation.override(lang):
        return client.get(reverse("activities:detail", kwargs={"slug": slug}))


def test_page_shows_what_a_resident_needs(client, walk):
    response = page(client)
    assert response.status_code == 200
    html = response.content.decode()
    for text in [
        "Riverside Walk",
        "A gentle walk by the river.",
        "Meet at the front door.",
        "Comfortable shoes.",
        "Beckton Globe Library",
        "E6 5JQ",
        "Ages 50 and over",
        "Women and girls only",
        "First-timers welcome",
        "Lift",  # from the venue
        "Heritage Month",
        "020 7946 0001",
        "Every week on Thursday, 10:00 to 11:00",
    ]:
        assert text in html, text
    assert walk.location.map_url.replace("&", "&amp;") in html
    # Next dates, with the cancelled one marked and no calendar link for it.
    assert "Thursday 27 March, 10:00–11:00" in html
    dates = html[html.index('id="dates"') :]
    assert dates.index("Thursday 3 April") < dates.index("Cancelled") < dates.index("10 April")
    session = walk.occurrences.get(start__date=date(2025, 3, 27))
    assert reverse("activities:occurrence_calendar", args=["riverside-walk", session.pk]) in html
    assert reverse("activities:series_calendar", args=["riverside-walk"]) in html


def test_share_links_work_without_javascript(client, walk):
    html = page(client).content.decode()
    page_url = "http://testserver/en/activities/riverside-walk/"
    message = quote(f"Riverside Walk on Newham Connect: {page_url}", safe="")
    assert f"https://wa.me/?text={message}" in html
    assert f"sms:?&amp;body={message}" in html
    assert f"mailto:?subject=Riverside%20Walk&amp;body={message}" in html
    assert f"https://www.facebook.com/sharer/sharer.php?u={quote(page_url, safe='')}" in html
    assert "<script" not in html.split("<main", 1)[1].split("</main>")[0].replace(
        '<script type="application/ld+json"', ""
    )


def test_translation_is_used_and_english_fallbacks_are_marked(client, walk):
    html = page(client, lang="bn").content.decode()
    assert "নদীর ধারে হাঁটা" in html
    # The description has no Bengali yet: shown in English, marked as such.
    assert re.search(
        r'<div class="[^"]*" lang="en" dir="ltr">\s*<p>A gentle walk by the river.</p>', html
    )


@pytest.mark.parametrize("status", ["draft", "submitted", "archived"])
def test_unpublished_activities_are_not_found(client, walk, status):
    type(walk).objects.filter(pk=walk.pk).update(status=status)
    assert page(client).status_code == 404
    assert (
        client.get(reverse("activities:series_calendar", args=["riverside-walk"])).status_code
        == 404
    )


def test_unknown_activity_is_a_friendly_404(client, frozen_now):
    response = page(client, slug="no-such-thing")
    assert response.status_code == 404
    assert "govuk-heading" in response.content.decode()


# --- schema.org -------------------------------------------------------------------------


def _vocabulary():
    graph = json.loads((SCHEMAORG / "schemaorg-current-https.jsonld").read_text())["@graph"]
    terms = {}
    for node in graph:
        terms[node["@id"].removeprefix("schema:")] = node
    return terms


def _ids(value):
    items = value if isinstance(value, list) else [value]
    return [item["@id"].removeprefix("schema:") for item in items]


def _ancestors(terms, type_name):
    seen, todo = set(), [type_name]
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo += _ids(terms[name].get("rdfs:subClassOf", []))
    return seen


def _check(terms, node, problems, path="$"):
    """Every @type is a schema.org class; every property exists, applies to the type (or a
    parent type) and every schema.org URL value names something that exists."""
    type_name = node["@type"]
    if terms.get(type_name, {}).get("@type") != "rdfs:Class":
        problems.append(f"{path}: unknown type {type_name}")
        return
    lineage = _ancestors(terms, type_name)
    for prop, value in node.items():
        if prop.startswith("@"):
            continue
        definition = terms.get(prop)
        if definition is None or definition.get("@type") != "rdf:Property":
            problems.append(f"{path}.{prop}: not a schema.org property")
            continue
        if not lineage & set(_ids(definition.get("schema:domainIncludes", []))):
            problems.append(f"{path}.{prop}: does not apply to {type_name}")
        for i, item in enumerate(value if isinstance(value, list) else [value]):
            if isinstance(item, dict):
                _check(terms, item, problems, f"{path}.{prop}[{i}]")
            elif (
                isinstance(item, str)
                and item.startswith("https://schema.org/")
                and item.removeprefix("https://schema.org/") not in terms
            ):
                problems.append(f"{path}.{prop}: unknown value {item}")


def jsonld(html):
    [block] = re.findall(
        r'<script type="application/ld\+json" nonce="[^"]*">(.*?)</script>', html, re.S
    )
    return json.loads(block)


def test_event_json_ld_uses_only_schema_org_terms(client, walk, make_series):
    online = make_series(
        "Online Chat",
        slug="online-chat",
        location=None,
        is_online=True,
        online_url="https://meet.example.org/chat",
        is_free=False,
        price="3.50",
        schedule={"frequency": "monthly", "week_of_month": 1, "days": [0]},
    )
    terms = _vocabulary()
    for series in (walk, online):
        data = jsonld(page(client, slug=series.slug).content.decode())
        assert data["@context"] == "https://schema.org"
        problems = []
        _check(terms, data, problems)
        assert problems == []
    assert data["offers"]["price"] == "3.50"
    assert data["eventSchedule"][0]["byMonthWeek"] == 1


def test_event_json_ld_has_the_next_date_and_the_pattern(client, walk):
    data = jsonld(page(client).content.decode())
    assert data["@type"] == "Event"
    assert data["name"] == "Riverside Walk"
    assert data["startDate"] == "2025-03-27T10:00:00+00:00"
    assert data["location"]["address"]["postalCode"] == "E6 5JQ"
    assert data["eventSchedule"][0]["byDay"] == ["https://schema.org/Thursday"]
    assert data["eventSchedule"][0]["exceptDate"] == ["2025-04-03"]
    statuses = {e["startDate"][:10]: e["eventStatus"] for e in data["subEvent"]}
    assert statuses["2025-04-03"] == "https://schema.org/EventCancelled"
    assert statuses["2025-04-10"] == "https://schema.org/EventScheduled"
    assert data["audience"]["suggestedGender"] == "https://schema.org/Female"


def test_the_checker_catches_made_up_terms():
    """Guards the guard: an invented type, property and value are all reported."""
    problems = []
    _check(
        _vocabulary(),
        {
            "@type": "Event",
            "fooBar": 1,
            "eventStatus": "https://schema.org/EventPartying",
            "location": {"@type": "Spaceship"},
            "byDay": "https://schema.org/Monday",
        },
        problems,
    )
    assert len(problems) == 4


def test_stored_text_cannot_break_out_of_the_json_ld_block(client, walk):
    walk.name = "</script><script>alert(1)</script>"
    walk.save()
    html = page(client).content.decode()
    assert "<script>alert(1)" not in html
    assert jsonld(html)["name"] == "</script><script>alert(1)</script>"


@pytest.mark.parametrize("count", [1, 8])
def test_page_query_count_does_not_grow(
    client, frozen_now, make_series, make_schedule, count, django_assert_max_num_queries
):
    series = make_series("Busy", slug="busy", schedule={"days": [0]})
    for day in range(1, count):
        make_schedule(series, days=[day % 7], start_time=time(12 + day), end_time=time(13 + day))
    with django_assert_max_num_queries(16):
        assert page(client, slug="busy").status_code == 200
