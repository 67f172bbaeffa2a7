"""Factories for the Volunteering Hub tests (personas and organisations: tests/conftest.py)."""

import datetime
import itertools
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from directory.models import SpokenLanguage, TaxonomyTerm
from volunteering.models import (
    CAUSES_TAXONOMY,
    CONSENT_VERSION,
    SKILLS_TAXONOMY,
    HoursLog,
    Interest,
    Opportunity,
)

LONDON = ZoneInfo("Europe/London")
_n = itertools.count(1)


def london(*args):
    """An aware datetime in Newham's time zone: london(2026, 11, 23, 10)."""
    return datetime.datetime(*args, tzinfo=LONDON)


@pytest.fixture
def make_term(db):
    def make(code, name=None, taxonomy=CAUSES_TAXONOMY, parent=None):
        return TaxonomyTerm.objects.create(
            taxonomy=taxonomy, code=code, name=name or code.title(), parent=parent
        )

    return make


@pytest.fixture
def make_skill(make_term):
    def make(code, name=None):
        return make_term(code, name, taxonomy=SKILLS_TAXONOMY)

    return make


@pytest.fixture
def make_language(db):
    def make(code, name):
        return SpokenLanguage.objects.create(code=code, name=name)

    return make


@pytest.fixture
def make_opportunity(db, make_location):
    def make(organisation, title=None, status="published", **fields):
        n = next(_n)
        if "location" not in fields and not fields.get("from_home"):
            fields["location"] = make_location()
        return Opportunity.objects.create(
            organisation=organisation,
            title=title or f"Opportunity {n}",
            slug=fields.pop("slug", f"opportunity-{n}"),
            description=fields.pop("description", "Help out."),
            status=status,
            **fields,
        )

    return make


@pytest.fixture
def make_interest(db):
    def make(opportunity, user=None, status="new", created=None, **fields):
        n = next(_n)
        created = created or timezone.now()
        interest = Interest(
            opportunity=opportunity,
            user=user,
            name=fields.pop("name", f"Applicant {n}"),
            email=fields.pop("email", f"applicant{n}@example.org"),
            consent_given_at=created,
            consent_version=CONSENT_VERSION,
            created=created,
            status_changed_at=created,
            **fields,
        )
        path = {
            "new": [],
            "contacted": ["contacted"],
            "onboarding": ["contacted", "onboarding"],
            "active": ["contacted", "active"],
            "finished": ["contacted", "active", "finished"],
            "not_progressed": ["not_progressed"],
        }[status]
        for step in path:
            interest.move_to(step, now=created + datetime.timedelta(hours=1))
        interest.save()
        return interest

    return make


@pytest.fixture
def make_hours(db):
    def make(interest, hours="2", confirmed=True, date=None, by=None):
        return HoursLog.objects.create(
            interest=interest,
            date=date or timezone.localdate(),
            hours=hours,
            confirmed_at=timezone.now() if confirmed else None,
            confirmed_by=by if confirmed else None,
        )

    return make


@pytest.fixture
def opportunity_a(make_opportunity, org_a):
    return make_opportunity(org_a, title="Food bank helper", slug="food-bank-helper")


@pytest.fixture
def opportunity_b(make_opportunity, org_b):
    return make_opportunity(org_b, title="Tamil elders befriender", slug="tamil-befriender")
