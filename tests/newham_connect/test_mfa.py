"""A second sign-in step (an authenticator app code) for the people who can publish or manage
members, guided set-up on first sign-in, and the back office's 30-minute idle time-out."""

import re
import time
from unittest import mock

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse
from django.utils import translation

from newham_connect import mfa
from newham_connect.permissions import must_use_mfa
from tests.conftest import PASSWORD, activate_totp, recovery_codes, totp_code, totp_secret

pytestmark = pytest.mark.django_db

ADMIN = "/admin/"
SETUP = "/en/accounts/2fa/start/"


@pytest.mark.parametrize(
    "name,needed",
    [
        ("alice", True),  # organisation administrator
        ("bob", False),  # editor
        ("vic", False),  # read only
        ("charlie", False),  # editor in another organisation
        ("mo", True),  # council moderator
        ("rita", False),  # resident
    ],
)
def test_who_must_use_a_second_step(personas, name, needed):
    assert must_use_mfa(personas[name]) is needed


def test_superusers_and_nobody_signed_out_must_use_a_second_step(make_user):
    assert must_use_mfa(make_user(is_superuser=True, is_staff=True)) is True
    assert must_use_mfa(AnonymousUser()) is False


def sign_in(client, user, next_url=ADMIN):
    return client.post(
        f"/en/accounts/login/?next={next_url}", {"login": user.email, "password": PASSWORD}
    )


def new_moderator(make_user, personas):
    user = make_user("new.moderator@example.org")
    user.groups.add(*personas["mo"].groups.all())
    return get_user_model().objects.get(pk=user.pk)


def test_moderator_without_an_app_is_sent_to_set_up_from_any_back_office_page(
    client, personas, make_user
):
    moderator = new_moderator(make_user, personas)
    client.force_login(moderator)
    for url in (ADMIN, "/admin/directory/organisation/", "/en/admin/"):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"] == f"{SETUP}?next={url}", url
    page = client.get(f"{SETUP}?next={ADMIN}").content.decode()
    assert "second step" in page
    assert 'href="/en/accounts/2fa/totp/activate/"' in page


def test_organisation_admin_without_an_app_is_sent_to_set_up(client, make_user, org_a):
    from directory.models import OrganisationMembership

    admin = make_user("new.admin@example.org")
    OrganisationMembership.objects.create(user=admin, organisation=org_a, role="admin")
    client.force_login(admin)
    assert client.get(ADMIN)["Location"] == f"{SETUP}?next={ADMIN}"
    assert "You look after your organisation" in client.get(SETUP).content.decode()


def test_signing_in_without_next_also_starts_the_set_up(client, personas, make_user):
    moderator = new_moderator(make_user, personas)
    response = client.post("/en/accounts/login/", {"login": moderator.email, "password": PASSWORD})
    assert response["Location"] == f"{SETUP}?next=/en/"


# Transactional: allauth announces the new app once its transaction commits, inside the
# request as in production (a test transaction would hold it back until after the response).
@pytest.mark.django_db(transaction=True)
def test_guided_set_up_then_the_back_office(client, personas, make_user):
    moderator = new_moderator(make_user, personas)
    response = sign_in(client, moderator)
    assert response["Location"] == ADMIN
    assert client.get(ADMIN)["Location"] == f"{SETUP}?next={ADMIN}"
    client.get(f"{SETUP}?next={ADMIN}")

    page = client.get("/en/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'src="data:image/svg+xml;base64,' in html  # the QR code
    secret = re.search(r'id="totp-secret"[^>]*>([A-Z2-7 ]+)<', html).group(1).replace(" ", "")
    assert secret == client.session["mfa.totp.secret"]

    wrong = client.post("/en/accounts/2fa/totp/activate/", {"code": "000000"})
    assert wrong.status_code == 200
    assert "The code is not right" in wrong.content.decode()
    assert not Authenticator.objects.filter(user=moderator).exists()

    response = client.post("/en/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response["Location"] == "/en/accounts/2fa/recovery-codes/"
    codes_page = client.get(response["Location"]).content.decode()
    for code in recovery_codes(moderator).get_unused_codes():
        assert code in codes_page
    assert "Print this page or write the codes down" in codes_page
    continue_url = reverse("mfa_continue")
    assert f'href="{continue_url}"' in codes_page

    response = client.get(continue_url)
    assert response["Location"] == ADMIN
    # Setting up counts as this sign-in's second step: straight into the back office.
    assert client.get(ADMIN).status_code == 200


def test_continue_goes_only_to_this_site(client, personas, make_user):
    moderator = new_moderator(make_user, personas)
    client.force_login(moderator)
    client.get(f"{SETUP}?next=https://evil.example/")
    assert client.get(reverse("mfa_continue"))["Location"] == ADMIN


def test_signing_in_with_an_app_asks_for_the_code(client, personas):
    mo = personas["mo"]
    assert client.get(ADMIN)["Location"].startswith("/admin/login/")
    response = sign_in(client, mo)
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    # Password alone is not signed in.
    assert client.get(ADMIN)["Location"].startswith("/admin/login/")
    page = client.get("/en/accounts/2fa/authenticate/").content.decode()
    assert "Enter the code from your app" in page

    wrong = client.post("/en/accounts/2fa/authenticate/", {"code": "123456"})
    assert wrong.status_code == 200
    assert "The code is not right" in wrong.content.decode()
    assert client.get(ADMIN)["Location"].startswith("/admin/login/")

    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(totp_secret(mo))})
    assert response["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200


def test_the_back_office_sign_in_asks_for_the_code_too(client, personas):
    login = client.get("/admin/login/?next=/admin/directory/organisation/")
    assert login["Location"] == "/en/accounts/login/?next=%2Fadmin%2Fdirectory%2Forganisation%2F"
    response = client.post(
        login["Location"], {"login": personas["alice"].email, "password": PASSWORD}
    )
    assert response["Location"] == "/en/accounts/2fa/authenticate/"
    code = totp_code(totp_secret(personas["alice"]))
    response = client.post("/en/accounts/2fa/authenticate/", {"code": code})
    assert response["Location"] == "/admin/directory/organisation/"


def test_a_code_works_once_and_only_in_its_own_30_seconds(client, personas):
    mo = personas["mo"]
    secret = totp_secret(mo)
    sign_in(client, mo)
    stale = client.post(
        "/en/accounts/2fa/authenticate/", {"code": totp_code(secret, at=time.time() - 30)}
    )
    assert "The code is not right" in stale.content.decode()
    code = totp_code(secret)
    assert client.post("/en/accounts/2fa/authenticate/", {"code": code})["Location"] == ADMIN

    # Somebody who saw the code over a shoulder cannot use it again.
    client.post("/en/accounts/logout/")
    sign_in(client, mo)
    again = client.post("/en/accounts/2fa/authenticate/", {"code": code})
    assert "The code is not right" in again.content.decode()


def test_wrong_codes_are_rate_limited(client, personas):
    mo = personas["mo"]
    sign_in(client, mo)
    for _attempt in range(5):
        client.post("/en/accounts/2fa/authenticate/", {"code": "000000"})
    # Even the right code is refused now: somebody is guessing.
    response = client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(totp_secret(mo))})
    assert response.status_code == 200
    assert "Too many attempts to sign in" in response.content.decode()
    assert client.get(ADMIN)["Location"].startswith("/admin/login/")


def test_a_recovery_code_works_once(client, personas):
    mo = personas["mo"]
    code = recovery_codes(mo).get_unused_codes()[0]
    sign_in(client, mo)
    response = client.post("/en/accounts/2fa/authenticate/", {"code": code})
    assert response["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200
    assert code not in recovery_codes(mo).get_unused_codes()

    client.post("/en/accounts/logout/")
    sign_in(client, mo)
    response = client.post("/en/accounts/2fa/authenticate/", {"code": code})
    assert response.status_code == 200
    assert "The code is not right" in response.content.decode()
    assert client.get(ADMIN)["Location"].startswith("/admin/login/")


def test_an_app_removed_by_an_operator_means_setting_up_a_new_one(client, personas):
    mo = personas["mo"]
    Authenticator.objects.filter(user=mo).delete()  # "I have lost my phone"
    assert sign_in(client, mo)["Location"] == ADMIN
    assert client.get(ADMIN)["Location"] == f"{SETUP}?next={ADMIN}"


def test_a_session_that_skipped_the_code_must_give_it(client, personas):
    """A session signed in some other way (before MFA existed, or by a password alone) is asked
    for the code before the back office."""
    mo = personas["mo"]
    assert client.login(username=mo.email, password=PASSWORD)
    response = client.get(ADMIN)
    assert response["Location"] == f"/en/accounts/2fa/reauthenticate/?next={ADMIN}"
    page = client.get(response["Location"]).content.decode()
    assert "Enter the code from your app" in page
    response = client.post(
        "/en/accounts/2fa/reauthenticate/",
        {"code": totp_code(totp_secret(mo)), "next": ADMIN},
    )
    assert response["Location"] == ADMIN
    assert client.get(ADMIN).status_code == 200


def test_editors_are_not_forced_but_may_choose_it(client, personas):
    bob = personas["bob"]
    client.force_login(bob)
    assert client.get(ADMIN).status_code == 200
    client.logout()

    activate_totp(bob)
    response = sign_in(client, bob)
    assert response["Location"] == "/en/accounts/2fa/authenticate/"


def test_those_who_must_use_it_cannot_turn_it_off(client, personas):
    client.force_login(personas["mo"])
    page = client.post("/en/accounts/2fa/totp/deactivate/")
    assert Authenticator.objects.filter(user=personas["mo"], type="totp").exists()
    assert "You need the app code" in page.content.decode()

    bob = activate_totp(personas["bob"])
    client.force_login(bob)
    client.post("/en/accounts/2fa/totp/deactivate/")
    assert not Authenticator.objects.filter(user=bob, type="totp").exists()


def test_the_pages_to_manage_it_are_ours(client, personas):
    """Every page of allauth.mfa we use is our GOV.UK template with our own strings."""
    bob = activate_totp(personas["bob"])
    client.force_login(bob)
    pages = {
        "/en/accounts/2fa/": "Second step for signing in",
        "/en/accounts/2fa/recovery-codes/": "Your recovery codes",
        "/en/accounts/2fa/recovery-codes/generate/": "Make new recovery codes",
        "/en/accounts/2fa/totp/deactivate/": "Turn off the second step",
    }
    for url, heading in pages.items():
        page = client.get(url)
        assert page.status_code == 200, url
        html = page.content.decode()
        assert f'<h1 class="govuk-heading-xl">{heading}</h1>' in html, url
        assert "Two-Factor" not in html and "Authenticator App" not in html, url

    old = recovery_codes(bob).get_unused_codes()
    response = client.post("/en/accounts/2fa/recovery-codes/generate/")
    assert response["Location"] == "/en/accounts/2fa/recovery-codes/"
    new = recovery_codes(bob).get_unused_codes()
    assert set(old).isdisjoint(new)
    download = client.get("/en/accounts/2fa/recovery-codes/download/")
    assert download["Content-Type"].startswith("text/plain")
    assert download.content.decode().split() == new


def test_set_up_pages_are_in_the_residents_language(client, personas, make_user):
    moderator = new_moderator(make_user, personas)
    sign_in(client, moderator)
    with translation.override("ur"):
        heading = translation.gettext("Set up a second step for signing in")
    page = client.get("/ur/accounts/2fa/start/")
    assert page.status_code == 200
    assert 'dir="rtl"' in page.content.decode()
    assert heading in page.content.decode()
    page = client.get("/ur/accounts/2fa/totp/activate/")
    assert 'id="totp-secret" dir="ltr"' in page.content.decode()


# --- The back office's idle time-out ---------------------------------------------------------

T0 = 1_800_000_000.0


def at(seconds):
    return mock.patch("newham_connect.mfa.now", return_value=T0 + seconds)


def test_back_office_signs_out_after_30_idle_minutes(client, personas):
    with at(0):
        client.force_login(personas["bob"])
        assert client.get(ADMIN).status_code == 200
    with at(29 * 60):  # each visit starts the 30 minutes again
        assert client.get("/admin/directory/organisation/").status_code == 200
    with at(58 * 60):
        assert client.get(ADMIN).status_code == 200
    with at(58 * 60 + 30 * 60 + 1):
        response = client.get("/admin/directory/organisation/")
    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=/admin/directory/organisation/"
    page = client.get(response["Location"]).content.decode()
    assert "You were signed out of the back office" in page
    assert "_auth_user_id" not in client.session
    assert client.get(ADMIN)["Location"].startswith("/admin/login/")


def test_resident_pages_neither_time_out_nor_count_as_back_office_use(client, personas):
    with at(0):
        client.force_login(personas["bob"])
        client.get(ADMIN)
    with at(20 * 60):
        assert client.get("/en/").context["user"].is_authenticated
    with at(31 * 60):
        assert client.get("/en/").context["user"].is_authenticated
        assert client.get(ADMIN)["Location"].startswith("/en/accounts/login/")


def test_signing_in_again_starts_a_fresh_idle_timer(client, personas):
    bob = personas["bob"]
    with at(0):
        client.force_login(bob)
        client.get(ADMIN)
    with at(45 * 60):
        # Django keeps the session's data when the same person signs in again.
        client.force_login(bob)
        assert client.get(ADMIN).status_code == 200


@pytest.mark.parametrize(
    "minutes, wording", [(5, "not used for 5 minutes."), (1, "not used for 1 minute.")]
)
def test_the_idle_limit_is_a_setting(client, personas, settings, minutes, wording):
    settings.BACK_OFFICE_IDLE_MINUTES = minutes
    with at(0):
        client.force_login(personas["bob"])
        client.get(ADMIN)
    with at(minutes * 60 + 61):
        response = client.get(ADMIN)
    assert response["Location"].startswith("/en/accounts/login/")
    assert wording in client.get(response["Location"]).content.decode()


def test_the_idle_timer_is_written_at_most_once_a_minute(client, personas):
    with at(0):
        client.force_login(personas["bob"])
    with at(59):
        client.get(ADMIN)
    assert client.session[mfa.LAST_SEEN] == T0
    with at(60):
        client.get(ADMIN)
    assert client.session[mfa.LAST_SEEN] == T0 + 60


def test_back_office_paths():
    assert mfa.is_back_office("/admin/")
    assert mfa.is_back_office("/ur/admin/directory/service/")
    assert not mfa.is_back_office("/en/administration/")
    assert not mfa.is_back_office("/en/services/admin/")
