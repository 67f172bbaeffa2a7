"""Shared fixtures: named personas (as in healthchecks' hc/test.py) and small factories."""

import base64
import hashlib
import hmac
import itertools
import struct
import time

import pytest
from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.test import Client
from django.utils import translation

from directory.models import Location, Organisation, OrganisationMembership, Ward
from newham_connect.moderation import ModerationStatus

PASSWORD = "correct-horse-battery-staple"
_counter = itertools.count(1)


@pytest.fixture(autouse=True)
def english_to_start_with():
    """Each test starts in English: a request to /ur/... leaves Urdu active in the thread,
    which would otherwise change the language new rows are saved in and URLs are built for."""
    translation.activate("en")
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def fresh_rate_limits():
    """Rate limits count in the cache per client address, and every test client is 127.0.0.1:
    start each test with none used."""
    cache.clear()
    yield
    cache.clear()


def activate_totp(user):
    """Give `user` an authenticator app and recovery codes, as finishing the set-up does."""
    TOTP.activate(user, generate_totp_secret())
    RecoveryCodes.activate(user)
    return user


def totp_secret(user):
    return Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP).data["secret"]


def totp_code(secret, at=None):
    """The 6-digit code an authenticator app shows (RFC 6238: HMAC-SHA1, 30-second steps),
    computed here rather than by allauth, so the test checks allauth against the standard."""
    if at is None:
        # Codes last one 30-second period: near its end, wait for the next one, so the code
        # is still the current one when the server checks it.
        if 30 - time.time() % 30 < 3:
            time.sleep(30 - time.time() % 30)
        at = time.time()
    key = base64.b32decode(secret.replace(" ", ""), casefold=True)
    counter = int(at) // 30
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = struct.unpack(">I", digest[offset : offset + 4])[0] & 0x7FFFFFFF
    return f"{value % 1_000_000:06d}"


def recovery_codes(user):
    return Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES).wrap()


def mark_second_step_done(client, user):
    """Record in the client's session that this sign-in passed the app code, exactly as
    allauth records it (allauth.account.internal.flows.login.record_authentication)."""
    authenticator = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    session = client.session
    now = time.time()
    session["account_authentication_methods"] = [
        {"method": "password", "at": now, "email": user.email},
        {"method": "mfa", "at": now, "id": authenticator.pk, "type": "totp"},
    ]
    session["account_authentication_methods_user"] = str(user.pk)
    session.save()


@pytest.fixture(autouse=True)
def force_login_includes_the_second_step(monkeypatch):
    """`client.force_login(user)` means "signed in as far as this user would be": for someone
    with an authenticator app that includes the app code, so back-office tests of moderators
    and organisation administrators are not sent to the code page. `client.login()` does not
    do this, for tests of a session that has not given the code."""
    original = Client.force_login

    def force_login(self, user, backend=None):
        original(self, user, backend)
        if Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists():
            mark_second_step_done(self, user)

    monkeypatch.setattr(Client, "force_login", force_login)


@pytest.fixture
def make_user(db):
    def make(email=None, verified=True, **extra):
        email = email or f"person{next(_counter)}@example.org"
        user = get_user_model().objects.create_user(
            username=email, email=email, password=PASSWORD, **extra
        )
        EmailAddress.objects.create(user=user, email=email, verified=verified, primary=True)
        return user

    return make


@pytest.fixture
def make_org(db):
    def make(name=None, status=ModerationStatus.PUBLISHED, **fields):
        n = next(_counter)
        name = name or f"Test Organisation {n}"
        return Organisation.objects.create(
            name=name,
            slug=fields.pop("slug", f"test-org-{n}"),
            kind=fields.pop("kind", "charity"),
            status=status,
            **fields,
        )

    return make


@pytest.fixture
def ward(db):
    return Ward.objects.create(name="Stratford", slug="stratford")


@pytest.fixture
def make_location(db, ward):
    def make(**fields):
        n = next(_counter)
        defaults = {
            "name": f"Venue {n}",
            "slug": f"venue-{n}",
            "kind": "library",
            "address": "3 The Grove",
            "postcode": "E15 1EL",
            "ward": ward,
            "latitude": "51.5420",
            "longitude": "0.0020",
        }
        return Location.objects.create(**{**defaults, **fields})

    return make


@pytest.fixture
def org_a(make_org):
    return make_org(name="Beckton Community Food Bank", slug="beckton-food-bank")


@pytest.fixture
def org_b(make_org):
    return make_org(name="Forest Gate Tamil Elders", slug="forest-gate-tamil-elders")


@pytest.fixture
def personas(make_user, org_a, org_b):
    """Alice admins org A, Bob edits org A, Vic only reads org A, Charlie edits org B,
    Mo is a council moderator, Rita is a resident with no role. Alice and Mo must sign in with
    an app code, so they have an authenticator app set up already."""

    def member(name, org, role):
        user = make_user(f"{name}@example.org")
        OrganisationMembership.objects.create(user=user, organisation=org, role=role)
        user.refresh_from_db()
        return user

    moderator = make_user("mo@example.org")
    # get_or_create: browser tests flush the database, data migrations' rows included.
    group, _created = Group.objects.get_or_create(name=settings.MODERATORS_GROUP)
    moderator.groups.add(group)
    moderator.refresh_from_db()
    return {
        "alice": activate_totp(member("alice", org_a, "admin")),
        "bob": member("bob", org_a, "editor"),
        "vic": member("vic", org_a, "viewer"),
        "charlie": member("charlie", org_b, "editor"),
        "mo": activate_totp(moderator),
        "rita": make_user("rita@example.org"),
    }
