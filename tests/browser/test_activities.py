"""What's on and an activity page in a real browser: axe finds nothing in English, Urdu and
Bengali, and the filters work with JavaScript switched off."""

from datetime import time

import pytest

from activities.activity_list import import_activity_list
from activities.models import Campaign
from directory.models import AccessibilityFeature, SpokenLanguage, TaxonomyTerm
from tests import factories


@pytest.fixture(scope="module")
def activities(module_data):
    """Read-only checks: the data is written once and served by one server for the module."""
    return module_data(_two_activities)


def _two_activities():
    """Two activities with sessions every day, so there is always something on today."""
    import_activity_list()
    beckton = factories.ward("Beckton")
    AccessibilityFeature.objects.create(code="lift", name="Lift", name_ur="لفٹ", name_bn="লিফট")
    bengali = SpokenLanguage.objects.create(code="bn", name="Bengali", endonym="বাংলা")
    TaxonomyTerm.objects.create(code="older-people", name="Older people")
    campaign = Campaign.objects.create(name="Newham Heritage Month", slug="heritage")
    organisation = factories.organisation("Beckton Over 60s Club", slug="beckton-over-60s")
    library = factories.location(
        beckton,
        name="Beckton Globe Library",
        slug="beckton-globe-library",
        address="1 Kingsford Way",
        postcode="E6 5JQ",
        latitude="51.5154",
        longitude="0.0615",
    )
    walk = factories.activity(
        organisation,
        "Riverside Walk",
        types=["walking"],
        schedule={
            "days": list(range(7)),
            "start_time": time(23, 0),
            "end_time": time(23, 59),
            "skip_bank_holidays": False,
        },
        name_ur="دریا کے کنارے سیر",
        name_bn="নদীর ধারে হাঁটা",
        slug="riverside-walk",
        description="A gentle walk by the river, finishing with tea.",
        how_to_join="Meet at the front door.",
        location=library,
        good_for_meeting_people=True,
        min_age=50,
    )
    walk.languages.set([bengali])
    walk.campaigns.set([campaign])
    online = factories.activity(
        organisation,
        "Chair exercise online",
        schedule={
            "frequency": "monthly",
            "week_of_month": 1,
            "days": [0],
            "start_time": time(11, 0),
            "end_time": time(11, 45),
        },
        slug="chair-exercise-online",
        is_online=True,
        online_url="https://meet.example.org/chair",
        is_free=False,
        price="2.00",
        booking_required=True,
        gender_restriction="female",
    )
    return walk, online


@pytest.mark.parametrize("code,direction", [("en", "ltr"), ("ur", "rtl"), ("bn", "ltr")])
def test_whats_on_passes_axe(shared_server, page, check_axe, activities, code, direction):
    page.goto(f"{shared_server.url}/{code}/activities/")
    assert page.locator("html").get_attribute("dir") == direction
    assert page.locator(".nc-result").count() >= 2
    check_axe(page)
    # The "more filters" panel and an error summary must pass too.
    page.goto(f"{shared_server.url}/{code}/activities/?date=2025-13-45&time_of_day=evening")
    assert page.locator(".govuk-error-summary").count() == 1
    check_axe(page)
    # And the page with no results and its suggestions.
    page.goto(f"{shared_server.url}/{code}/activities/?ward=beckton&attendance=online")
    assert page.locator(".nc-no-results").count() == 1
    check_axe(page)


@pytest.mark.parametrize("code", ["en", "ur", "bn"])
@pytest.mark.parametrize("slug", ["riverside-walk", "chair-exercise-online"])
def test_activity_page_passes_axe(shared_server, page, check_axe, activities, code, slug):
    page.goto(f"{shared_server.url}/{code}/activities/{slug}/")
    assert page.locator("h1").count() == 1
    check_axe(page)


def test_urdu_activity_name_and_english_fallback(shared_server, page, activities):
    page.goto(f"{shared_server.url}/ur/activities/riverside-walk/")
    assert page.locator("h1").inner_text() == "دریا کے کنارے سیر"
    fallback = page.locator('.nc-fallback div[lang="en"]').first
    assert "A gentle walk by the river" in fallback.inner_text()
    assert fallback.get_attribute("dir") == "ltr"


def test_filters_work_without_javascript(shared_server, browser, activities):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{shared_server.url}/en/activities/")
    page.select_option("#id_ward", "beckton")
    page.check("#id_free")
    with page.expect_navigation():
        page.click("form.nc-filters button[type=submit]")
    assert "ward=beckton" in page.url and "free=true" in page.url
    titles = page.locator(".nc-result__title").all_inner_texts()
    assert titles and set(titles) == {"Riverside Walk"}
    # Removing one filter keeps the other.
    page.click("text=remove >> nth=0")
    assert "ward=beckton" not in page.url and "free=true" in page.url
    context.close()


def test_urdu_filters_sit_on_the_right(shared_server, page, activities):
    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto(f"{shared_server.url}/ur/activities/")
    filters = page.locator("form.nc-filters").bounding_box()
    results = page.locator("#results-heading").bounding_box()
    assert filters["x"] > results["x"]
