"""Residents' error pages in a real browser: language, direction, no axe violations."""

import pytest

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.mark.parametrize("code,direction", [("en", "ltr"), ("ur", "rtl")])
def test_not_found_page_is_accessible(live_server, page, check_axe, code, direction):
    response = page.goto(f"{live_server.url}/{code}/no-such-page/")
    assert response.status == 404
    html = page.locator("html")
    assert html.get_attribute("lang") == code
    assert html.get_attribute("dir") == direction
    assert page.locator("h1").count() == 1
    assert page.locator("#search-q").is_visible()
    check_axe(page)


def test_bad_characters_page_is_accessible(live_server, page, check_axe):
    response = page.goto(f"{live_server.url}/ur/search/?q=%00")
    assert response.status == 400
    assert page.locator("html").get_attribute("dir") == "rtl"
    check_axe(page)
