"""Shared fixtures: named personas (as in healthchecks' hc/test.py) and small factories."""

import itertools

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.cache import cache
from django.utils import translation

from directory.models import Location, Organisation, OrganisationMembership, Ward
from newham_connect.moderation import ModerationStatus

# The hostile-corpus and fuzz counts at the end of every run (tests/security/report.py).
from tests.security.report import pytest_runtest_logreport, pytest_terminal_summary  # noqa: F401

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
    Mo is a council moderator, Rita is a resident with no role."""

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
        "alice": member("alice", org_a, "admin"),
        "bob": member("bob", org_a, "editor"),
        "vic": member("vic", org_a, "viewer"),
        "charlie": member("charlie", org_b, "editor"),
        "mo": moderator,
        "rita": make_user("rita@example.org"),
    }
