"""The search results page in a real browser: a place, a corrected typo and result details,
in English and Urdu, with axe; and on a 320 px phone the results come before the filters."""

import pytest

from tests import factories

pytestmark = pytest.mark.django_db(transaction=True)


def _listings():
    ward = factories.ward("Forest Gate North", slug="forest-gate-north")
    venue = factories.location(
        ward, name="Forest Gate Library", postcode="E7 9BS", latitude="51.5496", longitude="0.0251"
    )
    org = factories.organisation("Neighbours Together")
    factories.activity(org, "Chair yoga", slug="chair-yoga", location=venue)
    factories.service(org, "Yoga for carers", slug="yoga-carers", venues=[venue])


@pytest.mark.parametrize("code,direction", [("en", "ltr"), ("ur", "rtl")])
def test_results_with_a_place_and_a_typo_pass_axe(live_server, page, check_axe, code, direction):
    _listings()
    page.goto(f"{live_server.url}/{code}/search/?q=yogha+E7")
    assert page.locator("html").get_attribute("dir") == direction
    assert page.locator(".nc-understood").count() == 1  # "nearest to E7", "yoga, not yogha"
    assert page.locator(".nc-result__distance").count() >= 2
    check_axe(page)
    page.set_viewport_size({"width": 320, "height": 640})
    # Nothing wider than the phone: no sideways scrolling.
    assert page.evaluate("document.documentElement.scrollWidth") <= 320


@pytest.mark.parametrize("path", ["/en/activities/", "/ur/volunteering/", "/ur/services/"])
def test_on_a_phone_the_results_come_before_the_filters(live_server, page, path):
    _listings()
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(f"{live_server.url}{path}")
    results = page.locator(".nc-results-column").bounding_box()
    filters = page.locator("#filters").bounding_box()
    assert results["y"] < filters["y"]
    page.click(".nc-to-filters a")
    assert page.url.endswith("#filters")
    page.set_viewport_size({"width": 1100, "height": 800})
    assert page.locator(".nc-to-filters").is_hidden()  # side by side on a wide screen


@pytest.mark.parametrize("code,direction", [("en", "ltr"), ("ur", "rtl")])
def test_services_near_my_location_pass_axe(live_server, page, check_axe, code, direction):
    _listings()
    org = factories.organisation("Phone Friends")
    factories.service(org, "Befriending calls", slug="calls")
    page.context.grant_permissions(["geolocation"])
    page.context.set_geolocation({"latitude": 51.5501, "longitude": 0.0249})
    page.goto(f"{live_server.url}/{code}/services/")
    assert page.locator("html").get_attribute("dir") == direction
    page.click(".nc-near-me")  # added by the script beside the "Near" box
    page.wait_for_url("**near=51.550%2C0.025**")
    assert page.locator(".nc-result__distance").count() == 2  # one near, one with no venue
    check_axe(page)
    page.set_viewport_size({"width": 320, "height": 640})
    assert page.evaluate("document.documentElement.scrollWidth") <= 320
