"""Hole 5 of issue 10: a NUL byte (or another control character) in a query string or a form
is a 400 page in the page's language (JSON for open data), never a 500."""

import json

import pytest
from django.utils import translation

pytestmark = pytest.mark.django_db

MESSAGE = "The web address or the form contained characters that cannot be used."
# C0 control characters apart from tab, line feed and carriage return.
BAD = pytest.mark.parametrize(
    "bad",
    ["\x00", "a\x00b", "\x01", "\x1b[31m", "\x7f\x08"],
    ids=["NUL", "NUL inside", "SOH", "escape sequence", "DEL and backspace"],
)
ALLOWED = ["tab\there", "line\nbreak", "cr\r\nlf", "zero\u200dwidth", "\u0645\u06cc\u06ba", "\x7f"]


@pytest.fixture
def service(make_org):
    from directory.models import Service

    return Service.objects.create(
        organisation=make_org(), name="Food parcels", slug="food-parcels", status="published"
    )


@pytest.fixture
def opportunity(make_org, make_location):
    from volunteering.models import Opportunity

    return Opportunity.objects.create(
        organisation=make_org(),
        title="Food bank helper",
        slug="food-bank-helper",
        description="Help out.",
        status="published",
        location=make_location(),
    )


GET_PAGES = [
    ("/{lang}/search/", "q"),
    ("/{lang}/services/", "q"),
    ("/{lang}/services/", "category"),
    ("/{lang}/activities/", "q"),
    ("/{lang}/activities/", "day"),
    ("/{lang}/volunteering/", "q"),
    ("/{lang}/", "anything"),
]


def _is_translated_400(response, lang):
    assert response.status_code == 400
    html = response.content.decode()
    assert f'<html lang="{lang}"' in html
    with translation.override(lang):
        assert translation.gettext(MESSAGE) in html
    return True


@pytest.mark.parametrize("lang", ["en", "ur"])
@BAD
@pytest.mark.parametrize("url,name", GET_PAGES)
def test_control_characters_in_a_query_string_are_a_400_page(client, url, name, bad, lang):
    assert _is_translated_400(client.get(url.format(lang=lang), {name: bad}), lang)


@BAD
def test_control_characters_in_a_parameter_name_are_a_400_page(client, bad):
    assert _is_translated_400(client.get(f"/en/search/?{bad}=x"), "en")


@pytest.mark.parametrize(
    "good", ALLOWED, ids=["tab", "line feed", "CRLF", "zero-width joiner", "Urdu", "DEL"]
)
@pytest.mark.parametrize("url,name", GET_PAGES)
def test_tabs_line_breaks_and_other_text_still_work(client, url, name, good):
    assert client.get(url.format(lang="en"), {name: good}).status_code == 200


@BAD
def test_interest_form_with_control_characters_is_a_400_and_saves_nothing(client, opportunity, bad):
    url = f"/bn/volunteering/{opportunity.slug}/interest/"
    data = {"name": f"Rita{bad}", "email": "rita@example.org", "consent": "on"}
    assert _is_translated_400(client.post(url, data), "bn")
    assert not opportunity.interests.exists()


@BAD
def test_report_form_with_control_characters_is_a_400_and_saves_nothing(client, service, bad):
    url = f"/en/services/{service.slug}/report/"
    assert _is_translated_400(client.post(url, {"reason": "other", "details": bad}), "en")
    assert not service.reports.exists()


@BAD
@pytest.mark.parametrize(
    "url,name",
    [
        ("/api/oruk/services", "search"),
        ("/api/oruk/organizations", "search"),
        ("/api/oruk/taxonomy_terms", "search"),
        ("/api/oruk/service_at_locations", "postcode"),
        ("/openactive/feeds/session-series", "afterId"),
    ],
)
def test_open_data_answers_a_json_400(client, url, name, bad):
    response = client.get(url, {name: bad})
    assert response.status_code == 400
    assert response["Content-Type"].startswith("application/problem+json")
    body = json.loads(response.content)
    assert body["status"] == 400 and "character" in body["detail"]


@pytest.mark.parametrize("cookie", ["sessionid", "csrftoken", "django_language"])
def test_control_characters_in_a_cookie_are_a_400_page(client, cookie):
    client.cookies[cookie] = "abcdefghij\x00klm"
    assert _is_translated_400(client.get("/en/search/", {"q": "x"}), "en")
