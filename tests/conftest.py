"""Shared fixtures: named personas (as in healthchecks' hc/test.py) and small factories."""

import base64
import hashlib
import hmac
import struct
import time

import pytest
from allauth.mfa.models import Authenticator
from django.core.cache import cache
from django.core.management import call_command
from django.db import connections
from django.test import Client
from django.utils import translation

from tests import factories
from tests.factories import PASSWORD, activate_totp  # noqa: F401 - imported from here by many tests

# The hostile-corpus and fuzz counts at the end of every run (tests/security/report.py).
from tests.security.report import pytest_runtest_logreport, pytest_terminal_summary  # noqa: F401


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


def flush_database():
    """Empty every table as a transactional test does; post_migrate puts back what the code
    relies on (content types, permissions, the moderators' group)."""
    call_command("flush", interactive=False, verbosity=0)


@pytest.fixture(scope="module")
def module_data(django_db_setup, django_db_blocker):
    """Write data once for a whole module: `module_data(seed, *args)` runs `seed` committed
    and returns what it returns; every table is emptied when the module ends. Tests still
    take `db`, so what one test changes rolls back and the next sees the seeded data. Loading
    the demo once per module instead of once per test is most of what keeps CI short."""
    written = []

    def write(seed, *args, **kwargs):
        with django_db_blocker.unblock():
            written.append(seed)
            return seed(*args, **kwargs)

    yield write
    if written:
        with django_db_blocker.unblock():
            flush_database()
            # Under Playwright's sync API this may be another context's connection than the
            # one pytest-django closes before dropping the test database: close it here.
            connections.close_all()


@pytest.fixture(scope="module")
def module_live_server(module_data, django_db_blocker):
    """One live server for a module's read-only checks of its shared data (module_data):
    no flush after each test, so the data is written once. Use it through `shared_server`."""
    from pytest_django.live_server_helper import LiveServer

    server = LiveServer("localhost")
    yield server
    server.stop()
    # A request thread still holding a keep-alive connection can keep its database session
    # after the server stops; end it, or dropping this worker's test database fails at exit.
    with django_db_blocker.unblock(), connections["default"].cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


@pytest.fixture
def shared_server(module_live_server, db):
    """The module's live server; `db` lets its thread reach the (committed) shared data."""
    return module_live_server


def pytest_collection_modifyitems(config, items):
    """In a module that shares committed data (module_data), a transactional test would empty
    every table when it ends, taking the data from the tests after it; and a database test
    that does not ask for the data would see it or not depending on the order. Refuse both
    at collection instead of failing in some random orders."""
    shared, transactional, unshared = set(), {}, {}
    for item in items:
        names = getattr(item, "fixturenames", ())
        marker = item.get_closest_marker("django_db")
        if "module_data" in names:
            shared.add(item.module)
        elif "db" in names or marker:
            unshared.setdefault(item.module, item.nodeid)
        if (
            "transactional_db" in names
            or "live_server" in names
            or (marker and (marker.kwargs.get("transaction") or marker.args[:1] == (True,)))
        ):
            transactional.setdefault(item.module, item.nodeid)
    for module in shared & transactional.keys():
        raise pytest.UsageError(
            f"{transactional[module]} is transactional in a module that uses module_data: "
            "move it to its own module."
        )
    for module in shared & unshared.keys():
        raise pytest.UsageError(
            f"{unshared[module]} uses the database without the module's shared data "
            "(module_data): ask for it, or move the test to another module."
        )


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
    return factories.user


@pytest.fixture
def make_org(db):
    return factories.organisation


@pytest.fixture
def ward(db):
    return factories.ward("Stratford")


@pytest.fixture
def make_location(db, ward):
    def make(**fields):
        return factories.location(**{"ward": ward, **fields})

    return make


@pytest.fixture
def org_a(db):
    return factories.org_a()


@pytest.fixture
def org_b(db):
    return factories.org_b()


@pytest.fixture
def personas(org_a, org_b):
    """Alice, Bob, Vic (org A), Charlie (org B), Mo the moderator, Rita the resident:
    factories.personas."""
    return factories.personas(org_a, org_b)
