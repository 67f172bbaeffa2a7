"""The services model on real PostgreSQL: who may see what, each query verb, and the rules."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from directory.forms import ScheduleForm
from directory.models import (
    AudienceGroup,
    DeliveryMethod,
    Frequency,
    Schedule,
    Service,
    TaxonomyTerm,
    Ward,
    byday_tokens_for,
)

pytestmark = pytest.mark.django_db
LONDON = ZoneInfo("Europe/London")


def names(queryset):
    return sorted(queryset.values_list("name", flat=True))


def test_only_published_services_of_published_organisations_are_public(make_service, make_org):
    hidden_org = make_org(name="Archived Org", slug="archived-org", status="archived")
    make_service("Live")
    make_service("Draft", status="draft")
    make_service("Waiting", status="submitted")
    make_service("Orphan", organisation=hidden_org)
    assert names(Service.objects.public()) == ["Live"]


def test_categories_include_everything_below_them(make_service, make_term):
    food = make_term("Food")
    banks = make_term("Food banks", parent=food)
    pantries = make_term("Pantries", parent=banks)  # three levels deep
    housing = make_term("Housing")
    make_service("Top", categories=[food])
    make_service("Bank", categories=[banks])
    make_service("Pantry", categories=[pantries])
    make_service("Homes", categories=[housing])
    assert names(Service.objects.in_categories([food])) == ["Bank", "Pantry", "Top"]
    assert names(Service.objects.in_categories([banks])) == ["Bank", "Pantry"]
    assert names(Service.objects.in_categories([housing, pantries])) == ["Homes", "Pantry"]
    assert set(TaxonomyTerm.objects.with_descendants([food])) == {food.pk, banks.pk, pantries.pk}
    assert TaxonomyTerm.objects.with_descendants([]) == []


def test_age_groups_cost_delivery_and_language(make_service, language):
    bn, pl = language("bn"), language("pl")
    make_service(
        "Youth",
        minimum_age=11,
        maximum_age=25,
        groups=[AudienceGroup.YOUNG_PEOPLE],
        delivery_methods=[DeliveryMethod.IN_PERSON],
        languages=[bn],
    )
    make_service(
        "Elders",
        minimum_age=60,
        groups=[AudienceGroup.OLDER_PEOPLE, AudienceGroup.CARERS],
        is_free=True,
        delivery_methods=[DeliveryMethod.PHONE, DeliveryMethod.ONLINE],
        languages=[pl, bn],
    )
    make_service("Anyone", is_free=True)
    assert names(Service.objects.for_age(15)) == ["Anyone", "Youth"]
    assert names(Service.objects.for_age(70)) == ["Anyone", "Elders"]
    assert names(Service.objects.for_age(25)) == ["Anyone", "Youth"]
    assert names(Service.objects.for_groups(["carers"])) == ["Elders"]
    assert names(Service.objects.for_groups(["carers", "young_people"])) == ["Elders", "Youth"]
    assert names(Service.objects.free()) == ["Anyone", "Elders"]
    assert names(Service.objects.delivered(["online"])) == ["Elders"]
    assert names(Service.objects.delivered(["in_person", "phone"])) == ["Elders", "Youth"]
    assert names(Service.objects.speaking([bn])) == ["Elders", "Youth"]
    assert names(Service.objects.speaking([pl])) == ["Elders"]


def test_ward_means_named_whole_borough_or_a_venue_there(make_service, make_location, ward):
    beckton = Ward.objects.create(name="Beckton", slug="beckton")
    plashet = Ward.objects.create(name="Plashet", slug="plashet")
    make_service("Named", wards=[beckton])
    make_service("Everywhere")
    make_service("Elsewhere", wards=[plashet])
    make_service("Venue", wards=[plashet], venues=[make_location(ward=beckton)])
    make_service("Stratford venue", wards=[plashet], venues=[make_location(ward=ward)])
    assert names(Service.objects.in_ward(beckton)) == ["Everywhere", "Named", "Venue"]
    assert names(Service.objects.in_ward(plashet)) == [
        "Elsewhere",
        "Everywhere",
        "Stratford venue",
        "Venue",
    ]


def test_wheelchair_accessible_needs_a_venue_with_that_feature(
    make_service, make_location, feature
):
    ramp = make_location()
    ramp.accessibility.add(feature("wheelchair-accessible-entrance"), feature("hearing-loop"))
    steps = make_location()
    steps.accessibility.add(feature("hearing-loop"))
    make_service("Ramp", venues=[ramp, steps])
    make_service("Steps", venues=[steps])
    make_service("Phone only", delivery_methods=["phone"])
    assert names(Service.objects.wheelchair_accessible()) == ["Ramp"]


def test_byday_tokens_for_a_date():
    # Thursday 13 November 2025 is the 2nd Thursday; 27 November the 4th and last.
    assert byday_tokens_for(datetime.date(2025, 11, 13)) == ["TH", "2TH"]
    assert byday_tokens_for(datetime.date(2025, 11, 27)) == ["TH", "4TH", "-1TH"]
    assert byday_tokens_for(datetime.date(2025, 11, 29)) == ["SA", "5SA", "-1SA"]


def test_open_now_and_open_on_a_day(make_service, make_location):
    nine, five = datetime.time(9), datetime.time(17)
    make_service(
        "Weekdays",
        schedules=[{"byday": ["MO", "TU", "WE", "TH", "FR"], "opens_at": nine, "closes_at": five}],
    )
    make_service(
        "Second Thursday",
        schedules=[
            {"freq": "MONTHLY", "byday": ["2TH"], "opens_at": nine, "closes_at": datetime.time(12)}
        ],
    )
    make_service(
        "Ended",
        schedules=[
            {
                "byday": ["TH"],
                "opens_at": nine,
                "closes_at": five,
                "valid_to": datetime.date(2025, 1, 31),
            }
        ],
    )
    venue_service = make_service("At a venue only", venues=[make_location()])
    Schedule.objects.create(
        service_at_location=venue_service.service_at_locations.get(),
        byday=["SA"],
        opens_at=datetime.time(10),
        closes_at=datetime.time(14),
    )
    thursday_10am = datetime.datetime(2025, 11, 13, 10, 0, tzinfo=LONDON)
    assert names(Service.objects.open_at(thursday_10am)) == ["Second Thursday", "Weekdays"]
    # Closing time is not open; the utc time of a London moment is converted first.
    assert names(Service.objects.open_at(thursday_10am.replace(hour=12))) == ["Weekdays"]
    assert (
        names(Service.objects.open_at(datetime.datetime(2025, 11, 13, 17, 30, tzinfo=LONDON))) == []
    )
    # A later Thursday in the month is not the second one.
    assert names(Service.objects.open_at(datetime.datetime(2025, 11, 20, 10, tzinfo=LONDON))) == [
        "Weekdays"
    ]
    saturday = datetime.datetime(2025, 11, 15, 11, tzinfo=LONDON)
    assert names(Service.objects.open_at(saturday)) == ["At a venue only"]
    # By weekday (0 = Monday): monthly rules count, schedules that ended do not.
    today = datetime.date(2025, 11, 1)
    assert names(Service.objects.open_on(3, today=today)) == ["Second Thursday", "Weekdays"]
    assert names(Service.objects.open_on(3, today=datetime.date(2024, 11, 1))) == [
        "Ended",
        "Second Thursday",
        "Weekdays",
    ]
    assert names(Service.objects.open_on(5, today=today)) == ["At a venue only"]
    assert names(Service.objects.open_on(6, today=today)) == []


def test_rrule_and_schedule_rules(make_service):
    service = make_service()
    schedule = Schedule(service=service, freq="MONTHLY", byday=["1MO", "-1FR"])
    assert schedule.rrule == "FREQ=MONTHLY;BYDAY=1MO,-1FR"
    bad = [
        ({"freq": "WEEKLY", "byday": ["1MO"]}, "byday"),
        ({"freq": "MONTHLY", "byday": ["MO"]}, "byday"),
        ({"byday": []}, "byday"),
        ({"byday": ["XX"]}, "byday"),
        (
            {"byday": ["MO"], "opens_at": datetime.time(12), "closes_at": datetime.time(9)},
            "closes_at",
        ),
        (
            {
                "byday": ["MO"],
                "valid_from": datetime.date(2025, 2, 1),
                "valid_to": datetime.date(2025, 1, 1),
            },
            "valid_to",
        ),
    ]
    for values, field in bad:
        with pytest.raises(ValidationError) as caught:
            Schedule(service=service, **values).full_clean()
        assert field in caught.value.message_dict, values


def test_database_enforces_the_rules(make_service, make_location):
    service = make_service()
    venue = make_location()
    sal = service.service_at_locations.create(location=venue)
    cases = [
        lambda: Schedule.objects.create(byday=["MO"]),  # no owner
        lambda: Schedule.objects.create(service=service, service_at_location=sal, byday=["MO"]),
        lambda: Schedule.objects.create(
            service=service, byday=["MO"], opens_at=datetime.time(9), closes_at=datetime.time(9)
        ),
        lambda: Service.objects.filter(pk=service.pk).update(minimum_age=30, maximum_age=20),
        lambda: service.service_at_locations.create(location=venue),
    ]
    for case in cases:
        with pytest.raises(IntegrityError), transaction.atomic():
            case()


def test_age_range_is_checked_in_clean(make_service):
    service = make_service(minimum_age=30)
    service.maximum_age = 20
    with pytest.raises(ValidationError) as caught:
        service.full_clean()
    assert "maximum_age" in caught.value.message_dict


@pytest.mark.parametrize(
    "days,week,freq,byday",
    [
        (["MO", "WE"], "", Frequency.WEEKLY, ["MO", "WE"]),
        (["TH"], "2", Frequency.MONTHLY, ["2TH"]),
        (["FR"], "-1", Frequency.MONTHLY, ["-1FR"]),
    ],
)
def test_schedule_form_builds_the_rule_from_checkboxes(make_service, days, week, freq, byday):
    service = make_service()
    form = ScheduleForm(
        data={
            "days": days,
            "week_of_month": week,
            "opens_at": "09:30",
            "closes_at": "12:00",
            "description_en": "",
        },
        instance=Schedule(service=service),
    )
    assert form.is_valid(), form.errors
    schedule = form.save()
    schedule.refresh_from_db()
    assert (schedule.freq, schedule.byday) == (freq, byday)
    # Shown again with the same ticks.
    again = ScheduleForm(instance=schedule)
    assert again.initial["days"] == days and again.initial["week_of_month"] == week


def test_schedule_form_keeps_a_rule_it_cannot_show(make_service):
    service = make_service()
    schedule = Schedule.objects.create(
        service=service, freq="MONTHLY", byday=["1MO", "3MO"], opens_at=datetime.time(9)
    )
    form = ScheduleForm(
        data={"days": ["MO"], "week_of_month": "1", "opens_at": "10:00"}, instance=schedule
    )
    assert form.is_valid(), form.errors
    form.save()
    schedule.refresh_from_db()
    assert schedule.byday == ["1MO", "3MO"] and schedule.opens_at == datetime.time(10)


def test_schedule_form_needs_a_day(make_service):
    form = ScheduleForm(
        data={"days": [], "opens_at": "09:00"}, instance=Schedule(service=make_service())
    )
    assert not form.is_valid()
    assert "days" in form.errors
