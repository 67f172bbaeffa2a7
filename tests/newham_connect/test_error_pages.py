"""Error pages in the GOV.UK style, in the address's language; JSON for open data; the 500 page
without a database; rate limits answered with the 429 page and Retry-After."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings
from django.db import OperationalError, connection
from django.template import loader
from django.utils import translation

pytestmark = pytest.mark.django_db

# What Django's debug pages show; residents' pages never do.
DEBUG_MARKERS = ["Using the URLconf", "urlpatterns", "Traceback", "SECRET_KEY", "DEBUG = True"]


def _assert_resident_page(response, status, lang, heading):
    assert response.status_code == status
    assert response["Content-Type"].startswith("text/html")
    html = response.content.decode()
    direction = "rtl" if lang in settings.LANGUAGES_BIDI else "ltr"
    assert f'<html lang="{lang}" dir="{direction}"' in html
    with translation.override(lang):
        assert f">{translation.gettext(heading)}</h1>" in html
        assert translation.gettext("Go to the Newham Connect home page") in html
    assert f'href="/{lang}/"' in html
    assert f"mailto:{settings.FEEDBACK_EMAIL}" in html
    for marker in DEBUG_MARKERS:
        assert marker not in html
    return html


@pytest.mark.parametrize("lang", ["en", "ur", "bn"])
def test_not_found_is_the_govuk_page_in_the_address_language(client, lang):
    html = _assert_resident_page(client.get(f"/{lang}/no-such-page/"), 404, lang, "Page not found")
    with translation.override(lang):
        assert translation.gettext("If you typed the web address, check it is correct.") in html
    assert 'id="search-q"' in html and f'action="/{lang}/search/"' in html


def test_not_found_page_is_translated_text_not_english_text():
    """Bengali has no translation of these yet; the template must ask for one, so the lead's
    catalogues show up as soon as they are compiled."""
    source = loader.get_template("404.html").template.source
    for text in ["Page not found", "If you typed the web address, check it is correct."]:
        assert f'{{% translate "{text}" %}}' in source


def test_a_listing_that_is_not_found_gets_the_same_page(client):
    _assert_resident_page(client.get("/ur/services/no-such-service/"), 404, "ur", "Page not found")


@pytest.mark.parametrize(
    "url", ["/api/oruk/no-such-thing", "/api/oruk/services/not-a-uuid", "/openactive/nothing"]
)
def test_open_data_not_found_is_json(client, url):
    response = client.get(url)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/problem+json")
    assert json.loads(response.content)["status"] == 404


@pytest.mark.urls("tests.newham_connect.error_urls")
@pytest.mark.parametrize(
    "status,heading",
    [(400, "Sorry, there is a problem with what was sent"), (403, "You cannot do this")],
)
@pytest.mark.parametrize("lang", ["en", "ur"])
def test_bad_request_and_forbidden_pages(client, status, heading, lang):
    _assert_resident_page(client.get(f"/{lang}/fail/{status}/"), status, lang, heading)


def test_a_form_without_its_security_token_gets_the_403_page(make_org):
    from django.test import Client

    from directory.models import Service

    Service.objects.create(organisation=make_org(), name="Food", slug="food", status="published")
    response = Client(enforce_csrf_checks=True).post("/ur/services/food/report/", {"reason": "x"})
    html = _assert_resident_page(response, 403, "ur", "You cannot do this")
    with translation.override("ur"):
        message = translation.gettext("The form was open too long, or was sent from another site.")
    assert message in html
    assert "CSRF" not in html


@pytest.fixture
def database_down():
    def refuse(execute, sql, params, many, context):
        raise OperationalError("could not connect to server")

    with connection.execute_wrapper(refuse):
        yield


def _assert_self_contained(html, lang):
    direction = "rtl" if lang == "ur" else "ltr"
    assert f'<html lang="{lang}" dir="{direction}"' in html
    assert f'href="/{lang}/"' in html
    assert "<script" not in html
    assert "/static/vendor/govuk-frontend/govuk-frontend.min.css" in html
    for marker in DEBUG_MARKERS + ["OperationalError", "could not connect", "a bug"]:
        assert marker not in html


@pytest.mark.urls("tests.newham_connect.error_urls")
@pytest.mark.parametrize("lang", ["en", "ur"])
def test_server_error_page_renders_with_the_database_down(client, database_down, lang):
    client.raise_request_exception = False
    response = client.get(f"/{lang}/fail/500/")
    assert response.status_code == 500
    html = response.content.decode()
    _assert_self_contained(html, lang)
    with translation.override(lang):
        assert translation.gettext("Sorry, there is a problem with the service") in html


@pytest.mark.urls("tests.newham_connect.error_urls")
@pytest.mark.parametrize("lang", ["en", "ur"])
def test_an_unreachable_database_is_the_503_page_with_retry_after(client, database_down, lang):
    client.raise_request_exception = False
    response = client.get(f"/{lang}/fail/database/")
    assert response.status_code == 503
    assert response["Retry-After"] == "10"
    html = response.content.decode()
    _assert_self_contained(html, lang)
    with translation.override(lang):
        assert translation.gettext("Sorry, the service is unavailable for a moment") in html
        assert translation.gettext("We are working on it. Try again in a minute.") in html


@pytest.mark.parametrize("lang", ["en", "ur"])
def test_a_real_page_whose_database_is_gone_is_the_503_page(client, database_down, lang):
    """Not only a view: here the home page meets the database first in the session and the
    user (a signed-in visitor), outside any view code."""
    client.raise_request_exception = False
    client.cookies["sessionid"] = "x" * 32
    response = client.get(f"/{lang}/")
    assert response.status_code == 503
    _assert_self_contained(response.content.decode(), lang)


@pytest.mark.urls("tests.newham_connect.error_urls")
@pytest.mark.parametrize(("url", "status"), [("/api/fail/", 500), ("/api/fail/database/", 503)])
def test_open_data_server_error_is_json(client, database_down, url, status):
    client.raise_request_exception = False
    response = client.get(url)
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/problem+json")
    assert response.json()["status"] == status
    assert "could not connect" not in response.content.decode()


def test_sign_up_rate_limit_is_the_429_page_with_retry_after(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "1/5m/ip"}
    data = {"email": "new@example.org", "password1": "x", "password2": "x"}
    client.post("/ur/accounts/signup/", data)
    response = client.post("/ur/accounts/signup/", data)
    html = _assert_resident_page(response, 429, "ur", "Sorry, there have been too many attempts")
    assert response["Retry-After"] == "300"
    with translation.override("ur"):
        expected = translation.ngettext(
            "Wait %(minutes)s minute and try again.", "Wait %(minutes)s minutes and try again.", 5
        ) % {"minutes": 5}
    assert expected in html


def test_dev_server_shows_residents_pages_unless_debug_is_asked_for():
    code = (
        "from django.conf import settings; print(settings.DEBUG, settings.WHITENOISE_USE_FINDERS)"
    )
    base_env = {k: v for k, v in os.environ.items() if k not in ("DJANGO_DEBUG",)}
    base_env["DJANGO_SETTINGS_MODULE"] = "newham_connect.settings.dev"

    def run(**extra):
        return subprocess.run(  # noqa: S603 - our own interpreter and a fixed script
            [sys.executable, "-c", f"import django; django.setup(); {code}"],
            cwd=settings.BASE_DIR,
            env={**base_env, **extra},
            capture_output=True,
            text=True,
            timeout=120,
        ).stdout.split()

    assert run() == ["False", "True"]
    assert run(DJANGO_DEBUG="1") == ["True", "True"]
