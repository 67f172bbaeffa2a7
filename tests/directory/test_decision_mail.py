"""Every move of a listing is emailed: sent for review to the moderators, a decision to the
organisation; asking for changes is one step with its note."""

import pytest
from django.core import mail
from django.urls import reverse

from directory.models import Service
from tests import factories
from tests.admin_forms import change_url, changeform_data

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:directory_service_changelist")


@pytest.fixture
def draft(org_a):
    return factories.service(org_a, "Coffee morning", status="draft")


def act(client, action, service, **extra):
    data = {"action": action, "_selected_action": [service.pk], **extra}
    return client.post(CHANGELIST, data)


def test_sending_for_review_tells_the_moderators(
    client, personas, draft, django_capture_on_commit_callbacks
):
    client.force_login(personas["bob"])
    data = changeform_data(client.get(change_url(draft)), _send_for_review="Save")
    with django_capture_on_commit_callbacks(execute=True):
        client.post(change_url(draft), data)
    (message,) = mail.outbox
    assert message.to == ["mo@example.org"]
    assert message.subject == "Waiting for review: “Coffee morning” (Beckton Community Food Bank)"
    assert change_url(draft) in message.body


def test_asking_for_changes_is_one_step_with_a_note(
    client, personas, draft, django_capture_on_commit_callbacks
):
    draft.status = "submitted"
    draft.save()
    client.force_login(personas["mo"])
    page = act(client, "request_changes", draft).content.decode()
    assert 'name="note"' in page and "Coffee morning" in page
    empty = act(client, "request_changes", draft, post="yes", note="  ").content.decode()
    assert "Write what needs to change." in empty
    assert Service.objects.get(pk=draft.pk).status == "submitted"
    with django_capture_on_commit_callbacks(execute=True):
        act(client, "request_changes", draft, post="yes", note="Add the room number.")
    draft.refresh_from_db()
    assert (draft.status, draft.moderation_note) == ("changes_requested", "Add the room number.")
    (message,) = mail.outbox
    assert set(message.to) == {"alice@example.org", "bob@example.org"}
    assert "needs some changes" in message.subject and "Add the room number." in message.body


@pytest.mark.parametrize(
    "start,action,subject",
    [("submitted", "publish", "is published"), ("published", "archive", "was archived")],
)
def test_each_decision_reaches_the_organisation(
    client, personas, draft, django_capture_on_commit_callbacks, start, action, subject
):
    draft.status = start
    draft.save()
    client.force_login(personas["mo"])
    with django_capture_on_commit_callbacks(execute=True):
        act(client, action, draft, post="yes")
    (message,) = mail.outbox
    assert subject in message.subject and "bob@example.org" in message.to
