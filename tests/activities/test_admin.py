"""Back office for activities as a matrix: every admin URL × every persona. Partners see and
edit only their own organisation's activities; another organisation's is "not found"."""

from datetime import date

import pytest
from django.urls import reverse
from django.utils import timezone

from activities.models import ActivitySeries, Campaign
from tests.admin_forms import change_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def two_series(make_series, org_a, org_b):
    mine = make_series("Org A Walk", slug="org-a-walk", organisation=org_a)
    theirs = make_series("Org B Yoga", slug="org-b-yoga", organisation=org_b)
    return mine, theirs


def test_changelist_shows_only_own_activities(client, personas, two_series):
    client.force_login(personas["bob"])
    html = client.get(reverse("admin:activities_activityseries_changelist")).content.decode()
    assert "Org A Walk" in html and "Org B Yoga" not in html


def _add_data(organisation, **overrides):
    data = {
        "kind": "SessionSeries",
        "name_en": "Knit and natter",
        "slug": "knit-and-natter",
        "organisation": organisation.pk,
        "is_online": "on",
        "online_url": "https://meet.example.org/knit",
        "gender_restriction": "none",
        "is_free": "on",
        "schedules-TOTAL_FORMS": "1",
        "schedules-INITIAL_FORMS": "0",
        "schedules-MIN_NUM_FORMS": "1",
        "schedules-MAX_NUM_FORMS": "1000",
        "schedules-0-frequency": "monthly",
        "schedules-0-days": ["0"],
        "schedules-0-week_of_month": "1",
        "schedules-0-start_date": "2025-01-01",
        "schedules-0-start_time": "10:00",
        "schedules-0-end_time": "12:00",
        "schedules-0-cancelled_dates": "",
        "schedules-0-dates": "",
        "schedules-0-skip_bank_holidays": "on",
    }
    data.update(overrides)
    return data


def test_partner_editor_adds_an_activity_with_its_schedule(client, personas, org_a, frozen_now):
    client.force_login(personas["bob"])
    response = client.post(reverse("admin:activities_activityseries_add"), _add_data(org_a))
    assert response.status_code == 302, response.content.decode()[:3000]
    series = ActivitySeries.objects.get(slug="knit-and-natter")
    assert series.organisation == org_a
    assert series.status == "draft"  # partners cannot publish their own listing
    schedule = series.schedules.get()
    assert (schedule.frequency, schedule.days, schedule.week_of_month) == ("monthly", [0], 1)
    # The dated sessions are there at once: first Mondays, never on a bank holiday (so not
    # 5 May 2025), from "now" (26 March 2025) to 120 days ahead.
    starts = [timezone.localtime(o.start) for o in series.occurrences.order_by("start")]
    assert [(s.date(), s.hour) for s in starts] == [
        (date(2025, 4, 7), 10),
        (date(2025, 6, 2), 10),
        (date(2025, 7, 7), 10),
    ]
    assert series.history.count() == 1


def test_partner_cannot_file_an_activity_under_another_organisation(client, personas, org_b):
    client.force_login(personas["bob"])
    response = client.post(reverse("admin:activities_activityseries_add"), _add_data(org_b))
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not ActivitySeries.objects.filter(slug="knit-and-natter").exists()


def test_schedule_mistakes_are_explained_and_nothing_is_lost(client, personas, org_a):
    client.force_login(personas["bob"])
    data = _add_data(
        org_a,
        **{
            "schedules-0-end_time": "09:00",
            "schedules-0-cancelled_dates": "2025-02-31",
        },
    )
    response = client.post(reverse("admin:activities_activityseries_add"), data)
    assert response.status_code == 200
    html = response.content.decode()
    assert "It must end after it starts." in html
    assert "Date 1 is not a real date (use 25/12/2025)." in html
    assert 'value="Knit and natter"' in html  # what was typed is still there
    assert not ActivitySeries.objects.exists()


def test_viewer_cannot_save_and_editor_cannot_touch_another_org(client, personas, two_series):
    mine, theirs = two_series
    client.force_login(personas["vic"])
    url = reverse("admin:activities_activityseries_change", args=[mine.pk])
    assert client.post(url, {"name_en": "Changed"}).status_code == 403
    client.force_login(personas["bob"])
    url = reverse("admin:activities_activityseries_change", args=[theirs.pk])
    response = client.post(url, {"name_en": "Changed"})
    assert response.status_code == 404  # another organisation's record is not found
    theirs.refresh_from_db()
    assert theirs.name == "Org B Yoga"


def test_moderator_publishes_and_partner_cannot(client, personas, make_series, org_a):
    waiting = make_series("Waiting", slug="waiting", organisation=org_a, status="submitted")
    changelist = reverse("admin:activities_activityseries_changelist")
    client.force_login(personas["bob"])
    client.post(changelist, {"action": "publish", "_selected_action": [waiting.pk]})
    waiting.refresh_from_db()
    assert waiting.status == "submitted"
    client.force_login(personas["mo"])
    client.post(changelist, {"action": "publish", "_selected_action": [waiting.pk]})
    waiting.refresh_from_db()
    assert waiting.status == "published"


def test_editing_a_schedule_inline_refreshes_the_sessions(client, personas, make_series, org_a):
    series = make_series(
        "Walk",
        slug="walk",
        organisation=org_a,
        status="draft",  # a published one's change waits for a moderator (test below)
        schedule={"days": [1], "start_date": date(2025, 1, 6)},
    )
    schedule = series.schedules.get()
    client.force_login(personas["bob"])
    data = {
        "kind": series.kind,
        "name_en": series.name,
        "slug": series.slug,
        "organisation": org_a.pk,
        "location": series.location_id,
        "gender_restriction": "none",
        "is_free": "on",
        "schedules-TOTAL_FORMS": "1",
        "schedules-INITIAL_FORMS": "1",
        "schedules-MIN_NUM_FORMS": "1",
        "schedules-MAX_NUM_FORMS": "1000",
        "schedules-0-id": schedule.pk,
        "schedules-0-series": series.pk,
        "schedules-0-frequency": "weekly",
        "schedules-0-days": ["4"],
        "schedules-0-start_date": "2025-01-06",
        "schedules-0-start_time": "10:00",
        "schedules-0-end_time": "11:30",
        "schedules-0-dates": "",
        "schedules-0-cancelled_dates": "",
        "schedules-0-skip_bank_holidays": "on",
    }
    response = client.post(
        reverse("admin:activities_activityseries_change", args=[series.pk]), data
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    weekdays = {o.start.astimezone().weekday() for o in series.occurrences.upcoming()}
    assert weekdays == {4}


def test_campaigns_are_the_councils(client, personas):
    client.force_login(personas["bob"])
    response = client.post(
        reverse("admin:activities_campaign_add"), {"name_en": "Mine", "slug": "mine"}
    )
    assert response.status_code == 403
    assert not Campaign.objects.exists()


def test_a_partners_new_times_for_a_published_series_wait_for_a_moderator(
    client, personas, make_series, org_a
):
    from directory.models import PendingChange
    from tests.admin_forms import edit, review_url

    series = make_series(
        "Walk",
        slug="walk",
        organisation=org_a,
        schedule={"days": [1], "start_date": date(2025, 1, 6)},
    )

    def weekdays():
        return {o.start.astimezone().weekday() for o in series.occurrences.upcoming()}

    assert weekdays() == {1}
    edit(client, personas["bob"], series, **{"schedules-0-days": ["4"]})
    assert weekdays() == {1}  # residents still see Tuesdays
    change = PendingChange.objects.get()
    client.force_login(personas["mo"])
    assert client.post(review_url(change), {"_publish": "1"}).status_code == 302
    assert weekdays() == {4}  # published: the sessions are Fridays now


@pytest.mark.parametrize("language", ["en", "bn", "ur", "pl"])
def test_a_date_typed_the_uk_way_is_day_first(client, personas, org_a, frozen_now, language):
    """05/12/2026 is 5 December 2026 in the back office, whatever language it is read in; the
    form then shows it back the same way, and cancelled dates are typed the same way."""
    client.force_login(personas["bob"])
    data = _add_data(
        org_a,
        **{
            "schedules-0-start_date": "05/12/2026",
            "schedules-0-cancelled_dates": "07/12/2026, 04.01.2027",
            "schedules-0-start_time": "5:30pm",
            "schedules-0-end_time": "19.00",
        },
    )
    response = client.post(
        reverse("admin:activities_activityseries_add"), data, HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    series = ActivitySeries.objects.get(slug="knit-and-natter")
    schedule = series.schedules.get()
    assert schedule.start_date == date(2026, 12, 5)
    assert schedule.cancelled_dates == [date(2026, 12, 7), date(2027, 1, 4)]
    assert (schedule.start_time.hour, schedule.start_time.minute) == (17, 30)
    assert schedule.end_time.hour == 19
    page = client.get(change_url(series), HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'value="05/12/2026"' in page
    assert "07/12/2026, 04/01/2027" in page
    assert 'value="17:30"' in page
