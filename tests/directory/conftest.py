"""Factories for the services directory tests (the shared ones are in tests/conftest.py)."""

import itertools

import pytest

from demo import directory as demo_directory
from directory.models import (
    AccessibilityFeature,
    Schedule,
    Service,
    ServiceAtLocation,
    SpokenLanguage,
    TaxonomyTerm,
)
from newham_connect.moderation import ModerationStatus

_counter = itertools.count(1)


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

    def make(
        name=None,
        organisation=None,
        status=ModerationStatus.PUBLISHED,
        categories=(),
        languages=(),
        wards=(),
        venues=(),
        schedules=(),
        **fields,
    ):
        n = next(_counter)
        if organisation is None:
            if "org" not in default_org:
                default_org["org"] = make_org(name="Service Provider", slug="service-provider")
            organisation = default_org["org"]
        service = Service.objects.create(
            organisation=organisation,
            name=name or f"Service {n}",
            slug=fields.pop("slug", f"service-{n}"),
            description=fields.pop("description", f"What service {n} does."),
            status=status,
            **fields,
        )
        service.categories.set(categories)
        service.languages.set(languages)
        service.wards.set(wards)
        for location in venues:
            ServiceAtLocation.objects.create(service=service, location=location)
        for schedule in schedules:
            Schedule.objects.create(service=service, **schedule)
        return service

    return make
