"""manage.py import_oruk against the ORUK validator's mock feeds (served from a local HTTP
server), saved files and the HSDS examples: creates, re-imports without changes, rejects rows
with reasons and writes nothing at all when the feed itself is broken."""

import json
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from directory.models import (
    Contact,
    CostOption,
    Location,
    Schedule,
    Service,
    ServiceAtLocation,
    SpokenLanguage,
    TaxonomyTerm,
)

from .oruk_schemas import mock

pytestmark = pytest.mark.django_db
STANDARDS = Path(__file__).resolve().parents[1] / "standards"
COUNSELLING = "ac148810-d857-441c-9679-408f346de14b"


class Feed:
    """A tiny ORUK API on 127.0.0.1: `routes` maps a path (no query) to (status, body)."""

    def __init__(self):
        self.routes = {}
        self.requests = []
        feed = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):
                feed.requests.append(self.path)
                status, body = feed.routes.get(
                    self.path, feed.routes.get(self.path.split("?")[0], (404, b"{}"))
                )
                if not isinstance(body, bytes):
                    body = json.dumps(body).encode()
                self.send_response(status)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/api"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    def serve_mock(self, folder):
        """The validator's mock folder: its list at /services, its full service by id."""
        listing = mock(folder, "service_list.json")
        full = mock(folder, "service_full.json")
        self.routes = {"/api/services": (200, listing), f"/api/services/{full['id']}": (200, full)}
        return listing, full

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def feed():
    server = Feed()
    yield server
    server.close()


def run_import(source, organisation, *extra):
    out = StringIO()
    call_command("import_oruk", source, "--organisation", organisation.slug, *extra, stdout=out)
    return out.getvalue()


def snapshot():
    """Every row an import can write, to prove a second run writes nothing."""
    tables = {}
    for model in (
        Service,
        ServiceAtLocation,
        Schedule,
        CostOption,
        Contact,
        Location,
        TaxonomyTerm,
    ):
        tables[model.__name__] = sorted(map(repr, model.objects.values_list()))
    for through in (Service.languages.through, Service.wards.through, Service.categories.through):
        tables[through.__name__] = sorted(map(repr, through.objects.values_list()))
    tables["history"] = Service.history.count()
    return tables


def test_default_mock_feed_creates_its_service(feed, org_a, ward):
    feed.serve_mock("V3.0-UK-Default")
    output = run_import(feed.url, org_a)
    assert "created: 1, updated: 0, unchanged: 0, rejected: 0" in output
    service = Service.objects.get(pk=COUNSELLING)
    assert service.organisation == org_a
    assert service.status == "submitted"  # waits for a moderator
    assert service.name_en == "Community Counselling"
    assert (service.minimum_age, service.maximum_age) == (12, 100)
    assert service.email == "email@example.com" and service.url == "http://example.com/counselling"
    assert str(service.assured_date) == "2005-01-01"
    assert service.alert_en.startswith("Following COVID-19")
    assert service.imported_from == feed.url  # the API root, however it was given
    assert not service.is_free
    assert [(c.option_en, c.amount) for c in service.cost_options.all()] == [
        ("Under 18s and Over 60s", 35)
    ]
    assert [c.name for c in service.contacts.all()] == ["Ann Persona"]
    schedule = service.schedules.get()
    assert (schedule.freq, schedule.byday, str(schedule.opens_at)) == (
        "WEEKLY",
        ["TH", "FR"],
        "10:00:00",
    )
    assert service.funding.startswith("This service is funded partially")
    assert [t.taxonomy for t in service.categories.all()] == ["taxonomy"]
    # What could not be used is said, not silently dropped.
    assert "venue 'MyCity Civic Center' is not in Newham" in output
    assert "not one of our languages" in output
    assert "days of the month (bymonthday) were ignored" in output
    # It fetched the list, then the details.
    assert feed.requests[0].startswith("/api/services?page=1&per_page=")
    assert feed.requests[1] == f"/api/services/{COUNSELLING}"
    assert not Service.objects.public().exists()


def test_reimporting_changes_nothing(feed, org_a, ward):
    feed.serve_mock("V3.0-UK-Default")
    run_import(feed.url, org_a)
    before = snapshot()
    output = run_import(f"{feed.url}/services", org_a)  # the /services address works too
    assert "created: 0, updated: 0, unchanged: 1, rejected: 0" in output
    assert snapshot() == before


def test_a_changed_record_is_updated_and_reviewed_again(feed, org_a, ward):
    listing, full = feed.serve_mock("V3.0-UK-Default")
    run_import(feed.url, org_a)
    Service.objects.filter(pk=COUNSELLING).update(status="published")
    full["name"] = "Community Counselling Service"
    full["schedules"][0]["opens_at"] = "09:00:00"
    feed.routes[f"/api/services/{COUNSELLING}"] = (200, full)
    output = run_import(feed.url, org_a)
    assert "created: 0, updated: 1, unchanged: 0" in output
    service = Service.objects.get(pk=COUNSELLING)
    assert service.name_en == "Community Counselling Service"
    assert str(service.schedules.get().opens_at) == "09:00:00"
    assert service.status == "submitted"
    assert Service.objects.count() == 1 and Schedule.objects.count() == 1


def test_failing_feed_rejects_every_row_with_a_reason_and_writes_nothing(feed, org_a, ward):
    feed.serve_mock("V3.0-UK-Fail")
    before = snapshot()
    output = run_import(feed.url, org_a, "--no-details")
    assert "created: 0, updated: 0, unchanged: 0, rejected: 4" in output
    assert "'name' is a required property" in output
    assert "'email-example_com' is not a 'email'" in output
    assert "'example_counselling' is not a 'uri'" in output
    assert "False is not of type 'string'" in output
    assert snapshot() == before
    # With details: the one full record has a bad email and web address; the others 404.
    output = run_import(feed.url, org_a)
    assert "rejected: 4" in output
    assert "'example/counselling' is not a 'uri'" in output
    assert "answered HTTP 404" in output
    assert snapshot() == before


def test_duplicate_ids_in_a_feed_are_rejected(feed, org_a, ward):
    feed.serve_mock("V3.0-UK-Test")
    output = run_import(feed.url, org_a)
    rows = len(mock("V3.0-UK-Test", "service_list.json")["contents"])
    assert f"created: 1, updated: 0, unchanged: 0, rejected: {rows - 1}" in output
    assert "the same id appears earlier in the feed" in output


def test_warn_mock_feed_imports(feed, org_a, ward):
    feed.serve_mock("V3.0-UK-Warn")
    assert "created: 1" in run_import(feed.url, org_a)


@pytest.mark.parametrize(
    "routes,message",
    [
        ({"/api/services": (200, b"<html>not json")}, "not valid JSON"),
        ({"/api/services": (200, {"items": []})}, 'no "contents" list'),
        ({"/api/services": (500, b"{}")}, "HTTP 500"),
        ({}, "HTTP 404"),
    ],
)
def test_malformed_feed_is_reported_and_nothing_is_written(feed, org_a, routes, message):
    feed.routes = routes
    with pytest.raises(CommandError, match=message):
        run_import(feed.url, org_a)
    assert not Service.objects.exists()


def test_a_broken_second_page_writes_nothing_partial(feed, org_a, ward):
    listing, full = feed.serve_mock("V3.0-UK-Default")
    feed.routes["/api/services"] = (200, {**listing, "total_pages": 2, "last_page": False})
    feed.routes["/api/services?page=2&per_page=100"] = (200, b'{"contents": [{"id": ')
    before = snapshot()
    with pytest.raises(CommandError, match="page=2.*not valid JSON"):
        run_import(feed.url, org_a)
    assert snapshot() == before
    assert "/api/services?page=2&per_page=100" in feed.requests


def test_broken_details_write_nothing(feed, org_a, ward):
    feed.serve_mock("V3.0-UK-Default")
    feed.routes[f"/api/services/{COUNSELLING}"] = (200, b"{broken")
    with pytest.raises(CommandError, match="not valid JSON"):
        run_import(feed.url, org_a)
    assert not Service.objects.exists()


def test_unreachable_feed(org_a):
    with pytest.raises(CommandError, match="could not be fetched"):
        run_import("http://127.0.0.1:9/api", org_a)


def test_unknown_organisation_or_file(org_a, tmp_path):
    with pytest.raises(CommandError, match="no organisation"):
        call_command("import_oruk", "feed.json", "--organisation", "nobody")
    with pytest.raises(CommandError, match="no such file"):
        run_import(str(tmp_path / "missing.json"), org_a)
    bad = tmp_path / "bad.json"
    bad.write_text('"just a string"')
    with pytest.raises(CommandError, match="not an ORUK service"):
        run_import(str(bad), org_a)


def test_a_service_of_another_organisation_is_not_taken_over(feed, org_a, org_b, ward):
    feed.serve_mock("V3.0-UK-Default")
    run_import(feed.url, org_a)
    output = run_import(feed.url, org_b)
    assert "this id belongs to a service of another organisation" in output
    assert Service.objects.get(pk=COUNSELLING).organisation == org_a


def test_saved_oruk_list_file(org_a, ward):
    path = STANDARDS / "oruk" / "validator-mocks" / "V3.0-UK-Default" / "service_list.json"
    output = run_import(str(path), org_a)
    assert "created: 1" in output
    assert Service.objects.get().imported_from == ""  # a file has no address to keep


@pytest.mark.parametrize("name", ["service_full.json", "service_list.json"])
def test_hsds_examples_import(org_a, ward, name):
    SpokenLanguage.objects.create(code="ur", name="Urdu")
    output = run_import(str(STANDARDS / "hsds" / "3.0" / "examples" / name), org_a)
    assert "created: 1" in output, output
    service = Service.objects.get()
    assert service.name_en == "Community Counselling"
    assert service.fees_description_en.startswith("Non-NHS patients")
    if name == "service_full.json":
        assert service.phone == "+44 1234 234567"  # the example's quotes taken off
        assert [lang.code for lang in service.languages.all()] == ["ur"]
        assert service.eligibility_description_en.startswith("This service is intended")


def test_round_trip_through_our_own_api(client, make_service, make_location, org_a, language):
    """Our API's output imports back into the same records (what another council would do)."""
    venue = make_location(latitude="51.5163", longitude="0.0622", postcode="E6 5JQ")
    service = make_service(
        "Food parcels",
        organisation=org_a,
        languages=[language("bn", "Bengali")],
        venues=[venue],
        is_free=True,
        minimum_age=18,
        schedules=[
            {"freq": "MONTHLY", "byday": ["1TU"], "opens_at": "10:00", "closes_at": "12:00"}
        ],
    )
    exported = client.get(f"/api/oruk/services/{service.pk}").json()
    ServiceAtLocation.objects.all().delete()
    Service.objects.all().delete()
    path = Path(__file__).parent / "_exported.json"
    try:
        path.write_text(json.dumps(exported))
        output = run_import(str(path), org_a)
    finally:
        path.unlink()
    assert "created: 1" in output, output
    again = Service.objects.get(pk=service.pk)
    assert again.name_en == "Food parcels" and again.is_free and again.minimum_age == 18
    assert [lang.code for lang in again.languages.all()] == ["bn"]
    assert again.service_at_locations.get().location == venue
    schedule = again.schedules.get()
    assert (schedule.freq, schedule.byday) == ("MONTHLY", ["1TU"])


def test_a_venue_in_newham_is_added_in_the_nearest_ward(feed, org_a, make_location):
    from directory.models import Ward

    beckton = Ward.objects.create(name="Beckton", slug="beckton")
    make_location(name="Beckton Globe", ward=beckton, latitude="51.5163", longitude="0.0622")
    listing, full = feed.serve_mock("V3.0-UK-Default")
    location = full["service_at_locations"][0]["location"]
    location.update(latitude=51.5170, longitude=0.0600)
    location["addresses"][0]["postal_code"] = "e6 5jq"
    feed.routes[f"/api/services/{COUNSELLING}"] = (200, full)
    output = run_import(feed.url, org_a)
    assert "new venues: 1" in output
    venue = Location.objects.get(pk=location["id"])
    assert (venue.name_en, venue.ward, venue.postcode) == ("MyCity Civic Center", beckton, "E6 5JQ")
    assert Service.objects.get().service_at_locations.get().location == venue
    before = snapshot()
    assert "unchanged: 1" in run_import(feed.url, org_a)
    assert snapshot() == before
