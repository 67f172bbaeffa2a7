"""The review of a partner's change to a published listing, in a real browser: axe-core finds
no WCAG 2.2 AA problems in English and in Urdu (right to left), with and without an error, for
the moderator and for the partner, and the moderator publishes with the page's plain form."""

# ruff: noqa: F811 (the app's factories are imported as fixtures)

import pytest
from django.conf import settings
from django.test import Client

from directory.models import PendingChange
from tests.admin_forms import edit, review_url
from tests.directory.conftest import make_service  # noqa: F401

pytestmark = pytest.mark.django_db(transaction=True)


def signed_in_context(browser, live_server, user, language):
    client = Client()
    client.force_login(user)
    session = client.cookies[settings.SESSION_COOKIE_NAME]
    context = browser.new_context()
    context.add_cookies(
        [
            {"name": session.key, "value": session.value, "url": live_server.url},
            {"name": settings.LANGUAGE_COOKIE_NAME, "value": language, "url": live_server.url},
        ]
    )
    return context


@pytest.mark.parametrize("code,direction", [("en", "ltr"), ("ur", "rtl")])
def test_moderator_reviews_and_publishes_a_change(
    live_server, browser, check_axe, personas, make_service, org_a, code, direction
):
    service = make_service("Tuesday advice", slug="tuesday-advice", organisation=org_a)
    edit(Client(), personas["bob"], service, name_en="Tuesday and Thursday advice")
    change = PendingChange.objects.get()

    context = signed_in_context(browser, live_server, personas["mo"], code)
    page = context.new_page()
    page.goto(live_server.url + review_url(change))
    assert page.locator("html").get_attribute("dir") == direction
    assert "Tuesday and Thursday advice" in page.locator("#content-main table").inner_text()
    check_axe(page)
    # The error state too: sending back without a note.
    with page.expect_navigation():
        page.click("input[name=_send_back]")
    assert page.locator(".errornote").count() == 1
    check_axe(page)
    with page.expect_navigation():
        page.click("input[name=_publish]")
    service.refresh_from_db()
    assert service.name == "Tuesday and Thursday advice"
    # The partner's view of the decided change: read only.
    partner = signed_in_context(browser, live_server, personas["bob"], code).new_page()
    partner.goto(live_server.url + review_url(change))
    assert partner.locator("input[name=_publish]").count() == 0
    check_axe(partner)
    context.close()
