"""The site search as a resident uses it: typos, joined words, synonyms, other languages,
places and postcodes, and queries that are empty, hostile or far too long.

The listings are written once for the module, in English only (the borough's data mostly is),
with the real reference data: categories and the seeded synonym groups.
"""

import pytest
from django.urls import reverse
from django.utils import translation

from directory import reference
from directory.models import SearchDocument, TaxonomyTerm, UnmetSearch, Ward
from directory.search_query import understand
from tests import factories
from tests.hostile import CORPUS

pytestmark = pytest.mark.django_db


def _world():
    reference.load()
    wards = {w.slug: w for w in Ward.objects.all()}
    food = TaxonomyTerm.objects.get(code="food-banks")
    org = factories.organisation("Beckton Community Food Bank", slug="beckton-food")
    friends = factories.organisation("Neighbours Together", slug="neighbours")
    # Beckton Globe Library, E6 5JT, and a venue in Forest Gate (E7 9..).
    beckton = factories.location(
        wards["beckton"],
        name="Beckton Globe Library",
        slug="beckton-globe",
        address="1 Kingsford Way",
        postcode="E6 5JT",
        latitude="51.518230",
        longitude="0.063540",
    )
    forest_gate = factories.location(
        wards["forest-gate-north"],
        name="Forest Gate Library",
        slug="forest-gate-library",
        address="2 Woodgrange Road",
        postcode="E7 9BS",
        latitude="51.549640",
        longitude="0.025090",
    )
    return {
        "parcels": factories.service(
            org,
            "Emergency food parcels",
            slug="parcels",
            description="Three days of groceries for anyone who needs them.",
            categories=[food],
            venues=[beckton],
        ),
        "calls": factories.service(
            friends,
            "Befriending phone calls",
            slug="calls",
            description="A friendly weekly call for people living alone.",
        ),
        "coffee_fg": factories.activity(
            friends, "Coffee morning", slug="coffee-fg", location=forest_gate
        ),
        "coffee_b": factories.activity(
            friends, "Coffee morning", slug="coffee-b", location=beckton
        ),
        "yoga": factories.activity(
            friends, "Chair yoga", slug="chair-yoga", location=forest_gate, description="Gentle."
        ),
        "draft": factories.service(
            org, "Secret food bank", slug="secret", status="draft", categories=[food]
        ),
    }


@pytest.fixture
def world(module_data, db):
    return module_data(_world)


def search(client, query, lang="en", allowed=(200,)):
    with translation.override(lang):
        response = client.get(reverse("search"), {"q": query})
    assert response.status_code in allowed
    return response.content.decode()


def found(html, *slugs, lang="en"):
    return [slug for slug in slugs if f"/{slug}/" in html]


@pytest.mark.parametrize(
    "query, expected",
    [
        ("yogha", ["chair-yoga"]),  # a typo
        ("befrending", ["calls"]),  # a typo in a long word
        ("foodbank", ["parcels"]),  # joined words
        ("food bank", ["parcels"]),  # the category, not the words: "parcels" has neither
        ("groceries", ["parcels"]),  # the description
        ("lonely", ["calls"]),  # a synonym group's word, not in the listing
        ("company", ["calls"]),  # another word of that group
    ],
)
def test_english_queries_find_what_a_resident_means(client, world, query, expected):
    html = search(client, query)
    assert found(html, "parcels", "calls", "chair-yoga") == expected
    assert "/secret/" not in html  # a draft is never found, whatever the words


@pytest.mark.parametrize(
    "lang, query",
    [
        ("bn", "খাদ্য ব্যাংক"),  # Bengali: food bank
        ("ur", "فوڈ بینک"),  # Urdu: food bank
        ("pl", "jedzenie"),  # Polish: food
        ("ur", "bank żywności"),  # Polish on the Urdu page
        ("ar", "طعام"),  # Arabic: food
        ("ar", "طَعَام"),  # with the short vowels written
    ],
)
def test_other_languages_find_listings_written_only_in_english(client, world, lang, query):
    assert found(search(client, query, lang), "parcels") == ["parcels"]


def test_polish_coffee_finds_both_coffee_mornings_told_apart(client, world):
    html = search(client, "kawa", "pl")
    assert found(html, "coffee-fg", "coffee-b") == ["coffee-fg", "coffee-b"]
    # Identical titles carry their venues, so a resident can tell them apart.
    assert "Forest Gate Library" in html and "Beckton Globe Library" in html


def test_an_urdu_query_finds_the_urdu_translation(client, world):
    world["yoga"].name_ur = "کرسی یوگا"
    world["yoga"].save()
    html = search(client, "کرسی", "ur")
    assert found(html, "chair-yoga") == ["chair-yoga"]
    assert "کرسی یوگا" in html


def test_a_bengali_typo_is_corrected_to_a_bengali_word(client, world):
    """Trigrams of Bengali need a UTF-8 database: this runs on both servers in CI."""
    world["calls"].name_bn = "বন্ধুত্বপূর্ণ ফোন কল"
    world["calls"].save()
    html = search(client, "বন্ধুত্বপূর্ন", "bn")  # the last letter mistyped (ন for ণ)
    assert found(html, "calls") == ["calls"]


@pytest.mark.parametrize("query", ["E7", "e7 9", "E7 9BS", "Forest Gate North", "near e79bs"])
def test_a_place_puts_what_is_nearest_first(client, world, query):
    html = search(client, query)
    near, far = html.find("/coffee-fg/"), html.find("/coffee-b/")
    assert near != -1, "the coffee morning in Forest Gate is near E7"
    assert far == -1 or near < far
    assert "miles away" in html


def test_words_and_a_place_sort_the_matches_by_distance(client, world):
    html = search(client, "coffee morning in Beckton")
    assert 0 < html.find("/coffee-b/") < html.find("/coffee-fg/")
    assert "/chair-yoga/" not in html


def test_a_venue_name_finds_what_happens_there(client, world):
    html = search(client, "Forest Gate Library")
    assert found(html, "coffee-fg", "chair-yoga", "coffee-b") == ["coffee-fg", "chair-yoga"]


def test_a_changed_listing_is_found_by_its_new_words_at_once(client, world):
    parcels = world["parcels"]
    parcels.description_en = "Nappies and formula as well."
    parcels.save()
    assert found(search(client, "nappies"), "parcels") == ["parcels"]
    world["parcels"].organisation.name_en = "Royal Docks Larder"
    world["parcels"].organisation.save()
    assert found(search(client, "larder"), "parcels") == ["parcels"]
    assert SearchDocument.objects.filter(object_id=parcels.pk, language="en").count() == 1


@pytest.mark.parametrize("query", ["", "   ", "a" * 5000, "the and of", "*:&|!()<->"])
def test_odd_queries_give_a_normal_page(client, world, query):
    search(client, query)


@pytest.mark.parametrize("key, value", CORPUS)
def test_hostile_queries_give_a_normal_page(client, world, key, value):
    # Control characters get the site's "check what you typed" page (400), never a 500.
    html = search(client, value[:300], allowed=(200, 400))
    assert "<script>alert" not in html


def test_searches_that_find_little_are_counted_without_who_searched(client, world):
    search(client, "zzqx tuba lessons")
    search(client, "zzqx tuba lessons")
    rows = UnmetSearch.objects.filter(query="zzqx tuba lessons", language="en")
    assert {r.door for r in rows} == {"activities", "services", "organisations", "volunteering"}
    assert {r.times for r in rows} == {2} and {r.results for r in rows} == {0}
    columns = {f.name for f in UnmetSearch._meta.get_fields()}
    assert not columns & {"ip", "user", "address", "session"}


def test_understanding_says_what_it_changed(world):
    understood = understand("yogha near E7", "en")
    assert understood.corrected == {"yogha": "yoga"}
    assert understood.place.label == "E7"


def test_the_search_page_runs_a_bounded_number_of_queries(
    client, world, django_assert_max_num_queries
):
    search(client, "warm the vocabulary")
    for query in ["coffee morning", "food bank E6", "yogha", "খাদ্য"]:
        with django_assert_max_num_queries(10):
            search(client, query)
