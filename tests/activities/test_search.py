"""Activities appear in the site-wide search, in the resident's language, published only."""

import pytest
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db


def search(client, query, lang="en"):
    with translation.override(lang):
        return client.get(reverse("search"), {"q": query})


def test_activities_are_found_by_name_description_and_typo(client, make_series):
    make_series("Chair Yoga", slug="chair-yoga", description="Gentle stretches on a chair.")
    make_series("Walking Football", slug="walking-football")
    make_series("Secret Yoga", slug="secret-yoga", status="draft")
    html = search(client, "yoga").content.decode()
    assert "/en/activities/chair-yoga/" in html
    assert "secret-yoga" not in html
    assert "/en/activities/chair-yoga/" in search(client, "stretches").content.decode()
    assert "/en/activities/walking-football/" in search(client, "walkng footbal").content.decode()


def test_a_search_in_bengali_finds_the_bengali_name(client, make_series):
    series = make_series("Coffee morning", slug="coffee-morning")
    series.name_bn = "সকালের কফি আড্ডা"
    series.save()
    html = search(client, "কফি", lang="bn").content.decode()
    assert "/bn/activities/coffee-morning/" in html
    assert "সকালের কফি আড্ডা" in html
