"""Factories for the services directory tests (the shared ones are in tests/conftest.py)."""

import pytest

from demo import directory as demo_directory
from directory.models import (
    AccessibilityFeature,
    SpokenLanguage,
    TaxonomyTerm,
)
from tests import factories


@pytest.fixture(scope="module")
def directory_demo_once(module_data):
    return module_data(demo_directory.seed)


@pytest.fixture
def directory_demo(directory_demo_once, db):
    """The directory's demo data, written once for the module (tests/conftest.py module_data):
    for read-only checks of it; whatever a test changes rolls back."""
    return directory_demo_once


@pytest.fixture
def make_term(db):
    def make(name, parent=None, code=None, taxonomy="newham-categories"):
        return TaxonomyTerm.objects.create(
            name=name, code=code or name.lower().replace(" ", "-"), parent=parent, taxonomy=taxonomy
        )

    return make


@pytest.fixture
def language(db):
    def get(code, name=None):
        return SpokenLanguage.objects.get_or_create(code=code, defaults={"name": name or code})[0]

    return get


@pytest.fixture
def feature(db):
    def get(code):
        return AccessibilityFeature.objects.get_or_create(code=code, defaults={"name": code})[0]

    return get


@pytest.fixture
def make_service(db, make_org):
    """make_service(name, organisation=..., schedules=[{"byday": [...], ...}], venues=[loc])."""
    default_org = {}

    def make(name=None, organisation=None, **fields):
        if organisation is None:
            if "org" not in default_org:
                default_org["org"] = make_org(name="Service Provider", slug="service-provider")
            organisation = default_org["org"]
        return factories.service(organisation, name, **fields)

    return make
