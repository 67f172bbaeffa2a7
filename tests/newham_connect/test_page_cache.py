"""Whole public pages kept for visitors with no session, and dropped the moment a listing
changes (newham_connect.page_cache)."""

import re

import pytest

from directory.models import UnmetSearch
from tests import factories

pytestmark = pytest.mark.django_db

LIST = "/en/services/"


@pytest.fixture(autouse=True)
def page_cache_on(settings):
    settings.PUBLIC_PAGE_CACHE = {**settings.PUBLIC_PAGE_CACHE, "SECONDS": 60}


def nonces(response):
    html = response.content.decode()
    in_page = re.findall(r'<script nonce="([^"]+)"', html)
    in_header = re.findall(r"'nonce-([^']+)'", response["Content-Security-Policy"])
    return in_page, in_header


def test_a_second_visitor_gets_the_kept_page_with_their_own_nonce(client):
    factories.service(factories.organisation(), "Warm space", slug="warm-space")
    first, second = client.get(LIST), client.get(LIST)
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert "Warm space" in second.content.decode()
    page, header = nonces(second)
    assert page and page == header  # the inline script still runs under the policy
    assert page != nonces(first)[0]


def test_publishing_changing_or_archiving_a_listing_drops_every_kept_page(client):
    organisation = factories.organisation()
    service = factories.service(organisation, "Warm space", slug="warm-space")
    client.get(LIST)
    service.name_en = "Winter warm space"
    service.save()
    changed = client.get(LIST)
    assert changed["X-Page-Cache"] == "miss"
    assert "Winter warm space" in changed.content.decode()
    service.status = "archived"
    service.save()
    assert "Winter warm space" not in client.get(LIST).content.decode()
    draft = factories.service(organisation, "Soup run", slug="soup", status="draft")
    draft.status = "published"
    draft.save()
    assert "Soup run" in client.get(LIST).content.decode()


def test_each_language_and_query_is_its_own_page(client):
    factories.service(factories.organisation(), "Warm space", slug="warm-space")
    client.get(LIST)
    assert client.get("/bn/services/")["X-Page-Cache"] == "miss"
    assert client.get(f"{LIST}?q=warm")["X-Page-Cache"] == "miss"
    assert client.get(f"{LIST}?q=warm")["X-Page-Cache"] == "hit"


def test_signed_in_people_and_forms_are_never_kept(client, settings):
    person = factories.user()
    client.force_login(person)
    assert not client.get(LIST).has_header("X-Page-Cache")
    client.logout()
    client.cookies.clear()
    # The sign-in page has a form token for this visitor only: even when listed, not kept.
    options = settings.PUBLIC_PAGE_CACHE
    settings.PUBLIC_PAGE_CACHE = {**options, "VIEWS": [*options["VIEWS"], "account_login"]}
    client.get("/en/accounts/login/")
    login = client.get("/en/accounts/login/")
    assert login.status_code == 200 and not login.has_header("X-Page-Cache")


def test_a_search_served_from_the_cache_is_still_counted(client):
    address = "/ur/search/?q=zzqx+tuba"
    first, second, third = client.get(address), client.get(address), client.get(address)
    assert [r["X-Page-Cache"] for r in (first, second, third)] == ["miss", "hit", "hit"]
    rows = UnmetSearch.objects.filter(query="zzqx tuba", language="ur")
    assert rows.count() == 4  # one a part of the site
    assert {r.times for r in rows} == {3}


def test_openactive_feed_pages_are_kept_until_an_activity_changes(client):
    venue = factories.location(factories.ward())
    series = factories.activity(factories.organisation(), "Walking football", location=venue)
    feed = "/openactive/feeds/session-series"
    first, second = client.get(feed), client.get(feed)
    assert first["X-Page-Cache"] == "miss" and second["X-Page-Cache"] == "hit"
    assert second.json() == first.json()
    series.name = "Walking netball"
    series.save()
    third = client.get(feed)
    assert third["X-Page-Cache"] == "miss"  # the change reaches consumers at once
