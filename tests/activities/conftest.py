"""Factories for activities: a published series at a venue, with a schedule."""

from datetime import UTC, date, datetime

import pytest
from django.utils import timezone

from activities.activity_list import import_activity_list
from activities.models import ACTIVITY_LIST_TAXONOMY
from directory.models import TaxonomyTerm
from tests import factories


@pytest.fixture
def activity_list(db):
    """The real OpenActive activity list (768 concepts), as the site imports it."""
    import_activity_list()


@pytest.fixture
def term(activity_list):
    def get(code):
        return TaxonomyTerm.objects.get(taxonomy=ACTIVITY_LIST_TAXONOMY, code=code)

    return get


@pytest.fixture
def make_schedule(db):
    def make(series, **fields):
        # A fixed first day, so occurrence tests know which dates to expect.
        return factories.activity_schedule(
            series, **{"frequency": "weekly", "start_date": date(2025, 1, 6), **fields}
        )

    return make


@pytest.fixture
def make_series(db, make_org, make_location, make_schedule):
    """make_series(name, types=["walking"], schedule={...} or None, **fields)."""

    def make(name=None, *, types=(), schedule=None, organisation=None, **fields):
        if "location" not in fields and not fields.get("is_online"):
            fields["location"] = make_location()
        series = factories.activity(organisation or make_org(), name, types=types, **fields)
        if schedule is not None:
            make_schedule(series, **schedule)
            series.refresh_from_db()
        return series

    return make


# Wednesday 26 March 2025, 09:00 in London: four days before the clocks go forward.
FROZEN_NOW = datetime(2025, 3, 26, 9, 0, tzinfo=UTC)


@pytest.fixture
def frozen_now(monkeypatch):
    """Pin "now" for pages that show what is coming up (timezone.localdate() follows)."""
    monkeypatch.setattr(timezone, "now", lambda: FROZEN_NOW)
    return FROZEN_NOW
