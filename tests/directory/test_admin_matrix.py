"""Back office for organisations, venues and services as matrices: every admin URL × every
persona. Alice admins org A, Bob edits org A, Vic reads org A, Charlie edits org B, Mo
moderates, Root is a superuser, Rita is a resident. Partners only ever see their own; another
organisation's record is invisible (the admin's "does not exist" redirect or a 404), never
merely forbidden, so nothing leaks. The search's vocabulary and unmet searches are the
council's alone: every partner is refused them outright. The records are written once for the
module (module_data): every cell only reads them.
"""

import datetime

import pytest
from django.urls import reverse

from directory.models import ListingReport, SynonymGroup, UnmetSearch
from tests import factories
from tests.admin_forms import FORBIDDEN, LOGIN, MISSING, OK, assert_matrix_cell


def _world():
    org_a, org_b, personas, ward = factories.two_organisations()
    venue = factories.location(ward)
    listings = {}
    for key, org in (("a", org_a), ("b", org_b)):
        service = factories.service(org, f"Service of {org.name}", venues=[venue])
        listings[key] = {
            "service": service,
            "sal": service.service_at_locations.get(),
            "report": ListingReport.objects.create(
                service=service, reason="wrong_times", details="Shut", email="r@example.org"
            ),
        }
    # Superusers, like moderators, sign in with an app code.
    personas["root"] = factories.activate_totp(
        factories.user("root@example.org", is_staff=True, is_superuser=True)
    )
    search = {
        "group": SynonymGroup.objects.create(name="Nappies", terms_en="nappies\ndiapers"),
        "unmet": UnmetSearch.objects.create(
            query="tuba lessons", language="en", door="activities", day=datetime.date(2026, 1, 5)
        ),
    }
    return {"personas": personas, "orgs": (org_a, org_b), "listings": listings, "search": search}


@pytest.fixture(scope="module")
def shared(module_data):
    return module_data(_world)


ORGANISATION_URLS = {
    "changelist": lambda a, b: reverse("admin:directory_organisation_changelist"),
    "own org": lambda a, b: reverse("admin:directory_organisation_change", args=[a.pk]),
    "other org": lambda a, b: reverse("admin:directory_organisation_change", args=[b.pk]),
    "own history": lambda a, b: reverse("admin:directory_organisation_history", args=[a.pk]),
    "other history": lambda a, b: reverse("admin:directory_organisation_history", args=[b.pk]),
    "add org": lambda a, b: reverse("admin:directory_organisation_add"),
    "venues": lambda a, b: reverse("admin:directory_location_changelist"),
    "add venue": lambda a, b: reverse("admin:directory_location_add"),
}

ORGANISATION_EXPECTED = {
    #          changelist own  other    own-h other-h  add-org    venues add-venue
    None: [LOGIN] * 8,
    "rita": [LOGIN] * 8,
    "vic": [OK, OK, MISSING, OK, MISSING, FORBIDDEN, OK, FORBIDDEN],
    "bob": [OK, OK, MISSING, OK, MISSING, FORBIDDEN, OK, FORBIDDEN],
    "alice": [OK, OK, MISSING, OK, MISSING, FORBIDDEN, OK, FORBIDDEN],
    "charlie": [OK, MISSING, OK, MISSING, OK, FORBIDDEN, OK, FORBIDDEN],
    "mo": [OK] * 8,
}


SERVICE_URLS = {
    "services": lambda x: reverse("admin:directory_service_changelist"),
    "own service": lambda x: reverse("admin:directory_service_change", args=[x["a"]["service"].pk]),
    "other service": lambda x: reverse(
        "admin:directory_service_change", args=[x["b"]["service"].pk]
    ),
    "own history": lambda x: reverse(
        "admin:directory_service_history", args=[x["a"]["service"].pk]
    ),
    "other history": lambda x: reverse(
        "admin:directory_service_history", args=[x["b"]["service"].pk]
    ),
    "add service": lambda x: reverse("admin:directory_service_add"),
    "own venue link": lambda x: reverse(
        "admin:directory_serviceatlocation_change", args=[x["a"]["sal"].pk]
    ),
    "other venue link": lambda x: reverse(
        "admin:directory_serviceatlocation_change", args=[x["b"]["sal"].pk]
    ),
    "add venue link": lambda x: reverse("admin:directory_serviceatlocation_add"),
    "reports": lambda x: reverse("admin:directory_listingreport_changelist"),
    "own report": lambda x: reverse(
        "admin:directory_listingreport_change", args=[x["a"]["report"].pk]
    ),
    "other report": lambda x: reverse(
        "admin:directory_listingreport_change", args=[x["b"]["report"].pk]
    ),
    "add report": lambda x: reverse("admin:directory_listingreport_add"),
}

#         list own  other own-h oth-h add  ownSAL othSAL addSAL reps ownR othR addR
SERVICE_EXPECTED = {
    None: [LOGIN] * 13,
    "rita": [LOGIN] * 13,
    "vic": [OK, OK, MISSING, OK, MISSING, FORBIDDEN, OK, MISSING, FORBIDDEN, OK, OK, MISSING]
    + [FORBIDDEN],
    "bob": [OK, OK, MISSING, OK, MISSING, OK, OK, MISSING, OK, OK, OK, MISSING, FORBIDDEN],
    "charlie": [OK, MISSING, OK, MISSING, OK, OK, MISSING, OK, OK, OK, MISSING, OK, FORBIDDEN],
    "mo": [OK] * 12 + [FORBIDDEN],
}


SEARCH_URLS = {
    "groups": lambda x: reverse("admin:directory_synonymgroup_changelist"),
    "add group": lambda x: reverse("admin:directory_synonymgroup_add"),
    "group": lambda x: reverse("admin:directory_synonymgroup_change", args=[x["group"].pk]),
    "delete group": lambda x: reverse("admin:directory_synonymgroup_delete", args=[x["group"].pk]),
    "group history": lambda x: reverse(
        "admin:directory_synonymgroup_history", args=[x["group"].pk]
    ),
    "unmet": lambda x: reverse("admin:directory_unmetsearch_changelist"),
    "add unmet": lambda x: reverse("admin:directory_unmetsearch_add"),
    "one unmet": lambda x: reverse("admin:directory_unmetsearch_change", args=[x["unmet"].pk]),
    "delete unmet": lambda x: reverse("admin:directory_unmetsearch_delete", args=[x["unmet"].pk]),
    "unmet history": lambda x: reverse("admin:directory_unmetsearch_history", args=[x["unmet"].pk]),
}

# Moderators keep the synonym groups and read the unmet searches (the change page is read
# only); removing an unmet search is the superuser's alone.
#               groups add  group delete history unmet add  one  delete history
SEARCH_EXPECTED = {
    None: [LOGIN] * 10,
    "rita": [LOGIN] * 10,
    "vic": [FORBIDDEN] * 10,
    "bob": [FORBIDDEN] * 10,
    "alice": [FORBIDDEN] * 10,
    "charlie": [FORBIDDEN] * 10,
    "mo": [OK] * 5 + [OK, FORBIDDEN, OK, FORBIDDEN, OK],
    "root": [OK] * 5 + [OK, FORBIDDEN, OK, OK, OK],
}


# Each matrix: its addresses, what each persona gets, and the records its addresses take.
MATRICES = {
    "organisations": (ORGANISATION_URLS, ORGANISATION_EXPECTED, lambda world: world["orgs"]),
    "services": (SERVICE_URLS, SERVICE_EXPECTED, lambda world: (world["listings"],)),
    "search": (SEARCH_URLS, SEARCH_EXPECTED, lambda world: (world["search"],)),
}
CELLS = [
    (matrix, persona, url_name)
    for matrix, (urls, expected, _records) in MATRICES.items()
    for persona in expected
    for url_name in urls
]


@pytest.mark.parametrize(("matrix", "persona", "url_name"), CELLS)
def test_admin_matrix(client, db, shared, matrix, persona, url_name):
    urls, expected, records = MATRICES[matrix]
    assert_matrix_cell(
        client, shared["personas"], urls, expected, persona, url_name, *records(shared)
    )
