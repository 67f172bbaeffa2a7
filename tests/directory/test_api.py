"""The ORUK 3.0 read API: every response validates against the ORUK schemas, only published
records appear, parameters work, bad ones are a 400 and unknown ids a 404, in JSON."""

import datetime
import json

import pytest
from django.utils import timezone

from directory.api_serializers import taxonomy_id
from directory.models import Service, Ward

from .oruk_schemas import errors, page_errors

pytestmark = pytest.mark.django_db

LISTS = {
    "/api/oruk/services": ("service_list.json", "service.json"),
    "/api/oruk/services?full=true": ("service_list.json", "service.json"),
    "/api/oruk/services?minimal=true": ("service_list.json", None),
    "/api/oruk/organizations": ("organization_list.json", "organization.json"),
    "/api/oruk/organizations?full_service=true": ("organization_list.json", "organization.json"),
    "/api/oruk/taxonomies": ("taxonomy_list.json", "taxonomy.json"),
    "/api/oruk/taxonomy_terms": ("taxonomy_term_list.json", "taxonomy_term.json"),
    "/api/oruk/service_at_locations": ("service_at_location_list.json", "service_at_location.json"),
    "/api/oruk/service_at_locations?full=true": (
        "service_at_location_list.json",
        "service_at_location.json",
    ),
}


def get_json(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, response.content[:500]
    assert response["Content-Type"].startswith(
        "application/json" if status == 200 else "application/problem+json"
    )
    return response.json()


def assert_valid_list(data, list_schema, item_schema):
    assert errors(data, list_schema) == []
    assert page_errors(data) == []
    if item_schema:
        for item in data["contents"]:
            assert errors(item, item_schema) == [], item.get("id")


@pytest.fixture
def directory(make_service, make_term, make_location, language, feature, org_a, org_b):
    """Two organisations, a category tree and services with every kind of part."""
    food = make_term("Food")
    banks = make_term("Food banks", parent=food)
    venue = make_location(
        name="Beckton Globe",
        postcode="E6 5JQ",
        ward=Ward.objects.get(),
        latitude="51.516300",
        longitude="0.062200",
    )
    venue.accessibility.add(feature("step-free-access"))
    org_a.charity_number = "1178452"
    org_a.save()
    parcels = make_service(
        "Food parcels",
        organisation=org_a,
        categories=[banks],
        languages=[language("bn", "Bengali")],
        venues=[venue],
        minimum_age=18,
        phone="020 7946 0101",
        email="help@food.example.org",
        url="https://food.example.org",
        funding="Donations",
        assured_date=datetime.date(2025, 10, 14),
        schedules=[
            {"byday": ["TU"], "opens_at": datetime.time(10), "closes_at": datetime.time(13)}
        ],
    )
    parcels.cost_options.create(option="Delivery", amount=2, amount_description="per parcel")
    parcels.contacts.create(name="Ann", title="Coordinator", phone="020 7946 0102")
    make_service(
        "Elders lunch",
        organisation=org_b,
        is_free=True,
        categories=[food],
        schedules=[{"freq": "MONTHLY", "byday": ["1WE"]}],
    )
    make_service("Secret draft", organisation=org_a, status="draft", categories=[banks])
    return {"parcels": parcels, "food": food, "banks": banks, "venue": venue}


def test_api_details(client):
    data = get_json(client, "/api/oruk/")
    assert errors(data, "api_details.json") == []
    assert data["version"] == "HSDS-UK-3.0"


@pytest.mark.parametrize("url", list(LISTS))
def test_every_list_validates_when_empty(client, url):
    data = get_json(client, url)
    assert_valid_list(data, *LISTS[url])
    assert data["empty"] is True and data["contents"] == [] and data["total_items"] == 0


@pytest.mark.parametrize("url", list(LISTS))
def test_every_list_validates_with_data(client, directory, url):
    data = get_json(client, url)
    assert_valid_list(data, *LISTS[url])
    assert data["empty"] is False
    assert "Secret draft" not in str(data)


@pytest.mark.parametrize("url", list(LISTS))
def test_every_list_pages(client, directory, url):
    sep = "&" if "?" in url else "?"
    first = get_json(client, f"{url}{sep}per_page=1")
    total = first["total_items"]
    assert total >= 1
    last = get_json(client, f"{url}{sep}per_page=1&page={total}")
    beyond = get_json(client, f"{url}{sep}per_page=1&page={total + 1}")
    for data in (first, last, beyond):
        assert_valid_list(data, *LISTS[url])
    assert (first["first_page"], first["size"], first["total_pages"]) == (True, 1, total)
    assert last["last_page"] is True and last["size"] == 1
    assert (beyond["empty"], beyond["contents"], beyond["last_page"]) == (True, [], True)
    if total > 1:
        assert first["last_page"] is False and first["contents"] != last["contents"]


def test_every_detail_validates(client, directory):
    parcels = directory["parcels"]
    sal = parcels.service_at_locations.get()
    details = {
        f"/api/oruk/services/{parcels.pk}": "service.json",
        f"/api/oruk/organizations/{parcels.organisation_id}": "organization.json",
        f"/api/oruk/organizations/{parcels.organisation_id}?full_service=true": "organization.json",
        f"/api/oruk/taxonomy_terms/{directory['banks'].pk}": "taxonomy_term.json",
        f"/api/oruk/taxonomies/{taxonomy_id('newham-categories')}": "taxonomy.json",
        f"/api/oruk/service_at_locations/{sal.pk}": "service_at_location.json",
    }
    for url, schema in details.items():
        data = get_json(client, url)
        assert errors(data, schema) == [], url
    data = get_json(client, f"/api/oruk/services/{parcels.pk}")
    for name, schema in [
        ("schedules", "schedule.json"),
        ("service_areas", "service_area.json"),
        ("service_at_locations", "service_at_location.json"),
        ("languages", "language.json"),
        ("funding", "funding.json"),
        ("cost_options", "cost_option.json"),
        ("contacts", "contact.json"),
        ("attributes", "attribute.json"),
    ]:
        assert data[name], name
        for item in data[name]:
            assert errors(item, schema) == [], name


def test_a_service_in_full(client, directory):
    parcels = directory["parcels"]
    data = get_json(client, f"/api/oruk/services/{parcels.pk}")
    assert data["id"] == str(parcels.pk) and data["name"] == "Food parcels"
    assert data["minimum_age"] == 18 and "maximum_age" not in data  # never null
    assert data["schedules"][0]["byday"] == "TU" and data["schedules"][0]["opens_at"] == "10:00:00"
    location = data["service_at_locations"][0]["location"]
    assert location["addresses"][0]["postal_code"] == "E6 5JQ"
    assert location["accessibility"][0]["description"] == "step-free-access"
    assert data["languages"] == [
        {
            "id": data["languages"][0]["id"],
            "service_id": str(parcels.pk),
            "name": "Bengali",
            "code": "bn",
        }
    ]
    assert data["cost_options"][0]["amount"] == 2.0
    assert data["attributes"][0]["taxonomy_term"]["name"] == "Food banks"
    assert data["organization"]["organization_identifiers"][0]["identifier"] == "1178452"
    assert data["service_areas"][0]["name"] == "London Borough of Newham"
    # Derived ids are stable between requests.
    assert get_json(client, f"/api/oruk/services/{parcels.pk}")["languages"] == data["languages"]


def test_free_services_say_so_in_cost_options(client, directory):
    lunch = Service.objects.get(name_en="Elders lunch")
    data = get_json(client, f"/api/oruk/services/{lunch.pk}")
    assert [(c["option"], c["amount"]) for c in data["cost_options"]] == [("Free", 0)]


def test_content_is_in_english_whatever_the_browser_asks(client, directory):
    parcels = directory["parcels"]
    parcels.name_bn = "খাদ্য পার্সেল"
    parcels.save()
    response = client.get(f"/api/oruk/services/{parcels.pk}", HTTP_ACCEPT_LANGUAGE="bn")
    assert response.json()["name"] == "Food parcels"


def test_only_published_records_appear(client, directory, make_org, make_service):
    hidden_org = make_org(name="Archived org", slug="archived", status="archived")
    orphan = make_service("Orphan", organisation=hidden_org, venues=[directory["venue"]])
    draft = Service.objects.get(name_en="Secret draft")
    names = {s["name"] for s in get_json(client, "/api/oruk/services?per_page=200")["contents"]}
    assert names == {"Food parcels", "Elders lunch"}
    for service in (draft, orphan):
        get_json(client, f"/api/oruk/services/{service.pk}", status=404)
    get_json(client, f"/api/oruk/organizations/{hidden_org.pk}", status=404)
    orgs = get_json(client, "/api/oruk/organizations")["contents"]
    assert "Archived org" not in {o["name"] for o in orgs}
    sals = get_json(client, "/api/oruk/service_at_locations")["contents"]
    assert {s["service_id"] for s in sals} == {str(directory["parcels"].pk)}
    get_json(client, f"/api/oruk/service_at_locations/{orphan.service_at_locations.get().pk}", 404)
    org = get_json(client, f"/api/oruk/organizations/{directory['parcels'].organisation_id}")
    assert [s["name"] for s in org["services"]] == ["Food parcels"]


@pytest.mark.parametrize(
    "query,expected",
    [
        ("search=parcels", {"Food parcels"}),
        ("text=lunch", {"Elders lunch"}),
        ("search=zzzz", set()),
        ("taxonomy_term_id={food}", {"Food parcels", "Elders lunch"}),  # and terms below it
        ("taxonomy_term_id={banks}", {"Food parcels"}),
        ("taxonomy_term_id=00000000-0000-4000-8000-000000000000", set()),
        (f"taxonomy_id={taxonomy_id('newham-categories')}", {"Food parcels", "Elders lunch"}),
        (f"taxonomy_id={taxonomy_id('somebody-elses')}", set()),
        ("organization_id={org}", {"Food parcels"}),
        ("modified_after=2000-01-01", {"Food parcels", "Elders lunch"}),
        ("modified_after=2999-01-01T00:00:00Z", set()),
    ],
)
def test_service_filters(client, directory, query, expected):
    query = query.format(
        food=directory["food"].pk,
        banks=directory["banks"].pk,
        org=directory["parcels"].organisation_id,
    )
    data = get_json(client, f"/api/oruk/services?{query}")
    assert {s["name"] for s in data["contents"]} == expected
    assert_valid_list(data, "service_list.json", "service.json")


def test_modified_after_is_a_moment(client, directory):
    Service.objects.filter(name_en="Elders lunch").update(
        last_modified=timezone.now() - datetime.timedelta(days=10)
    )
    since = (timezone.now() - datetime.timedelta(days=1)).isoformat()
    data = get_json(client, f"/api/oruk/services?modified_after={since.replace('+', '%2B')}")
    assert [s["name"] for s in data["contents"]] == ["Food parcels"]


def test_minimal_services(client, directory):
    data = get_json(client, "/api/oruk/services?minimal=true")
    assert all(set(s) == {"id", "name", "status", "last_modified"} for s in data["contents"])


def test_taxonomy_terms_filters(client, directory, make_term):
    make_term("Elsewhere", taxonomy="somebody-elses")
    food, banks = directory["food"], directory["banks"]
    top = get_json(client, "/api/oruk/taxonomy_terms?top_only=true")["contents"]
    assert {t["name"] for t in top} == {"Food", "Elsewhere"}
    children = get_json(client, f"/api/oruk/taxonomy_terms?parent_id={food.pk}")["contents"]
    assert [t["id"] for t in children] == [str(banks.pk)]
    ours = get_json(
        client, f"/api/oruk/taxonomy_terms?taxonomy_id={taxonomy_id('newham-categories')}"
    )
    assert {t["name"] for t in ours["contents"]} == {"Food", "Food banks"}
    found = get_json(client, "/api/oruk/taxonomy_terms?search=bank")["contents"]
    assert [t["name"] for t in found] == ["Food banks"]
    taxonomies = get_json(client, "/api/oruk/taxonomies")["contents"]
    assert {t["id"] for t in taxonomies} == {
        taxonomy_id("newham-categories"),
        taxonomy_id("somebody-elses"),
    }
    one = get_json(client, f"/api/oruk/taxonomies/{taxonomy_id('newham-categories')}")
    assert {t["name"] for t in one["taxonomy_terms"]} == {"Food", "Food banks"}


def test_organisation_search(client, directory):
    data = get_json(client, "/api/oruk/organizations?search=beckton")
    assert [o["name"] for o in data["contents"]] == ["Beckton Community Food Bank"]


def test_service_at_locations_near_a_postcode(client, directory, make_service, make_location):
    far = make_location(name="Far away", postcode="E15 1EL", latitude="51.5431", longitude="0.0019")
    make_service("Stratford thing", venues=[far])
    url = "/api/oruk/service_at_locations"
    near = get_json(client, f"{url}?postcode=E6+5JQ&proximity=500")
    assert [s["location_id"] for s in near["contents"]] == [str(directory["venue"].pk)]
    # By outward code, when the exact postcode is not one of our venues.
    district = get_json(client, f"{url}?postcode=E6&proximity=2000")
    assert len(district["contents"]) == 1
    both = get_json(client, f"{url}?postcode=E6 5JQ&proximity=10000")
    assert both["total_items"] == 2
    assert both["contents"][0]["location_id"] == str(directory["venue"].pk)  # nearest first
    # Without proximity: services whose area covers the postcode's ward (here: all of them).
    covered = get_json(client, f"{url}?postcode=e65jq")
    assert covered["total_items"] == 2


@pytest.mark.parametrize(
    "url,fragment",
    [
        ("/api/oruk/services?page=abc", "page"),
        ("/api/oruk/services?page=0", "page"),
        ("/api/oruk/services?per_page=100000", "per_page"),
        ("/api/oruk/services?taxonomy_term_id=food", "taxonomy_term_id"),
        ("/api/oruk/services?organization_id=1", "organization_id"),
        ("/api/oruk/services?modified_after=yesterday", "modified_after"),
        ("/api/oruk/services?full=maybe", "full"),
        ("/api/oruk/services?format=xml", "format"),
        ("/api/oruk/taxonomy_terms?top_only=perhaps", "top_only"),
        ("/api/oruk/taxonomy_terms?parent_id=x", "parent_id"),
        ("/api/oruk/service_at_locations?postcode=NOT+A+POSTCODE", "postcode"),
        ("/api/oruk/service_at_locations?postcode=SW1A+1AA", "postcode"),
        ("/api/oruk/service_at_locations?proximity=500", "proximity"),
        ("/api/oruk/service_at_locations?postcode=E6&proximity=far", "proximity"),
        ("/api/oruk/organizations?full_service=yes+please", "full_service"),
    ],
)
def test_bad_parameters_are_a_400_in_json(client, directory, url, fragment):
    data = get_json(client, url, status=400)
    assert data["status"] == 400 and data["detail"].startswith(fragment)


@pytest.mark.parametrize(
    "path",
    ["services", "organizations", "taxonomy_terms", "taxonomies", "service_at_locations"],
)
@pytest.mark.parametrize("pk", ["00000000-0000-4000-8000-000000000001", "not-a-uuid"])
def test_unknown_ids_are_a_404_in_json(client, path, pk):
    data = get_json(client, f"/api/oruk/{path}/{pk}", status=404)
    assert data["status"] == 404


@pytest.mark.parametrize(
    "url",
    ["/api/oruk/services/a%2Fb", "/api/oruk/services/a/b", "/api/oruk/services/", "/api/oruk/x"],
)
def test_an_address_the_api_does_not_have_is_a_404_in_json(client, url):
    """Found by fuzzing: an id with a slash in it (or any other address under /api/oruk/)
    was the site's HTML 404 page, which an API client cannot read."""
    data = get_json(client, url, status=404)
    assert data["status"] == 404
    assert client.get(url)["Access-Control-Allow-Origin"] == "*"


def test_only_get(client):
    response = client.post("/api/oruk/services")
    assert response.status_code == 405


def test_open_to_other_sites(client):
    assert client.get("/api/oruk/services")["Access-Control-Allow-Origin"] == "*"


@pytest.mark.parametrize(
    "url",
    [
        "/api/oruk/services?per_page=200",
        "/api/oruk/services?full=true&per_page=200",
        "/api/oruk/organizations?full_service=true&per_page=200",
        "/api/oruk/service_at_locations?full=true&per_page=200",
        "/api/oruk/taxonomy_terms?per_page=200",
        "/api/oruk/services?search=service&taxonomy_id=3de67a89-18a8-5fdd-a010-bef50c9fbaae",
    ],
)
def test_lists_run_a_bounded_number_of_queries(
    client, make_service, make_location, make_term, org_a, django_assert_max_num_queries, url
):
    def add(start, stop):
        for i in range(start, stop):
            make_service(
                f"Service {i:02d}",
                organisation=org_a,
                venues=[make_location()],
                categories=[make_term(f"Term {i}")],
                schedules=[{"byday": ["MO"]}],
            )

    add(0, 3)
    with django_assert_max_num_queries(16):
        small = client.get(url).json()
    add(3, 40)
    with django_assert_max_num_queries(16):
        large = client.get(url).json()
    assert len(json.dumps(large)) > len(json.dumps(small))
