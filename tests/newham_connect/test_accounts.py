"""Accounts with django-allauth: sign-up, email verification, sign-in limits, reset."""

import re

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.core import mail
from django.utils import translation

from tests.conftest import PASSWORD

pytestmark = pytest.mark.django_db


def _link(message):
    return re.search(r"http://testserver(/\S+)", message.body).group(1)


def test_sign_up_verify_and_sign_in(client):
    response = client.post(
        "/en/accounts/signup/",
        {"email": "new.resident@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/confirm-email/"
    user = get_user_model().objects.get(email="new.resident@example.org")
    assert not EmailAddress.objects.get(user=user).verified
    assert len(mail.outbox) == 1
    assert mail.outbox[0].subject == "[Newham Connect] Confirm your email address"

    # Unverified: signing in sends you back to "check your email".
    client.logout()
    response = client.post(
        "/en/accounts/login/", {"login": "new.resident@example.org", "password": PASSWORD}
    )
    assert response["Location"] == "/en/accounts/confirm-email/"

    confirm_url = _link(mail.outbox[-1])
    page = client.get(confirm_url)
    assert (
        "Is <strong>new.resident@example.org</strong> your email address?" in page.content.decode()
    )
    client.post(confirm_url)
    assert EmailAddress.objects.get(user=user).verified

    client.logout()
    response = client.post(
        "/en/accounts/login/", {"login": "new.resident@example.org", "password": PASSWORD}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/"


def test_email_is_sent_in_the_residents_language(client):
    client.post(
        "/bn/accounts/signup/",
        {"email": "bangla@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    with translation.override("bn"):
        subject = translation.gettext("Confirm your email address")
        line = translation.gettext("To confirm your email address, open this link:")
    assert subject != "Confirm your email address"
    assert mail.outbox[0].subject.endswith(subject)
    assert line in mail.outbox[0].body
    assert "/bn/accounts/confirm-email/" in mail.outbox[0].body


def test_sign_up_errors_are_translated_and_keep_what_was_typed(client):
    response = client.post(
        "/ur/accounts/signup/",
        {"email": "typed@example.org", "password1": "12345678", "password2": "12345678"},
    )
    assert response.status_code == 200
    html = response.content.decode()
    with translation.override("ur"):
        numeric = translation.gettext("This password is entirely numeric.")
        problem = translation.gettext("There is a problem")
    assert numeric != "This password is entirely numeric."
    assert numeric in html
    assert problem in html
    assert 'value="typed@example.org"' in html
    assert "govuk-form-group--error" in html


def test_wrong_password_message_in_polish(client, make_user):
    make_user("pat@example.org")
    response = client.post("/pl/accounts/login/", {"login": "pat@example.org", "password": "nope"})
    html = response.content.decode()
    with translation.override("pl"):
        message = translation.gettext("The email address or password is not right.")
    assert message != "The email address or password is not right."
    assert message in html
    assert 'value="pat@example.org"' in html


def test_failed_sign_ins_are_rate_limited(client, make_user):
    make_user("target@example.org")
    for _ in range(5):
        response = client.post(
            "/en/accounts/login/", {"login": "target@example.org", "password": "guess"}
        )
        assert "The email address or password is not right." in response.content.decode()
    # Now even the right password is refused for a while.
    response = client.post(
        "/en/accounts/login/", {"login": "target@example.org", "password": PASSWORD}
    )
    assert response.status_code == 200
    assert "Too many attempts to sign in." in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_password_reset(client, make_user):
    make_user("forgetful@example.org")
    response = client.post("/en/accounts/password/reset/", {"email": "forgetful@example.org"})
    assert response["Location"] == "/en/accounts/password/reset/done/"
    assert mail.outbox[-1].subject == "[Newham Connect] Reset your password"
    key_url = _link(mail.outbox[-1])
    form_url = client.get(key_url)["Location"]  # allauth moves the key into the session
    response = client.post(
        form_url, {"password1": "a-new-long-secret", "password2": "a-new-long-secret"}
    )
    assert response.status_code == 302
    client.logout()
    response = client.post(
        "/en/accounts/login/", {"login": "forgetful@example.org", "password": "a-new-long-secret"}
    )
    assert response["Location"] == "/en/"


def test_reset_for_unknown_email_does_not_reveal_accounts(client):
    response = client.post("/en/accounts/password/reset/", {"email": "nobody@example.org"})
    assert response["Location"] == "/en/accounts/password/reset/done/"


def test_sign_in_page_has_csrf_protection(make_user):
    from django.test import Client

    strict = Client(enforce_csrf_checks=True)
    make_user("csrf@example.org")
    response = strict.post(
        "/en/accounts/login/", {"login": "csrf@example.org", "password": PASSWORD}
    )
    assert response.status_code == 403
