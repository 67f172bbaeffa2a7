"""Factories for the Volunteering Hub tests (personas and organisations: tests/conftest.py)."""

import datetime
from zoneinfo import ZoneInfo

import pytest

from directory.models import SpokenLanguage, TaxonomyTerm
from tests import factories
from volunteering.models import CAUSES_TAXONOMY, SKILLS_TAXONOMY

LONDON = ZoneInfo("Europe/London")


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
        if "location" not in fields and not fields.get("from_home"):
            fields["location"] = make_location()
        return factories.opportunity(organisation, title, status, **fields)

    return make


@pytest.fixture
def make_interest(db):
    return factories.interest


@pytest.fixture
def make_hours(db):
    return factories.hours


@pytest.fixture
def opportunity_a(make_opportunity, org_a):
    return make_opportunity(org_a, title="Food bank helper", slug="food-bank-helper")


@pytest.fixture
def opportunity_b(make_opportunity, org_b):
    return make_opportunity(org_b, title="Tamil elders befriender", slug="tamil-befriender")
