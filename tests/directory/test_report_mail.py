"""Problem reports reach the organisation and the moderators by email; the partner writes what
was done and marks it dealt with; the resident who left an address is told, in their
language, once."""

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

from directory.models import ListingReport
from tests import factories
from tests.admin_forms import changeform_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def service(org_a):
    return factories.service(org_a, "Tuesday advice", slug="tuesday-advice")


def report(client, service, language="en", email="resident@example.org"):
    with translation.override(language):
        url = reverse("directory:report", args=[service.slug])
    data = {"reason": "wrong_times", "details": "It opens at 10 now.", "email": email}
    response = client.post(url, data)
    assert response.status_code == 302
    return ListingReport.objects.latest("created")


def test_a_new_report_reaches_the_organisation_and_the_moderators(
    client, personas, service, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        report(client, service)
    (message,) = mail.outbox
    assert set(message.to) == {"alice@example.org", "bob@example.org", "mo@example.org"}
    assert "Tuesday advice" in message.subject
    assert "The opening times are wrong" in message.body and "It opens at 10 now." in message.body
    assert "resident@example.org" not in message.body  # only council staff see the address
    assert "/admin/directory/listingreport/" in message.body


def test_the_partner_answers_and_the_resident_is_told_once_in_their_language(
    client, personas, service, django_capture_on_commit_callbacks
):
    found = report(client, service, language="pl")
    url = reverse("admin:directory_listingreport_change", args=[found.pk])
    client.force_login(personas["bob"])
    page = client.get(url)
    data = changeform_data(page, resolved="on", note="Godziny poprawione.")
    with django_capture_on_commit_callbacks(execute=True):
        assert client.post(url, data).status_code == 302
    (answer,) = mail.outbox
    assert answer.to == ["resident@example.org"]
    with translation.override("pl"):
        done = translation.gettext("What was done:")
    assert done != "What was done:" and done in answer.body
    assert "Godziny poprawione." in answer.body
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(url, changeform_data(client.get(url), note="Again."))
    assert mail.outbox == []


def test_dealing_with_many_at_once_tells_each_resident(
    client, personas, service, django_capture_on_commit_callbacks
):
    first = report(client, service)
    second = report(client, service, email="")
    client.force_login(personas["bob"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:directory_listingreport_changelist"),
            {"action": "mark_resolved", "_selected_action": [first.pk, second.pk]},
        )
    assert [m.to for m in mail.outbox] == [["resident@example.org"]]
    assert ListingReport.objects.filter(resolved=True).count() == 2


def test_a_viewer_is_not_offered_what_they_cannot_do(client, personas, service):
    report(client, service)
    client.force_login(personas["vic"])
    page = client.get(reverse("admin:directory_listingreport_changelist")).content.decode()
    assert "mark_resolved" not in page
