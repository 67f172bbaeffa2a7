"""A trusted organisation publishes without waiting for a moderator, and it is still recorded;
only the council decides who is trusted."""

import pytest
from django.urls import reverse

from directory.models import Organisation, PendingChange, Service
from tests import factories
from tests.admin_forms import change_url, changeform_data
from tests.directory.test_service_admin import _add_data

pytestmark = pytest.mark.django_db

SEND = {"_send_for_review": "Save and send for review"}


@pytest.fixture
def trusted_a(org_a):
    Organisation.objects.filter(pk=org_a.pk).update(trusted=True)
    return org_a


def test_a_trusted_partners_new_listing_is_published_at_once_and_recorded(
    client, personas, trusted_a
):
    client.force_login(personas["bob"])
    page = client.post(
        reverse("admin:directory_service_add"), {**_add_data(trusted_a), **SEND}, follow=True
    )
    assert "Your organisation is trusted" in page.content.decode()
    service = Service.objects.get(slug="tuesday-advice")
    assert service.status == "published"
    assert client.get(service.get_absolute_url()).status_code == 200
    latest = service.history.latest()
    assert latest.status == "published" and latest.history_user == personas["bob"]
    assert latest.history_change_reason == "Published at once: the organisation is trusted"


def test_an_untrusted_partners_listing_still_waits(client, personas, org_a):
    client.force_login(personas["bob"])
    client.post(reverse("admin:directory_service_add"), {**_add_data(org_a), **SEND})
    assert Service.objects.get(slug="tuesday-advice").status == "submitted"


def test_a_trusted_partners_edit_of_a_published_listing_is_not_held(client, personas, trusted_a):
    service = factories.service(trusted_a, "Food parcels")
    client.force_login(personas["bob"])
    data = changeform_data(client.get(change_url(service)), name_en="Food parcels on Fridays")
    assert client.post(change_url(service), data).status_code == 302
    service.refresh_from_db()
    assert service.name == "Food parcels on Fridays"
    assert not PendingChange.objects.exists()
    assert (
        service.history.latest().history_change_reason
        == "Published at once: the organisation is trusted"
    )


def test_the_send_for_review_action_publishes_a_trusted_organisations_drafts(
    client, personas, trusted_a, org_b
):
    mine = factories.service(trusted_a, "Draft advice", status="draft")
    client.force_login(personas["bob"])
    client.post(
        reverse("admin:directory_service_changelist"),
        {"action": "submit_for_review", "_selected_action": [mine.pk]},
    )
    mine.refresh_from_db()
    assert mine.status == "published"


def test_only_the_council_sets_trusted(client, personas, org_a):
    client.force_login(personas["alice"])  # org A's administrator
    page = client.get(change_url(org_a))
    assert 'name="trusted"' not in page.content.decode()
    data = changeform_data(page, trusted="on")
    client.post(change_url(org_a), data)
    assert not Organisation.objects.get(pk=org_a.pk).trusted
    client.force_login(personas["mo"])
    page = client.get(change_url(org_a))
    assert 'name="trusted"' in page.content.decode()
