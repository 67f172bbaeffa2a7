"""Public forms anyone can send are rate limited per client address; what was typed is kept."""

import pytest
from django.utils import translation
from django.utils.html import escape

from directory.models import ListingReport
from volunteering.models import Interest

pytestmark = pytest.mark.django_db

MESSAGE = (
    "This form has been sent many times from your internet connection in the last hour. "
    "Please try again later, or contact the organisation directly."
)


@pytest.fixture
def low_limits(settings):
    settings.ACCOUNT_RATE_LIMITS = {
        **settings.ACCOUNT_RATE_LIMITS,
        "volunteering_interest": "2/h/ip",
        "listing_report": "2/h/ip",
    }


@pytest.fixture
def opportunity(org_a, make_location):
    from volunteering.models import Opportunity

    return Opportunity.objects.create(
        organisation=org_a,
        title="Food bank helper",
        slug="food-bank-helper",
        description="Help out.",
        status="published",
        location=make_location(),
    )


@pytest.fixture
def service(org_a):
    from directory.models import Service

    return Service.objects.create(
        organisation=org_a, name="Food parcels", slug="food-parcels", status="published"
    )


def test_interest_form_is_limited_and_keeps_what_was_typed(client, low_limits, opportunity):
    url = f"/ur/volunteering/{opportunity.slug}/interest/"
    for n in range(2):
        data = {"name": f"Person {n}", "email": f"p{n}@example.org", "consent": "on"}
        assert client.post(url, data).status_code == 302
    data = {"name": "Third Person", "email": "third@example.org", "message": "Hi", "consent": "on"}
    response = client.post(url, data)
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"  # the limit counts over an hour
    html = response.content.decode()
    assert '<html lang="ur" dir="rtl"' in html
    with translation.override("ur"):
        assert escape(translation.gettext(MESSAGE)) in html
    assert "govuk-error-summary" in html
    assert 'value="Third Person"' in html and "third@example.org" in html
    assert Interest.objects.count() == 2


def test_mistakes_do_not_use_up_the_limit(client, low_limits, opportunity):
    url = f"/en/volunteering/{opportunity.slug}/interest/"
    for _ in range(5):  # no consent ticked: refused by the form, not counted
        assert client.post(url, {"name": "Sam", "email": "sam@example.org"}).status_code == 200
    ok = {"name": "Sam", "email": "sam@example.org", "consent": "on"}
    assert client.post(url, ok).status_code == 302


def test_the_limit_is_per_address(client, low_limits, opportunity):
    url = f"/en/volunteering/{opportunity.slug}/interest/"
    for n in range(3):
        client.post(url, {"name": f"P{n}", "email": f"p{n}@example.org", "consent": "on"})
    other = {"name": "Elsewhere", "email": "e@example.org", "consent": "on"}
    assert client.post(url, other, REMOTE_ADDR="203.0.113.9").status_code == 302
    assert Interest.objects.filter(name="Elsewhere").exists()


def test_report_form_is_limited_and_keeps_what_was_typed(client, low_limits, service):
    url = f"/pl/services/{service.slug}/report/"
    for _ in range(2):
        assert client.post(url, {"reason": "other", "details": "x"}).status_code == 302
    response = client.post(url, {"reason": "wrong_times", "details": "Closed on Mondays"})
    assert response.status_code == 429
    assert response["Retry-After"] == "3600"
    html = response.content.decode()
    with translation.override("pl"):
        assert escape(translation.gettext(MESSAGE)) in html
    assert "Closed on Mondays" in html
    assert ListingReport.objects.count() == 2


def test_site_search_is_limited_with_the_friendly_page(client, settings):
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "search": "3/m/ip"}
    for _ in range(3):
        assert client.get("/ur/search/", {"q": "food"}).status_code == 200
    refused = client.get("/ur/search/", {"q": "food"})
    assert refused.status_code == 429
    assert refused["Retry-After"] == "60"
    html = refused.content.decode()
    assert 'lang="ur"' in html and 'dir="rtl"' in html
    assert "govuk-heading-l" in html or "<h1" in html
    # An empty search box costs nothing and is never refused.
    assert client.get("/ur/search/").status_code == 200


def test_behind_the_proxy_each_visitor_has_their_own_limit(client, settings):
    """nginx sends every request from 127.0.0.1; the visitor's address is in X-Real-IP."""
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "search": "2/m/ip"}
    settings.ALLAUTH_TRUSTED_CLIENT_IP_HEADER = "X-Real-IP"

    def search(address):
        return client.get("/en/search/", {"q": "food"}, HTTP_X_REAL_IP=address).status_code

    assert [search("203.0.113.1") for _ in range(3)] == [200, 200, 429]
    assert search("203.0.113.2") == 200  # a neighbour is not refused for the first one's
