"""The lists as a resident uses them: what each service row says before the click (open now
or when it opens next, languages spoken, how far), "near" a postcode, an area or their own
location on services, volunteering and what's on, and a ward with nothing in it that leads
to the nearest instead."""

import datetime
import html as entities
import re
from zoneinfo import ZoneInfo

import pytest
from django.utils import timezone

from directory import reference
from directory.models import SpokenLanguage, TaxonomyTerm, Ward
from tests import factories

pytestmark = pytest.mark.django_db
# Thursday 13 November 2025, 10:30 in London.
MOMENT = datetime.datetime(2025, 11, 13, 10, 30, tzinfo=ZoneInfo("Europe/London"))


def hours(opens, closes, byday, **fields):
    return {
        "byday": byday,
        "opens_at": datetime.time(*opens),
        "closes_at": datetime.time(*closes),
        **fields,
    }


def _world():
    reference.load()
    wards = {w.slug: w for w in Ward.objects.all()}
    org = factories.organisation("Neighbours Together", slug="neighbours")
    bengali = SpokenLanguage.objects.get_or_create(code="bn", defaults={"name": "Bengali"})[0]
    beckton = factories.location(
        wards["beckton"],
        name="Beckton Globe Library",
        slug="beckton-globe",
        postcode="E6 5JT",
        latitude="51.518230",
        longitude="0.063540",
    )
    forest_gate = factories.location(
        wards["forest-gate-north"],
        name="Forest Gate Library",
        slug="forest-gate-library",
        postcode="E7 9BS",
        latitude="51.549640",
        longitude="0.025090",
    )
    every_day = {"days": [0, 1, 2, 3, 4, 5, 6]}
    factories.activity(org, "Tea dance", slug="tea-b", location=beckton, schedule=every_day)
    factories.activity(org, "Chess club", slug="chess-fg", location=forest_gate, schedule=every_day)
    factories.activity(
        org,
        "Online quiz",
        slug="quiz",
        is_online=True,
        online_url="https://example.org/q",
        schedule=every_day,
    )
    factories.opportunity(org, "Library helper, Beckton", slug="helper-b", location=beckton)
    factories.opportunity(
        org, "Library helper, Forest Gate", slug="helper-fg", location=forest_gate
    )
    factories.opportunity(org, "Phone befriender", slug="phone-friend", from_home=True)
    return {
        "open": factories.service(
            org,
            "Advice drop-in",
            slug="advice",
            venues=[forest_gate],
            wards=[wards["forest-gate-north"]],
            languages=[bengali],
            schedules=[hours((9,), (17,), ["MO", "TU", "WE", "TH", "FR"])],
        ),
        "later": factories.service(
            org,
            "Lunch club",
            slug="lunch",
            venues=[beckton],
            wards=[wards["beckton"]],
            schedules=[hours((12,), (14,), ["TH"])],
        ),
        "tuesday": factories.service(
            org,
            "Knit and natter",
            slug="knit",
            venues=[beckton],
            wards=[wards["beckton"]],
            schedules=[hours((10,), (12,), ["TU"])],
        ),
        "monthly": factories.service(
            org,
            "Carers' meeting",
            slug="carers",
            venues=[forest_gate],
            wards=[wards["forest-gate-north"]],
            schedules=[hours((18,), (20,), ["1WE"], freq="MONTHLY")],
        ),
        "phone": factories.service(
            org, "Befriending calls", slug="calls", wards=[wards["stratford-olympic-park"]]
        ),
    }


@pytest.fixture
def world(module_data, db):
    return module_data(_world)


@pytest.fixture
def thursday(monkeypatch):
    monkeypatch.setattr(timezone, "now", lambda: MOMENT)


def rows(response):
    """{service name: the text of its row}, in the order shown."""
    html = response.content.decode()
    found = {}
    for item in re.findall(
        r'<li class="nc-result">(.*?)</li>\s*(?=<li class="nc-result">|</ul>)', html, re.S
    ):
        title = re.search(r'nc-result__title"><a [^>]+>(.*?)</a>', item, re.S)[1]
        name = re.sub(r"<[^>]+>", "", title).strip()
        found[entities.unescape(name)] = entities.unescape(
            " ".join(re.sub(r"<[^>]+>", " ", item).split())
        )
    return found


def test_rows_say_whether_it_is_open_and_when_it_opens_next(client, world, thursday):
    shown = rows(client.get("/en/services/"))
    assert "Open now, until 17:00" in shown["Advice drop-in"]
    assert "Closed now. Opens today at 12:00" in shown["Lunch club"]
    assert "Closed now. Opens Tuesday at 10:00" in shown["Knit and natter"]
    # The first Wednesday after 13 November 2025 is 3 December.
    assert "Closed now. Opens 3 December at 18:00" in shown["Carers' meeting"]
    assert "Opens" not in shown["Befriending calls"]  # no times known: nothing guessed


def test_rows_say_which_languages_are_spoken(client, world, thursday):
    shown = rows(client.get("/en/services/"))
    assert "Languages spoken: Bengali" in shown["Advice drop-in"]
    assert "Languages spoken" not in shown["Lunch club"]


def test_opening_times_are_in_the_residents_language(client, world, thursday):
    shown = rows(client.get("/ur/services/"))
    row = next(text for name, text in shown.items() if name == "Knit and natter")
    assert "Opens" not in row and "10:00" in row


def test_open_now_is_in_view_not_in_a_closed_panel(client, world):
    html = client.get("/en/services/").content.decode()
    more = html.index("govuk-details__summary")
    assert html.index('name="open_now"') < more and html.index('name="near"') < more


@pytest.mark.parametrize(
    "near,nearest",
    [("E6 5JT", "Knit and natter"), ("E7", "Advice drop-in"), ("Beckton", "Knit and natter")],
)
def test_near_sorts_by_distance_and_keeps_the_rest(client, world, thursday, near, nearest):
    response = client.get("/en/services/", {"near": near})
    shown = rows(response)
    names = list(shown)
    assert names[0] in (
        nearest,
        "Lunch club" if nearest == "Knit and natter" else "Carers' meeting",
    )
    assert len(names) == 5  # nothing is left out, only sorted
    assert names[-1] == "Befriending calls"
    assert "No fixed venue" in shown["Befriending calls"]
    assert "miles away" in shown[names[0]]


def test_near_and_words_together(client, world, thursday):
    response = client.get("/en/services/", {"q": "library", "near": "e65jt"})
    assert "Near: E6 5JT" in " ".join(re.sub(r"<[^>]+>", " ", response.content.decode()).split())
    shown = rows(response)
    assert list(shown)[-1] in ("Advice drop-in", "Carers' meeting")
    assert "Befriending calls" not in shown


def test_use_my_location_sends_a_point(client, world, thursday):
    shown = rows(client.get("/en/services/", {"near": "51.550,0.025"}))
    assert list(shown)[0] in ("Advice drop-in", "Carers' meeting")


@pytest.mark.parametrize(
    "near,message",
    [
        ("Narnia", "We could not find that place"),
        ("SW1A 1AA", "We could not find that place"),
        ("55.950,-3.190", "That location is outside Newham"),
    ],
)
def test_a_place_we_cannot_use_is_explained_and_kept(client, world, thursday, near, message):
    response = client.get("/en/services/", {"near": near, "q": "library"})
    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert f'value="{near}"' in html  # what they typed stays in the box
    assert len(rows(response)) == 4  # the words still apply


def test_a_ward_with_nothing_leads_to_the_nearest(client, world, thursday):
    response = client.get("/en/services/", {"ward": "plaistow-north"})
    assert rows(response) == {}
    link = re.search(r'href="(\?[^"]*near=[^"]+)"', response.content.decode())[1]
    assert "ward=" not in link
    shown = rows(client.get("/en/services/" + link.replace("&amp;", "&")))
    assert len(shown) == 5 and "miles away" in next(iter(shown.values()))


@pytest.mark.parametrize(
    "address",
    [
        "/en/services/?category=food-banks&ward=beckton",
        "/en/services/?category=food-banks&ward=beckton&near=E6&language=bn&q=food",
        "/en/services/?near=E7&open_now=on",
    ],
)
def test_the_filtered_list_runs_at_most_ten_queries(
    client, world, thursday, django_assert_max_num_queries, address
):
    for n in range(3):
        service = factories.service(
            world["open"].organisation,
            f"Food bank {n}",
            categories=[TaxonomyTerm.objects.get(code="food-banks")],
            languages=[SpokenLanguage.objects.get(code="bn")],
            venues=[factories.location(Ward.objects.get(slug="beckton"))],
            schedules=[hours((9,), (12,), ["TH"])],
        )
    client.get(address)
    with django_assert_max_num_queries(10):
        shown = rows(client.get(address))
    assert shown  # bounded with rows to show, not only when the list is empty
    assert service.name in shown or "open_now" in address


@pytest.mark.parametrize(
    "near,order",
    [
        ("E6 5JT", ["Library helper, Beckton", "Library helper, Forest Gate", "Phone befriender"]),
        ("E7 9BS", ["Library helper, Forest Gate", "Library helper, Beckton", "Phone befriender"]),
    ],
)
def test_volunteering_near_a_place_is_nearest_first(client, world, near, order):
    html = client.get("/en/volunteering/", {"near": near}).content.decode()
    found = re.findall(r'nc-result__title"><a [^>]+>(?:<[^>]+>)*([^<]+)<', html)
    assert [entities.unescape(t).strip() for t in found] == order
    assert "miles away" in html and "No fixed venue" in html


@pytest.mark.parametrize(
    "near,shown,hidden",
    [("E6 5JT", "Tea dance", "Chess club"), ("51.550,0.025", "Chess club", "Tea dance")],
)
def test_whats_on_near_a_place_is_what_is_near_it(client, world, near, shown, hidden):
    html = client.get("/en/activities/", {"near": near}).content.decode()
    assert shown in html and "miles away" in html
    assert hidden not in html and "Online quiz" not in html
