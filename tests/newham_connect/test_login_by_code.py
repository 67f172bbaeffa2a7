"""Sign in with a code sent by email (allauth's login by code), for partners who struggle
with passwords; someone who must use an app code is still asked for it."""

import re

import pytest
from django.core import mail
from django.urls import reverse
from django.utils import translation

pytestmark = pytest.mark.django_db

ADMIN = "/admin/"


def request_code(client, email, language="en"):
    with translation.override(language):
        url = reverse("account_request_login_code")
    return client.post(url, {"email": email})


def emailed_code():
    (message,) = mail.outbox
    return re.search(r"^(\d{6})$", message.body, re.M).group(1)


def test_a_partner_signs_in_with_a_code_and_no_password(client, personas):
    login = client.get(reverse("account_login") + "?next=/admin/").content.decode()
    assert "Sign in with a code sent by email" in login
    response = request_code(client, personas["bob"].email)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("account_confirm_login_code"))
    (message,) = mail.outbox
    assert message.to == ["bob@example.org"] and "Your sign-in code" in message.subject
    page = client.get(response["Location"]).content.decode()
    assert "Enter the code we emailed you" in page and "bob@example.org" in page
    assert 'inputmode="numeric"' in page and 'autocomplete="one-time-code"' in page
    signed_in = client.post(reverse("account_confirm_login_code"), {"code": emailed_code()})
    assert signed_in.status_code == 302
    assert client.get(ADMIN).status_code == 200


def test_a_wrong_code_is_explained_and_three_wrong_codes_end_it(client, personas):
    request_code(client, personas["bob"].email)
    code = emailed_code()
    wrong = str((int(code) + 1) % 1_000_000).zfill(6)
    first = client.post(reverse("account_confirm_login_code"), {"code": wrong})
    assert "The code is not right" in first.content.decode()
    for _ in range(2):
        client.post(reverse("account_confirm_login_code"), {"code": wrong})
    client.post(reverse("account_confirm_login_code"), {"code": code})
    assert client.get(ADMIN)["Location"].startswith("/admin/login/")


def test_the_code_pages_speak_the_residents_language(client, personas):
    response = request_code(client, personas["bob"].email, language="bn")
    page = client.get(response["Location"]).content.decode()
    with translation.override("bn"):
        heading = translation.gettext("Enter the code we emailed you")
    assert heading != "Enter the code we emailed you" and heading in page


def test_a_moderator_still_needs_the_app_code(client, personas):
    request_code(client, personas["mo"].email)
    response = client.post(reverse("account_confirm_login_code"), {"code": emailed_code()})
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    assert client.get(ADMIN)["Location"].startswith("/admin/login/")


def test_an_unknown_address_is_not_revealed(client):
    response = request_code(client, "nobody@example.org")
    assert response.status_code == 302  # the same next page as for a real account
    assert len(mail.outbox) == 1 and not re.search(r"^\d{6}$", mail.outbox[0].body, re.M)
