"""Invariants hold in the database as well as in forms, and the activity list imports whole."""

import json
from datetime import date, time

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from activities.activity_list import ACTIVITY_LIST_FILE, import_activity_list
from activities.models import ACTIVITY_LIST_TAXONOMY, ActivitySeries, Schedule
from directory.models import TaxonomyTerm

pytestmark = pytest.mark.django_db


def test_activity_list_is_imported_whole_with_its_tree_and_is_idempotent():
    concepts = json.loads(ACTIVITY_LIST_FILE.read_text())["concept"]
    assert import_activity_list() == {"created": 768, "updated": 0, "total": 768}
    assert len(concepts) == 768
    terms = TaxonomyTerm.objects.filter(taxonomy=ACTIVITY_LIST_TAXONOMY)
    assert terms.count() == 768
    chair_yoga = terms.get(code="chair_yoga")
    # The primary key is the concept's own id, so the feed can point back at the list.
    assert str(chair_yoga.pk) == "16b8fad0-68a1-4159-892d-c9b59dce03c8"
    assert chair_yoga.name == "Chair Yoga"
    assert chair_yoga.parent.name == "Yoga"
    assert import_activity_list() == {"created": 0, "updated": 0, "total": 768}
    chair_yoga.name_en = "Renamed locally"
    chair_yoga.save()
    assert import_activity_list()["updated"] == 1
    assert terms.get(code="chair_yoga").name_en == "Chair Yoga"


def _violates(name, **fields):
    with pytest.raises(IntegrityError, match=name), transaction.atomic():
        ActivitySeries.objects.filter(pk=fields.pop("pk")).update(**fields)


def test_series_constraints(make_series):
    series = make_series()
    _violates("series_age_range_in_order", pk=series.pk, min_age=60, max_age=18)
    _violates("series_has_a_place", pk=series.pk, location=None, is_online=False)
    _violates("series_free_has_no_price", pk=series.pk, is_free=True, price=5)


def test_series_clean_explains_in_words(make_series):
    series = make_series()
    series.min_age, series.max_age = 60, 18
    series.is_free, series.price = False, None
    with pytest.raises(ValidationError) as error:
        series.full_clean()
    assert error.value.message_dict["max_age"] == [
        "The oldest age cannot be below the youngest age."
    ]
    assert error.value.message_dict["price"] == ["Give the price, or tick “free”."]


@pytest.mark.parametrize(
    "fields,constraint",
    [
        ({"start_time": time(11), "end_time": time(10)}, "schedule_ends_after_it_starts"),
        ({"end_date": date(2024, 1, 1)}, "schedule_last_day_not_before_first"),
        ({"days": []}, "schedule_has_days_or_dates"),
        ({"frequency": "dates", "dates": []}, "schedule_has_days_or_dates"),
        ({"frequency": "monthly", "week_of_month": None}, "schedule_monthly_has_week"),
        ({"days": [7]}, "schedule_days_are_weekdays"),
    ],
)
def test_schedule_constraints(make_series, fields, constraint):
    series = make_series()
    values = {
        "series": series,
        "frequency": "weekly",
        "days": [1],
        "start_date": date(2025, 1, 6),
        "start_time": time(10),
        "end_time": time(11),
        **fields,
    }
    with pytest.raises(IntegrityError, match=constraint), transaction.atomic():
        Schedule.objects.bulk_create([Schedule(**values)])


def test_schedule_clean_explains_in_words(make_series):
    schedule = Schedule(
        series=make_series(),
        frequency="monthly",
        days=[],
        start_date=date(2025, 1, 6),
        start_time=time(10),
        end_time=time(9),
    )
    with pytest.raises(ValidationError) as error:
        schedule.full_clean()
    assert error.value.message_dict == {
        "days": ["Choose at least one day."],
        "end_time": ["It must end after it starts."],
        "week_of_month": ["Choose which week of the month it happens in."],
    }
