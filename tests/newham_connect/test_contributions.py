"""Apps register what they add to shared pages in their AppConfig; the shared code names none."""

import pytest
from django.apps import apps
from django.test import modify_settings

from activities import search as activities_search
from directory import search as directory_search
from newham_connect.contributions import contributions
from newham_connect.search import SECTIONS
from volunteering import search as volunteering_search


@pytest.fixture
def fresh():
    contributions.cache_clear()
    yield
    contributions.cache_clear()  # nothing a test changed stays in the cache


def test_the_site_search_sections_in_page_order(fresh):
    assert contributions(SECTIONS) == (
        activities_search.activities_section,
        directory_search.services_section,
        directory_search.organisations_section,
        volunteering_search.opportunities_section,
    )


def test_the_organisation_page_sections_in_page_order(fresh):
    assert contributions("organisation_sections") == (
        activities_search.organisation_section,
        volunteering_search.organisation_section,
    )


@pytest.mark.parametrize(
    ("label", "search", "organisation"),
    [
        ("activities", ["activities.search.activities_section"], 1),
        (
            "directory",
            ["directory.search.services_section", "directory.search.organisations_section"],
            0,
        ),
        ("volunteering", ["volunteering.search.opportunities_section"], 1),
    ],
)
def test_each_app_registers_its_own_sections(label, search, organisation):
    config = apps.get_app_config(label)
    assert config.search_sections == search
    assert len(getattr(config, "organisation_sections", [])) == organisation
    assert all(path.startswith(f"{label}.") for path in config.search_sections)


def test_an_app_that_is_not_installed_adds_nothing(fresh):
    with modify_settings(INSTALLED_APPS={"remove": ["volunteering"]}):
        found = contributions(SECTIONS)
    assert volunteering_search.opportunities_section not in found
    assert directory_search.services_section in found
    # The apps are back, and so is the section (the cache follows INSTALLED_APPS).
    assert volunteering_search.opportunities_section in contributions(SECTIONS)


def test_a_callable_may_be_registered_and_page_order_places_it(fresh, monkeypatch):
    def first(query, limit):
        return {"title": "first", "results": [], "count": 0, "more_url": None}

    config = apps.get_app_config("newham_connect")
    monkeypatch.setattr(config, "search_sections", [first], raising=False)
    monkeypatch.setattr(config, "page_order", 5, raising=False)
    assert contributions(SECTIONS)[0] is first
    monkeypatch.setattr(config, "page_order", 25)
    contributions.cache_clear()
    assert contributions(SECTIONS)[3] is first  # after the directory's two, before volunteering
