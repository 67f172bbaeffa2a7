"""Mail never breaks a form: with the mail server unreachable, what a resident sends is saved
and confirmed, and its mail waits in the queue (post_office) until the server is back."""

import logging
import socket
import types

import pytest
from django.core import mail
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from post_office.models import STATUS, Email, Log

from directory.models import ListingReport
from volunteering.models import Interest

pytestmark = pytest.mark.django_db

SMTP = "django.core.mail.backends.smtp.EmailBackend"
LOCMEM = "django.core.mail.backends.locmem.EmailBackend"


def _closed_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]  # nobody listens once it is closed


@pytest.fixture
def queue(settings):
    """Production's route (every mail queued), delivering to an SMTP server that is down."""
    settings.EMAIL_BACKEND = "post_office.EmailBackend"
    settings.POST_OFFICE = {**settings.POST_OFFICE, "BACKENDS": {"default": SMTP}}
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = (
        "127.0.0.1",
        _closed_port(),
        2,
    )

    def server_is_back():
        settings.POST_OFFICE = {**settings.POST_OFFICE, "BACKENDS": {"default": LOCMEM}}

    return server_is_back


@pytest.fixture
def post_office_log(caplog):
    """post_office logs to its own logger (not propagated): listen to it directly."""
    logger = logging.getLogger("post_office")
    logger.addHandler(caplog.handler)
    yield caplog
    logger.removeHandler(caplog.handler)


@pytest.fixture(autouse=True)
def keep_the_test_connection(monkeypatch):
    """The command closes Django's database connection between batches (for its forked
    workers); in a test that is the test's transaction, so closing is left out."""
    monkeypatch.setattr("post_office.mail.db_connection", types.SimpleNamespace(close=lambda: None))


def send_queue(tmp_path):
    call_command("send_queued_mail", lockfile=str(tmp_path / "post_office"), log_level=2)


def _interest(client, opportunity, callbacks):
    with callbacks(execute=True):
        return client.post(
            f"/en/volunteering/{opportunity.slug}/interest/",
            {"name": "Sam", "email": "sam@example.org", "consent": "on"},
        )


def test_interest_is_saved_and_confirmed_while_the_mail_server_is_down_and_mailed_once_back(
    client, opportunity_a, org_a, queue, tmp_path, post_office_log,
    django_capture_on_commit_callbacks,
):  # fmt: skip
    org_a.email = "team@example.org"
    org_a.save()
    response = _interest(client, opportunity_a, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert Interest.objects.get().email == "sam@example.org"
    assert client.get(response["Location"]).status_code == 200
    # Queued, not sent: the request did not talk to the mail server at all.
    queued = Email.objects.filter(status=STATUS.queued)
    assert queued.count() == 2
    assert mail.outbox == []

    send_queue(tmp_path)  # the server is still down: each attempt fails, visibly, and waits
    assert set(Email.objects.values_list("status", flat=True)) == {STATUS.requeued}
    failures = Log.objects.filter(status=STATUS.failed)
    assert failures.count() == 2
    assert {log.exception_type for log in failures} == {"ConnectionRefusedError"}
    assert "Failed to send email" in post_office_log.text
    assert mail.outbox == []

    queue()  # the server is back; the retry is due
    Email.objects.update(scheduled_time=timezone.now())
    send_queue(tmp_path)
    send_queue(tmp_path)  # a second run finds nothing left to send
    assert len(mail.outbox) == 2
    assert [m.to for m in mail.outbox if "sam@example.org" in m.to] == [["sam@example.org"]]
    assert set(Email.objects.values_list("status", flat=True)) == {STATUS.sent}


def test_a_mail_that_keeps_failing_ends_failed_for_staff_to_see(
    client, opportunity_a, queue, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.POST_OFFICE = {**settings.POST_OFFICE, "MAX_RETRIES": 0}
    assert _interest(client, opportunity_a, django_capture_on_commit_callbacks).status_code == 302
    send_queue(tmp_path)
    email = Email.objects.get(to=["sam@example.org"])
    assert email.status == STATUS.failed
    assert email.logs.get().status == STATUS.failed
    assert Interest.objects.count() == 1


def test_report_and_sign_up_are_confirmed_while_the_mail_server_is_down(
    client, make_service, queue
):
    service = make_service("Pantry")
    response = client.post(
        reverse("directory:report", args=[service.slug]),
        {"reason": "closed", "details": "Shut on Mondays", "email": "me@example.org"},
    )
    assert response.status_code == 302
    assert ListingReport.objects.get().details == "Shut on Mondays"
    assert client.get(response["Location"]).status_code == 200
    # A sign-up's confirmation mail (allauth's, not ours) takes the same queue.
    response = client.post(
        reverse("account_signup"),
        {
            "email": "new@example.org",
            "password1": "a long pass phrase 7",
            "password2": "a long pass phrase 7",
        },
    )
    assert response.status_code == 302
    assert Email.objects.filter(to=["new@example.org"], status=STATUS.queued).count() == 1


def test_resending_a_queued_mail_needs_a_post_with_the_token(client, django_user_model):
    """post_office's own Resend was a GET link: any page could make an operator resend."""
    from tests.conftest import activate_totp

    root = django_user_model.objects.create_superuser("root-mail", "root@example.org", "x")
    activate_totp(root)
    client.force_login(root)
    queued = Email.objects.create(
        to=["resident@example.org"], from_email="hello@example.org", subject="Hello", status=1
    )
    url = f"/admin/post_office/email/{queued.pk}/resend/"
    page = client.get(f"/admin/post_office/email/{queued.pk}/change/").content.decode()
    assert f'<form method="post" action="{url}">' in page
    assert client.get(url).status_code == 405
    assert Email.objects.get(pk=queued.pk).status == 1  # nothing sent
    assert client.post(url).status_code == 302
    assert Email.objects.get(pk=queued.pk).status == STATUS.sent
    assert [m.subject for m in mail.outbox] == ["Hello"]

    csrf_client = type(client)(enforce_csrf_checks=True)
    csrf_client.force_login(root)
    assert csrf_client.post(url).status_code == 403  # no token, no resend
