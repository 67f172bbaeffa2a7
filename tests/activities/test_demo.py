"""The activities demo data: enough, varied, in every ward, always upcoming, safe to reload."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.utils import timezone

from activities.models import ActivitySeries, Campaign, Occurrence, Schedule
from directory.models import Ward

pytestmark = pytest.mark.django_db


def _seed_demo():
    out = StringIO()
    call_command("seed_demo", stdout=out)
    return out.getvalue()


@pytest.fixture(scope="module")
def seeded_once(module_data):
    return module_data(_seed_demo)


@pytest.fixture
def seeded(seeded_once, db):
    return seeded_once


def snapshot():
    through = [
        ActivitySeries.activity_types.through,
        ActivitySeries.categories.through,
        ActivitySeries.languages.through,
        ActivitySeries.campaigns.through,
    ]
    rows = {m.__name__: sorted(map(repr, m.objects.values_list())) for m in through}
    for model in (ActivitySeries, Schedule, Occurrence, Campaign):
        rows[model.__name__] = sorted(map(repr, model.objects.values_list()))
    rows["history"] = ActivitySeries.history.count()
    return rows


def test_demo_has_enough_varied_activities_in_every_ward(seeded):
    assert "demo.activities.seed:" in seeded
    public = ActivitySeries.objects.public()
    assert public.count() >= 80
    wards = set(public.exclude(location=None).values_list("location__ward__slug", flat=True))
    assert wards == set(Ward.objects.values_list("slug", flat=True)) and len(wards) == 24
    types = ActivitySeries.activity_types.through.objects.filter(activityseries__in=public)
    assert types.values("taxonomyterm").distinct().count() >= 25
    frequencies = set(Schedule.objects.values_list("frequency", flat=True))
    assert frequencies == {"weekly", "fortnightly", "monthly", "dates"}
    assert public.filter(is_online=True).count() >= 3
    assert public.filter(gender_restriction="female").count() >= 5
    assert public.filter(min_age__gte=50).count() >= 5  # older people
    assert public.filter(max_age__lte=19).count() >= 5  # young people and children
    assert public.filter(categories__code="carers-support").exists()
    assert Campaign.objects.count() == 3
    assert all(c.activity_series.exists() for c in Campaign.objects.all())
    assert ActivitySeries.objects.exclude(status="published").count() == 3  # for moderation


def test_demo_always_has_sessions_coming_up_including_cancellations(seeded):
    now = timezone.now()
    week = Occurrence.objects.public().filter(start__gte=now, start__lt=now + timedelta(days=7))
    # Seeded on the real date, as the demo is: a week of bank holidays (Christmas, Easter)
    # has about 50 sessions, an ordinary week about 100.
    assert week.count() >= 40
    assert week.filter(cancelled=True).exists()
    one_offs = Occurrence.objects.public().filter(schedule__frequency="dates", start__gte=now)
    assert one_offs.count() >= 5
    assert ActivitySeries.objects.filter(feed_listed=True).count() >= 60


def test_seed_demo_twice_changes_nothing(seeded):
    before = snapshot()
    out = StringIO()
    call_command("seed_demo", stdout=out)
    assert "Activities demo data: 0 created, 0 updated" in out.getvalue()
    assert snapshot() == before


def test_seed_bulk_adds_copies_once(seeded):
    call_command("seed_bulk", "--scale", "1", stdout=StringIO())
    demo_count = ActivitySeries.objects.exclude(slug__contains="-bulk-").count()
    bulk = ActivitySeries.objects.filter(slug__endswith="-bulk-1")
    assert bulk.count() == ActivitySeries.objects.public().exclude(slug__contains="-bulk-").count()
    assert demo_count >= 80
    assert Occurrence.objects.filter(series__in=bulk).count() > 1000
    assert bulk.filter(feed_listed=True).count() >= 60
    out = StringIO()
    call_command("seed_bulk", "--scale", "1", stdout=out)
    assert "0 series and 0 sessions created" in out.getvalue()
