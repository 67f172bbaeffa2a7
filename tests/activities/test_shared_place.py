"""One venue, one schema.org Place: the service page, the activity page and the OpenActive feed
describe a Location with the same builder (directory.jsonld.place), region included."""

import json
import re

import pytest

from directory.jsonld import place
from directory.models import AccessibilityFeature, Service, ServiceAtLocation

pytestmark = pytest.mark.django_db

CORE = ("@type", "name", "address", "geo")


def _page_jsonld(client, url):
    html = client.get(url).content.decode()
    [block] = re.findall(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html, re.S)
    return json.loads(block)


@pytest.fixture
def venue(make_location):
    venue = make_location(name="Stratford Library", address="3 The Grove", postcode="E15 1EL")
    venue.accessibility.add(AccessibilityFeature.objects.create(code="lift", name="Lift"))
    venue.refresh_from_db()  # the coordinates as stored, as the pages read them
    return venue


def test_the_three_outputs_give_the_same_place_for_the_same_venue(
    client, make_series, make_org, activity_list, venue
):
    organisation = make_org()
    service = Service.objects.create(
        organisation=organisation, name="Homework club", slug="homework-club", status="published"
    )
    ServiceAtLocation.objects.create(service=service, location=venue)
    series = make_series(
        "Library walk",
        location=venue,
        organisation=organisation,
        types=["walking"],
        schedule={"days": [2]},
    )

    on_service = _page_jsonld(client, service.get_absolute_url())["availableChannel"][0][
        "serviceLocation"
    ]
    on_activity = _page_jsonld(client, series.get_absolute_url())["location"]
    feed = client.get("/openactive/feeds/session-series").json()
    [in_feed] = [i["data"]["location"] for i in feed["items"] if i["id"] == str(series.pk)]

    expected = place(venue, language="en", details=False)
    assert expected["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "3 The Grove",
        "addressLocality": "London",
        "addressRegion": "Newham",
        "postalCode": "E15 1EL",
        "addressCountry": "GB",
    }
    for output in (on_service, on_activity, in_feed):
        assert {key: output[key] for key in CORE} == expected
    # The pages add the map and the step-free facts; the feed has its own vocabulary for those.
    for output in (on_service, on_activity):
        assert output["hasMap"] == venue.map_url
        assert output["amenityFeature"] == [
            {"@type": "LocationFeatureSpecification", "name": "Lift", "value": True}
        ]
    assert "amenityFeature" not in in_feed and in_feed["identifier"] == str(venue.pk)


def test_the_place_name_is_in_the_pages_language_and_english_in_open_data(make_location):
    venue = make_location(name="Stratford Library", name_ur="سٹریٹفورڈ لائبریری")
    assert place(venue, language="ur", details=False)["name"] == "سٹریٹفورڈ لائبریری"
    assert place(venue, language="en", details=False)["name"] == "Stratford Library"
