"""Resident pages for services: the filtered list, the service page, report a problem."""

import datetime
import json
import re
from urllib.parse import unquote
from zoneinfo import ZoneInfo

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from directory.models import ListingReport, Schedule, Ward

pytestmark = pytest.mark.django_db
ALL_DAY = {"opens_at": datetime.time(0, 0), "closes_at": datetime.time(23, 59, 59)}
EVERY_DAY = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def titles(response):
    """Service names in the results list, in order."""
    html = response.content.decode()
    found = re.findall(r'nc-result__title"><a class="govuk-link" href="[^"]+">([^<]+)</a>', html)
    return [title.strip() for title in found]


@pytest.fixture
def thursday_morning(monkeypatch):
    """Thursday 13 November 2025, 10am in London: the second Thursday, not the last."""
    moment = datetime.datetime(2025, 11, 13, 10, tzinfo=ZoneInfo("Europe/London"))
    monkeypatch.setattr(timezone, "now", lambda: moment)
    return moment


@pytest.fixture
def catalogue(make_service, make_term, make_location, language, feature, ward):
    """Six services that differ in exactly the ways the filters look at."""
    food = make_term("Food")
    banks = make_term("Food banks", parent=food)
    advice = make_term("Advice")
    beckton = Ward.objects.create(name="Beckton", slug="beckton")
    ramp = make_location(name="Ramp Hall")
    ramp.accessibility.add(feature("wheelchair-accessible-entrance"))
    steps = make_location(name="Steps Hall", ward=beckton)
    bn, pl = language("bn", "Bengali"), language("pl", "Polish")
    make_service(
        "Food bank",
        categories=[banks],
        groups=["low_income"],
        is_free=True,
        languages=[bn],
        wards=[beckton],
        venues=[ramp],
        delivery_methods=["in_person"],
        schedules=[{"byday": ["TU"], **ALL_DAY}],
        description="Emergency food parcels for families.",
    )
    make_service(
        "Community meal",
        categories=[food],
        is_free=False,
        languages=[pl],
        wards=[ward],
        venues=[steps],
        delivery_methods=["in_person"],
        schedules=[{"byday": EVERY_DAY, **ALL_DAY}],
    )
    make_service(
        "Benefits advice line",
        categories=[advice],
        groups=["older_people", "carers"],
        minimum_age=60,
        is_free=True,
        languages=[bn, pl],
        wards=[ward],
        delivery_methods=["phone"],
        schedules=[{"freq": "MONTHLY", "byday": ["1WE", "-1FR"], **ALL_DAY}],
        description="Help to claim Pension Credit and other benefits.",
    )
    make_service(
        "Youth club",
        groups=["young_people"],
        minimum_age=11,
        maximum_age=19,
        is_free=True,
        wards=[ward],
        delivery_methods=["online"],
        schedules=[{"byday": EVERY_DAY, **ALL_DAY, "valid_to": datetime.date(2020, 1, 1)}],
    )
    make_service("Hidden draft", status="draft", categories=[food], is_free=True)


@pytest.mark.parametrize(
    "query,expected",
    [
        ("", ["Benefits advice line", "Community meal", "Food bank", "Youth club"]),
        ("q=parcels", ["Food bank"]),
        ("q=pension+credit", ["Benefits advice line"]),
        ("q=benfits", ["Benefits advice line"]),  # a typo still finds it
        ("category=food", ["Community meal", "Food bank"]),  # with its child category
        ("category=food-banks", ["Food bank"]),
        ("group=carers", ["Benefits advice line"]),
        ("group=young_people&group=low_income", ["Food bank", "Youth club"]),
        ("age=15", ["Community meal", "Food bank", "Youth club"]),
        ("age=65", ["Benefits advice line", "Community meal", "Food bank"]),
        ("free=on", ["Benefits advice line", "Food bank", "Youth club"]),
        ("language=pl", ["Benefits advice line", "Community meal"]),
        ("ward=beckton", ["Community meal", "Food bank"]),  # named, or a venue there
        ("day=tuesday", ["Community meal", "Food bank"]),
        ("day=wednesday", ["Benefits advice line", "Community meal"]),  # 1st Wednesday counts
        ("open_now=on", ["Community meal"]),  # the youth club's times ended in 2020
        ("delivery=phone&delivery=online", ["Benefits advice line", "Youth club"]),
        ("wheelchair=on", ["Food bank"]),
        ("free=on&language=bn&group=low_income", ["Food bank"]),
    ],
)
def test_each_filter_returns_the_right_services(
    client, thursday_morning, catalogue, query, expected
):
    response = client.get(f"/en/services/?{query}")
    assert response.status_code == 200
    assert sorted(titles(response)) == expected
    assert f"{len(expected)} service" in response.content.decode()


def test_search_in_the_residents_language(client, catalogue):
    from directory.models import Service

    service = Service.objects.get(name_en="Food bank")
    service.name_ur = "فوڈ بینک"
    service.save()
    assert titles(client.get("/ur/services/?q=فوڈ")) == ["فوڈ بینک"]


def test_bad_filter_values_explain_themselves_and_keep_the_rest(client, catalogue):
    response = client.get(
        "/en/services/?free=on&age=abc&category=nope&ward=atlantis&day=funday&group=pirates"
        "&language=xx&page=abc"
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "There is a problem" in html
    assert "Enter an age as a whole number, like 35." in html
    assert html.count("Choose one of the options in the list.") >= 5
    age = re.search(r'<input [^>]*name="age"[^>]*>', html).group()
    for attribute in ('type="text"', 'inputmode="numeric"', 'value="abc"'):  # kept as typed
        assert attribute in age, age
    # The good filter still applies.
    assert sorted(titles(response)) == ["Benefits advice line", "Food bank", "Youth club"]


@pytest.mark.parametrize("age", ["-1", "121", "12.5", "1e9"])
def test_impossible_ages_are_refused(client, catalogue, age):
    response = client.get(f"/en/services/?age={age}")
    assert response.status_code == 200
    assert "There is a problem" in response.content.decode()


def test_error_messages_are_in_the_residents_language(client, catalogue):
    html = client.get("/pl/services/?age=abc").content.decode()
    with translation.override("pl"):
        message = translation.gettext("Enter an age as a whole number, like 35.")
    assert message in html
    assert '<html lang="pl"' in html


def test_no_results_never_dead_ends(client, catalogue):
    response = client.get("/en/services/?q=zzzzqqq&wheelchair=on")
    html = response.content.decode()
    assert titles(response) == []
    assert "No services match what you asked for." in html
    assert 'href="/en/services/">clear all filters' in html
    assert 'href="/en/search/?q=zzzzqqq"' in html  # search everything else
    assert 'href="/en/activities/"' in html and 'href="/en/volunteering/"' in html
    # Each filter in use can be removed on its own.
    assert 'href="?wheelchair=on"' in html  # the search removed, the filter kept
    assert 'href="?q=zzzzqqq"' in html


def test_list_paginates_and_bad_pages_fall_back(client, make_service):
    for i in range(25):
        make_service(f"Service {i:02d}")
    first = client.get("/en/services/")
    assert "25 services" in first.content.decode()
    assert len(titles(first)) == 20
    assert 'href="?page=2" rel="next"' in first.content.decode()
    assert len(titles(client.get("/en/services/?page=2"))) == 5
    assert titles(client.get("/en/services/?page=99")) == titles(client.get("/en/services/?page=2"))
    assert titles(client.get("/en/services/?page=abc")) == titles(first)


def test_list_runs_a_bounded_number_of_queries(
    client, make_service, make_location, django_assert_max_num_queries
):
    def add(start, stop):
        for i in range(start, stop):
            make_service(
                f"Service {i:02d}",
                venues=[make_location()],
                schedules=[{"byday": ["MO"], **ALL_DAY}],
            )

    add(0, 3)
    url = "/en/services/?free=&language=&q=service"
    with django_assert_max_num_queries(12):
        small = client.get(url)
    add(3, 40)
    with django_assert_max_num_queries(12):
        large = client.get(url)
    assert len(titles(small)) == 3 and len(titles(large)) == 20


def test_service_page_shows_how_to_get_help(client, make_service, make_location, feature, language):
    venue = make_location(name="Beckton Globe", postcode="E6 5JQ")
    venue.accessibility.add(feature("wheelchair-accessible-entrance"))
    service = make_service(
        "Money advice",
        phone="020 7946 0999",
        email="help@advice.example.org",
        url="https://advice.example.org",
        venues=[venue],
        languages=[language("so", "Somali")],
        is_free=True,
        minimum_age=18,
        schedules=[
            {
                "byday": ["MO", "WE"],
                "opens_at": datetime.time(10),
                "closes_at": datetime.time(13),
                "description": "Closed on bank holidays",
            },
            {
                "byday": ["FR"],
                "opens_at": datetime.time(9),
                "closes_at": datetime.time(10),
                "valid_to": datetime.date(2020, 1, 1),
            },
        ],
        assured_date=datetime.date(2025, 10, 14),
    )
    html = client.get(service.get_absolute_url()).content.decode()
    venue.refresh_from_db()  # coordinates as the database keeps them
    assert 'href="tel:02079460999"' in html
    assert 'href="mailto:help@advice.example.org"' in html
    assert 'href="https://advice.example.org" rel="noopener"' in html
    assert f'href="{venue.map_url.replace("&", "&amp;")}"' in html
    assert "E6 5JQ" in html
    assert "wheelchair-accessible-entrance" in html  # the feature's name is its code here
    assert "Monday, Wednesday" in html and "10:00 to 13:00" in html
    assert "Closed on bank holidays" in html
    assert "09:00 to 10:00" not in html  # that schedule ended
    assert "Age 18 and over" in html
    assert "Somali" in html
    assert "Details last checked on 14 October 2025." in html
    assert reverse("directory:report", kwargs={"slug": service.slug}) in html


# Polish dates take the month in the genitive ("1 października"), as our catalogue gives it.
@pytest.mark.parametrize(
    "code,tuesday,october", [("pl", "Wtorek", "października"), ("ur", "منگل", "اکتوبر")]
)
def test_opening_times_and_dates_are_in_the_residents_language(
    client, make_service, code, tuesday, october
):
    service = make_service(
        schedules=[
            {
                "byday": ["TU"],
                "opens_at": datetime.time(10),
                "closes_at": datetime.time(12),
                "valid_from": datetime.date(2025, 10, 1),
                "valid_to": datetime.date(2099, 10, 31),
            }
        ],
    )
    with translation.override(code):
        url = service.get_absolute_url()
    html = client.get(url).content.decode()
    assert f'<dt class="govuk-summary-list__key">{tuesday}</dt>' in html
    assert f"1 {october} 2025" in html


def test_monthly_schedules_read_as_weeks_of_the_month(client, make_service):
    service = make_service(
        schedules=[{"freq": "MONTHLY", "byday": ["1MO", "-1FR"], **ALL_DAY}],
    )
    html = client.get(service.get_absolute_url()).content.decode()
    assert "The first Monday of the month, The last Friday of the month" in html


def test_warnings_for_closed_services_and_alerts(client, make_service):
    service = make_service(service_status="temporarily closed", alert="Back in March")
    html = client.get(service.get_absolute_url()).content.decode()
    assert "govuk-warning-text" in html
    assert "Temporarily closed." in html and "Back in March" in html


def test_share_links_work_without_javascript(client, make_service):
    service = make_service("Baby bank")
    html = client.get(service.get_absolute_url()).content.decode()
    page_url = f"http://testserver{service.get_absolute_url()}"
    links = re.findall(r'href="((?:https://wa\.me|sms:|mailto:\?)[^"]+)"', html)
    assert len(links) == 3  # WhatsApp, text message, email
    for link in links:
        assert page_url in unquote(link.replace("&amp;", "&"))
    assert f'id="share-link" type="url" value="{page_url}" readonly' in html


def test_unpublished_services_are_not_found(client, make_service, make_org):
    draft = make_service(status="draft")
    hidden_org = make_org(name="Gone", slug="gone", status="archived")
    orphan = make_service(organisation=hidden_org)
    for service in (draft, orphan):
        assert client.get(service.get_absolute_url()).status_code == 404
        assert client.get(reverse("directory:report", args=[service.slug])).status_code == 404


def test_service_page_queries_do_not_grow_with_its_parts(
    client, make_service, make_location, django_assert_max_num_queries
):
    service = make_service(venues=[make_location()])
    with django_assert_max_num_queries(16):
        assert client.get(service.get_absolute_url()).status_code == 200
    for _i in range(5):
        sal = service.service_at_locations.create(location=make_location())
        Schedule.objects.create(service_at_location=sal, byday=["MO"], **ALL_DAY)
        service.cost_options.create(option="Adults", amount=3)
    with django_assert_max_num_queries(16):
        assert client.get(service.get_absolute_url()).status_code == 200


def test_report_a_problem(client, make_service):
    service = make_service("Pantry")
    url = reverse("directory:report", args=[service.slug])
    assert client.get(url).status_code == 200
    response = client.post(url, {"details": "The phone number is wrong", "email": "not-an-email"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "Choose what is wrong." in html
    assert "Enter an email address like name@example.com, or leave it empty." in html
    assert "The phone number is wrong</textarea>" in html  # what was typed is kept
    assert not ListingReport.objects.exists()

    response = client.post(
        url, {"reason": "wrong_contact", "details": "Number is 020 7946 0000", "email": ""}
    )
    assert response.status_code == 302
    assert response["Location"] == reverse("directory:report_thanks", args=[service.slug])
    report = ListingReport.objects.get()
    assert (report.service, report.reason, report.language) == (service, "wrong_contact", "en")
    assert "Thank you for your report" in client.get(response["Location"]).content.decode()


def test_report_in_urdu_records_the_language_and_answers_in_urdu(client, make_service):
    service = make_service()
    with translation.override("ur"):
        url = reverse("directory:report", args=[service.slug])
        required = translation.gettext("Choose what is wrong.")
    assert required in client.post(url, {}).content.decode()
    client.post(url, {"reason": "closed"})
    assert ListingReport.objects.get().language == "ur"


def test_report_robots_are_thanked_and_ignored(client, make_service):
    service = make_service()
    url = reverse("directory:report", args=[service.slug])
    response = client.post(url, {"reason": "other", "website": "http://spam.example"})
    assert response.status_code == 302
    assert not ListingReport.objects.exists()


def test_report_needs_the_csrf_token(make_service):
    service = make_service()
    strict = Client(enforce_csrf_checks=True)
    response = strict.post(reverse("directory:report", args=[service.slug]), {"reason": "other"})
    assert response.status_code == 403
    assert not ListingReport.objects.exists()


def test_organisation_page_lists_its_published_services(client, make_service, org_a):
    make_service("Open service", organisation=org_a)
    make_service("Secret draft", organisation=org_a, status="draft")
    html = client.get(org_a.get_absolute_url()).content.decode()
    assert "Open service" in html and "Secret draft" not in html


def test_site_search_has_a_services_section(client, make_service):
    make_service("Chess club for carers", description="Weekly chess.")
    make_service("Secret chess", status="draft")
    html = client.get("/en/search/?q=chess").content.decode()
    assert "Services and support" in html
    assert "Chess club for carers" in html and "Secret chess" not in html


def test_jsonld_is_on_the_page_and_parses(client, make_service):
    service = make_service("Café </script><script>alert(1)</script>")
    html = client.get(service.get_absolute_url()).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json" nonce="[^"]*">(.*?)</script>', html)
    assert len(blocks) == 1
    data = json.loads(blocks[0])
    assert data["name"] == "Café </script><script>alert(1)</script>"
    assert "<script>alert(1)" not in html
