"""The back office basics in a real browser, in English and Urdu: signing in with an emailed
code (at 320 px: the code pages are public), previewing a draft as residents will see it, and
the moderator's "archive these?" page; axe-core checks each page."""

import re

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from tests import factories
from tests.conftest import PASSWORD, totp_code, totp_secret

pytestmark = pytest.mark.django_db(transaction=True)

LANGUAGES = [("en", "ltr"), ("ur", "rtl")]


def fits(page):
    return page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")


def in_language(browser, live_server, code, **options):
    context = browser.new_context(**options)
    context.add_cookies(
        [{"name": settings.LANGUAGE_COOKIE_NAME, "value": code, "url": live_server.url}]
    )
    return context


@pytest.mark.parametrize("code,direction", LANGUAGES)
def test_a_partner_signs_in_with_a_code_and_previews_a_draft(
    live_server, browser, check_axe, personas, org_a, tmp_path, code, direction
):
    draft = factories.service(org_a, "Coffee morning", status="draft")
    context = in_language(browser, live_server, code, viewport={"width": 320, "height": 640})
    page = context.new_page()
    page.goto(f"{live_server.url}/{code}/accounts/login/?next=/admin/")
    with page.expect_navigation():
        page.click(f"a[href^='/{code}/accounts/login/code/']")
    assert page.locator("html").get_attribute("dir") == direction
    assert fits(page)
    check_axe(page)
    page.fill("#id_email", personas["bob"].email)
    with page.expect_navigation():
        page.click("main button[type=submit]")
    assert fits(page)
    check_axe(page)
    page.screenshot(path=tmp_path / f"code-{code}.png", full_page=True)
    sent = re.search(r"^(\d{6})$", mail.outbox[-1].body, re.M).group(1)
    page.fill("#id_code", sent)
    with page.expect_navigation():
        page.click("main button[type=submit]")
    page.wait_for_url("**/admin/")

    page.set_viewport_size({"width": 1366, "height": 768})
    opts = draft._meta
    page.goto(
        live_server.url
        + reverse(f"admin:{opts.app_label}_{opts.model_name}_preview", args=[draft.pk])
    )
    assert page.locator(".govuk-notification-banner").is_visible()
    assert page.locator("h1").inner_text().strip() == "Coffee morning"
    page.screenshot(path=tmp_path / f"preview-{code}.png")
    check_axe(page)
    context.close()


@pytest.mark.parametrize("code,direction", LANGUAGES)
def test_the_moderator_is_asked_before_archiving(
    live_server, browser, check_axe, personas, org_a, org_b, tmp_path, code, direction
):
    factories.service(org_a, "Energy audit")
    factories.service(org_b, "Drama auditions")
    mo = personas["mo"]
    context = in_language(browser, live_server, code)
    page = context.new_page()
    page.goto(f"{live_server.url}/{code}/accounts/login/?next=/admin/directory/service/")
    page.fill("#id_login", mo.email)
    page.fill("#id_password", PASSWORD)
    with page.expect_navigation():
        page.click("main button[type=submit]")
    page.fill("#id_code", totp_code(totp_secret(mo)))
    with page.expect_navigation():
        page.click("main form[action$='/authenticate/'] button[type=submit]")
    page.wait_for_url("**/admin/directory/service/")
    page.check("#action-toggle")
    page.select_option("select[name=action]", "archive")
    with page.expect_navigation():
        page.click("button[name=index]")
    assert page.locator("html").get_attribute("dir") == direction
    table = page.locator("#content table").inner_text()
    assert "Energy audit" in table and org_b.name in table
    page.screenshot(path=tmp_path / f"archive-{code}.png", full_page=True)
    check_axe(page)
    with page.expect_navigation():
        page.click("input[name=post]~input[type=submit], input[type=submit]")
    assert page.locator("ul.messagelist").count() == 1
    context.close()
