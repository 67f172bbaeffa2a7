"""Back office for services: each persona × each URL, partners only ever see their own."""

from datetime import date

import pytest
from django.urls import reverse

from directory.models import ListingReport, Schedule, Service
from tests.admin_forms import FORBIDDEN, MISSING, admin_outcome

pytestmark = pytest.mark.django_db


@pytest.fixture
def listings(make_service, make_location, org_a, org_b):
    """One service, venue and problem report for each of the two organisations."""
    venue = make_location()
    out = {}
    for key, org in (("a", org_a), ("b", org_b)):
        service = make_service(f"Service of {org.name}", organisation=org, venues=[venue])
        out[key] = {
            "service": service,
            "sal": service.service_at_locations.get(),
            "report": ListingReport.objects.create(
                service=service, reason="wrong_times", details="Shut", email="r@example.org"
            ),
        }
    return out


def test_guessed_ids_of_another_organisation_are_not_found(client, personas, listings):
    client.force_login(personas["charlie"])
    service = listings["a"]["service"]
    for url in (
        reverse("admin:directory_service_change", args=[service.pk]),
        reverse("admin:directory_service_delete", args=[service.pk]),
        reverse("admin:directory_service_history", args=[service.pk]),
        reverse("admin:directory_service_change", args=["not-a-uuid"]),
    ):
        assert admin_outcome(client, personas["charlie"], url) in (MISSING, FORBIDDEN), url
    response = client.post(
        reverse("admin:directory_service_change", args=[service.pk]), {"name_en": "Hijacked"}
    )
    assert response.status_code == 404  # another organisation's record is not found
    service.refresh_from_db()
    assert service.name_en != "Hijacked"


def test_changelists_show_only_own_rows(client, personas, listings):
    client.force_login(personas["bob"])
    for name in ("service", "serviceatlocation", "listingreport"):
        html = client.get(reverse(f"admin:directory_{name}_changelist")).content.decode()
        assert "Service of Beckton Community Food Bank" in html, name
        assert "Service of Forest Gate Tamil Elders" not in html, name
    client.force_login(personas["mo"])
    html = client.get(reverse("admin:directory_service_changelist")).content.decode()
    assert "Service of Forest Gate Tamil Elders" in html


def test_the_category_filter_offers_only_the_categories_in_use(client, personas, listings):
    """Not every term (the Activity List's 768 among them) as a link on every page: only the
    categories of the services the person can see, so not another organisation's either."""
    from directory.models import TaxonomyTerm

    mine, theirs, unused = (
        TaxonomyTerm.objects.create(code=code, name=name)
        for code, name in [
            ("filter-mine", "Zqmine food"),
            ("filter-theirs", "Zqtheirs elders"),
            ("filter-unused", "Zqunused term"),
        ]
    )
    listings["a"]["service"].categories.add(mine)
    listings["b"]["service"].categories.add(theirs)
    url = reverse("admin:directory_service_changelist")
    client.force_login(personas["bob"])
    html = client.get(url).content.decode()
    assert "Zqmine food" in html
    assert "Zqtheirs elders" not in html and "Zqunused term" not in html
    # The filter still filters.
    filtered = client.get(f"{url}?categories__id__exact={mine.pk}")
    assert filtered.status_code == 200
    assert "Service of Beckton Community Food Bank" in filtered.content.decode()
    client.force_login(personas["mo"])
    html = client.get(url).content.decode()
    assert "Zqmine food" in html and "Zqtheirs elders" in html
    assert "Zqunused term" not in html


def _add_data(org, **overrides):
    data = {
        "organisation": org.pk,
        "name_en": "Tuesday advice drop-in",
        "slug": "tuesday-advice",
        "description_en": "Free advice on benefits and debt.",
        "service_status": "active",
        "groups": ["older_people", "carers"],
        "delivery_methods": ["in_person"],
        "is_free": "on",
        "service_at_locations-TOTAL_FORMS": "0",
        "service_at_locations-INITIAL_FORMS": "0",
        "schedules-TOTAL_FORMS": "1",
        "schedules-INITIAL_FORMS": "0",
        "schedules-0-days": ["TU"],
        "schedules-0-week_of_month": "",
        "schedules-0-opens_at": "10:00",
        "schedules-0-closes_at": "13:00",
        "cost_options-TOTAL_FORMS": "0",
        "cost_options-INITIAL_FORMS": "0",
        "contacts-TOTAL_FORMS": "0",
        "contacts-INITIAL_FORMS": "0",
    }
    data.update(overrides)
    return data


def test_partner_editor_adds_a_service_for_their_organisation(client, personas, org_a):
    client.force_login(personas["bob"])
    response = client.post(
        reverse("admin:directory_service_add"), _add_data(org_a, status="published")
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    service = Service.objects.get(slug="tuesday-advice")
    assert service.organisation == org_a
    assert service.status == "draft"  # partners cannot publish
    assert service.groups == ["older_people", "carers"]
    assert service.is_free
    schedule = Schedule.objects.get(service=service)
    assert (schedule.freq, schedule.byday) == ("WEEKLY", ["TU"])
    assert service.history.count() == 1


def test_partner_cannot_file_a_service_under_another_organisation(client, personas, org_b):
    client.force_login(personas["bob"])
    response = client.post(reverse("admin:directory_service_add"), _add_data(org_b))
    assert response.status_code == 200
    assert "Select a valid choice" in response.content.decode()
    assert not Service.objects.exists()


def test_bad_opening_times_are_explained_and_nothing_is_saved(client, personas, org_a):
    client.force_login(personas["bob"])
    data = _add_data(org_a, **{"schedules-0-opens_at": "15:00", "schedules-0-closes_at": "09:00"})
    response = client.post(reverse("admin:directory_service_add"), data)
    assert response.status_code == 200
    assert "The opening time must be before the closing time." in response.content.decode()
    assert not Service.objects.exists()


def test_partner_can_only_place_own_services_at_venues(client, personas, listings, make_location):
    client.force_login(personas["bob"])
    venue = make_location()
    url = reverse("admin:directory_serviceatlocation_add")
    data = {
        "location": venue.pk,
        "description_en": "",
        "schedules-TOTAL_FORMS": "0",
        "schedules-INITIAL_FORMS": "0",
    }
    other = client.post(url, {**data, "service": listings["b"]["service"].pk})
    assert other.status_code == 200 and "Select a valid choice" in other.content.decode()
    own = client.post(url, {**data, "service": listings["a"]["service"].pk})
    assert own.status_code == 302
    assert listings["a"]["service"].service_at_locations.filter(location=venue).exists()


def test_reports_hide_the_reporters_email_from_partners(client, personas, listings):
    url = reverse("admin:directory_listingreport_change", args=[listings["a"]["report"].pk])
    client.force_login(personas["bob"])
    assert "r@example.org" not in client.get(url).content.decode()
    client.force_login(personas["mo"])
    assert "r@example.org" in client.get(url).content.decode()


def test_partner_marks_own_reports_as_dealt_with(client, personas, listings):
    client.force_login(personas["bob"])
    own, other = listings["a"]["report"], listings["b"]["report"]
    client.post(
        reverse("admin:directory_listingreport_changelist"),
        {"action": "mark_resolved", "_selected_action": [own.pk, other.pk]},
    )
    own.refresh_from_db()
    other.refresh_from_db()
    assert own.resolved and not other.resolved
    # A viewer cannot.
    own.resolved = False
    own.save()
    client.force_login(personas["vic"])
    client.post(
        reverse("admin:directory_listingreport_changelist"),
        {"action": "mark_resolved", "_selected_action": [own.pk]},
    )
    own.refresh_from_db()
    assert not own.resolved


def test_moderator_publishes_a_submitted_service(client, personas, listings):
    service = listings["a"]["service"]
    Service.objects.filter(pk=service.pk).update(status="submitted")
    client.force_login(personas["mo"])
    client.post(
        reverse("admin:directory_service_changelist"),
        {"action": "publish", "_selected_action": [service.pk]},
    )
    service.refresh_from_db()
    assert service.status == "published"


@pytest.mark.parametrize("language", ["en", "ta", "ar"])
def test_dates_in_a_service_are_read_day_first(client, personas, org_a, language):
    """ "05/12/2026" is 5 December 2026 (it was saved as 12 May), in any language."""
    client.force_login(personas["bob"])
    data = _add_data(org_a, assured_date="05/12/2026", **{"schedules-0-valid_from": "01/02/2027"})
    response = client.post(
        reverse("admin:directory_service_add"), data, HTTP_ACCEPT_LANGUAGE=language
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    service = Service.objects.get(slug="tuesday-advice")
    assert service.assured_date == date(2026, 12, 5)
    assert Schedule.objects.get(service=service).valid_from == date(2027, 2, 1)


def test_a_date_that_cannot_be_day_first_is_refused_and_kept(client, personas, org_a):
    """12/25/2026 (American) is no date here: the partner is told and keeps what they typed."""
    client.force_login(personas["bob"])
    response = client.post(
        reverse("admin:directory_service_add"), _add_data(org_a, assured_date="12/25/2026")
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert "Enter a valid date." in html
    assert 'value="12/25/2026"' in html
    assert not Service.objects.exists()


def test_the_error_summary_lists_and_links_every_mistake(client, personas, org_a):
    """Django only says "Please correct the errors below."; the summary names each mistake,
    the opening times' ones too, and links to the field."""
    client.force_login(personas["bob"])
    data = _add_data(
        org_a,
        name_en="",
        **{"schedules-0-opens_at": "15:00", "schedules-0-closes_at": "09:00"},
    )
    html = client.post(reverse("admin:directory_service_add"), data).content.decode()
    summary = html.split('class="nc-error-summary"', 1)[1].split("</div>", 1)[0]
    assert "There is a problem" in summary
    assert 'href="#id_name_en"' in summary and "This field is required." in summary
    assert "The opening time must be before the closing time." in summary
    assert (
        "Opening times 1: Closes at: The opening time must be before the closing time." in summary
    )
    assert 'href="#id_schedules-0-closes_at"' in summary
