"""Services pages in a real browser: axe-core finds no WCAG 2.2 AA problems in English and
Urdu, right-to-left works, and the filters, service page and report form work without
JavaScript."""

import pytest

from demo import directory as demo

SERVICE = "beckton-food-bank-parcels"  # translated into Urdu in the demo data


@pytest.fixture(scope="module")
def seeded(module_data):
    """Read-only checks: the demo is loaded once and served by one server for the module."""
    module_data(demo.seed)


PAGES = {
    "list": "/services/",
    "filtered list with an error": "/services/?q=advice&age=abc&free=on&day=monday",
    "no results": "/services/?q=zzzzqqq",
    "service": f"/services/{SERVICE}/",
    "report form": f"/services/{SERVICE}/report/",
    "report thanks": f"/services/{SERVICE}/report/thanks/",
    "organisation": "/organisations/green-street-advice-centre/",
}


@pytest.mark.parametrize("code,direction", [("en", "ltr"), ("ur", "rtl")])
@pytest.mark.parametrize("name", list(PAGES))
def test_services_pages_pass_axe(shared_server, page, check_axe, seeded, code, direction, name):
    page.goto(f"{shared_server.url}/{code}{PAGES[name]}")
    assert page.locator("html").get_attribute("dir") == direction
    if page.locator("details.govuk-details").count():
        page.locator("summary").first.click()  # check the filters as well as the results
    check_axe(page)


def test_report_form_errors_pass_axe(shared_server, page, check_axe, seeded):
    page.goto(f"{shared_server.url}/ur/services/{SERVICE}/report/")
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.locator(".govuk-error-summary").count() == 1
    check_axe(page)


def test_urdu_service_page_is_in_urdu_and_mirrored(shared_server, page, seeded):
    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto(f"{shared_server.url}/ur/services/{SERVICE}/")
    assert page.locator("h1").inner_text() == "ہنگامی کھانے کے پارسل"
    # The share box (second column) sits on the left in right-to-left.
    share = page.locator(".nc-share").bounding_box()
    heading = page.locator("h1").bounding_box()
    assert share["x"] < heading["x"]
    # Phone numbers still read left to right.
    assert page.locator("a[href^='tel:']").first.get_attribute("dir") == "ltr"
