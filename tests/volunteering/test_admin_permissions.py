"""Back-office permissions as a matrix: every volunteering admin URL × every persona.

Alice admins org A, Bob edits org A, Vic reads org A, Charlie edits org B, Mo moderates,
Rita is a resident. Another organisation's record, or a guessed id, is "not found" (the
admin's redirect or a 404), never merely forbidden, so nothing leaks.
"""

import pytest
from django.urls import reverse
from django.utils import timezone

from newham_connect.admin import PartnerScopedAdminMixin
from tests import factories
from volunteering.models import HoursLog, TeamBooking

pytestmark = pytest.mark.django_db


@pytest.fixture
def world(personas, opportunity_a, opportunity_b, make_interest, make_hours):
    """One of everything for org A and org B."""
    a = make_interest(opportunity_a, status="active", name="Anna Applicant")
    b = make_interest(opportunity_b, status="active", name="Bilal Applicant")
    team = factories.employer_team(
        personas["rita"],
        business_name="Acme",
        contact_email="ann@acme.example.org",
        staff_count=8,
    )
    day = timezone.localdate()
    return {
        "opp_a": opportunity_a,
        "opp_b": opportunity_b,
        "a": a,
        "b": b,
        "hours_a": make_hours(a, "2"),
        "hours_b": make_hours(b, "2"),
        "booking_a": TeamBooking.objects.create(
            team=team, opportunity=opportunity_a, date=day, team_size=4
        ),
        "booking_b": TeamBooking.objects.create(
            team=team, opportunity=opportunity_b, date=day, team_size=4
        ),
    }


def change(model, obj_or_pk):
    pk = getattr(obj_or_pk, "pk", obj_or_pk)
    return reverse(f"admin:volunteering_{model}_change", args=[pk])


def test_changelists_show_only_own_applicants(client, personas, world):
    client.force_login(personas["bob"])
    html = client.get(reverse("admin:volunteering_interest_changelist")).content.decode()
    assert "Anna Applicant" in html and "Bilal Applicant" not in html
    html = client.get(reverse("admin:volunteering_hourslog_changelist")).content.decode()
    assert "Anna Applicant" in html and "Bilal Applicant" not in html
    # A guessed filter value for another organisation's opportunity shows nothing of theirs.
    url = reverse("admin:volunteering_interest_changelist") + f"?opportunity={world['opp_b'].pk}"
    assert "Bilal" not in client.get(url).content.decode()


def test_moderator_list_hides_names_and_search_cannot_find_them(client, personas, world):
    client.force_login(personas["mo"])
    url = reverse("admin:volunteering_interest_changelist")
    html = client.get(url).content.decode()
    assert "Anna Applicant" not in html and "Bilal Applicant" not in html
    assert "Hidden: open it and give a reason" in html
    assert world["a"].reference in html
    assert "0 expressions of interest" in client.get(url + "?q=Anna").content.decode()


def test_partners_cannot_act_on_another_organisations_applicants(client, personas, world):
    client.force_login(personas["charlie"])
    url = reverse("admin:volunteering_interest_changelist")
    client.post(url, {"action": "mark_finished", "_selected_action": [world["a"].pk]})
    world["a"].refresh_from_db()
    assert world["a"].status == "active"
    response = client.post(change("interest", world["a"]), {"move_to": "finished"})
    assert response.status_code == 404  # another organisation's record is not found
    world["a"].refresh_from_db()
    assert world["a"].status == "active"
    hours_url = reverse("admin:volunteering_hourslog_changelist")
    unconfirmed = HoursLog.objects.create(interest=world["a"], date=timezone.localdate(), hours=1)
    client.post(hours_url, {"action": "confirm", "_selected_action": [unconfirmed.pk]})
    unconfirmed.refresh_from_db()
    assert not unconfirmed.is_confirmed


def test_viewer_can_look_but_not_change(client, personas, world):
    client.force_login(personas["vic"])
    html = client.get(change("interest", world["a"])).content.decode()
    assert "Anna Applicant" in html
    assert 'name="move_to"' not in html
    response = client.post(change("interest", world["a"]), {"move_to": "finished"})
    assert response.status_code == 403
    url = reverse("admin:volunteering_interest_changelist")
    client.post(url, {"action": "mark_finished", "_selected_action": [world["a"].pk]})
    world["a"].refresh_from_db()
    assert world["a"].status == "active"


def test_deep_organisation_path_reads_the_id_without_loading_the_organisation(
    world, django_assert_num_queries
):
    class Scoped(PartnerScopedAdminMixin):
        organisation_path = "interest__opportunity__organisation"

    entry = HoursLog.objects.select_related("interest__opportunity").get(pk=world["hours_a"].pk)
    with django_assert_num_queries(0):
        assert Scoped()._organisation_id(entry) == world["opp_a"].organisation_id


def test_a_partners_edit_of_a_published_opportunity_waits_for_a_moderator(
    client, personas, opportunity_a
):
    from directory.models import PendingChange
    from tests.admin_forms import edit, review_url

    edit(client, personas["bob"], opportunity_a, title_en="Food bank driver")
    page = f"/en/volunteering/{opportunity_a.slug}/"
    assert "Food bank helper" in client.get(page).content.decode()
    change = PendingChange.objects.get()
    client.force_login(personas["mo"])
    review = client.get(review_url(change)).content.decode()
    assert "Food bank helper" in review and "Food bank driver" in review
    assert client.post(review_url(change), {"_publish": "1"}).status_code == 302
    opportunity_a.refresh_from_db()
    assert opportunity_a.title == "Food bank driver"
    assert "Food bank driver" in client.get(page).content.decode()


@pytest.mark.parametrize(
    "status,subject",
    [("confirmed", "confirmed your team's"), ("declined", "cannot have your team")],
)
def test_the_team_hears_when_the_organisation_decides(
    client, personas, world, status, subject, django_capture_on_commit_callbacks
):
    from django.core import mail

    booking = world["booking_a"]
    url = change("teambooking", booking)
    client.force_login(personas["bob"])
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(url, {"status": status})
    assert response.status_code == 302
    booking.refresh_from_db()
    assert booking.status == status
    (message,) = mail.outbox
    assert message.to == ["ann@acme.example.org"]
    assert subject in message.subject
    assert f"/en/volunteering/teams/{booking.team_id}/" in message.body
    # Saving again without a new decision sends nothing more.
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, {"status": status})
    assert len(mail.outbox) == 1
