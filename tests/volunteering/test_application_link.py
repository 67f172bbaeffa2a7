"""An applicant without an account sees, downloads and deletes their own application through
the signed link they get by email and on the confirmation page."""

import json
import re

import pytest
from django.core import mail, signing
from django.test import Client

from volunteering import pipeline
from volunteering.models import HoursLog, Interest

pytestmark = pytest.mark.django_db


def application_url(interest, language="en"):
    return f"/{language}/volunteering/application/{pipeline.manage_token(interest)}/"


def application_link_in(text, interest, language):
    """The "your application" link in a page or email, checked to be signed for this interest.

    The token carries the time it was signed, so it is read back rather than compared with a
    freshly made one (which differs once the clock passes a second)."""
    (token,) = re.findall(rf"/{language}/volunteering/application/([^/\"\s]+)/", text)
    assert signing.loads(token, salt=pipeline.MANAGE_SALT) == str(interest.pk)
    return f"/{language}/volunteering/application/{token}/"


def test_phone_only_applicant_gets_the_link_on_the_confirmation_page(client, opportunity_a):
    response = client.post(
        f"/pl/volunteering/{opportunity_a.slug}/interest/",
        {"name": "Ola Kowalska", "phone": "07700 900982", "consent": "on"},
    )
    interest = Interest.objects.get()
    sent = client.get(response["Location"]).content.decode()
    link = application_link_in(sent, interest, "pl")
    assert f'href="{link}"' in sent
    assert "Ola" not in sent  # the link, not the details
    page = client.get(link).content.decode()
    assert '<html lang="pl"' in page
    assert "Ola Kowalska" in page and "07700 900982" in page
    assert interest.reference in page


def test_the_link_is_only_shown_for_the_opportunity_just_applied_to(
    client, opportunity_a, opportunity_b
):
    client.post(
        f"/en/volunteering/{opportunity_a.slug}/interest/",
        {"name": "Sam", "email": "sam@example.org", "consent": "on"},
    )
    other = client.get(f"/en/volunteering/{opportunity_b.slug}/interest/sent/").content.decode()
    assert "/volunteering/application/" not in other


def test_the_confirmation_email_carries_a_working_link(
    client, opportunity_a, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/ur/volunteering/{opportunity_a.slug}/interest/",
            {"name": "Sam", "email": "sam@example.org", "consent": "on"},
        )
    interest = Interest.objects.get()
    (to_person,) = [m for m in mail.outbox if m.to == ["sam@example.org"]]
    path = application_link_in(to_person.body, interest, "ur")
    assert "sam@example.org" in Client().get(path).content.decode()


@pytest.mark.parametrize(
    "token",
    [
        "not-a-token",
        signing.dumps("00000000-0000-0000-0000-000000000000", salt=pipeline.MANAGE_SALT),
    ],
)
def test_bad_links_are_not_found(client, token):
    assert client.get(f"/en/volunteering/application/{token}/").status_code == 404
    assert client.get(f"/en/volunteering/application/{token}/data.json").status_code == 404


def test_a_link_from_another_purpose_does_not_open_the_application(
    client, opportunity_a, make_interest
):
    interest = make_interest(opportunity_a, status="finished")
    # The feedback link is signed for the same interest, but for another purpose.
    token = pipeline.feedback_token(interest)
    assert client.get(f"/en/volunteering/application/{token}/").status_code == 404
    tampered = pipeline.manage_token(interest)[:-2] + "xx"
    assert client.get(f"/en/volunteering/application/{tampered}/").status_code == 404


def test_download_gives_this_application_only(client, opportunity_a, make_interest, make_hours):
    mine = make_interest(opportunity_a, status="active", name="Sam Lee", phone="07700 900001")
    make_hours(mine, "6")
    make_interest(opportunity_a, name="Somebody Else")
    response = client.get(application_url(mine) + "data.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    (only,) = data["expressions_of_interest"]
    assert (only["name"], only["phone"], only["reference"]) == (
        "Sam Lee",
        "07700 900001",
        mine.reference,
    )
    assert [h["hours"] for h in only["hours"]] == ["6.00"]
    assert "Somebody Else" not in response.content.decode()


def test_delete_needs_the_box_ticked_and_keeps_everything_until_then(
    client, opportunity_a, make_interest
):
    interest = make_interest(opportunity_a, name="Sam Lee", message="Tuesdays suit me")
    response = client.post(application_url(interest, "ur"), {})
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ur" dir="rtl"' in html
    assert "govuk-error-summary" in html and 'href="#confirm"' in html
    interest.refresh_from_db()
    assert (interest.name, interest.message, interest.anonymised_at) == (
        "Sam Lee",
        "Tuesdays suit me",
        None,
    )


def test_delete_removes_personal_data_and_keeps_anonymous_facts(
    client, opportunity_a, make_interest, make_hours
):
    interest = make_interest(opportunity_a, status="active", name="Sam Lee", phone="07700 900001")
    hours = make_hours(interest, "6")
    HoursLog.objects.filter(pk=hours.pk).update(description="Sorted tins with Sam")
    other = make_interest(opportunity_a, name="Somebody Else")
    url = application_url(interest)

    response = client.post(url, {"confirm": "yes"})
    assert response.status_code == 302 and response["Location"] == url
    interest.refresh_from_db()
    assert (interest.name, interest.email, interest.phone, interest.message) == ("", "", "", "")
    assert interest.anonymised_at is not None
    assert interest.status == "active"  # the anonymous facts stay for the impact figures
    hours.refresh_from_db()
    assert (hours.hours, hours.description) == (6, "")
    other.refresh_from_db()
    assert other.name == "Somebody Else"

    page = client.get(url).content.decode()
    assert "Your details have been deleted." in page
    assert "Sam Lee" not in page and 'name="confirm"' not in page
    assert client.get(url + "data.json").status_code == 404
    assert client.post(url, {"confirm": "yes"}).status_code == 302  # twice is harmless


def test_delete_is_protected_against_cross_site_requests(opportunity_a, make_interest):
    interest = make_interest(opportunity_a)
    response = Client(enforce_csrf_checks=True).post(application_url(interest), {"confirm": "yes"})
    assert response.status_code == 403
    interest.refresh_from_db()
    assert interest.anonymised_at is None
