"""The Volunteering Hub in a real browser: the whole journey, accessibility, no JavaScript."""

# The app's factories are imported as fixtures (tests/browser/conftest.py is shared), so
# ruff sees each fixture argument as redefining the import.
# ruff: noqa: F811

import datetime

import pytest
from django.conf import settings
from django.test import Client
from django.utils import timezone

from tests import factories
from tests.conftest import PASSWORD
from tests.volunteering.conftest import (  # noqa: F401 (fixtures shared with the app's tests)
    make_hours,
    make_interest,
    make_opportunity,
    make_term,
)
from volunteering import pipeline
from volunteering.models import HoursLog, Interest, Opportunity

pytestmark = pytest.mark.django_db(transaction=True)


def sign_in(page, live_server, user):
    """Give the browser a signed-in session (the journey test signs in through the forms)."""
    client = Client()
    client.force_login(user)
    cookie = client.cookies[settings.SESSION_COOKIE_NAME]
    page.context.add_cookies([{"name": cookie.key, "value": cookie.value, "url": live_server.url}])


@pytest.fixture
def garden(make_opportunity, org_a):
    return make_opportunity(
        org_a,
        title="Community garden grower",
        slug="community-garden-grower",
        description="Plant and water vegetables.",
        on_weekdays=True,
        minimum_age=14,
        suitable_for_groups=True,
        suitable_for_employer_teams=True,
        places_available=10,
    )


def test_resident_to_partner_to_certificate(live_server, browser, personas, garden, check_axe):
    """Resident finds an opportunity and says they are interested; the partner moves them to
    active and confirms 6 hours; the resident sees the hours and gets a certificate."""
    resident = browser.new_context()
    page = resident.new_page()

    # The resident signs in, then finds the role with the filters.
    page.goto(f"{live_server.url}/en/accounts/login/?next=/en/volunteering/")
    page.fill("#id_login", "rita@example.org")
    page.fill("#id_password", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url("**/en/volunteering/")
    page.check("#id_when_0")  # Weekdays
    page.check("#id_under_18")
    with page.expect_navigation():
        page.click("text=Show opportunities")
    assert "when=weekdays" in page.url
    assert page.locator("#result-count").inner_text() == "1 opportunity"
    page.click("text=Community garden grower")
    assert page.locator("h1").inner_text() == "Community garden grower"
    page.click("text=I'm interested")
    page.fill("#id_name", "Rita Resident")
    page.fill("#id_phone", "07700 900982")
    page.check("#id_consent")
    with page.expect_navigation():
        page.click("button:has-text('Send')")
    assert page.locator("h1").inner_text() == "We have sent your interest"
    check_axe(page)
    with page.expect_navigation():
        page.click("text=See My volunteering")
    assert "Waiting for Beckton Community Food Bank to contact you." in page.inner_text("main")

    # The partner sees the applicant in the back office and moves them on.
    partner = browser.new_context()
    office = partner.new_page()
    office.goto(f"{live_server.url}/admin/volunteering/interest/")
    # One sign-in for everyone (allauth's); Django's own admin form if that ever changes.
    login = "#id_login" if office.locator("#id_login").count() else "#id_username"
    office.fill(login, "bob@example.org")
    office.fill("#id_password", PASSWORD)
    office.click("main [type=submit], #login-form [type=submit]")
    office.wait_for_url("**/admin/volunteering/interest/")
    with office.expect_navigation():
        office.click("#result_list tr:has-text('Rita Resident') th a")
    assert "07700 900982" in office.inner_text("#content")
    office.select_option("#id_move_to", "contacted")
    with office.expect_navigation():
        office.click("input[name=_continue]")
    office.select_option("#id_move_to", "active")
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    office.fill("#id_hours-0-date", yesterday.isoformat())
    office.fill("#id_hours-0-hours", "6")
    office.fill("#id_hours-0-description", "Planting")
    office.check("#id_hours-0-confirmed")
    with office.expect_navigation():
        office.click("input[name=_continue]")
    assert "was changed successfully" in office.locator("ul.messagelist").inner_text()
    interest = Interest.objects.get()
    assert interest.status == "active"
    assert HoursLog.objects.confirmed().get().hours == 6
    partner.close()

    # The resident sees the hours and gets the certificate.
    page.goto(f"{live_server.url}/en/volunteering/my/")
    assert page.locator("#total-hours").inner_text() == "Confirmed hours: 6"
    assert "You are volunteering." in page.inner_text("main")
    page.click("text=Get your certificate of hours")
    assert page.locator("#certificate-total").inner_text() == "6 hours"
    assert "Rita Resident" in page.locator(".nc-certificate").inner_text()
    check_axe(page)
    # Printed, the certificate stands alone: no site header or footer.
    page.emulate_media(media="print")
    assert not page.locator(".govuk-footer").is_visible()
    assert page.locator(".nc-certificate").is_visible()
    resident.close()


@pytest.fixture
def everything(personas, garden, make_interest, make_hours, make_term):
    """One of each page's subject, so every page type can be checked."""
    make_term("food", "Food")
    active = make_interest(garden, user=personas["rita"], status="finished", name="Rita R")
    make_hours(active, "3")
    team = factories.employer_team(
        personas["rita"],
        business_name="Docklands Bank",
        contact_email="rita@bank.example.org",
        staff_count=12,
    )
    return {
        "garden": garden,
        "feedback": pipeline.feedback_token(active),
        "beneficiary": pipeline.beneficiary_token(garden),
        "application": pipeline.manage_token(active),
        "team": team.pk,
    }


PUBLIC_PAGES = [
    ("list", "/volunteering/"),
    ("filtered, no results", "/volunteering/?q=zzzz&ward=nowhere"),
    ("detail", "/volunteering/community-garden-grower/"),
    ("interest form", "/volunteering/community-garden-grower/interest/"),
    ("sent", "/volunteering/community-garden-grower/interest/sent/"),
    ("teams", "/volunteering/teams/"),
    ("beneficiary survey", "/volunteering/beneficiaries/{beneficiary}/"),
    ("volunteer survey", "/volunteering/feedback/{feedback}/"),
    ("thanks", "/volunteering/feedback/thanks/"),
    ("your application (signed link)", "/volunteering/application/{application}/"),
]
SIGNED_IN_PAGES = [
    ("my volunteering", "/volunteering/my/"),
    ("certificate", "/volunteering/my/certificate/"),
    ("preferences", "/volunteering/my/preferences/"),
    ("delete", "/volunteering/my/delete/"),
    ("team", "/volunteering/teams/{team}/"),
    ("booking", "/volunteering/teams/{team}/book/community-garden-grower/"),
]
LANGUAGES = [("en", "ltr"), ("ur", "rtl"), ("pl", "ltr")]


def _check(page, check_axe, url, code, direction):
    response = page.goto(url)
    assert response.status == 200, url
    assert page.locator("html").get_attribute("lang") == code
    assert page.locator("html").get_attribute("dir") == direction
    try:
        check_axe(page)
    except AssertionError as error:
        raise AssertionError(f"{url}\n{error}") from None


@pytest.mark.parametrize("code,direction", LANGUAGES)
def test_public_pages_pass_axe(live_server, page, check_axe, everything, code, direction):
    for _name, path in PUBLIC_PAGES:
        url = f"{live_server.url}/{code}{path.format(**everything)}"
        _check(page, check_axe, url, code, direction)


@pytest.mark.parametrize("code,direction", LANGUAGES)
def test_signed_in_pages_pass_axe(
    live_server, page, check_axe, everything, personas, code, direction
):
    sign_in(page, live_server, personas["rita"])
    for _name, path in SIGNED_IN_PAGES:
        url = f"{live_server.url}/{code}{path.format(**everything)}"
        _check(page, check_axe, url, code, direction)


@pytest.mark.parametrize("code,direction", LANGUAGES)
def test_dashboard_and_error_states_pass_axe(
    live_server, page, check_axe, everything, personas, code, direction
):
    sign_in(page, live_server, personas["mo"])
    _check(page, check_axe, f"{live_server.url}/{code}/volunteering/dashboard/", code, direction)
    # A form with errors (error summary, error messages, radios and checkboxes).
    page.goto(f"{live_server.url}/{code}/volunteering/feedback/{everything['feedback']}/")
    with page.expect_navigation():
        page.click("form button[type=submit]")
    assert page.locator(".govuk-error-summary").is_visible()
    check_axe(page)
    page.goto(f"{live_server.url}/{code}/volunteering/application/{everything['application']}/")
    with page.expect_navigation():
        page.click("form button[type=submit]")  # delete, without ticking the box
    assert page.locator(".govuk-error-summary").is_visible()
    check_axe(page)
    page.goto(f"{live_server.url}/{code}/volunteering/community-garden-grower/interest/")
    page.fill("#id_name", "")  # prefilled for a signed-in person
    with page.expect_navigation():
        page.click("form button[type=submit]")
    assert page.locator(".govuk-error-message").count() >= 2
    check_axe(page)


def test_urdu_filters_sit_on_the_right(live_server, page, everything):
    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto(f"{live_server.url}/ur/volunteering/")
    filters = page.locator(".nc-filters").bounding_box()
    results = page.locator("#result-count").bounding_box()
    assert filters["x"] > results["x"]


def test_find_and_express_interest_without_javascript(live_server, browser, garden):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/pl/volunteering/")
    page.check("#id_groups")
    with page.expect_navigation():
        page.click(".nc-filters button[type=submit]")
    assert "groups=on" in page.url
    page.click("text=Community garden grower")
    page.click(".govuk-button--start")
    page.fill("#id_name", "Ola")
    page.click("form button[type=submit]")  # no contact, no consent: errors, input kept
    assert page.locator("#id_name").input_value() == "Ola"
    page.fill("#id_email", "ola@example.org")
    page.check("#id_consent")
    with page.expect_navigation():
        page.click("form button[type=submit]")
    assert "/pl/volunteering/community-garden-grower/interest/sent/" in page.url
    interest = Interest.objects.get()
    assert (interest.name, interest.language, interest.user) == ("Ola", "pl", None)
    assert Opportunity.objects.get().interests.count() == 1
    context.close()
