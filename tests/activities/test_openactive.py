"""OpenActive open data: RPDE paging in (modified, id) order, deletions announced for 7 days,
no empty values, every activity from the Activity List, and OpenActive's cache headers."""

import json
from datetime import timedelta
from pathlib import Path

import pytest
from django.urls import reverse

from activities import openactive
from activities.models import FeedDeletion, now_ms

pytestmark = pytest.mark.django_db

ACTIVITY_LIST = (
    Path(__file__).resolve().parents[1]
    / "standards"
    / "openactive"
    / "activity-list"
    / "activity-list.jsonld"
)
SERIES_FEED = "/openactive/feeds/session-series"
SESSIONS_FEED = "/openactive/feeds/scheduled-sessions"


def walk(client, start):
    """Every item of a feed, following `next` until the page that points at itself."""
    url, items, pages = start, [], 0
    while True:
        response = client.get(url)
        assert response.status_code == 200, response.content
        page = response.json()
        items += page["items"]
        pages += 1
        following = page["next"].removeprefix("http://testserver")
        if following == url:
            return items, response, pages
        url = following


def empty_values(value, path="$"):
    """Paths of null, "", [] or {} anywhere in the document (OpenActive allows none)."""
    found = []
    if value is None or value in ("", [], {}):
        found.append(path)
    elif isinstance(value, dict):
        for key, item in value.items():
            found += empty_values(item, f"{path}.{key}")
    elif isinstance(value, list):
        for i, item in enumerate(value):
            found += empty_values(item, f"{path}[{i}]")
    return found


@pytest.fixture
def published(make_series, activity_list):
    def make(name, **fields):
        fields.setdefault("types", ["walking"])
        fields.setdefault("schedule", {"days": [2]})
        return make_series(name, **fields)

    return make


def test_only_public_series_linked_to_the_activity_list_are_in_the_feed(
    client, published, make_org, term
):
    walk_series = published("Walk")
    published("Coffee morning", types=[])  # no OpenActive activity
    published("Draft walk", status="draft")
    published("Hidden org walk", organisation=make_org(status="draft"))
    published("Swimming course", kind="CourseInstance")
    items, _response, _pages = walk(client, SERIES_FEED)
    assert [item["id"] for item in items] == [str(walk_series.pk)]
    [item] = items
    assert item["state"] == "updated" and item["kind"] == "SessionSeries"
    assert isinstance(item["modified"], int)
    data = item["data"]
    assert data["@type"] == "SessionSeries" and data["name"] == "Walk"
    assert data["url"] == f"http://testserver/en/activities/{walk_series.slug}/"
    assert data["eventSchedule"][0]["byDay"] == ["https://schema.org/Wednesday"]


def test_every_activity_is_a_concept_of_the_activity_list(client, published):
    published("Yoga", types=["chair_yoga", "yoga"])
    published("Walk", types=["walking"])
    concepts = {c["id"]: c["prefLabel"] for c in json.loads(ACTIVITY_LIST.read_text())["concept"]}
    items, _response, _pages = walk(client, SERIES_FEED)
    activities = [a for item in items for a in item["data"]["activity"]]
    assert len(activities) == 3
    for activity in activities:
        assert activity["inScheme"] == "https://openactive.io/activity-list"
        assert concepts[activity["@id"]] == activity["prefLabel"]


def test_no_nulls_or_empty_values_anywhere(client, published, make_location):
    published("Sparse", description="", location=make_location(description=""))
    published("Online", location=None, is_online=True, online_url="https://meet.example.org/a")
    series_items, _r, _p = walk(client, SERIES_FEED)
    session_items, _r, _p = walk(client, SESSIONS_FEED)
    assert len(series_items) == 2 and len(session_items) > 20
    assert empty_values(series_items + session_items) == []
    online = next(i["data"] for i in series_items if i["data"]["name"] == "Online")
    assert "location" not in online
    assert online["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"


def test_pages_follow_modified_then_id_and_walk_to_a_last_page(client, published, monkeypatch):
    monkeypatch.setattr(openactive, "PAGE_SIZE", 3)
    for n in range(7):
        published(f"Walk {n}")
    items, last, pages = walk(client, SERIES_FEED)
    assert len(items) == 7 and pages == 4  # 3 + 3 + 1, then the empty last page
    keys = [(item["modified"], item["id"]) for item in items]
    assert keys == sorted(keys)
    assert len({item["id"] for item in items}) == 7
    assert last.json()["items"] == []


def test_cache_headers_follow_openactive_advice(client, published):
    published("Walk")
    first = client.get(SERIES_FEED)
    assert first["Cache-Control"] == "public, max-age=3600"
    last = client.get(first.json()["next"])
    assert last.json()["items"] == []
    assert last["Cache-Control"] == "public, max-age=8"
    # The last page points at itself, so consumers can poll it.
    assert last.json()["next"] == first.json()["next"]
    assert first["Content-Type"] == "application/json; charset=utf-8"
    assert first.json()["license"] == "https://creativecommons.org/licenses/by/4.0/"


def test_archived_series_and_its_sessions_are_announced_as_deleted(client, published):
    series = published("Walk")
    sessions = set(map(str, series.occurrences.values_list("pk", flat=True)))
    first = client.get(SERIES_FEED).json()
    session_page = client.get(SESSIONS_FEED).json()
    series.move_to("archived")
    series.save()
    # A consumer that has read everything sees the deletions on polling the last page.
    [gone] = client.get(first["next"]).json()["items"]
    assert gone == {
        "state": "deleted",
        "kind": "SessionSeries",
        "id": str(series.pk),
        "modified": gone["modified"],
    }
    deleted = client.get(session_page["next"]).json()["items"]
    assert {item["id"] for item in deleted} == sessions
    assert {item["state"] for item in deleted} == {"deleted"}
    assert all("data" not in item for item in deleted)


def test_republishing_brings_a_series_back_and_clears_its_deletion(client, published):
    series = published("Walk")
    series.move_to("archived")
    series.save()
    assert FeedDeletion.objects.filter(item_id=series.pk).exists()
    type(series).objects.filter(pk=series.pk).update(status="submitted")
    series.refresh_from_db()
    series.move_to("published")
    series.save()
    assert not FeedDeletion.objects.filter(item_id=series.pk).exists()
    items, _r, _p = walk(client, SERIES_FEED)
    assert [(i["id"], i["state"]) for i in items] == [(str(series.pk), "updated")]


def test_removing_the_last_activity_type_takes_a_series_out(client, published):
    series = published("Walk")
    series.activity_types.clear()
    items, _r, _p = walk(client, SERIES_FEED)
    assert [(i["id"], i["state"]) for i in items] == [(str(series.pk), "deleted")]


def test_deleting_a_series_is_announced(client, published):
    series = published("Walk")
    pk = series.pk
    series.delete()
    items, _r, _p = walk(client, SERIES_FEED)
    assert [(i["id"], i["state"]) for i in items] == [(str(pk), "deleted")]


def test_deletions_older_than_seven_days_are_no_longer_listed(client, published):
    series = published("Walk")
    series.move_to("archived")
    series.save()
    eight_days_ago = now_ms() - int(timedelta(days=8).total_seconds() * 1000)
    FeedDeletion.objects.filter(item_id=series.pk).update(modified=eight_days_ago)
    items, _r, _p = walk(client, SERIES_FEED)
    assert items == []


def test_changing_the_venue_or_organisation_moves_the_series_up_the_feed(client, published):
    series = published("Walk")
    first = client.get(SERIES_FEED).json()
    series.location.name = "Renamed Library"
    series.location.save()
    [item] = client.get(first["next"]).json()["items"]
    assert item["data"]["location"]["name"] == "Renamed Library"
    organisation = series.organisation
    organisation.status = "archived"
    organisation.save()
    [item] = client.get(first["next"]).json()["items"]
    assert item["state"] == "deleted"


@pytest.mark.parametrize(
    "query",
    [
        "afterTimestamp=abc&afterId=1",
        "afterTimestamp=1",
        "afterId=6f1d8a52-5b0e-4c57-9a4e-2d2c1e0b7a31",
        "afterTimestamp=1&afterId=not-a-uuid",
    ],
)
def test_bad_cursor_is_a_400_with_a_reason(client, query):
    response = client.get(f"{SERIES_FEED}?{query}")
    assert response.status_code == 400
    assert response.json()["error"]


@pytest.mark.parametrize("count", [3, 40])
def test_feed_query_count_does_not_grow(
    client, published, make_org, make_location, count, django_assert_max_num_queries
):
    organisation, venue = make_org(), make_location()
    for n in range(count):
        published(f"Walk {n}", organisation=organisation, location=venue)
    with django_assert_max_num_queries(8):
        assert len(client.get(SERIES_FEED).json()["items"]) == count
    with django_assert_max_num_queries(4):
        assert len(client.get(SESSIONS_FEED).json()["items"]) > count


def test_ids_open_the_activity_page(client, published):
    series = published("Walk")
    data = client.get(SERIES_FEED).json()["items"][0]["data"]
    response = client.get(data["@id"].removeprefix("http://testserver"))
    assert response.status_code == 302 and response["Location"] == f"/en/activities/{series.slug}/"
    session = client.get(SESSIONS_FEED).json()["items"][0]["data"]
    assert session["superEvent"] == data["@id"]
    response = client.get(session["@id"].removeprefix("http://testserver"))
    assert response["Location"] == f"/en/activities/{series.slug}/"


def test_dataset_site_describes_the_feeds(client, published):
    published("Walk")
    response = client.get(reverse("openactive:dataset"))
    assert response.status_code == 200
    html = response.content.decode()
    assert '<html lang="en"' in html
    assert "http://testserver/openactive/feeds/session-series" in html
    assert "1 activity is in the open data now." in html
