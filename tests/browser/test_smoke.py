"""The home page in a real browser: right language and direction, and no axe violations."""

import pytest
from django.conf import settings

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("code,direction", [("en", "ltr"), ("ur", "rtl")])
def test_home_page_direction_and_accessibility(live_server, page, check_axe, code, direction):
    page.goto(f"{live_server.url}/{code}/")
    html = page.locator("html")
    assert html.get_attribute("lang") == code
    assert html.get_attribute("dir") == direction
    # GOV.UK Frontend's JavaScript ran under our CSP (the nonce'd inline script worked).
    assert "govuk-frontend-supported" in page.locator("body").get_attribute("class")
    check_axe(page)


@pytest.mark.parametrize("code", [code for code, _name in settings.LANGUAGES])
def test_every_language_passes_axe(live_server, page, check_axe, code):
    page.goto(f"{live_server.url}/{code}/")
    check_axe(page)


def test_urdu_layout_is_mirrored(live_server, page):
    """In RTL the service name sits on the right and the search button left of the box."""
    page.set_viewport_size({"width": 1100, "height": 900})
    page.goto(f"{live_server.url}/ur/")
    logo = page.locator(".govuk-generic-header__homepage-link").bounding_box()
    assert logo["x"] > 550
    box = page.locator("#search-q").bounding_box()
    button = page.locator(".nc-search__button").bounding_box()
    assert button["x"] < box["x"]


def test_search_works_without_javascript(live_server, browser, make_org):
    make_org(name="Canning Town Chess Club", slug="chess", description="Weekly chess games.")
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/en/")
    page.fill("#search-q", "chess")
    with page.expect_navigation():
        page.click(".nc-search__button")
    assert "/en/search/" in page.url
    assert page.locator("text=Canning Town Chess Club").count() == 1
    page.click("text=Canning Town Chess Club")
    assert page.locator("h1").inner_text() == "Canning Town Chess Club"
    context.close()


def test_axe_check_catches_a_violation(page, axe):
    """Guards the guard: a page with an unlabelled field and no lang must fail."""
    page.set_content("<html><body><input type='text'><img src='x.png'></body></html>")
    results = axe.run(page)
    assert results.violations_count >= 2
