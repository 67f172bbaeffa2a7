"""Invariants of the volunteering models: in the database, in clean(), in the state machine."""

import datetime
from decimal import Decimal

import pytest
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone

from volunteering.models import (
    CONSENT_VERSION,
    INTEREST_TRANSITIONS,
    HoursLog,
    Interest,
    InterestStatus,
    Opportunity,
)
from volunteering.workdays import working_days_between

from .conftest import london

pytestmark = pytest.mark.django_db
S = InterestStatus


def _violates(constraint, save):
    with pytest.raises(IntegrityError, match=constraint), transaction.atomic():
        save()


@pytest.mark.parametrize(
    "fields,constraint",
    [
        ({"location": None, "from_home": False}, "opportunity_has_a_place"),
        (
            {"start_date": datetime.date(2027, 2, 1), "end_date": datetime.date(2027, 1, 1)},
            "opportunity_ends_after_it_starts",
        ),
        ({"minimum_age": 5}, "opportunity_minimum_age_range"),
        ({"minimum_age": 120}, "opportunity_minimum_age_range"),
        (
            {"suitable_for_employer_teams": True, "suitable_for_groups": False},
            "opportunity_teams_are_groups",
        ),
        ({"places_available": 0}, "opportunity_places_positive"),
    ],
)
def test_opportunity_constraints(opportunity_a, fields, constraint):
    for name, value in fields.items():
        setattr(opportunity_a, name, value)
    with pytest.raises(ValidationError):
        opportunity_a.full_clean()
    _violates(constraint, opportunity_a.save)


def test_reserved_slugs_are_refused(opportunity_a):
    opportunity_a.slug = "my"
    with pytest.raises(ValidationError) as error:
        opportunity_a.full_clean()
    assert "slug" in error.value.message_dict


def test_open_excludes_closed_and_ended(make_opportunity, org_a):
    today = timezone.localdate()
    day = datetime.timedelta(days=1)
    keep = [
        make_opportunity(org_a, slug="no-dates"),
        make_opportunity(org_a, slug="closes-today", closing_date=today),
        make_opportunity(org_a, slug="ends-later", end_date=today + day),
    ]
    make_opportunity(org_a, slug="closed", closing_date=today - day)
    make_opportunity(org_a, slug="ended", start_date=today - 3 * day, end_date=today - day)
    assert set(Opportunity.objects.open()) == set(keep)


def _interest(opportunity, **fields):
    values = {
        "opportunity": opportunity,
        "name": "Sam",
        "email": "sam@example.org",
        "consent_given_at": timezone.now(),
        "consent_version": CONSENT_VERSION,
    }
    return Interest(**{**values, **fields})


@pytest.mark.parametrize(
    "fields",
    [
        {"consent_given_at": None},
        {"consent_version": ""},
        {"name": ""},
        {"email": "", "phone": ""},
    ],
)
def test_interest_needs_consent_name_and_contact(opportunity_a, fields):
    interest = _interest(opportunity_a, **fields)
    _violates("interest_has_consent_and_contact", interest.save)


def test_a_phone_number_is_enough(opportunity_a):
    _interest(opportunity_a, email="", phone="07700 900982").save()


def test_anonymised_interest_needs_nothing(opportunity_a):
    interest = _interest(opportunity_a)
    interest.save()
    interest.anonymise()
    interest.save()
    interest.refresh_from_db()
    assert (interest.name, interest.email, interest.phone, interest.user) == ("", "", "", None)


def test_one_interest_per_account_and_opportunity(opportunity_a, make_user):
    user = make_user()
    _interest(opportunity_a, user=user).save()
    _violates("one_interest_per_account", _interest(opportunity_a, user=user).save)
    # Without an account, the same person may send twice (we cannot tell them apart).
    _interest(opportunity_a).save()
    _interest(opportunity_a).save()


def test_interest_string_holds_no_personal_data(opportunity_a):
    interest = _interest(opportunity_a, name="Zainab Uniquename")
    interest.save()
    assert "Zainab" not in str(interest)
    assert "sam@example.org" not in str(interest)


@pytest.mark.parametrize("old", list(S))
@pytest.mark.parametrize("new", list(S))
def test_interest_state_machine(make_interest, opportunity_a, old, new):
    interest = make_interest(opportunity_a, status=old)
    now = timezone.now() + datetime.timedelta(hours=2)
    if new in INTEREST_TRANSITIONS[old]:
        interest.move_to(new, now=now)
        interest.save()  # the database agrees (first contact recorded)
        assert interest.status == new
        assert interest.status_changed_at == now
        timestamp = {
            S.CONTACTED: "contacted_at",
            S.ONBOARDING: "onboarding_at",
            S.ACTIVE: "active_at",
            S.FINISHED: "finished_at",
            S.NOT_PROGRESSED: "not_progressed_at",
        }[new]
        assert getattr(interest, timestamp) == now
    else:
        with pytest.raises(ValidationError):
            interest.move_to(new, now=now)
        assert interest.status == old


def test_first_contact_is_recorded_once_in_working_days(make_interest, opportunity_a):
    sent = london(2026, 11, 26, 10)  # a Thursday
    interest = make_interest(opportunity_a, created=sent)
    contacted = london(2026, 12, 1, 11)  # the next Tuesday
    interest.move_to(S.CONTACTED, now=contacted)
    assert interest.first_contacted_at == contacted
    assert interest.first_contact_working_days == working_days_between(sent, contacted) == 3
    interest.move_to(S.ACTIVE, now=contacted + datetime.timedelta(days=5))
    assert interest.first_contacted_at == contacted


def test_moving_on_without_first_contact_is_refused_by_the_database(opportunity_a):
    interest = _interest(opportunity_a, status=S.CONTACTED)
    _violates("interest_contacted_once_moved_on", interest.save)


@pytest.mark.parametrize("hours", ["0", "-1", "24.25", "25"])
def test_hours_must_be_more_than_0_and_at_most_24(make_interest, opportunity_a, hours):
    interest = make_interest(opportunity_a, status="active")
    entry = HoursLog(interest=interest, date=timezone.localdate(), hours=Decimal(hours))
    with pytest.raises(ValidationError):
        entry.full_clean()
    _violates("hours_log_within_a_day", entry.save)


def test_hours_cannot_be_in_the_future(make_interest, opportunity_a):
    interest = make_interest(opportunity_a, status="active")
    entry = HoursLog(
        interest=interest,
        date=timezone.localdate() + datetime.timedelta(days=1),
        hours=Decimal("2"),
    )
    with pytest.raises(ValidationError) as error:
        entry.full_clean()
    assert "date" in error.value.message_dict


def test_confirmer_needs_a_time(make_interest, opportunity_a, make_user):
    interest = make_interest(opportunity_a, status="active")
    entry = HoursLog(
        interest=interest, date=timezone.localdate(), hours=Decimal("2"), confirmed_by=make_user()
    )
    _violates("hours_log_confirmer_has_time", entry.save)


@pytest.mark.parametrize("field", ["life_satisfaction", "anxiety", "connectedness"])
def test_feedback_scales_are_0_to_10(make_interest, opportunity_a, field):
    from volunteering.models import VolunteerFeedback

    interest = make_interest(opportunity_a, status="finished")
    answers = dict.fromkeys(
        ["life_satisfaction", "worthwhile", "happiness", "anxiety", "connectedness"], 5
    )
    answers[field] = 11
    _violates(f"feedback_{field}_0_10", VolunteerFeedback(interest=interest, **answers).save)
