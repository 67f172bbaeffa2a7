"""“Details checked on”: one click to confirm, reminders at 6 months, moderators told at 12,
and residents see the date (directory/freshness.py)."""

import datetime
from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django.urls import reverse
from django.utils import timezone

from activities.models import ActivitySeries
from directory.models import PendingChange, Service
from tests import factories
from tests.admin_forms import change_url

pytestmark = pytest.mark.django_db


def days_ago(n):
    return timezone.localdate() - datetime.timedelta(days=n)


def still_correct_url(listing):
    opts = listing._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_still_correct", args=[listing.pk])


ONLINE = {"is_online": True, "online_url": "https://meet.example.org/x"}


@pytest.fixture
def listings(org_a, org_b):
    return {
        "due": factories.service(org_a, "Advice drop-in", assured_date=days_ago(200)),
        "due_activity": factories.activity(
            org_a, "Knit and natter", assured_date=days_ago(250), **ONLINE
        ),
        "fresh": factories.service(org_a, "Food parcels", assured_date=days_ago(20)),
        "old_draft": factories.service(
            org_a, "Unfinished", status="draft", assured_date=days_ago(900)
        ),
        "overdue": factories.service(org_b, "Tamil lunch club", assured_date=days_ago(400)),
    }


def run(today):
    out = StringIO()
    call_command("stale_listings_reminders", today=today.isoformat(), stdout=out)
    return out.getvalue()


def test_reminders_go_to_each_organisation_once_and_moderators_at_a_year(personas, listings):
    today = timezone.localdate()
    said = run(today)
    assert "organisations reminded: 2" in said and "listings flagged: 1" in said
    by_subject = {m.subject: m for m in mail.outbox}
    org_a = by_subject["Beckton Community Food Bank: please check your listings are still correct"]
    assert set(org_a.to) == {"alice@example.org", "bob@example.org"}  # not Vic, a viewer
    assert "Advice drop-in" in org_a.body and "Knit and natter" in org_a.body
    assert "Food parcels" not in org_a.body and "Unfinished" not in org_a.body
    assert f"last checked on {days_ago(200):%-d %B %Y}" in org_a.body
    assert change_url(listings["due"]) in org_a.body
    moderators = by_subject["1 listing not checked for a year"]
    assert moderators.to == ["mo@example.org"]
    assert "Tamil lunch club" in moderators.body and "Forest Gate Tamil Elders" in moderators.body
    assert len(mail.outbox) == 3

    mail.outbox.clear()
    run(today + datetime.timedelta(days=1))  # the next morning: nothing again
    assert mail.outbox == []
    run(today + datetime.timedelta(days=31))  # a month on, still not checked: reminded again
    assert sorted(len(m.to) for m in mail.outbox) == [1, 2]  # org A, and org B's editor
    assert not [m for m in mail.outbox if "not checked for a year" in m.subject]


def test_a_reminder_leaves_no_history_and_changes_nothing_residents_see(personas, listings):
    service = listings["due"]
    before = (service.history.count(), service.last_modified)
    run(timezone.localdate())
    service.refresh_from_db()
    assert service.check_reminder_sent_on == timezone.localdate()
    assert (service.history.count(), service.last_modified) == before


def test_the_partner_confirms_in_one_click(client, personas, listings):
    service = listings["due"]
    run(timezone.localdate())
    client.force_login(personas["bob"])
    page = client.get(change_url(service)).content.decode()
    assert "These details are still correct" in page and still_correct_url(service) in page
    history = service.history.count()
    response = client.post(still_correct_url(service), follow=True)
    assert "Thank you. Details marked as checked on" in response.content.decode()
    service.refresh_from_db()
    today = timezone.localdate()
    assert (service.assured_date, service.check_reminder_sent_on) == (today, None)
    assert service.history.count() == history + 1
    assert not PendingChange.objects.exists()  # not held: only the date changed
    public = client.get(service.get_absolute_url()).content.decode()
    assert f"Details last checked on {today:%-d %B %Y}." in public


@pytest.mark.parametrize("who", ["vic", "charlie", "rita"])
def test_only_the_organisations_editors_can_confirm(client, personas, listings, who):
    service = listings["due"]
    client.force_login(personas[who])
    response = client.post(still_correct_url(service))
    assert response.status_code in (302, 404)  # a resident is sent to sign in
    service.refresh_from_db()
    assert service.assured_date == days_ago(200)


def test_confirming_takes_a_post(client, personas, listings):
    client.force_login(personas["bob"])
    assert client.get(still_correct_url(listings["due"])).status_code == 405


def test_many_at_once_and_the_filter_by_when_checked(client, personas, listings):
    client.force_login(personas["mo"])
    changelist = reverse("admin:directory_service_changelist")
    overdue = client.get(changelist, {"checked": "overdue"}).content.decode()
    assert "Tamil lunch club" in overdue and "Advice drop-in" not in overdue
    client.post(
        changelist,
        {
            "action": "mark_still_correct",
            "_selected_action": [listings["due"].pk, listings["overdue"].pk],
        },
    )
    assert Service.objects.filter(assured_date=timezone.localdate()).count() == 2
    recent = client.get(changelist, {"checked": "recent"}).content.decode()
    assert "Tamil lunch club" in recent


def test_a_listing_never_confirmed_counts_from_the_day_it_was_added(org_a):
    series = factories.activity(org_a, "New choir", **ONLINE)
    assert series.assured_date is None
    assert series.details_checked_on == timezone.localdate(series.created)
    found = ActivitySeries.objects.not_checked_since(timezone.localdate())
    assert list(found) == [series]


def test_residents_see_when_details_were_checked(client, org_a):
    series = factories.activity(org_a, "Choir", assured_date=datetime.date(2026, 11, 3), **ONLINE)
    role = factories.opportunity(
        org_a, "Choir helper", assured_date=datetime.date(2026, 10, 1), from_home=True
    )
    assert (
        "Details last checked on 3 November 2026."
        in client.get(series.get_absolute_url()).content.decode()
    )
    assert (
        "Details last checked on 1 October 2026."
        in client.get(role.get_absolute_url()).content.decode()
    )


def test_a_bad_day_is_refused():
    with pytest.raises(CommandError, match="must be a date like"):
        call_command("stale_listings_reminders", today="next tuesday")
