"""Public pages: the home page, doors, search, static pages, errors; bounded queries."""

import pytest
from django.test import override_settings
from django.utils import translation

pytestmark = pytest.mark.django_db


def test_home_has_one_search_box_and_three_doors(client):
    html = client.get("/en/").content.decode()
    assert (
        '<label class="govuk-label govuk-label--m" for="search-q">What are you looking for?' in html
    )
    assert 'action="/en/search/" method="get"' in html
    for href in ("/en/activities/", "/en/services/", "/en/volunteering/"):
        assert f'class="govuk-link nc-door__link" href="{href}"' in html


@pytest.mark.parametrize(
    "path", ["/en/activities/", "/en/services/", "/en/volunteering/", "/ur/services/"]
)
def test_each_door_opens_its_own_listing_page(client, path):
    # Each door is its app's filterable list (tested in tests/<app>/), never a dead end.
    response = client.get(path)
    assert response.status_code == 200
    assert 'method="get"' in response.content.decode()


def test_search_runs_a_bounded_number_of_queries(client, make_org, django_assert_max_num_queries):
    for i in range(3):
        make_org(name=f"Group {i}", slug=f"group-{i}")
    with django_assert_max_num_queries(12):
        small = client.get("/en/search/?q=group")
    for i in range(3, 40):
        make_org(name=f"Group {i}", slug=f"group-{i}")
    with django_assert_max_num_queries(12):
        large = client.get("/en/search/?q=group")
    assert small.status_code == large.status_code == 200
    assert large.content.decode().count("nc-result__title") > small.content.decode().count(
        "nc-result__title"
    )


def test_search_is_typo_tolerant_and_finds_translated_names(client, make_org):
    org = make_org(name="Forest Gate Community Garden", slug="fg-garden")
    org.name_pl = "Ogród społeczny Forest Gate"
    org.save()
    assert (
        "Forest Gate Community Garden" in client.get("/en/search/?q=forrest+gate").content.decode()
    )
    assert "Ogród społeczny Forest Gate" in client.get("/pl/search/?q=ogród").content.decode()
    assert "Ogród społeczny Forest Gate" in client.get("/pl/search/?q=ogrod").content.decode()


def test_search_with_no_results_never_dead_ends(client):
    html = client.get("/en/search/?q=zzzzqqq").content.decode()
    assert "Nothing found here." in html
    assert "Not found what you need?" in html
    for href in ("/en/activities/", "/en/services/", "/en/volunteering/"):
        assert f'href="{href}"' in html


def test_search_escapes_what_was_typed(client):
    html = client.get("/en/search/?q=<script>alert(1)</script>").content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_empty_search_shows_the_form(client):
    response = client.get("/en/search/?q=")
    assert response.status_code == 200
    assert 'id="search-q"' in response.content.decode()


@pytest.mark.parametrize("path", ["/en/accessibility/", "/ur/privacy/", "/bn/accessibility/"])
def test_footer_pages_exist_and_are_linked(client, path):
    response = client.get(path)
    assert response.status_code == 200
    html = response.content.decode()
    prefix = path[:4]
    assert f'href="{prefix}accessibility/"' in html
    assert f'href="{prefix}privacy/"' in html


@pytest.mark.parametrize("code", ["en", "ur"])
def test_not_found_page_is_helpful_and_translated(client, code):
    response = client.get(f"/{code}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    with translation.override(code):
        assert translation.gettext("Page not found") in html
    assert 'id="search-q"' in html


@override_settings(DEBUG=False)
def test_server_error_page_renders_without_a_database(client, monkeypatch):
    from newham_connect import errors

    with translation.override("en"):
        response = errors.server_error(None)
    assert response.status_code == 500
    assert b"Sorry, there is a problem with the service" in response.content


def test_organisation_page_shows_contact_links(client, make_org):
    make_org(
        name="East Ham Advice",
        slug="east-ham-advice",
        phone="020 7946 0123",
        email="help@advice.example.org",
        website="https://advice.example.org",
    )
    html = client.get("/en/organisations/east-ham-advice/").content.decode()
    assert 'href="tel:02079460123"' in html
    assert 'href="mailto:help@advice.example.org"' in html
    assert 'href="https://advice.example.org" rel="noopener"' in html


def test_security_headers(client):
    response = client.get("/en/")
    assert "script-src 'self' 'nonce-" in response["Content-Security-Policy"]
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"


def test_favicon_redirects_to_a_static_file(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"].endswith("images/favicon.svg")


def test_search_sections_find_only_what_matches_and_link_to_the_rest(client, make_org):
    from activities.models import ActivitySeries
    from tests import factories

    org = make_org(name="Forest Gate Helpers", slug="fg-helpers")
    ActivitySeries.objects.create(
        name="Chair yoga", slug="chair-yoga", organisation=org, status="published", is_online=True
    )
    for n in range(12):
        factories.opportunity(
            org,
            f"Garden helper {n}",
            slug=f"garden-helper-{n}",
            description="Dig and plant.",
            from_home=True,
        )
    html = client.get("/en/search/?q=garden").content.decode()
    assert "Garden helper" in html
    assert "Chair yoga" not in html  # a full-text rank is never 0: matching is explicit
    assert html.count("nc-result__title") == 10
    assert "12 results" in html
    assert 'href="/en/volunteering/?q=garden"' in html
    assert "See all 12 results in Volunteering" in html
    # A typo still finds the activity; nothing else matches it.
    typo = client.get("/en/search/?q=chiar+yoga").content.decode()
    assert "Chair yoga" in typo and "Garden helper" not in typo
