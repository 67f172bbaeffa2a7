"""The partner's back office: post opportunities, move applicants along, confirm hours, export;
and the moderator's recorded reason before seeing anyone's details."""

import csv
import datetime
import io
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from volunteering.models import ApplicantDataAccess, HoursLog, Interest, Opportunity

pytestmark = pytest.mark.django_db


def change_url(interest):
    return reverse("admin:volunteering_interest_change", args=[interest.pk])


def interest_form(interest, hours=(), **fields):
    """POST data for the interest change form, with hour rows for the inline."""
    data = {
        "move_to": "",
        "training_done_on": "",
        "dbs_checked_on": "",
        "notes": "",
        "hours-TOTAL_FORMS": str(len(hours)),
        "hours-INITIAL_FORMS": str(sum(1 for h in hours if "id" in h)),
        "hours-MIN_NUM_FORMS": "0",
        "hours-MAX_NUM_FORMS": "1000",
        "host_feedback-TOTAL_FORMS": "0",
        "host_feedback-INITIAL_FORMS": "0",
        "host_feedback-MIN_NUM_FORMS": "0",
        "host_feedback-MAX_NUM_FORMS": "1",
    }
    for i, row in enumerate(hours):
        for key, value in row.items():
            data[f"hours-{i}-{key}"] = value
        data[f"hours-{i}-interest"] = interest.pk
    data.update(fields)
    return data


def test_partner_moves_an_applicant_through_the_pipeline(
    client, personas, make_interest, opportunity_a
):
    interest = make_interest(opportunity_a)
    client.force_login(personas["bob"])
    html = client.get(change_url(interest)).content.decode()
    # Only the possible next steps are offered.
    assert '<option value="contacted">Contacted</option>' in html
    assert '<option value="active">' not in html
    response = client.post(change_url(interest), interest_form(interest, move_to="contacted"))
    assert response.status_code == 302, response.content.decode()[:2000]
    interest.refresh_from_db()
    assert interest.status == "contacted"
    assert interest.first_contacted_at is not None and interest.first_contact_working_days == 0

    today = timezone.localdate().isoformat()
    client.post(
        change_url(interest),
        interest_form(
            interest, move_to="onboarding", training_done_on=today, notes="Induction on Tue"
        ),
    )
    interest.refresh_from_db()
    assert interest.status == "onboarding"
    assert interest.training_done_on.isoformat() == today
    assert interest.notes == "Induction on Tue"


def test_an_impossible_step_is_refused_with_a_message(
    client, personas, make_interest, opportunity_a
):
    interest = make_interest(opportunity_a)
    client.force_login(personas["bob"])
    response = client.post(change_url(interest), interest_form(interest, move_to="finished"))
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    interest.refresh_from_db()
    assert interest.status == "new"


def test_partner_records_and_confirms_hours(client, personas, make_interest, opportunity_a):
    interest = make_interest(opportunity_a, status="active")
    client.force_login(personas["bob"])
    yesterday = (timezone.localdate() - datetime.timedelta(days=1)).isoformat()
    response = client.post(
        change_url(interest),
        interest_form(
            interest,
            hours=[
                {"date": yesterday, "hours": "6", "description": "Warehouse", "confirmed": "on"}
            ],
        ),
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    entry = HoursLog.objects.get()
    assert entry.hours == 6 and entry.confirmed_by == personas["bob"] and entry.is_confirmed
    # Unticking takes the confirmation back.
    client.post(
        change_url(interest),
        interest_form(
            interest,
            hours=[{"id": entry.pk, "date": yesterday, "hours": "6", "description": "Warehouse"}],
        ),
    )
    entry.refresh_from_db()
    assert not entry.is_confirmed and entry.confirmed_by is None


def test_partner_cannot_record_more_than_24_hours(client, personas, make_interest, opportunity_a):
    interest = make_interest(opportunity_a, status="active")
    client.force_login(personas["bob"])
    response = client.post(
        change_url(interest),
        interest_form(interest, hours=[{"date": timezone.localdate(), "hours": "30"}]),
    )
    assert response.status_code == 200
    assert not HoursLog.objects.exists()


def test_bulk_actions_move_only_what_can_move(client, personas, make_interest, opportunity_a):
    waiting = [make_interest(opportunity_a) for _ in range(2)]
    finished = make_interest(opportunity_a, status="finished")
    client.force_login(personas["bob"])
    response = client.post(
        reverse("admin:volunteering_interest_changelist"),
        {"action": "mark_contacted", "_selected_action": [i.pk for i in [*waiting, finished]]},
        follow=True,
    )
    html = response.content.decode()
    assert "2 marked as contacted." in html
    assert "1 could not be moved from where they are now." in html
    assert set(Interest.objects.values_list("status", flat=True)) == {"contacted", "finished"}


def test_hours_confirmed_in_bulk(client, personas, make_interest, opportunity_a, make_hours):
    interest = make_interest(opportunity_a, status="active")
    entries = [make_hours(interest, "2", confirmed=False) for _ in range(3)]
    client.force_login(personas["bob"])
    response = client.post(
        reverse("admin:volunteering_hourslog_changelist"),
        {"action": "confirm", "_selected_action": [e.pk for e in entries[:2]]},
        follow=True,
    )
    assert "2 confirmed." in response.content.decode()
    assert HoursLog.objects.confirmed().count() == 2
    assert set(HoursLog.objects.confirmed().values_list("confirmed_by", flat=True)) == {
        personas["bob"].pk
    }


def read_csv(response):
    text = b"".join(response.streaming_content if response.streaming else [response.content])
    return list(csv.DictReader(io.StringIO(text.decode("utf-8-sig"))))


def test_export_has_only_own_volunteers(
    client, personas, make_interest, opportunity_a, opportunity_b, make_hours
):
    anna = make_interest(opportunity_a, status="active", name="Anna", email="anna@example.org")
    make_hours(anna, "6")
    make_hours(anna, "3", confirmed=False)
    make_interest(opportunity_a, name='=HYPERLINK("http://evil")', email="x@example.org")
    gone = make_interest(opportunity_a, status="finished", name="Gone")
    gone.anonymise()
    gone.save()
    make_interest(opportunity_b, name="Bilal")
    client.force_login(personas["vic"])
    response = client.get(reverse("admin:volunteering_interest_export"))
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    rows = read_csv(response)
    names = {r["name"] for r in rows}
    assert names == {"Anna", '\'=HYPERLINK("http://evil")'}  # formula neutralised
    anna_row = next(r for r in rows if r["name"] == "Anna")
    assert anna_row["confirmed_hours"] == "6.00"
    assert anna_row["email"] == "anna@example.org"
    only_active = read_csv(
        client.get(reverse("admin:volunteering_interest_export") + "?status=active")
    )
    assert [r["name"] for r in only_active] == ["Anna"]


def test_export_action_on_selected_rows(client, personas, make_interest, opportunity_a):
    chosen = make_interest(opportunity_a, name="Chosen")
    make_interest(opportunity_a, name="Not chosen")
    client.force_login(personas["bob"])
    response = client.post(
        reverse("admin:volunteering_interest_changelist"),
        {"action": "export_selected", "_selected_action": [chosen.pk]},
    )
    assert [r["name"] for r in read_csv(response)] == ["Chosen"]


def test_moderator_gives_a_reason_which_is_logged_and_expires(
    client, personas, make_interest, opportunity_a
):
    interest = make_interest(opportunity_a, name="Private Person")
    client.force_login(personas["mo"])
    reason_url = reverse("admin:volunteering_interest_reason", args=[interest.pk])
    response = client.get(change_url(interest))
    assert response["Location"] == reason_url
    page = client.get(reason_url).content.decode()
    assert "Private Person" not in page
    response = client.post(reason_url, {"reason": "short"})
    assert "at least 10 characters" in response.content.decode()
    assert not ApplicantDataAccess.objects.exists()
    response = client.post(reason_url, {"reason": "Complaint: never contacted (ref 42)"})
    assert response["Location"] == change_url(interest)
    log = ApplicantDataAccess.objects.get()
    assert (log.user, log.interest, log.organisation) == (
        personas["mo"],
        interest,
        opportunity_a.organisation,
    )
    assert "Private Person" in client.get(change_url(interest)).content.decode()
    # An hour later the reason no longer covers it.
    later = timezone.now() + datetime.timedelta(hours=1, minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        assert client.get(change_url(interest))["Location"] == reason_url


def test_moderator_who_is_also_a_member_needs_no_reason(
    client, personas, make_interest, opportunity_a
):
    from directory.models import OrganisationMembership

    OrganisationMembership.objects.create(
        user=personas["mo"], organisation=opportunity_a.organisation, role="viewer"
    )
    interest = make_interest(opportunity_a, name="Known Person")
    client.force_login(personas["mo"])
    assert "Known Person" in client.get(change_url(interest)).content.decode()
    assert not ApplicantDataAccess.objects.exists()


def opportunity_data(organisation, **fields):
    data = {
        "organisation": organisation.pk,
        "title_en": "Tea and chat host",
        "slug": "tea-and-chat-host",
        "description_en": "Make tea and chat.",
        "time_commitment": "regular",
        "minimum_age": "16",
        "from_home": "on",
        "on_weekdays": "on",
    }
    data.update(fields)
    return data


def test_partner_posts_an_opportunity_for_review(client, personas, org_a, org_b):
    client.force_login(personas["bob"])
    url = reverse("admin:volunteering_opportunity_add")
    response = client.post(url, opportunity_data(org_a, status="published"))
    assert response.status_code == 302, response.content.decode()[:3000]
    opportunity = Opportunity.objects.get()
    assert opportunity.status == "draft"  # partners cannot publish
    assert opportunity.organisation == org_a
    # Not public until a moderator publishes it.
    assert client.get(f"/en/volunteering/{opportunity.slug}/").status_code == 404
    client.post(
        reverse("admin:volunteering_opportunity_changelist"),
        {"action": "submit_for_review", "_selected_action": [opportunity.pk]},
    )
    client.post(
        reverse("admin:volunteering_opportunity_changelist"),
        {"action": "publish", "_selected_action": [opportunity.pk]},
    )
    opportunity.refresh_from_db()
    assert opportunity.status == "submitted"
    client.force_login(personas["mo"])
    client.post(
        reverse("admin:volunteering_opportunity_changelist"),
        {"action": "publish", "_selected_action": [opportunity.pk]},
    )
    opportunity.refresh_from_db()
    assert opportunity.status == "published"
    assert client.get(f"/en/volunteering/{opportunity.slug}/").status_code == 200


def test_partner_cannot_post_for_another_organisation(client, personas, org_b):
    client.force_login(personas["bob"])
    response = client.post(reverse("admin:volunteering_opportunity_add"), opportunity_data(org_b))
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Opportunity.objects.exists()


def test_opportunity_form_explains_database_rules(client, personas, org_a):
    client.force_login(personas["bob"])
    data = opportunity_data(org_a, slug="my")
    del data["from_home"]
    response = client.post(reverse("admin:volunteering_opportunity_add"), data)
    html = response.content.decode()
    assert "This web address is used by another page." in html
    assert "Choose where it happens, or tick “from home”." in html
    assert not Opportunity.objects.exists()


def test_opportunity_admin_shows_the_beneficiary_link(client, personas, opportunity_a):
    client.force_login(personas["bob"])
    html = client.get(
        reverse("admin:volunteering_opportunity_change", args=[opportunity_a.pk])
    ).content.decode()
    assert "/en/volunteering/beneficiaries/" in html or "/volunteering/beneficiaries/" in html


def test_host_organisation_records_its_feedback(client, personas, make_interest, opportunity_a):
    interest = make_interest(opportunity_a, status="finished")
    client.force_login(personas["bob"])
    data = interest_form(interest)
    data.update(
        {
            "host_feedback-TOTAL_FORMS": "1",
            "host_feedback-0-interest": interest.pk,
            "host_feedback-0-needs_met": "partly",
            "host_feedback-0-rating": "7",
            "host_feedback-0-comments": "Reliable, needs more training",
        }
    )
    response = client.post(change_url(interest), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    interest.refresh_from_db()
    assert (interest.host_feedback.needs_met, interest.host_feedback.rating) == ("partly", 7)


def test_waiting_filter_shows_who_needs_contact(client, personas, make_interest, opportunity_a):
    reminded = make_interest(opportunity_a, name="Reminded Person")
    reminded.reminder_sent_at = timezone.now()
    reminded.save()
    make_interest(opportunity_a, name="Fresh Person")
    make_interest(opportunity_a, status="contacted", name="Contacted Person")
    client.force_login(personas["bob"])
    url = reverse("admin:volunteering_interest_changelist")
    html = client.get(url + "?waiting=reminded").content.decode()
    assert "Reminded Person" in html and "Fresh Person" not in html
    html = client.get(url + "?waiting=all").content.decode()
    assert "Fresh Person" in html and "Contacted Person" not in html
