"""Services pages in a real browser: axe-core finds no WCAG 2.2 AA problems in English and
Urdu, right-to-left works, and the filters, service page and report form work without
JavaScript."""

import pytest

from directory import demo
from directory.models import ListingReport

pytestmark = pytest.mark.django_db(transaction=True)
SERVICE = "beckton-food-bank-parcels"  # translated into Urdu in the demo data


@pytest.fixture
def seeded():
    demo.seed()


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
def test_services_pages_pass_axe(live_server, page, check_axe, seeded, code, direction, name):
    page.goto(f"{live_server.url}/{code}{PAGES[name]}")
    assert page.locator("html").get_attribute("dir") == direction
    if page.locator("details.govuk-details").count():
        page.locator("summary").first.click()  # check the filters as well as the results
    check_axe(page)


def test_report_form_errors_pass_axe(live_server, page, check_axe, seeded):
    page.goto(f"{live_server.url}/ur/services/{SERVICE}/report/")
    with page.expect_navigation():
        page.click("button[type=submit]")
    assert page.locator(".govuk-error-summary").count() == 1
    check_axe(page)


def test_urdu_service_page_is_in_urdu_and_mirrored(live_server, page, seeded):
    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto(f"{live_server.url}/ur/services/{SERVICE}/")
    assert page.locator("h1").inner_text() == "ہنگامی کھانے کے پارسل"
    # The share box (second column) sits on the left in right-to-left.
    share = page.locator(".nc-share").bounding_box()
    heading = page.locator("h1").bounding_box()
    assert share["x"] < heading["x"]
    # Phone numbers still read left to right.
    assert page.locator("a[href^='tel:']").first.get_attribute("dir") == "ltr"


def test_filter_find_and_report_without_javascript(live_server, browser, seeded):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/services/")
    page.click("summary")  # <details> opens without JavaScript
    page.select_option("#id_ward", "beckton")
    page.check("#id_free")
    with page.expect_navigation():
        page.click("text=Apply filters")
    assert "ward=beckton" in page.url and "free=on" in page.url
    assert page.locator("h3 >> text=Emergency food parcels").count() == 1
    with page.expect_navigation():
        page.click("text=Emergency food parcels")
    assert page.locator("h1").inner_text() == "Emergency food parcels"
    assert page.locator("a[href='tel:02079460101']").count() == 1
    page.click("text=Report a problem with this listing")
    page.check("#id_reason_1")
    page.fill("#id_details", "Open on Thursdays now")
    page.click("button[type=submit]")
    assert page.locator("h1").inner_text() == "Thank you for your report"
    report = ListingReport.objects.get()
    assert (report.service.slug, report.details) == (SERVICE, "Open on Thursdays now")
    context.close()
