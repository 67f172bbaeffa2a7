"""Back-office permissions as a matrix: every volunteering admin URL × every persona.

Alice admins org A, Bob edits org A, Vic reads org A, Charlie edits org B, Mo moderates,
Rita is a resident. Another organisation's record, or a guessed id, is "not found" (the
admin's redirect or a 404), never merely forbidden, so nothing leaks. The records are written
once for the module (module_data): every cell only reads them.
"""

import uuid

import pytest
from django.urls import reverse
from django.utils import timezone

from tests import factories
from tests.admin_forms import FORBIDDEN, LOGIN, MISSING, OK, REASON, assert_matrix_cell
from volunteering.models import TeamBooking


def _world():
    """One of everything for org A and org B, and the personas."""
    org_a, org_b, personas, ward = factories.two_organisations()
    opp_a = factories.opportunity(
        org_a, "Food bank helper", slug="food-bank-helper", location=factories.location(ward)
    )
    opp_b = factories.opportunity(
        org_b, "Tamil elders befriender", slug="tamil-befriender", location=factories.location(ward)
    )
    a = factories.interest(opp_a, status="active", name="Anna Applicant")
    b = factories.interest(opp_b, status="active", name="Bilal Applicant")
    team = factories.employer_team(
        personas["rita"], business_name="Acme", contact_email="ann@acme.example.org", staff_count=8
    )
    day = timezone.localdate()

    def booking(opportunity):
        return TeamBooking.objects.create(team=team, opportunity=opportunity, date=day, team_size=4)

    world = {
        "opp_a": opp_a,
        "opp_b": opp_b,
        "a": a,
        "b": b,
        "hours_a": factories.hours(a, "2"),
        "hours_b": factories.hours(b, "2"),
        "booking_a": TeamBooking.objects.create(
            team=team, opportunity=opp_a, date=day, team_size=4
        ),
        "booking_b": TeamBooking.objects.create(
            team=team, opportunity=opp_b, date=day, team_size=4
        ),
    }
    return personas, world


@pytest.fixture(scope="module")
def shared(module_data):
    return module_data(_world)


def change(model, obj_or_pk):
    pk = getattr(obj_or_pk, "pk", obj_or_pk)
    return reverse(f"admin:volunteering_{model}_change", args=[pk])


URLS = {
    "opportunities": lambda w: reverse("admin:volunteering_opportunity_changelist"),
    "own opportunity": lambda w: change("opportunity", w["opp_a"]),
    "other opportunity": lambda w: change("opportunity", w["opp_b"]),
    "own opp history": lambda w: reverse(
        "admin:volunteering_opportunity_history", args=[w["opp_a"].pk]
    ),
    "other opp history": lambda w: reverse(
        "admin:volunteering_opportunity_history", args=[w["opp_b"].pk]
    ),
    "add opportunity": lambda w: reverse("admin:volunteering_opportunity_add"),
    "interests": lambda w: reverse("admin:volunteering_interest_changelist"),
    "own interest": lambda w: change("interest", w["a"]),
    "other interest": lambda w: change("interest", w["b"]),
    "guessed interest": lambda w: change("interest", uuid.uuid4()),
    "malformed interest": lambda w: change("interest", "12345"),
    "own reason": lambda w: reverse("admin:volunteering_interest_reason", args=[w["a"].pk]),
    "other reason": lambda w: reverse("admin:volunteering_interest_reason", args=[w["b"].pk]),
    "other interest history": lambda w: reverse(
        "admin:volunteering_interest_history", args=[w["b"].pk]
    ),
    "other interest delete": lambda w: reverse(
        "admin:volunteering_interest_delete", args=[w["b"].pk]
    ),
    "own interest delete": lambda w: reverse(
        "admin:volunteering_interest_delete", args=[w["a"].pk]
    ),
    "guessed interest delete": lambda w: reverse(
        "admin:volunteering_interest_delete", args=[uuid.uuid4()]
    ),
    "export": lambda w: reverse("admin:volunteering_interest_export"),
    "export own org": lambda w: (
        reverse("admin:volunteering_interest_export")
        + f"?organisation={w['opp_a'].organisation_id}"
    ),
    "export other org": lambda w: (
        reverse("admin:volunteering_interest_export")
        + f"?organisation={w['opp_b'].organisation_id}"
    ),
    "export guessed org": lambda w: (
        reverse("admin:volunteering_interest_export") + f"?organisation={uuid.uuid4()}"
    ),
    "export bad org": lambda w: reverse("admin:volunteering_interest_export") + "?organisation=x",
    "hours": lambda w: reverse("admin:volunteering_hourslog_changelist"),
    "own hours": lambda w: change("hourslog", w["hours_a"]),
    "other hours": lambda w: change("hourslog", w["hours_b"]),
    "guessed hours": lambda w: change("hourslog", 999999),
    "bookings": lambda w: reverse("admin:volunteering_teambooking_changelist"),
    "own booking": lambda w: change("teambooking", w["booking_a"]),
    "other booking": lambda w: change("teambooking", w["booking_b"]),
    "people helped": lambda w: reverse("admin:volunteering_beneficiaryfeedback_changelist"),
    "teams": lambda w: reverse("admin:volunteering_employerteam_changelist"),
    "access log": lambda w: reverse("admin:volunteering_applicantdataaccess_changelist"),
    "volunteer feedback": lambda w: reverse("admin:volunteering_volunteerfeedback_changelist"),
}

# What each persona gets for a partner of org A (vic/bob/alice) and of org B (charlie).
PARTNER_A = {
    "opportunities": OK,
    "own opportunity": OK,
    "other opportunity": MISSING,
    "own opp history": OK,
    "other opp history": MISSING,
    "add opportunity": OK,
    "interests": OK,
    "own interest": OK,
    "other interest": MISSING,
    "guessed interest": MISSING,
    "malformed interest": MISSING,
    "own reason": MISSING,  # only moderators give reasons; partners just see their own
    "other reason": MISSING,
    "other interest history": MISSING,
    # Only the council deletes, so partners are refused before the id is even looked up:
    # the same answer for their own, another organisation's and a made-up id.
    "other interest delete": FORBIDDEN,
    "own interest delete": FORBIDDEN,
    "guessed interest delete": FORBIDDEN,
    "export": OK,
    "export own org": OK,
    "export other org": MISSING,
    "export guessed org": MISSING,
    "export bad org": MISSING,
    "hours": OK,
    "own hours": OK,
    "other hours": MISSING,
    "guessed hours": MISSING,
    "bookings": OK,
    "own booking": OK,
    "other booking": MISSING,
    "people helped": OK,
    "teams": FORBIDDEN,
    "access log": FORBIDDEN,
    "volunteer feedback": FORBIDDEN,
}
SWAP = {"own": "other", "other": "own"}


def mirrored(expected):
    """Charlie (org B) sees B's rows where the org A partners see A's."""
    result = {}
    for name, value in expected.items():
        first, _, rest = name.partition(" ")
        if first in SWAP and f"{SWAP[first]} {rest}" in expected:
            result[name] = expected[f"{SWAP[first]} {rest}"]
        else:
            result[name] = value
    result["export own org"], result["export other org"] = MISSING, OK
    result["other interest history"] = OK  # B's interest is Charlie's own
    return result


EXPECTED = {
    None: dict.fromkeys(URLS, LOGIN),
    "rita": dict.fromkeys(URLS, LOGIN),
    "vic": {**PARTNER_A, "add opportunity": FORBIDDEN},
    "bob": PARTNER_A,
    "alice": PARTNER_A,
    "charlie": mirrored(PARTNER_A),
    "mo": {
        **dict.fromkeys(URLS, OK),
        "own interest": REASON,  # a moderator records why before seeing someone's details
        "other interest": REASON,
        "guessed interest": MISSING,
        "malformed interest": MISSING,
        "guessed interest delete": MISSING,
        "guessed hours": MISSING,
        "export": FORBIDDEN,  # bulk export is for the organisation itself
        "export own org": FORBIDDEN,
        "export other org": FORBIDDEN,
        "export guessed org": FORBIDDEN,
        "export bad org": FORBIDDEN,
    },
}


@pytest.mark.parametrize("persona", list(EXPECTED))
@pytest.mark.parametrize("url_name", list(URLS))
def test_admin_matrix(client, db, shared, persona, url_name):
    personas, world = shared
    assert_matrix_cell(client, personas, URLS, EXPECTED, persona, url_name, world)
