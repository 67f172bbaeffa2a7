"""The second sign-in step in a real browser: a new moderator is guided through setting up an
authenticator app (the test reads the key from the page and works out the code as the app
would), sees recovery codes and reaches the back office; an organisation administrator with an
app is asked for its code. axe-core checks the set-up pages in English and in Urdu."""

import pytest
from django.conf import settings
from django.contrib.auth.models import Group

from tests.conftest import PASSWORD, totp_code, totp_secret

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def moderators_group(transactional_db):
    Group.objects.get_or_create(name=settings.MODERATORS_GROUP)


def sign_in(page, live_server, email, code):
    page.goto(f"{live_server.url}/{code}/accounts/login/?next=/admin/")
    page.fill("#id_login", email)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("main button[type=submit]")


@pytest.mark.parametrize("code,direction", [("en", "ltr"), ("ur", "rtl")])
def test_new_moderator_is_guided_through_setting_up_the_app(
    live_server, browser, check_axe, make_user, tmp_path, code, direction
):
    moderator = make_user("new.moderator@example.org")
    moderator.groups.add(Group.objects.get(name=settings.MODERATORS_GROUP))
    context = browser.new_context()
    # The back office has no language in its address: the cookie carries the person's choice.
    context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": code, "url": live_server.url}]
    )
    page = context.new_page()

    sign_in(page, live_server, moderator.email, code)
    page.wait_for_url(f"**/{code}/accounts/2fa/start/?next=/admin/")
    assert page.locator("html").get_attribute("dir") == direction
    page.screenshot(path=tmp_path / f"mfa-start-{code}.png", full_page=True)
    check_axe(page)

    with page.expect_navigation():
        page.click("main a.govuk-button--start")
    page.wait_for_url(f"**/{code}/accounts/2fa/totp/activate/")
    assert page.locator("img.nc-qr-code").is_visible()
    page.screenshot(path=tmp_path / f"mfa-activate-{code}.png", full_page=True)
    check_axe(page)
    secret = page.inner_text("#totp-secret").replace(" ", "")

    # A wrong code first: the error is announced and the page still passes axe.
    page.fill("#id_code", "000000")
    with page.expect_navigation():
        page.click("main button[type=submit]")
    assert page.locator(".govuk-error-summary").is_visible()
    check_axe(page)

    page.fill("#id_code", totp_code(secret))
    with page.expect_navigation():
        page.click("main button[type=submit]")
    page.wait_for_url(f"**/{code}/accounts/2fa/recovery-codes/")
    codes = page.locator("#recovery-codes li")
    assert codes.count() == 10
    assert codes.first.inner_text().strip().isdigit()
    check_axe(page)

    with page.expect_navigation():
        page.click("main a.govuk-button")
    page.wait_for_url("**/admin/")
    assert page.locator("#site-name").count() == 1  # the back office's own header
    context.close()


def test_organisation_administrator_gives_the_code_from_the_app(
    live_server, browser, check_axe, personas
):
    alice = personas["alice"]
    context = browser.new_context()
    page = context.new_page()
    sign_in(page, live_server, alice.email, "en")
    page.wait_for_url("**/en/accounts/2fa/authenticate/")
    check_axe(page)
    page.fill("#id_code", totp_code(totp_secret(alice)))
    with page.expect_navigation():
        page.click("main form[action$='/authenticate/'] button[type=submit]")
    page.wait_for_url("**/admin/")
    assert page.locator("#site-name").count() == 1
    context.close()
