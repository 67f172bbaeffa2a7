"""The back office has its own language switcher (no language in its addresses), and it is
in that language throughout, Django's and allauth's words included."""

import pytest
from django.conf import settings
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

CHANGELIST = "/admin/directory/service/"


def test_the_switcher_sets_the_back_office_language(client, personas):
    client.force_login(personas["bob"])
    page = client.get(CHANGELIST).content.decode()
    assert 'id="nc-back-office-language"' in page and 'lang="bn"' in page
    response = client.post(reverse("set_language"), {"language": "bn", "next": CHANGELIST})
    assert response.status_code == 302 and response["Location"] == CHANGELIST
    assert client.cookies[settings.LANGUAGE_COOKIE_NAME].value == "bn"
    page = client.get(CHANGELIST).content.decode()
    assert '<html lang="bn"' in page
    with translation.override("bn"):
        header = translation.gettext("Newham Connect back office")
    assert header != "Newham Connect back office" and header in page


@pytest.mark.parametrize("code", [c for c, _n in settings.LANGUAGES if c != "en"])
def test_the_back_office_chrome_is_translated(client, personas, code):
    """The words every back-office page shows, in each language: none left in English."""
    client.force_login(personas["bob"])
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = code
    page = client.get(CHANGELIST).content.decode() + client.get("/admin/").content.decode()
    for english in ("View site", "Log out", "Change password", "Recent actions", "Run the"):
        assert english not in page, (code, english)


def test_the_switcher_only_goes_to_this_site(client, personas):
    client.force_login(personas["bob"])
    response = client.post(
        reverse("set_language"), {"language": "ur", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"
