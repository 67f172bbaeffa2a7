"""Back-office permissions as a matrix: every admin URL × every persona.

Alice admins org A, Bob edits org A, Vic reads org A, Charlie edits org B, Mo moderates,
Rita is a resident. Another organisation's record is invisible (the admin's "does not exist"
redirect or a 404), never merely forbidden, so nothing leaks.
"""

import pytest
from django.urls import reverse

from directory.models import OrganisationMembership, PendingChange

pytestmark = pytest.mark.django_db


def test_changelist_shows_only_own_organisations(client, personas, org_a, org_b):
    client.force_login(personas["bob"])
    html = client.get(reverse("admin:directory_organisation_changelist")).content.decode()
    assert org_a.name in html
    assert org_b.name not in html
    client.force_login(personas["mo"])
    html = client.get(reverse("admin:directory_organisation_changelist")).content.decode()
    assert org_a.name in html and org_b.name in html


def _change_data(org, **overrides):
    data = {
        "name_en": org.name,
        "slug": org.slug,
        "kind": org.kind,
        "description_en": "Updated description",
        "memberships-TOTAL_FORMS": "0",
        "memberships-INITIAL_FORMS": "0",
        "memberships-MIN_NUM_FORMS": "0",
        "memberships-MAX_NUM_FORMS": "1000",
    }
    data.update(overrides)
    return data


def test_editor_can_save_own_organisation_but_not_its_status(client, personas, make_org):
    org = make_org(status="draft")
    OrganisationMembership.objects.create(user=personas["bob"], organisation=org, role="editor")
    client.force_login(personas["bob"])
    url = reverse("admin:directory_organisation_change", args=[org.pk])
    response = client.post(url, _change_data(org, status="archived"))
    assert response.status_code == 302, response.content.decode()[:3000]
    org.refresh_from_db()
    assert org.description == "Updated description"
    assert org.status == "draft"  # read-only for partners
    assert org.history.count() >= 1


def test_an_editors_change_to_a_published_organisation_waits_for_review(client, personas, org_a):
    client.force_login(personas["bob"])
    url = reverse("admin:directory_organisation_change", args=[org_a.pk])
    response = client.post(url, _change_data(org_a, status="archived"))
    assert response.status_code == 302, response.content.decode()[:3000]
    org_a.refresh_from_db()
    assert (org_a.description, org_a.status) == ("", "published")
    change = PendingChange.objects.get()
    assert change.data["description_en"] == ["Updated description"]


def test_viewer_cannot_save(client, personas, org_a):
    client.force_login(personas["vic"])
    url = reverse("admin:directory_organisation_change", args=[org_a.pk])
    response = client.post(url, _change_data(org_a))
    assert response.status_code == 403
    org_a.refresh_from_db()
    assert org_a.description == ""


def test_editor_cannot_save_another_organisation(client, personas, org_b):
    client.force_login(personas["bob"])
    url = reverse("admin:directory_organisation_change", args=[org_b.pk])
    response = client.post(url, _change_data(org_b))
    assert response.status_code == 404  # another organisation's record is not found
    org_b.refresh_from_db()
    assert org_b.description == ""


def test_only_organisation_admins_manage_members(client, personas, org_a, make_user):
    newcomer = make_user("newcomer@example.org")
    url = reverse("admin:directory_organisation_change", args=[org_a.pk])
    members = list(org_a.memberships.order_by("pk"))
    data = _change_data(org_a)
    data.update(
        {
            "memberships-TOTAL_FORMS": str(len(members) + 1),
            "memberships-INITIAL_FORMS": str(len(members)),
        }
    )
    for i, m in enumerate(members):
        data.update(
            {
                f"memberships-{i}-id": m.pk,
                f"memberships-{i}-organisation": org_a.pk,
                f"memberships-{i}-email": m.user.email,
                f"memberships-{i}-role": m.role,
            }
        )
    n = len(members)
    data.update(
        {
            f"memberships-{n}-organisation": org_a.pk,
            f"memberships-{n}-email": "NEWCOMER@example.org",
            f"memberships-{n}-role": "editor",
        }
    )
    # Bob (editor) cannot add a member: the inline is read-only for him.
    client.force_login(personas["bob"])
    client.post(url, data)
    assert not OrganisationMembership.objects.filter(user=newcomer).exists()
    # Alice (admin of org A) can.
    client.force_login(personas["alice"])
    response = client.post(url, data)
    assert response.status_code == 302
    assert OrganisationMembership.objects.filter(user=newcomer, organisation=org_a).exists()
    newcomer.refresh_from_db()
    assert newcomer.is_staff  # back-office access follows the role


def test_membership_grants_and_removes_back_office_access(make_user, org_a):
    user = make_user()
    assert not user.is_staff
    membership = OrganisationMembership.objects.create(user=user, organisation=org_a)
    user.refresh_from_db()
    assert user.is_staff
    membership.delete()
    user.refresh_from_db()
    assert not user.is_staff


def test_moderator_publishes_with_the_admin_action(client, personas, make_org):
    submitted = make_org(name="Waiting", slug="waiting", status="submitted")
    draft = make_org(name="Drafty", slug="drafty", status="draft")
    client.force_login(personas["mo"])
    response = client.post(
        reverse("admin:directory_organisation_changelist"),
        {"action": "publish", "_selected_action": [submitted.pk, draft.pk]},
        follow=True,
    )
    submitted.refresh_from_db()
    draft.refresh_from_db()
    assert submitted.status == "published"
    assert draft.status == "draft"  # a draft cannot skip review
    html = response.content.decode()
    assert "1 published." in html
    assert "1 could not be changed" in html


def test_partner_has_no_moderation_actions(client, personas, make_org):
    submitted = make_org(name="Mine", slug="mine", status="submitted")
    OrganisationMembership.objects.create(user=personas["bob"], organisation=submitted)
    client.force_login(personas["bob"])
    html = client.get(reverse("admin:directory_organisation_changelist")).content.decode()
    assert 'value="publish"' not in html
    client.post(
        reverse("admin:directory_organisation_changelist"),
        {"action": "publish", "_selected_action": [submitted.pk]},
    )
    submitted.refresh_from_db()
    assert submitted.status == "submitted"


def test_adding_a_member_with_an_unknown_email_explains_why(client, personas, org_a):
    client.force_login(personas["alice"])
    url = reverse("admin:directory_organisation_change", args=[org_a.pk])
    data = _change_data(org_a)
    data.update(
        {
            "memberships-TOTAL_FORMS": "1",
            "memberships-0-organisation": org_a.pk,
            "memberships-0-email": "stranger@example.org",
            "memberships-0-role": "editor",
        }
    )
    members_before = org_a.memberships.count()
    response = client.post(url, data)
    assert response.status_code == 200
    assert "There is no account with this email address." in response.content.decode()
    assert org_a.memberships.count() == members_before


@pytest.mark.parametrize("persona,expected", [("bob", "submitted"), ("vic", "draft")])
def test_partner_editor_submits_own_draft_for_review(client, personas, org_a, persona, expected):
    org_a.status = "draft"
    org_a.save()
    client.force_login(personas[persona])
    client.post(
        reverse("admin:directory_organisation_changelist"),
        {"action": "submit_for_review", "_selected_action": [org_a.pk]},
    )
    org_a.refresh_from_db()
    assert org_a.status == expected


def test_status_only_moves_through_the_state_machine_even_for_moderators(
    client, personas, make_org
):
    draft = make_org(name="Not ready", slug="not-ready", status="draft")
    client.force_login(personas["mo"])
    url = reverse("admin:directory_organisation_change", args=[draft.pk])
    response = client.post(url, _change_data(draft, status="published"))
    assert response.status_code == 302
    draft.refresh_from_db()
    assert draft.status == "draft"


def test_back_office_sign_in_goes_through_the_rate_limited_allauth_login(client):
    response = client.get("/admin/login/?next=/admin/directory/organisation/")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=%2Fadmin%2Fdirectory%2Forganisation%2F"
    # An outside address in "next" is dropped (no open redirect).
    response = client.get("/admin/login/?next=https://evil.example.com/")
    assert response["Location"] == "/en/accounts/login/?next=%2Fadmin%2F"


def test_resident_in_the_back_office_gets_an_explanation_not_a_loop(client, personas):
    client.force_login(personas["rita"])
    response = client.get("/admin/", follow=True)
    assert response.status_code == 403
    assert "You cannot use the back office" in response.content.decode()


def test_partner_signs_in_and_lands_in_the_back_office(client, personas):
    from django.core.cache import cache

    from tests.conftest import PASSWORD

    cache.clear()
    response = client.post(
        "/en/accounts/login/?next=/admin/",
        {"login": "bob@example.org", "password": PASSWORD, "next": "/admin/"},
    )
    assert response["Location"] == "/admin/"
    assert client.get("/admin/").status_code == 200
