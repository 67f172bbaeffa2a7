"""Back office for organisations, venues and services as matrices: every admin URL × every
persona. Alice admins org A, Bob edits org A, Vic reads org A, Charlie edits org B, Mo
moderates, Rita is a resident. Partners only ever see their own; another organisation's
record is invisible (the admin's "does not exist" redirect or a 404), never merely forbidden,
so nothing leaks. The records are written once for the module (module_data): every cell only
reads them.
"""

import pytest
from django.urls import reverse

from directory.models import ListingReport
from tests import factories
from tests.admin_forms import FORBIDDEN, LOGIN, MISSING, OK, admin_outcome


def _world():
    org_a, org_b = factories.org_a(), factories.org_b()
    personas = factories.personas(org_a, org_b)
    venue = factories.location(factories.ward("Stratford"))
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
    return {"personas": personas, "orgs": (org_a, org_b), "listings": listings}


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


@pytest.mark.parametrize("persona", list(ORGANISATION_EXPECTED))
@pytest.mark.parametrize("url_name", list(ORGANISATION_URLS))
def test_organisations_admin_matrix(client, db, shared, persona, url_name):
    user = shared["personas"][persona] if persona else None
    url = ORGANISATION_URLS[url_name](*shared["orgs"])
    expected = ORGANISATION_EXPECTED[persona][list(ORGANISATION_URLS).index(url_name)]
    assert admin_outcome(client, user, url) == expected, f"{persona} {url_name}"


@pytest.mark.parametrize("persona", list(SERVICE_EXPECTED))
@pytest.mark.parametrize("url_name", list(SERVICE_URLS))
def test_services_admin_matrix(client, db, shared, persona, url_name):
    user = shared["personas"][persona] if persona else None
    url = SERVICE_URLS[url_name](shared["listings"])
    expected = SERVICE_EXPECTED[persona][list(SERVICE_URLS).index(url_name)]
    assert admin_outcome(client, user, url) == expected, f"{persona} {url_name}"
