"""The three list pages on the shared base, on a 320 px phone in English and Urdu: filters
with chips and an error, no sideways scrolling, nothing for axe to find."""

import pytest

from demo import directory as demo

LISTS = {
    "services": "/services/?group=carers&group=older_people&free=on&age=abc",
    "whats-on": "/activities/?day=1&day=3&free=true&date=2025-13-45",
    "volunteering": "/volunteering/?when=weekdays&when=evenings&groups=on&cause=nope",
}


@pytest.fixture(scope="module")
def seeded(module_data):
    module_data(demo.seed)


@pytest.mark.parametrize("code,direction", [("en", "ltr"), ("ur", "rtl")])
@pytest.mark.parametrize("name", list(LISTS))
def test_a_filtered_list_fits_a_small_phone(
    shared_server, page, check_axe, seeded, tmp_path, code, direction, name
):
    page.set_viewport_size({"width": 320, "height": 900})
    page.goto(f"{shared_server.url}/{code}{LISTS[name]}")
    assert page.locator("html").get_attribute("dir") == direction
    assert page.locator(".govuk-error-message").count() >= 1  # the refused value is explained
    assert page.locator(".nc-active-filters__remove").count() >= 2  # the others have chips
    if page.locator("details.govuk-details").count():
        page.locator("summary").first.click()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 320, f"{name} in {code} is {width} px wide"
    page.screenshot(path=tmp_path / f"list-{name}-{code}.png", full_page=True)
    check_axe(page)
