"""Property-based fuzzing of every public list URL and the ORUK API with arbitrary query strings
(hypothesis): never a 500, HTML pages stay HTML with nothing that executes, calendars stay
calendars, and every API answer (errors too) is JSON with a JSON content type."""

import json

import pytest
from hypothesis import given
from icalendar import Calendar

from activities.filters import WhatsOnFilter
from directory.filters import ServiceFilter
from tests.hostile import CORPUS, executables, tally
from tests.security.fixtures import module_fixture
from tests.security.fuzzing import (
    FUZZ,
    openapi_parameters,
    path_ids,
    query_strings,
    typed_query_strings,
)
from tests.security.world import World
from volunteering.filters import OpportunityFilter

pytestmark = pytest.mark.django_db

# Two listings of every kind, with hostile text that the pages may reflect.
FUZZ_WORLD = ["attribute-breakout", "emoji"]
worlds = module_fixture(
    lambda: [World(index, key, dict(CORPUS)[key]) for index, key in enumerate(FUZZ_WORLD)]
)


def _choices(filterset):
    found = set()
    for item in filterset.base_filters.values():
        choices = item.extra.get("choices")
        if isinstance(choices, list | tuple):
            found |= {str(value) for value, _label in choices}
    return found


def _real_values(worlds):
    return {
        value
        for w in worlds
        for value in (
            w.category.code,
            w.activity_type.code,
            w.language.code,
            w.feature.code,
            w.campaign.slug,
            w.ward.slug,
            str(w.service.pk),
            str(w.organisation.pk),
        )
    }


LISTS = [
    ("/en/services/", sorted(ServiceFilter.base_filters), ServiceFilter, "html"),
    ("/ur/services/", sorted(ServiceFilter.base_filters), ServiceFilter, "html"),
    ("/en/activities/", sorted(WhatsOnFilter.base_filters), WhatsOnFilter, "html"),
    ("/en/activities/calendar.ics", sorted(WhatsOnFilter.base_filters), WhatsOnFilter, "ics"),
    ("/en/volunteering/", sorted(OpportunityFilter.base_filters), OpportunityFilter, "html"),
    ("/en/search/", ["q"], None, "html"),
    ("/openactive/feeds/session-series", ["afterTimestamp", "afterId"], None, "json"),
    ("/openactive/feeds/scheduled-sessions", ["afterTimestamp", "afterId"], None, "json"),
]


def _problems(response, kind):
    """What is wrong with one answer to a fuzzed request ([] if nothing)."""
    status, content_type = response.status_code, response.get("Content-Type", "")
    problems = []
    if status not in ((200, 400, 404) if kind == "json" else (200, 400)):
        return [f"status {status}"]
    if kind == "json" or status == 400 and "json" in content_type:
        try:
            json.loads(response.content)
        except ValueError:
            problems.append("not JSON")
        if "json" not in content_type:
            problems.append(f"content type {content_type}")
    elif kind == "ics" and status == 200:
        if not content_type.startswith("text/calendar"):
            problems.append(f"content type {content_type}")
        Calendar.from_ical(response.content.decode())
    else:
        if not content_type.startswith("text/html"):
            problems.append(f"content type {content_type}")
        html = response.content.decode()
        if "<html" not in html:
            problems.append("not a page")
        problems += executables(html)
    return problems


def _fuzz(client, request, suite, surface, urls, kind):
    """Run the hypothesis strategy `urls`, counting requests; fail on the first problem."""
    counts = {"requests": 0, "errors": 0}

    @FUZZ
    @given(url=urls)
    def run(url):
        response = client.get(url)
        counts["requests"] += 1
        counts["errors"] += response.status_code >= 500
        problems = _problems(response, kind)
        assert not problems, f"GET {url}: {problems}"

    try:
        run()
    finally:
        tally(
            request,
            suite,
            surface,
            [surface],
            server_errors=counts["errors"],
            checks=counts["requests"],
        )


@pytest.mark.parametrize(("path", "names", "filterset", "kind"), LISTS, ids=[p for p, *_ in LISTS])
def test_public_lists_take_any_query_string(client, worlds, request, path, names, filterset, kind):
    real = _real_values(worlds) | (_choices(filterset) if filterset else set())
    urls = query_strings(names, real).map(lambda query: f"{path}?{query}")
    _fuzz(client, request, "fuzz: public lists", path, urls, kind)


ORUK = openapi_parameters()
ORUK_LISTS = [p for p in ORUK if p != "/" and "{id}" not in p]
ORUK_DETAILS = [p for p in ORUK if "{id}" in p]


def test_the_openapi_document_lists_what_we_serve():
    assert ORUK_LISTS == [
        "/services",
        "/taxonomies",
        "/taxonomy_terms",
        "/organizations",
        "/service_at_locations",
    ]
    assert len(ORUK_DETAILS) == 5


@pytest.mark.parametrize("path", ORUK_LISTS)
def test_oruk_lists_answer_json_to_any_query_string(client, worlds, request, path):
    urls = typed_query_strings(ORUK[path], _real_values(worlds)).map(
        lambda query: f"/api/oruk{path}?{query}"
    )
    _fuzz(client, request, "fuzz: ORUK API", path, urls, "json")


@pytest.mark.parametrize("path", ORUK_DETAILS)
def test_oruk_records_answer_json_to_any_id(client, worlds, request, path):
    w = worlds[0]
    real = {str(w.service.pk), str(w.organisation.pk), str(w.sal.pk), str(w.category.pk)}
    urls = path_ids(real).map(lambda pk: "/api/oruk" + path.replace("{id}", pk))
    _fuzz(client, request, "fuzz: ORUK API", path, urls, "json")
