"""Back office for activities as a matrix: every admin URL × every persona. Partners see and
edit only their own organisation's activities; another organisation's is "not found". The
records are written once for the module (module_data): every cell only reads them."""

import uuid

import pytest
from django.urls import reverse

from tests import factories
from tests.admin_forms import FORBIDDEN, LOGIN, MISSING, OK, assert_matrix_cell


def _world():
    org_a, org_b, personas, ward = factories.two_organisations()
    mine = factories.activity(
        org_a, "Org A Walk", slug="org-a-walk", location=factories.location(ward)
    )
    theirs = factories.activity(
        org_b, "Org B Yoga", slug="org-b-yoga", location=factories.location(ward)
    )
    return personas, (mine, theirs)


@pytest.fixture(scope="module")
def shared(module_data):
    return module_data(_world)


URLS = {
    "changelist": lambda a, b: reverse("admin:activities_activityseries_changelist"),
    "own": lambda a, b: reverse("admin:activities_activityseries_change", args=[a.pk]),
    "other": lambda a, b: reverse("admin:activities_activityseries_change", args=[b.pk]),
    "guessed id": lambda a, b: reverse(
        "admin:activities_activityseries_change", args=[uuid.uuid4()]
    ),
    "own history": lambda a, b: reverse("admin:activities_activityseries_history", args=[a.pk]),
    "other history": lambda a, b: reverse("admin:activities_activityseries_history", args=[b.pk]),
    "add": lambda a, b: reverse("admin:activities_activityseries_add"),
    "campaigns": lambda a, b: reverse("admin:activities_campaign_changelist"),
    "add campaign": lambda a, b: reverse("admin:activities_campaign_add"),
}

EXPECTED = {
    #          list own  other    guessed  own-h other-h  add        campaigns add-campaign
    None: [LOGIN] * 9,
    "rita": [LOGIN] * 9,
    "vic": [OK, OK, MISSING, MISSING, OK, MISSING, FORBIDDEN, OK, FORBIDDEN],
    "bob": [OK, OK, MISSING, MISSING, OK, MISSING, OK, OK, FORBIDDEN],
    "alice": [OK, OK, MISSING, MISSING, OK, MISSING, OK, OK, FORBIDDEN],
    "charlie": [OK, MISSING, OK, MISSING, MISSING, OK, OK, OK, FORBIDDEN],
    "mo": [OK, OK, OK, MISSING, OK, OK, OK, OK, OK],
}


@pytest.mark.parametrize("persona", list(EXPECTED))
@pytest.mark.parametrize("url_name", list(URLS))
def test_admin_matrix(client, db, shared, persona, url_name):
    personas, two_series = shared
    assert_matrix_cell(client, personas, URLS, EXPECTED, persona, url_name, *two_series)
