"""A resident finds a service with the filters and reports a problem, without JavaScript. It
writes, so it runs on its own transactional server rather than the read-only shared one."""

import pytest

from demo import directory as demo
from directory.models import ListingReport
from tests.browser.test_directory import SERVICE

pytestmark = pytest.mark.django_db(transaction=True)


def test_filter_find_and_report_without_javascript(live_server, browser):
    demo.seed()
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/services/")
    page.click(".nc-filters summary")  # "More filters" opens without JavaScript
    page.select_option("#id_ward", "beckton")
    page.check("#id_free")
    with page.expect_navigation():
        page.click("text=Show services")
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
