"""Resident pages: finding opportunities, an opportunity, and saying "I'm interested"."""

import datetime
import re
from contextlib import contextmanager
from unittest import mock

import pytest
from django.core import mail
from django.utils import timezone, translation
from django.utils.html import escape

from directory.models import Ward
from volunteering.models import CONSENT_VERSION, Interest

from .conftest import london

pytestmark = pytest.mark.django_db

LIST = "/en/volunteering/"


def titles(response):
    """Opportunity titles on a list page, in order (not the organisations suggested)."""
    html = response.content.decode()
    found = []
    for chunk in html.split('class="govuk-heading-s nc-result__title">')[1:]:
        if chunk.startswith('<a class="govuk-link" href="/en/volunteering/'):
            found.append(chunk.split(">", 1)[1].split("<", 1)[0].strip())
    return found


@contextmanager
def freeze_now(moment):
    """Pretend it is `moment` for the code under test (timezone.now is read at call time)."""
    with mock.patch("django.utils.timezone.now", return_value=moment):
        yield


def test_list_shows_only_published_open_opportunities(client, make_opportunity, org_a):
    make_opportunity(org_a, title="Published one")
    for status in ("draft", "submitted", "changes_requested", "archived"):
        make_opportunity(org_a, title=f"Status {status}", status=status)
    make_opportunity(
        org_a, title="Closed one", closing_date=timezone.localdate() - datetime.timedelta(days=1)
    )
    response = client.get(LIST)
    assert response.status_code == 200
    assert titles(response) == ["Published one"]
    assert "1 opportunity" in response.content.decode()


@pytest.fixture
def catalogue(make_opportunity, make_location, make_term, make_skill, make_language, org_a, org_b):
    """Five opportunities that differ in one filterable way each."""
    food = make_term("food", "Food")
    food_banks = make_term("food-banks", "Food banks", parent=food)
    make_term("housing", "Housing")
    driving = make_skill("driving", "Driving")
    polish = make_language("pl", "Polish")
    beckton = Ward.objects.create(name="Beckton", slug="beckton")
    far = make_location(ward=beckton)
    made = {
        "pantry": make_opportunity(
            org_a,
            title="Pantry helper",
            on_weekdays=True,
            minimum_age=16,
            time_commitment="regular",
        ),
        "driver": make_opportunity(
            org_a,
            title="Van driver",
            on_weekends=True,
            dbs_check_needed=True,
            time_commitment="one_off",
            location=far,
        ),
        "phone": make_opportunity(
            org_b,
            title="Phone friend",
            from_home=True,
            location=None,
            on_evenings=True,
            is_mutual_aid=True,
            time_commitment="flexible",
        ),
        "garden": make_opportunity(
            org_b,
            title="Garden team day",
            suitable_for_groups=True,
            suitable_for_employer_teams=True,
            on_weekdays=True,
            on_weekends=True,
        ),
        "tutor": make_opportunity(org_b, title="Polish tutor", on_evenings=True),
    }
    made["pantry"].causes.add(food_banks)
    made["driver"].skills.add(driving)
    made["tutor"].languages_welcome.add(polish)
    return made


@pytest.mark.parametrize(
    "query,expected",
    [
        ("cause=food", {"Pantry helper"}),  # a parent category finds its children
        ("cause=housing", set()),
        ("skill=driving", {"Van driver"}),
        ("commitment=one_off&commitment=flexible", {"Van driver", "Phone friend"}),
        ("when=evenings", {"Phone friend", "Polish tutor"}),
        ("when=weekdays&when=weekends", {"Pantry helper", "Van driver", "Garden team day"}),
        ("ward=beckton", {"Van driver"}),
        ("from_home=on", {"Phone friend"}),
        ("ward=beckton&from_home=on", {"Van driver", "Phone friend"}),
        ("under_18=on", {"Pantry helper"}),
        ("no_dbs=on", {"Pantry helper", "Phone friend", "Garden team day", "Polish tutor"}),
        ("groups=on", {"Garden team day"}),
        ("mutual_aid=on", {"Phone friend"}),
        ("language=pl", {"Polish tutor"}),
        ("q=garden", {"Garden team day"}),
        ("q=GARDEN+team", {"Garden team day"}),
        ("q=Tamil", {"Phone friend", "Garden team day", "Polish tutor"}),  # organisation name
        ("when=weekdays&under_18=on&cause=food", {"Pantry helper"}),
    ],
)
def test_filters(client, catalogue, query, expected):
    response = client.get(f"{LIST}?{query}")
    assert response.status_code == 200
    assert set(titles(response)) == expected


@pytest.mark.parametrize(
    "query,problem",
    [
        ("ward=atlantis", "Area (ward)"),
        ("cause=nonsense", "Cause"),
        ("commitment=forever", "Time you can give"),
        ("when=midnight", "When you are free"),
        ("language=xx", "Language you speak"),
    ],
)
def test_unknown_filter_values_explain_and_still_list(client, catalogue, query, problem):
    response = client.get(f"{LIST}?{query}")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Some filters could not be used" in html
    assert f"We did not understand “{problem}”" in html
    assert len(titles(response)) == 5  # the bad filter is ignored, nothing else is lost


# A NUL is refused whole with a 400 page (tests/newham_connect/test_control_characters.py).
@pytest.mark.parametrize("page", ["abc", "-1", "0", "99", "1.5"])
def test_bad_page_numbers_show_a_page(client, make_opportunity, org_a, page):
    for i in range(25):
        make_opportunity(org_a, title=f"Role {i:02d}")
    response = client.get(f"{LIST}?page={page}")
    assert response.status_code == 200
    assert len(titles(response)) in (20, 5)


def test_pagination_keeps_filters(client, make_opportunity, org_a):
    for i in range(23):
        make_opportunity(org_a, title=f"Role {i:02d}", on_evenings=True)
    first = client.get(f"{LIST}?when=evenings")
    html = first.content.decode()
    assert "23 opportunities" in html
    assert 'href="?when=evenings&amp;page=2"' in html
    second = client.get(f"{LIST}?when=evenings&page=2")
    assert len(titles(second)) == 3


def test_list_query_count_does_not_grow(
    client, make_opportunity, make_interest, org_a, make_org, django_assert_max_num_queries
):
    def add(n):
        for i in range(n):
            org = make_org()
            opportunity = make_opportunity(org, title=f"Role {i}")
            for _ in range(3):  # enough contacts for a typical response time
                make_interest(opportunity, status="contacted")

    add(3)
    # The search's vocabulary (synonyms, category names) is read once a process: not per page.
    client.get(f"{LIST}?q=warm")
    with django_assert_max_num_queries(9):
        small = client.get(f"{LIST}?when=weekdays&groups=on&q=role&cause=x")
    with django_assert_max_num_queries(9):
        small_plain = client.get(LIST)
    add(37)
    with django_assert_max_num_queries(9):
        large = client.get(LIST)
    assert small.status_code == small_plain.status_code == large.status_code == 200
    assert len(titles(small_plain)) == 3 and len(titles(large)) == 20
    assert "Usually replies within 1 working day" in large.content.decode()


def test_no_results_is_never_a_dead_end(client, make_org):
    make_org(name="Neighbourly Mutual Aid", slug="neighbourly", kind="mutual_aid")
    html = client.get(f"{LIST}?q=zzzz").content.decode()
    assert "No opportunities match" in html
    assert 'href="/en/volunteering/">Clear the filters' in html
    assert "Neighbourly Mutual Aid" in html  # someone to ask instead


def test_detail_page(client, catalogue, make_skill):
    garden = catalogue["garden"]
    response = client.get(f"/en/volunteering/{garden.slug}/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<h1 class="govuk-heading-xl">Garden team day</h1>' in html
    assert f'href="/en/volunteering/{garden.slug}/interest/"' in html
    assert "I&#x27;m interested" in html or "I'm interested" in html
    assert "Groups and employer teams are welcome." in html
    # No contacts yet: the promise, not a typical time.
    assert "should contact you within 3 working days" in html


def test_detail_shows_the_typical_response_time(client, opportunity_a, make_interest):
    sent = london(2026, 11, 16, 10)  # a Monday
    # Contacted after 0, 1 and 3 working days: the median is 1, so "within 2 working days".
    for contacted in (london(2026, 11, 16, 11), london(2026, 11, 17, 12), london(2026, 11, 19, 12)):
        interest = make_interest(opportunity_a, created=sent)
        interest.move_to("contacted", now=contacted)
        interest.save()
    assert sorted(Interest.objects.values_list("first_contact_working_days", flat=True)) == [
        0,
        1,
        3,
    ]
    with freeze_now(london(2026, 11, 23, 9)):
        html = client.get(f"/en/volunteering/{opportunity_a.slug}/").content.decode()
    assert "usually contacts people within 2 working days" in html
    # Two contacts are too few to promise anything: the page falls back to the rule.
    Interest.objects.first().delete()
    with freeze_now(london(2026, 11, 23, 9)):
        html = client.get(f"/en/volunteering/{opportunity_a.slug}/").content.decode()
    assert "should contact you within 3 working days" in html


@pytest.mark.parametrize("status", ["draft", "submitted", "archived"])
def test_unpublished_opportunities_are_not_found(client, make_opportunity, org_a, status):
    opportunity = make_opportunity(org_a, status=status)
    assert client.get(f"/en/volunteering/{opportunity.slug}/").status_code == 404
    assert client.get(f"/en/volunteering/{opportunity.slug}/interest/").status_code == 404
    response = client.post(
        f"/en/volunteering/{opportunity.slug}/interest/",
        {"name": "X", "email": "x@example.org", "consent": "on"},
    )
    assert response.status_code == 404
    assert not Interest.objects.exists()


def test_closed_opportunity_takes_no_interest(client, make_opportunity, org_a):
    closed = make_opportunity(org_a, closing_date=timezone.localdate() - datetime.timedelta(days=1))
    html = client.get(f"/en/volunteering/{closed.slug}/").content.decode()
    assert "no longer taking new volunteers" in html
    assert "/interest/" not in html
    response = client.post(
        f"/en/volunteering/{closed.slug}/interest/",
        {"name": "X", "email": "x@example.org", "consent": "on"},
    )
    assert response.status_code == 200
    assert not Interest.objects.exists()


def test_translated_opportunity_and_english_fallback(client, opportunity_a):
    opportunity_a.title_ur = "فوڈ بینک میں مددگار"
    opportunity_a.save()
    html = client.get(f"/ur/volunteering/{opportunity_a.slug}/").content.decode()
    assert 'dir="rtl"' in html
    assert "فوڈ بینک میں مددگار" in html
    # The description has no Urdu yet: English, marked as such, with the note.
    assert re.search(r'<div class="[^"]*" lang="en" dir="ltr"><p>Help out.</p></div>', html)
    pl = client.get(f"/pl/volunteering/{opportunity_a.slug}/").content.decode()
    assert '<span lang="en" dir="ltr">Food bank helper</span>' in pl


# --- "I'm interested" ---


def interest_url(opportunity, language="en"):
    return f"/{language}/volunteering/{opportunity.slug}/interest/"


def test_form_says_who_sees_the_data_and_for_how_long(client, opportunity_a, settings):
    settings.VOLUNTEERING_RETENTION_MONTHS = 18
    html = client.get(interest_url(opportunity_a)).content.decode()
    assert "Beckton Community Food Bank can see my name" in html
    assert "deleted 18 months after I finish" in html


@pytest.mark.parametrize(
    "data,field,message",
    [
        ({"email": "a@example.org", "consent": "on"}, "name", "Enter your name."),
        (
            {"name": "Sam", "consent": "on"},
            "email",
            "Enter an email address or a phone number.",
        ),
        (
            {"name": "Sam", "email": "not-an-email", "consent": "on"},
            "email",
            "Enter an email address like name@example.com.",
        ),
        (
            {"name": "Sam", "phone": "call me maybe", "consent": "on"},
            "phone",
            "Enter a phone number, like 07700 900 982 or +44 20 8430 2000.",
        ),
        ({"name": "Sam", "email": "a@example.org"}, "consent", "Tick the box to say you agree."),
    ],
)
def test_form_errors_keep_what_was_typed(client, opportunity_a, data, field, message):
    data = {"message": "I can do Tuesdays — and I speak Polish", **data}
    response = client.post(interest_url(opportunity_a, "ur"), data)
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="ur" dir="rtl"' in html
    assert "govuk-error-summary" in html
    assert f'href="#id_{field}"' in html
    with translation.override("ur"):
        assert escape(translation.gettext(message)) in html
    assert "I can do Tuesdays — and I speak Polish</textarea>" in html
    for value in data.values():
        if value != "on":
            assert value in html
    assert not Interest.objects.exists()


def test_anonymous_interest_is_saved_with_consent_and_emails(
    client, opportunity_a, org_a, personas, django_capture_on_commit_callbacks
):
    org_a.email = "team@beckton.example.org"
    org_a.save()
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            interest_url(opportunity_a, "pl"),
            {
                "name": "Ola Kowalska",
                "email": "ola@example.org",
                "phone": "07700 900982",
                "message": "Mówię po polsku",
                "consent": "on",
            },
        )
    assert response.status_code == 302
    assert response["Location"] == f"/pl/volunteering/{opportunity_a.slug}/interest/sent/"
    interest = Interest.objects.get()
    assert (interest.name, interest.email, interest.phone) == (
        "Ola Kowalska",
        "ola@example.org",
        "07700 900982",
    )
    assert interest.user is None
    assert interest.language == "pl"
    assert interest.status == "new"
    assert interest.consent_version == CONSENT_VERSION
    assert timezone.now() - interest.consent_given_at < datetime.timedelta(minutes=1)
    # The organisation is told (without the person's details); the person gets a copy.
    to_org = [m for m in mail.outbox if "team@beckton.example.org" in m.to]
    assert len(to_org) == 1
    assert "Ola" not in to_org[0].body and "ola@example.org" not in to_org[0].body
    assert f"/admin/volunteering/interest/{interest.pk}/change/" in to_org[0].body
    assert {"alice@example.org", "bob@example.org"} <= set(to_org[0].to)
    assert "vic@example.org" not in to_org[0].to  # read-only members are not asked to act
    to_person = [m for m in mail.outbox if m.to == ["ola@example.org"]]
    assert len(to_person) == 1
    assert interest.reference in to_person[0].body
    assert f"/pl/volunteering/{opportunity_a.slug}/" in to_person[0].body

    sent = client.get(response["Location"]).content.decode()
    with translation.override("pl"):
        assert translation.gettext("We have sent your interest") in sent
    assert "Ola" not in sent  # the confirmation page shows nobody's details


def test_signed_in_interest_is_prefilled_linked_and_not_duplicated(
    client, opportunity_a, make_user
):
    user = make_user("rosa@example.org", first_name="Rosa", last_name="Diaz")
    client.force_login(user)
    html = client.get(interest_url(opportunity_a)).content.decode()
    assert 'value="Rosa Diaz"' in html and 'value="rosa@example.org"' in html
    response = client.post(
        interest_url(opportunity_a),
        {"name": "Rosa Diaz", "email": "rosa@example.org", "consent": "on"},
    )
    assert response.status_code == 302
    assert Interest.objects.get().user == user
    again = client.get(interest_url(opportunity_a))
    assert again.status_code == 302 and again["Location"] == "/en/volunteering/my/"
    client.post(
        interest_url(opportunity_a),
        {"name": "Rosa Diaz", "email": "rosa@example.org", "consent": "on"},
    )
    assert Interest.objects.count() == 1
    detail = client.get(f"/en/volunteering/{opportunity_a.slug}/").content.decode()
    assert "You said you are interested on" in detail


def test_forms_work_without_javascript_and_csrf_is_checked(opportunity_a):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    response = strict.post(
        interest_url(opportunity_a), {"name": "X", "email": "x@example.org", "consent": "on"}
    )
    assert response.status_code == 403
    html = strict.get(interest_url(opportunity_a)).content.decode()
    assert 'method="post"' in html and "csrfmiddlewaretoken" in html


def test_search_finds_opportunities(client, opportunity_a, make_opportunity, org_a):
    make_opportunity(org_a, title="Draft secret role", status="draft")
    html = client.get("/en/search/?q=food+bank+helpr").content.decode()
    assert "Food bank helper" in html
    assert f'href="/en/volunteering/{opportunity_a.slug}/"' in html
    assert "Draft secret role" not in client.get("/en/search/?q=secret").content.decode()


def test_a_mail_failure_does_not_lose_the_interest(
    client, opportunity_a, monkeypatch, caplog, django_capture_on_commit_callbacks
):

    def broken(*args, **kwargs):
        raise ConnectionError("mail server down")

    monkeypatch.setattr("newham_connect.mail.send_mail", broken)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            interest_url(opportunity_a),
            {"name": "Sam", "email": "sam@example.org", "consent": "on"},
        )
    assert response.status_code == 302
    assert Interest.objects.get().name == "Sam"
    assert "Could not send notify_new_interest" in caplog.text


def test_emails_are_plain_text_so_titles_arrive_as_typed(
    client, make_opportunity, org_a, django_capture_on_commit_callbacks
):
    """Emails are text, not HTML: a title with & < > " ' was sent as &amp; &lt; … in the
    subject lines whose templates lacked {% autoescape off %}."""
    title = "Tea & \"cake\" <club> for O'Brien's"
    org_a.email = "team@beckton.example.org"
    org_a.save()
    opportunity = make_opportunity(org_a, title=title, slug="tea-and-cake")
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            interest_url(opportunity),
            {"name": "Ola & <Sam>", "email": "ola@example.org", "consent": "on"},
        )
    assert response.status_code == 302
    assert len(mail.outbox) == 2
    for message in mail.outbox:
        assert title in message.subject
        assert title in message.body
        assert "&amp;" not in message.subject + message.body
        assert "&lt;" not in message.subject + message.body
    to_person = [m for m in mail.outbox if m.to == ["ola@example.org"]]
    assert "Ola & <Sam>" in to_person[0].body
