"""My volunteering: applications, hours, certificate, download and delete; only your own."""

import datetime
import json

import pytest
from django.utils import timezone

from tests import factories
from volunteering.models import EmployerTeam, HoursLog, Interest, VolunteerProfile

pytestmark = pytest.mark.django_db

MINE = "/en/volunteering/my/"


@pytest.fixture
def rita_active(personas, make_interest, opportunity_a):
    return make_interest(
        opportunity_a, user=personas["rita"], status="active", name="Rita Resident"
    )


@pytest.mark.parametrize(
    "path",
    [
        MINE,
        "/en/volunteering/my/certificate/",
        "/en/volunteering/my/data.json",
        "/en/volunteering/my/delete/",
        "/en/volunteering/my/preferences/",
    ],
)
def test_my_pages_need_an_account(client, path):
    response = client.get(path)
    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/?next=")


def test_my_page_lists_only_my_applications(
    client, personas, rita_active, make_interest, opportunity_b, make_hours
):
    make_interest(opportunity_b, user=personas["bob"], name="Bob Elsewhere")
    make_hours(rita_active, "3.5", confirmed=True)
    make_hours(rita_active, "2", confirmed=False)
    client.force_login(personas["rita"])
    html = client.get(MINE).content.decode()
    assert "Food bank helper" in html
    assert "Tamil elders befriender" not in html
    assert "Volunteering</strong>" in html  # the status, in words
    assert "3.5 confirmed, 2 waiting for the organisation to confirm" in html
    assert "Confirmed hours: 3.5" in html
    assert 'href="/en/volunteering/my/certificate/"' in html


def test_my_page_without_applications_points_somewhere(client, personas):
    client.force_login(personas["rita"])
    html = client.get(MINE).content.decode()
    assert "You have not said you are interested in any volunteering yet." in html
    assert 'href="/en/volunteering/"' in html
    assert "Log your hours" not in html  # nothing to log against


def test_my_page_query_count_does_not_grow(
    client,
    personas,
    make_interest,
    make_opportunity,
    make_org,
    make_hours,
    django_assert_max_num_queries,
):
    client.force_login(personas["rita"])

    def add(n):
        for _ in range(n):
            interest = make_interest(
                make_opportunity(make_org()), user=personas["rita"], status="active"
            )
            make_hours(interest, "1")
            make_hours(interest, "2", confirmed=False)

    add(3)
    with django_assert_max_num_queries(10):
        small = client.get(MINE)
    add(27)
    with django_assert_max_num_queries(10):
        large = client.get(MINE)
    assert small.content.decode().count("nc-interest") == 3
    assert large.content.decode().count("nc-interest") == 30
    assert "Confirmed hours: 30" in large.content.decode()


def test_log_hours(client, personas, rita_active):
    client.force_login(personas["rita"])
    today = timezone.localdate().isoformat()
    response = client.post(
        MINE,
        {"interest": rita_active.pk, "date": today, "hours": "2.5", "description": "Sorting"},
    )
    assert response.status_code == 302
    entry = HoursLog.objects.get()
    assert (entry.interest, entry.hours, entry.logged_by) == (
        rita_active,
        2.5,
        personas["rita"],
    )
    assert not entry.is_confirmed  # the organisation confirms


@pytest.mark.parametrize(
    "hours,date,message",
    [
        ("25", None, "Enter no more than 24 hours for one day."),
        ("0", None, "Enter at least a quarter of an hour (0.25)."),
        ("lots", None, "Enter a number of hours, like 2.5."),
        ("2", "tomorrow", "The date cannot be in the future."),
        ("2", "31/02/2026", "Enter a real date, like 2026-11-27."),
    ],
)
def test_bad_hours_are_explained_and_kept(client, personas, rita_active, hours, date, message):
    client.force_login(personas["rita"])
    if date == "tomorrow":
        date = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    date = date or timezone.localdate().isoformat()
    response = client.post(
        MINE,
        {"interest": rita_active.pk, "date": date, "hours": hours, "description": "Kept text"},
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'value="Kept text"' in html
    assert not HoursLog.objects.exists()


def test_cannot_log_hours_against_someone_elses_interest(
    client, personas, rita_active, make_interest, opportunity_b
):
    other = make_interest(opportunity_b, user=personas["charlie"], status="active")
    client.force_login(personas["rita"])
    response = client.post(
        MINE,
        {"interest": other.pk, "date": timezone.localdate().isoformat(), "hours": "2"},
    )
    assert response.status_code == 200
    assert "Choose one of your volunteering roles." in response.content.decode()
    assert not HoursLog.objects.exists()


def test_cannot_log_hours_before_starting(client, personas, make_interest, opportunity_a):
    waiting = make_interest(opportunity_a, user=personas["rita"], status="new")
    client.force_login(personas["rita"])
    client.post(MINE, {"interest": waiting.pk, "date": timezone.localdate(), "hours": "2"})
    assert not HoursLog.objects.exists()


def test_certificate_counts_only_confirmed_hours(
    client, personas, rita_active, make_hours, make_interest, opportunity_b
):
    day = datetime.timedelta(days=1)
    today = timezone.localdate()
    make_hours(rita_active, "4", date=today - 10 * day)
    make_hours(rita_active, "2.5", date=today - 3 * day)
    make_hours(rita_active, "7", confirmed=False)
    other = make_interest(opportunity_b, user=personas["charlie"], status="active")
    make_hours(other, "9")
    client.force_login(personas["rita"])
    response = client.get("/en/volunteering/my/certificate/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Rita Resident" in html
    assert 'id="certificate-total">6.5 hours</p>' in html
    assert "Food bank helper" in html and "Tamil elders befriender" not in html
    assert "volunteering/certificate.css" in html  # the print stylesheet


def test_certificate_without_hours_explains(client, personas):
    client.force_login(personas["rita"])
    html = client.get("/en/volunteering/my/certificate/").content.decode()
    assert "Your certificate will be ready when" in html


def test_download_my_data(client, personas, rita_active, make_hours, make_interest, opportunity_b):
    make_hours(rita_active, "3")
    make_interest(opportunity_b, user=personas["charlie"], name="Charlie Other")
    client.force_login(personas["rita"])
    response = client.get("/en/volunteering/my/data.json")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    assert "attachment" in response["Content-Disposition"]
    data = json.loads(response.content)
    assert data["account_email"] == "rita@example.org"
    [interest] = data["expressions_of_interest"]
    assert interest["name"] == "Rita Resident"
    assert interest["consent_wording_version"]
    assert interest["hours"][0]["hours"] == "3.00"
    assert "Charlie Other" not in response.content.decode()


def test_delete_my_data_needs_a_post_and_a_tick(
    client, personas, rita_active, make_hours, make_interest, opportunity_b
):
    make_hours(rita_active, "3")
    others = make_interest(opportunity_b, user=personas["charlie"], name="Charlie Other")
    VolunteerProfile.objects.create(user=personas["rita"], on_evenings=True)
    factories.employer_team(
        personas["rita"],
        business_name="Rita Ltd",
        contact_email="rita@example.org",
        staff_count=5,
    )
    client.force_login(personas["rita"])
    url = "/en/volunteering/my/delete/"
    assert "You cannot undo this." in client.get(url).content.decode()
    Interest.objects.get(pk=rita_active.pk)  # a GET deletes nothing
    response = client.post(url, {})
    assert "Tick the box to say you want to delete your data." in response.content.decode()
    assert Interest.objects.get(pk=rita_active.pk).name == "Rita Resident"

    response = client.post(url, {"confirm": "yes"})
    assert response.status_code == 302
    rita_active.refresh_from_db()
    assert rita_active.name == rita_active.email == ""
    assert rita_active.user is None and rita_active.anonymised_at is not None
    assert rita_active.hours.get().hours == 3  # the anonymous fact stays for the figures
    assert not VolunteerProfile.objects.filter(user=personas["rita"]).exists()
    assert not EmployerTeam.objects.exists()
    others.refresh_from_db()
    assert others.name == "Charlie Other"
    html = client.get(MINE).content.decode()
    assert "You have not said you are interested in any volunteering yet." in html


def test_preferences_lead_to_matching_opportunities(client, personas, make_term):
    food = make_term("food", "Food")
    client.force_login(personas["rita"])
    html = client.get("/en/volunteering/my/preferences/").content.decode()
    assert 'type="checkbox" value="' in html and "Food" in html
    response = client.post(
        "/en/volunteering/my/preferences/",
        {"causes": [food.pk], "on_evenings": "on", "from_home": "on"},
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/volunteering/?cause=food&when=evenings&from_home=on"
    profile = VolunteerProfile.objects.get(user=personas["rita"])
    assert list(profile.causes.all()) == [food] and profile.on_evenings
