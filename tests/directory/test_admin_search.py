"""The search's vocabulary in the back office, end to end: a moderator adds a synonym group on
the real add form and the public search (English and Bengali pages) finds by it at once; a
search that finds nothing is listed for the council; partners are refused both, as the
directory's permission matrix says (403: not allowed to see this kind of record at all).
"""

import pytest
from django.conf import settings
from django.test import Client
from django.urls import reverse

from directory import search_query
from directory.models import SynonymGroup, TaxonomyTerm, UnmetSearch
from tests import factories
from tests.admin_forms import changeform_data

pytestmark = pytest.mark.django_db

ADD_GROUP = reverse("admin:directory_synonymgroup_add")
GROUPS = reverse("admin:directory_synonymgroup_changelist")
UNMET = reverse("admin:directory_unmetsearch_changelist")
PARTNERS = ["vic", "bob", "alice", "charlie"]
BENGALI_LAPTOP = "ল্যাপটপ"


@pytest.fixture(autouse=True)
def vocabulary_built_afresh():
    """The search keeps its vocabulary in the process under a version number held in the
    cache, and every test empties the cache: a number can come round again, and an earlier
    test's vocabulary would then be taken for this one's."""
    search_query._vocabulary.update(version=None, table={})
    yield
    search_query._vocabulary.update(version=None, table={})


@pytest.fixture
def listings(personas, org_a):
    """One service that says only "laptop", one that is only in the device-lending category,
    and one that is neither."""
    devices = TaxonomyTerm.objects.create(code="test-device-lending", name="Lending gadgets")
    return {
        "laptop": factories.service(
            org_a, "Laptop loans", slug="laptop-loans", description="Borrow a laptop for a month."
        ),
        "drop-in": factories.service(
            org_a,
            "Digital drop-in",
            slug="digital-drop-in",
            description="Help with forms online.",
            categories=[devices],
        ),
        "dance": factories.service(
            org_a, "Tea dance", slug="tea-dance", description="Dancing on Fridays."
        ),
        "category": devices,
    }


def public_search(path, query):
    """The search as a resident without a session meets it (the page cache's case too)."""
    response = Client().get(path, {"q": query})
    assert response.status_code == 200
    html = response.content.decode()
    return [
        slug for slug in ("laptop-loans", "digital-drop-in", "tea-dance") if f"/{slug}/" in html
    ]


def test_a_group_added_in_the_back_office_is_searched_at_once(client, personas, listings):
    assert public_search("/en/search/", "chromebook") == []
    client.force_login(personas["mo"])
    page = client.get(ADD_GROUP)
    assert page.status_code == 200
    # One "words and phrases" box for each of the portal's languages.
    for code, _name in settings.LANGUAGES:
        assert f'name="terms_{code}"' in page.content.decode()
    data = changeform_data(
        page,
        name="Laptops",
        terms_en="chromebook\nlaptop",
        terms_bn=BENGALI_LAPTOP,
        categories=[str(listings["category"].pk)],
    )
    response = client.post(ADD_GROUP, data)
    assert response.status_code == 302, response.context and response.context["errors"]
    group = SynonymGroup.objects.get(name="Laptops")
    assert group.terms_bn == BENGALI_LAPTOP
    assert list(group.categories.all()) == [listings["category"]]

    # "chromebook" is in no listing: the group finds the one saying "laptop", and the one in
    # its category.
    assert public_search("/en/search/", "chromebook") == ["laptop-loans", "digital-drop-in"]
    # The Bengali word on the Bengali page finds the English-only listings the same way.
    assert public_search("/bn/search/", BENGALI_LAPTOP) == ["laptop-loans", "digital-drop-in"]

    changelist = client.get(GROUPS).content.decode()
    assert "Laptops" in changelist
    assert "chromebook, laptop" in changelist  # the English preview
    assert '<td class="field-category_count">1</td>' in changelist
    home = client.get(reverse("admin:index")).content.decode()
    assert GROUPS in home and UNMET in home


def test_an_unmet_search_is_listed_for_the_council(client, personas, listings):
    assert public_search("/en/search/", "zzzqqq") == []
    assert UnmetSearch.objects.filter(query="zzzqqq", language="en").exists()
    client.force_login(personas["mo"])
    for filters in ({}, {"q": "zzzqqq"}, {"door__exact": "services"}):
        response = client.get(UNMET, filters)
        assert response.status_code == 200
        assert "zzzqqq" in response.content.decode(), filters
    row = UnmetSearch.objects.filter(query="zzzqqq").first()
    page = client.get(reverse("admin:directory_unmetsearch_change", args=[row.pk]))
    # Read only: the moderator sees the record, with nothing to save.
    assert page.status_code == 200
    assert 'name="_save"' not in page.content.decode()


@pytest.mark.parametrize("partner", PARTNERS)
def test_partners_are_refused_the_vocabulary_and_the_unmet_searches(
    client, personas, listings, partner
):
    public_search("/en/search/", "zzzqqq")
    client.force_login(personas[partner])
    for url in (GROUPS, ADD_GROUP, UNMET):
        assert client.get(url).status_code == 403, url
    posted = client.post(ADD_GROUP, {"name": "Partner words", "terms_en": "anything"})
    assert posted.status_code == 403
    assert not SynonymGroup.objects.filter(name="Partner words").exists()
    # Nor are they offered on the back-office home page.
    home = client.get(reverse("admin:index")).content.decode()
    assert GROUPS not in home and UNMET not in home
