"""The volunteering demo and benchmark data: enough, realistic, and safe to load twice."""

import pytest

from demo import volunteering as demo
from demo.management.commands.seed_bulk import BULK_SEEDERS
from demo.management.commands.seed_demo import SEEDERS
from volunteering.models import HoursLog, Interest, Opportunity


@pytest.fixture(scope="module")
def first_seed(module_data):
    """The demo loaded once for this module, into an empty database (the volunteering seed
    loads the directory's first); what a test changes rolls back."""
    return module_data(demo.seed)


@pytest.fixture
def seeded(first_seed, db):
    return first_seed


def snapshot():
    return {
        "opportunities": sorted(map(repr, Opportunity.objects.values_list())),
        "causes": sorted(map(repr, Opportunity.causes.through.objects.values_list())),
        "interests": sorted(map(repr, Interest.objects.values_list())),
        "hours": HoursLog.objects.count(),
        "history": Opportunity.history.count(),
    }


def test_seed_is_registered_after_the_directory():
    assert SEEDERS.index("demo.volunteering.seed") > SEEDERS.index("demo.directory.seed")
    assert BULK_SEEDERS.index("demo.volunteering.seed_bulk") > BULK_SEEDERS.index(
        "demo.directory_bulk.seed_bulk"
    )


def test_demo_has_enough_varied_opportunities_and_loads_twice_identically(seeded):
    counts = seeded
    published = Opportunity.objects.public()
    assert counts["opportunities"] == published.count() >= 30
    assert published.values("organisation").distinct().count() >= 15
    assert published.filter(suitable_for_employer_teams=True).count() >= 3  # ESV
    assert published.filter(is_mutual_aid=True).count() >= 3
    assert published.filter(from_home=True).exists()
    assert published.filter(minimum_age__lt=18).exists()
    assert published.filter(dbs_check_needed=False).exists()
    for language in ("bn", "ur", "pl"):
        assert (
            published.exclude(**{f"title_{language}": None})
            .exclude(**{f"title_{language}": ""})
            .count()
            >= 5
        )
    assert Interest.objects.filter(status="new").exists()  # something for the back office
    before = snapshot()
    again = demo.seed()
    assert (again["created"], again["updated"], again["interests_created"]) == (0, 0, 0)
    assert snapshot() == before


def test_bulk_copies_every_opportunity_deterministically(seeded):
    from demo import directory_bulk

    directory_bulk.seed_bulk(2)
    first = demo.seed_bulk(2)
    assert (
        first["opportunities_created"]
        == 2
        * Opportunity.objects.filter(
            slug__in=[o["slug"] for o in demo.demo_data.OPPORTUNITIES]
        ).count()
    )
    copy = Opportunity.objects.get(slug="food-bank-warehouse-helper-bulk-2")
    assert copy.organisation.slug == "beckton-community-food-bank-bulk-2"
    assert copy.causes.count() == 2
    assert demo.seed_bulk(2)["opportunities_created"] == 0
    assert demo.seed_bulk(1)["opportunities_created"] == 0
