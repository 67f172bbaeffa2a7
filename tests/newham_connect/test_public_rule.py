"""The one public rule (issue 10, hole 3), on every public surface.

Every surface × listing state × organisation state: a listing appears (lists, search, API,
feeds, calendars, organisation pages) or answers (pages, forms, .ics, redirects) only when it
*and* its organisation are published; otherwise it is not listed and its addresses are 404.

The data (3 organisations, 15 listings of each kind) is built once per module inside a
transaction that is rolled back afterwards, as Django's setUpTestData does: each test runs in
a savepoint of it, so nothing is ever committed and tests cannot see each other's writes.
"""

import datetime
import json

import pytest
from django.db import transaction
from django.utils import timezone

from activities.models import ACTIVITY_LIST_TAXONOMY, ActivitySeries, FeedKind
from directory.models import Organisation, TaxonomyTerm
from newham_connect.moderation import ModerationStatus
from tests import factories

ORG_STATES = [ModerationStatus.PUBLISHED, ModerationStatus.DRAFT, ModerationStatus.ARCHIVED]
LISTING_STATES = list(ModerationStatus)


def _token(kind, listing_state, org_state):
    # One word per row, so a search for it finds that row first.
    return f"zq{kind}{listing_state.replace('_', '')}{org_state}"


def _build():
    ward = factories.ward("Matrix ward", "matrix-ward")
    venue = factories.location(
        ward, name="Matrix hall", slug="matrix-hall", kind="community_centre"
    )
    walking = TaxonomyTerm.objects.create(
        taxonomy=ACTIVITY_LIST_TAXONOMY, code="matrix-walking", name="Walking"
    )
    user = factories.user("matrix@example.org")
    team = factories.employer_team(user, business_name="Matrix Ltd")
    today = timezone.localdate()
    orgs, rows = {}, {}
    for org_state in ORG_STATES:
        orgs[org_state] = org = factories.organisation(
            f"Matrix organisation {org_state}", org_state, slug=f"matrix-org-{org_state}"
        )
        for state in LISTING_STATES:
            key = (state, org_state)
            service = factories.service(
                org,
                f"Service {_token('service', *key)}",
                state,
                slug=f"matrix-service-{state}-{org_state}",
                description="Matrix help.",
                venues=[venue],
            )
            series = factories.activity(
                org,
                f"Activity {_token('activity', *key)}",
                types=[walking.code],
                schedule={
                    "days": [today.isoweekday()],
                    "start_date": today + datetime.timedelta(days=1),
                    "end_time": datetime.time(11, 0),
                },
                slug=f"matrix-activity-{state}-{org_state}",
                description="Matrix walk.",
                location=venue,
                status=state,
            )
            opportunity = factories.opportunity(
                org,
                f"Opportunity {_token('opportunity', *key)}",
                state,
                slug=f"matrix-opportunity-{state}-{org_state}",
                description="Matrix volunteering.",
                location=venue,
                suitable_for_employer_teams=True,
                suitable_for_groups=True,
            )
            rows[key] = {
                "service": service,
                "sal": service.service_at_locations.get(),
                "series": series,
                "session": series.occurrences.order_by("start").first(),
                "opportunity": opportunity,
            }
    return {"orgs": orgs, "rows": rows, "team": team, "user": user}


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        atomic = transaction.atomic()
        atomic.__enter__()
        try:
            yield _build()
        finally:
            transaction.set_rollback(True)
            atomic.__exit__(None, None, None)


def _get(client, url, **params):
    response = client.get(url, params)
    assert response.status_code in (200, 404), (url, response.status_code)
    return response


def _answers(client, url):
    """True for 200, False for 404; anything else fails the test."""
    return _get(client, url).status_code == 200


def _lists(client, url, needle, **params):
    response = _get(client, url, **params)
    assert response.status_code == 200, url
    return needle in response.content.decode()


def _redirects(client, url):
    response = client.get(url)
    assert response.status_code in (302, 404), (url, response.status_code)
    return response.status_code == 302


def _in_feed(client, feed, item_id):
    items = json.loads(client.get(f"/openactive/feeds/{feed}").content)["items"]
    return any(i["id"] == str(item_id) and i["state"] == "updated" for i in items)


def _org_page(client, org, needle):
    response = _get(client, f"/en/organisations/{org.slug}/")
    return response.status_code == 200 and needle in response.content.decode()


def _team(world):
    return f"/en/volunteering/teams/{world['team'].pk}/"


def _interest_post(client, row):
    url = f"/en/volunteering/{row['opportunity'].slug}/interest/"
    data = {"name": "Rita", "email": "rita@example.org", "consent": "on"}
    response = client.post(url, data)
    assert response.status_code in (302, 404), response.status_code
    saved = row["opportunity"].interests.exists()
    assert saved == (response.status_code == 302)
    return saved


def _report_post(client, row):
    url = f"/en/services/{row['service'].slug}/report/"
    response = client.post(url, {"reason": "closed", "details": "Gone."})
    assert response.status_code in (302, 404), response.status_code
    saved = row["service"].reports.exists()
    assert saved == (response.status_code == 302)
    return saved


def _detail_with_jsonld(client, url):
    response = _get(client, url)
    if response.status_code == 200:
        assert "application/ld+json" in response.content.decode()
    return response.status_code == 200


def _href(kind, row):
    obj = row[{"service": "service", "activity": "series", "opportunity": "opportunity"}[kind]]
    return f'href="{obj.get_absolute_url()}"'


# surface name -> check(client, world, row, key) -> is the listing visible there?
SURFACES = {
    # services directory
    "services list": lambda c, w, r, k: _lists(c, "/en/services/", _href("service", r)),
    "service page + JSON-LD": lambda c, w, r, k: _detail_with_jsonld(
        c, f"/en/services/{r['service'].slug}/"
    ),
    "report form": lambda c, w, r, k: _answers(c, f"/en/services/{r['service'].slug}/report/"),
    "report POST": lambda c, w, r, k: _report_post(c, r),
    "report thanks": lambda c, w, r, k: _answers(
        c, f"/en/services/{r['service'].slug}/report/thanks/"
    ),
    "search: services": lambda c, w, r, k: _lists(
        c, "/en/search/", _href("service", r), q=_token("service", *k)
    ),
    "organisation page: services": lambda c, w, r, k: _org_page(
        c, w["orgs"][k[1]], _href("service", r)
    ),
    "ORUK services": lambda c, w, r, k: _lists(c, "/api/oruk/services", str(r["service"].pk)),
    "ORUK services full": lambda c, w, r, k: _lists(
        c, "/api/oruk/services", str(r["service"].pk), full="true"
    ),
    "ORUK service": lambda c, w, r, k: _answers(c, f"/api/oruk/services/{r['service'].pk}"),
    "ORUK organisations full": lambda c, w, r, k: _lists(
        c, "/api/oruk/organizations", str(r["service"].pk), full="true"
    ),
    "ORUK organisation": lambda c, w, r, k: (
        _answers(c, f"/api/oruk/organizations/{w['orgs'][k[1]].pk}")
        and str(r["service"].pk) in c.get(f"/api/oruk/organizations/{w['orgs'][k[1]].pk}").text
    ),
    "ORUK service_at_locations": lambda c, w, r, k: _lists(
        c, "/api/oruk/service_at_locations", str(r["sal"].pk)
    ),
    "ORUK service_at_location": lambda c, w, r, k: _answers(
        c, f"/api/oruk/service_at_locations/{r['sal'].pk}"
    ),
    # activities
    "what's on": lambda c, w, r, k: _lists(c, "/en/activities/", _href("activity", r)),
    "activity page + JSON-LD": lambda c, w, r, k: _detail_with_jsonld(
        c, f"/en/activities/{r['series'].slug}/"
    ),
    "search: activities": lambda c, w, r, k: _lists(
        c, "/en/search/", _href("activity", r), q=_token("activity", *k)
    ),
    "organisation page: activities": lambda c, w, r, k: _org_page(
        c, w["orgs"][k[1]], _href("activity", r)
    ),
    "what's on .ics": lambda c, w, r, k: _lists(
        c, "/en/activities/calendar.ics", f"/activities/{r['series'].slug}/"
    ),
    "series .ics": lambda c, w, r, k: _answers(
        c, f"/en/activities/{r['series'].slug}/calendar.ics"
    ),
    "session .ics": lambda c, w, r, k: _answers(
        c, f"/en/activities/{r['series'].slug}/sessions/{r['session'].pk}.ics"
    ),
    "OpenActive session-series feed": lambda c, w, r, k: _in_feed(
        c, FeedKind.SESSION_SERIES, r["series"].pk
    ),
    "OpenActive scheduled-sessions feed": lambda c, w, r, k: _in_feed(
        c, FeedKind.SCHEDULED_SESSION, r["session"].pk
    ),
    "OpenActive series @id": lambda c, w, r, k: _redirects(
        c, f"/openactive/session-series/{r['series'].pk}"
    ),
    "OpenActive session @id": lambda c, w, r, k: _redirects(
        c, f"/openactive/scheduled-sessions/{r['session'].pk}"
    ),
    # volunteering
    "volunteering list": lambda c, w, r, k: _lists(c, "/en/volunteering/", _href("opportunity", r)),
    "opportunity page": lambda c, w, r, k: _answers(
        c, f"/en/volunteering/{r['opportunity'].slug}/"
    ),
    "interest form": lambda c, w, r, k: _answers(
        c, f"/en/volunteering/{r['opportunity'].slug}/interest/"
    ),
    "interest POST": lambda c, w, r, k: _interest_post(c, r),
    "interest sent": lambda c, w, r, k: _answers(
        c, f"/en/volunteering/{r['opportunity'].slug}/interest/sent/"
    ),
    "search: volunteering": lambda c, w, r, k: _lists(
        c, "/en/search/", _href("opportunity", r), q=_token("opportunity", *k)
    ),
    "organisation page: volunteering": lambda c, w, r, k: _org_page(
        c, w["orgs"][k[1]], _href("opportunity", r)
    ),
    "team's opportunities": lambda c, w, r, k: (
        c.force_login(w["user"]) or _lists(c, _team(w), _href("opportunity", r))
    ),
    "team booking form": lambda c, w, r, k: (
        c.force_login(w["user"]) or _answers(c, f"{_team(w)}book/{r['opportunity'].slug}/")
    ),
}


@pytest.mark.django_db
@pytest.mark.parametrize("org_state", ORG_STATES)
@pytest.mark.parametrize("listing_state", LISTING_STATES)
@pytest.mark.parametrize("surface", list(SURFACES))
def test_listing_is_public_only_when_it_and_its_organisation_are_published(
    client, world, surface, listing_state, org_state
):
    key = (listing_state, org_state)
    public = key == (ModerationStatus.PUBLISHED, ModerationStatus.PUBLISHED)
    assert SURFACES[surface](client, world, world["rows"][key], key) is public


# An organisation itself: its page, the search, the API.
ORG_SURFACES = {
    "organisation page": lambda c, o: _answers(c, f"/en/organisations/{o.slug}/"),
    "search: organisations": lambda c, o: _lists(
        c, "/en/search/", f'href="{o.get_absolute_url()}"', q=o.name
    ),
    "ORUK organisations": lambda c, o: _lists(c, "/api/oruk/organizations", str(o.pk)),
    "ORUK organisation": lambda c, o: _answers(c, f"/api/oruk/organizations/{o.pk}"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("org_state", ORG_STATES)
@pytest.mark.parametrize("surface", list(ORG_SURFACES))
def test_organisation_is_public_only_when_published(client, world, surface, org_state):
    shown = ORG_SURFACES[surface](client, world["orgs"][org_state])
    assert shown is (org_state == ModerationStatus.PUBLISHED)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "change",
    ["organisation to draft", "organisation archived", "activity archived"],
)
def test_feeds_announce_as_deleted_what_stops_being_public(client, world, change):
    row = world["rows"][(ModerationStatus.PUBLISHED, ModerationStatus.PUBLISHED)]
    # Fresh copies: the module's objects are shared by every test and must not change.
    series = ActivitySeries.objects.get(pk=row["series"].pk)
    session = row["session"]
    assert _in_feed(client, FeedKind.SESSION_SERIES, series.pk)
    assert _in_feed(client, FeedKind.SCHEDULED_SESSION, session.pk)
    if change == "activity archived":
        series.move_to(ModerationStatus.ARCHIVED)
        series.save()
    else:
        org = Organisation.objects.get(pk=series.organisation_id)
        org.status = ModerationStatus.DRAFT if "draft" in change else ModerationStatus.ARCHIVED
        org.save()
    for feed, item in ((FeedKind.SESSION_SERIES, series), (FeedKind.SCHEDULED_SESSION, session)):
        items = json.loads(client.get(f"/openactive/feeds/{feed}").content)["items"]
        states = [i["state"] for i in items if i["id"] == str(item.pk)]
        assert states == ["deleted"], (feed, states)
