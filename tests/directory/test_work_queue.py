"""The moderators' queue: everything waiting in one list, oldest first, with counts and
filters, and publishing or sending back the selected rows in one step; each role's home page."""

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.urls import reverse
from django.utils import timezone

from directory.models import ListingReport, PendingChange
from tests import factories

pytestmark = pytest.mark.django_db

QUEUE = reverse("admin:moderation_queue")
HOME = reverse("admin:index")


def ago(days):
    return timezone.now() - datetime.timedelta(days=days)


@pytest.fixture
def waiting(org_a, org_b, make_location):
    """One of each kind waiting, with known ages (days): new service 5, resubmitted activity
    9, held change 3, report 7, stale opportunity (flagged 2 days ago), new organisation 1."""
    ward_b = factories.ward("Forest Gate North")
    service = factories.service(org_a, "Warm space", status="submitted")
    service.status_changed_at = ago(5)
    service.save()
    activity = factories.activity(
        org_b,
        "Chair yoga",
        status="submitted",
        location=factories.location(ward_b),
        moderation_note="Please add the price.",
    )
    activity.status_changed_at = ago(9)
    activity.save()
    published = factories.service(org_a, "Food parcels")
    held = PendingChange.objects.create(
        content_type=ContentType.objects.get_for_model(published),
        object_id=str(published.pk),
        organisation=org_a,
        title="Food parcels",
        data={},
        submitted_at=ago(3),
    )
    report = ListingReport.objects.create(service=published, reason="wrong_times")
    ListingReport.objects.filter(pk=report.pk).update(created=ago(7))
    opportunity = factories.opportunity(org_b, "Driver", location=factories.location(ward_b))
    opportunity.check_flagged_on = timezone.localdate() - datetime.timedelta(days=2)
    opportunity.save()
    newcomer = factories.organisation("Custom House Youth", status="submitted")
    newcomer.status_changed_at = ago(1)
    newcomer.save()
    return {
        "service": service,
        "activity": activity,
        "held": held,
        "report": report,
        "opportunity": opportunity,
        "newcomer": newcomer,
        "ward_b": ward_b,
    }


def titles(page):
    return [item.title for item in page.context["items"]]


def counts(page):
    return {kind: n for kind, _label, n in page.context["counts"]}


def test_one_queue_oldest_first_with_counts(client, personas, waiting):
    client.force_login(personas["mo"])
    page = client.get(QUEUE)
    assert page.status_code == 200
    # 9, 7, 5, 3 days, the stale one (flagged 2 days ago, at midnight), 1 day.
    assert titles(page) == [
        "Chair yoga",
        "Food parcels",  # the report
        "Warm space",
        "Food parcels",  # the held change
        "Driver",
        "Custom House Youth",
    ]
    assert counts(page) == {"new": 2, "resubmitted": 1, "changes": 1, "reports": 1, "stale": 1}
    html = page.content.decode()
    assert "Please add the price." in html  # the note it was sent back with


def test_filters_by_kind_type_organisation_and_ward(client, personas, waiting, org_b):
    client.force_login(personas["mo"])
    assert titles(client.get(QUEUE, {"kind": "reports"})) == ["Food parcels"]
    assert titles(client.get(QUEUE, {"type": "activities.activityseries"})) == ["Chair yoga"]
    by_org = client.get(QUEUE, {"organisation": str(org_b.pk)})
    assert sorted(titles(by_org)) == ["Chair yoga", "Driver"]
    assert org_b.name in by_org.content.decode()
    in_ward = client.get(QUEUE, {"ward": waiting["ward_b"].slug})
    assert sorted(titles(in_ward)) == ["Chair yoga", "Driver"]
    # Values that are not choices are ignored, not a 500.
    odd = client.get(
        QUEUE, {"kind": "x", "type": "auth.user", "organisation": "'; --", "page": "9"}
    )
    assert odd.status_code == 200 and len(titles(odd)) == 6


def test_publish_and_send_back_the_selected_in_one_step(
    client, personas, waiting, django_capture_on_commit_callbacks
):
    client.force_login(personas["mo"])
    service, activity = waiting["service"], waiting["activity"]
    mail.outbox.clear()
    refused = client.post(QUEUE, {"items": [f"directory.service:{service.pk}"], "_send_back": "1"})
    assert refused.status_code == 302
    service.refresh_from_db()
    assert service.status == "submitted"  # no note: nothing moved
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            QUEUE,
            {
                "items": [f"directory.service:{service.pk}"],
                "_send_back": "1",
                "note": "Add the opening times.",
            },
        )
    service.refresh_from_db()
    assert (service.status, service.moderation_note) == (
        "changes_requested",
        "Add the opening times.",
    )
    assert any("Add the opening times." in m.body for m in mail.outbox)
    client.post(QUEUE, {"items": [f"activities.activityseries:{activity.pk}"], "_publish": "1"})
    activity.refresh_from_db()
    assert activity.status == "published"


def test_partners_cannot_open_or_post_to_the_queue(client, personas, waiting):
    service = waiting["service"]
    for name in ("alice", "bob", "vic", "charlie"):
        client.force_login(personas[name])
        assert client.get(QUEUE).status_code == 403
        client.post(QUEUE, {"items": [f"directory.service:{service.pk}"], "_publish": "1"})
    service.refresh_from_db()
    assert service.status == "submitted"
    client.logout()
    assert client.get(QUEUE).status_code == 302  # to sign in


def test_the_queue_runs_the_same_queries_however_long(
    client, personas, waiting, org_a, django_assert_max_num_queries
):
    client.force_login(personas["mo"])
    client.get(QUEUE)
    with django_assert_max_num_queries(40) as few:
        client.get(QUEUE)
    for n in range(30):
        factories.service(org_a, f"Extra {n}", status="submitted")
    with django_assert_max_num_queries(len(few.captured_queries)):
        page = client.get(QUEUE)
    assert len(titles(page)) == 36


def test_a_moderators_home_shows_the_queue(client, personas, waiting):
    client.force_login(personas["mo"])
    html = client.get(HOME).content.decode()
    assert "6 things waiting for you" in html
    assert "Chair yoga" in html and QUEUE in html


def test_a_partners_home_shows_their_listings_and_what_needs_them(client, personas, waiting, org_a):
    asked = factories.service(
        org_a, "Debt advice", status="changes_requested", moderation_note="Say who it is for."
    )
    old = factories.service(org_a, "Lunch club")
    old.assured_date = timezone.localdate() - datetime.timedelta(days=200)
    old.save()
    client.force_login(personas["bob"])
    page = client.get(HOME)
    html = page.content.decode()
    panel = page.context["home_panels"][0]
    services = next(row for row in panel["by_state"] if row["name"] == "services")
    states = {label: n for label, n, _url in services["states"]}
    assert states["Waiting for review"] == 1 and states["Changes requested"] == 1
    assert states["Published"] == 2  # Food parcels, Lunch club
    assert "Say who it is for." in html and asked.name in html
    assert "Lunch club" in html  # not checked for 6 months
    assert "Problems reported by residents" in html
    assert reverse("admin:activities_activityseries_add") in html
    # Nothing of org B's.
    assert "Chair yoga" not in html and "Driver" not in html
