"""A partner's edit of a published listing waits for a moderator; the published version stays
live until then (the design's "pending revision")."""

import pytest
from django.core import mail
from django.urls import reverse

from directory.models import (
    OrganisationMembership,
    PendingChange,
    Schedule,
    Service,
)
from tests.admin_forms import change_url, edit, review_url

pytestmark = pytest.mark.django_db


@pytest.fixture
def service(make_service, make_location, org_a):
    return make_service(
        "Tuesday advice",
        slug="tuesday-advice",
        organisation=org_a,
        venues=[make_location()],
        schedules=[{"byday": ["TU"], "opens_at": "10:00", "closes_at": "13:00"}],
    )


def propose_new_times(client, user, service):
    return edit(
        client,
        user,
        service,
        name_en="Tuesday and Thursday advice",
        **{"schedules-0-days": ["TU", "TH"], "schedules-0-closes_at": "14:00"},
    )


def test_a_partners_edit_of_a_published_service_waits_and_the_site_keeps_the_old(
    client, personas, service
):
    history_before = service.history.count()
    response = propose_new_times(client, personas["bob"], service)
    assert response.status_code == 200
    assert "Your changes were sent to a moderator" in response.content.decode()
    service.refresh_from_db()
    assert service.name == "Tuesday advice"
    assert Schedule.objects.get(service=service).byday == ["TU"]
    assert service.history.count() == history_before
    change = PendingChange.objects.get()
    assert (change.state, change.submitted_by, change.organisation) == (
        "waiting",
        personas["bob"],
        service.organisation,
    )
    assert change.data["name_en"] == ["Tuesday and Thursday advice"]
    assert "csrfmiddlewaretoken" not in change.data
    public = client.get(f"/en/services/{service.slug}/").content.decode()
    assert "Tuesday advice" in public and "Tuesday and Thursday advice" not in public
    # The partner's form says the change is waiting, links to it and shows it, so saving
    # again refines it; a read-only colleague sees the published version.
    form = client.get(change_url(service)).content.decode()
    assert "are waiting for a moderator, and this form shows them" in form
    assert review_url(change) in form
    assert 'value="Tuesday and Thursday advice"' in form
    client.force_login(personas["vic"])
    form = client.get(change_url(service)).content.decode()
    assert "the site and this page show the published version" in form
    assert 'value="Tuesday and Thursday advice"' not in form


def test_the_moderator_compares_and_publishes_and_the_sender_is_told(
    client, personas, service, django_capture_on_commit_callbacks
):
    propose_new_times(client, personas["bob"], service)
    change = PendingChange.objects.get()
    client.force_login(personas["mo"])
    review = client.get(review_url(change)).content.decode()
    assert "Publish these changes" in review
    # Published and proposed side by side: the name, and the opening-times inline.
    assert "Tuesday advice" in review and "Tuesday and Thursday advice" in review
    assert "13:00" in review and "14:00" in review
    assert "Thursday" in review  # the day's label, not the code "TH"
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(review_url(change), {"_publish": "1", "note": ""})
    assert response.status_code == 302
    service.refresh_from_db()
    assert service.name == "Tuesday and Thursday advice"
    schedule = Schedule.objects.get(service=service)
    assert (schedule.byday, schedule.closes_at.hour) == (["TU", "TH"], 14)
    change.refresh_from_db()
    assert (change.state, change.decided_by) == ("published", personas["mo"])
    assert service.history.first().history_user == personas["mo"]
    (message,) = mail.outbox
    assert message.to == ["bob@example.org"]
    assert "are published" in message.subject
    assert (
        "Tuesday and Thursday advice"
        in client.get(f"/en/services/{service.slug}/").content.decode()
    )
    # Decided is decided: publishing again is refused, and nothing is written twice.
    again = client.post(review_url(change), {"_publish": "1"})
    assert again.status_code == 200 and "Publish these changes" not in again.content.decode()


def test_sending_back_needs_a_note_and_the_partner_sees_it(
    client, personas, service, django_capture_on_commit_callbacks
):
    propose_new_times(client, personas["bob"], service)
    change = PendingChange.objects.get()
    client.force_login(personas["mo"])
    refused = client.post(review_url(change), {"_send_back": "1", "note": "  "})
    assert refused.status_code == 200
    assert "Say what needs changing" in refused.content.decode()
    change.refresh_from_db()
    assert change.state == "waiting"
    with django_capture_on_commit_callbacks(execute=True):
        client.post(review_url(change), {"_send_back": "1", "note": "Thursdays <b>are</b> shut."})
    change.refresh_from_db()
    assert (change.state, change.note) == ("sent_back", "Thursdays <b>are</b> shut.")
    service.refresh_from_db()
    assert service.name == "Tuesday advice"
    assert "Thursdays <b>are</b> shut." in mail.outbox[0].body
    client.force_login(personas["bob"])
    form = client.get(change_url(service)).content.decode()
    assert "A moderator sent back the changes" in form
    assert "Thursdays &lt;b&gt;are&lt;/b&gt; shut." in form  # escaped


def test_a_second_edit_builds_on_the_one_waiting_and_replaces_it(client, personas, service):
    propose_new_times(client, personas["bob"], service)
    edit(client, personas["bob"], service, name_en="Second try")
    assert list(PendingChange.objects.order_by("submitted_at").values_list("state", flat=True)) == [
        "replaced",
        "waiting",
    ]
    data = PendingChange.objects.waiting().get().data
    assert data["name_en"] == ["Second try"]
    assert data["schedules-0-closes_at"] == ["14:00"]  # the first edit's times are kept


def test_saving_without_changes_sends_nothing(client, personas, service):
    response = edit(client, personas["bob"], service)
    assert "Nothing was changed." in response.content.decode()
    assert not PendingChange.objects.exists()


@pytest.mark.parametrize("status", ["draft", "changes_requested", "submitted"])
def test_listings_not_yet_public_are_edited_directly(client, personas, service, status):
    Service.objects.filter(pk=service.pk).update(status=status)
    edit(client, personas["bob"], service, name_en="Renamed")
    service.refresh_from_db()
    assert service.name == "Renamed"
    assert not PendingChange.objects.exists()


def test_council_edits_go_live_at_once(client, personas, service):
    edit(client, personas["mo"], service, name_en="Renamed by the council")
    service.refresh_from_db()
    assert service.name == "Renamed by the council"
    assert not PendingChange.objects.exists()


def test_partners_see_only_their_own_changes_and_cannot_decide(client, personas, service):
    propose_new_times(client, personas["bob"], service)
    change = PendingChange.objects.get()
    url = review_url(change)
    listing = reverse("admin:directory_pendingchange_changelist")
    client.force_login(personas["charlie"])  # edits organisation B
    assert client.get(url).status_code == 404  # another organisation's change is not found
    assert "Tuesday advice" not in client.get(listing).content.decode()
    for name in ("vic", "bob"):
        client.force_login(personas[name])
        page = client.get(url)
        assert page.status_code == 200 and "Publish these changes" not in page.content.decode()
        assert client.post(url, {"_publish": "1"}).status_code == 403
    client.force_login(personas["rita"])
    assert "/admin/login/" in client.get(url)["Location"]
    change.refresh_from_db()
    service.refresh_from_db()
    assert change.state == "waiting" and service.name == "Tuesday advice"


def test_a_change_that_no_longer_fits_is_refused_whole(client, personas, service):
    propose_new_times(client, personas["bob"], service)
    change = PendingChange.objects.get()
    Schedule.objects.filter(service=service).delete()  # the opening times it edits are gone
    client.force_login(personas["mo"])
    review = client.get(review_url(change)).content.decode()
    assert "This change cannot be published as it was sent" in review
    assert "Publish these changes" not in review
    response = client.post(review_url(change), {"_publish": "1"})
    assert response.status_code == 200
    assert "This change cannot be published as it was sent" in response.content.decode()
    service.refresh_from_db()
    change.refresh_from_db()
    assert service.name == "Tuesday advice" and change.state == "waiting"


def test_a_sender_who_left_the_organisation_cannot_have_changes_published(
    client, personas, service
):
    propose_new_times(client, personas["bob"], service)
    change = PendingChange.objects.get()
    OrganisationMembership.objects.filter(user=personas["bob"]).delete()
    client.force_login(personas["mo"])
    response = client.post(review_url(change), {"_publish": "1"})
    assert response.status_code == 200
    assert "no longer works for its organisation" in response.content.decode()
    service.refresh_from_db()
    assert service.name == "Tuesday advice"


def test_venue_opening_times_of_a_published_service_wait_too(client, personas, service):
    link = service.service_at_locations.get()
    edit(client, personas["bob"], link, description_en="Use the side door")
    link.refresh_from_db()
    assert link.description == ""
    change = PendingChange.objects.get()
    assert change.organisation == service.organisation
    client.force_login(personas["mo"])
    client.post(review_url(change), {"_publish": "1"})
    link.refresh_from_db()
    assert link.description == "Use the side door"


def test_an_organisations_members_change_at_once_its_description_waits(
    client, personas, org_a, make_user
):
    newcomer = make_user("newcomer@example.org")
    response = edit(
        client,
        personas["alice"],
        org_a,
        description_en="We now run a lunch club too.",
        **{
            "memberships-TOTAL_FORMS": str(org_a.memberships.count() + 1),
            f"memberships-{org_a.memberships.count()}-email": newcomer.email,
            f"memberships-{org_a.memberships.count()}-role": "viewer",
        },
    )
    assert response.status_code == 200
    assert OrganisationMembership.objects.filter(user=newcomer, organisation=org_a).exists()
    org_a.refresh_from_db()
    assert "lunch club" not in org_a.description
    change = PendingChange.objects.get()
    assert not any(name.startswith("memberships-") for name in change.data)
    client.force_login(personas["mo"])
    assert client.post(review_url(change), {"_publish": "1"}).status_code == 302
    org_a.refresh_from_db()
    assert org_a.description == "We now run a lunch club too."
    # Publishing did not add the newcomer a second time.
    assert OrganisationMembership.objects.filter(user=newcomer).count() == 1


@pytest.mark.parametrize("count", [2, 12])
def test_the_list_of_waiting_changes_has_a_bounded_number_of_queries(
    client, personas, make_service, org_a, count, django_assert_max_num_queries
):
    for n in range(count):
        service = make_service(f"Service {n}", organisation=org_a)
        edit(client, personas["bob"], service, name_en=f"Renamed {n}")
    client.force_login(personas["mo"])
    with django_assert_max_num_queries(12):
        page = client.get(reverse("admin:directory_pendingchange_changelist"))
    html = page.content.decode()
    assert html.count("Service ") >= count
    # The "kind of listing" filter offers only kinds that have changes, not every model.
    assert "| campaign" not in html.lower()


def test_history_records_only_what_really_changed(client, personas, service):
    """Publishing a held change writes one history row for the service, naming just the
    fields that changed; a save that changes nothing writes none (it wrote ~40)."""
    from directory.models import Location, Organisation

    def rows():
        return [m.history.count() for m in (Service, Location, Organisation)]

    propose_new_times(client, personas["bob"], service)
    before = rows()
    client.force_login(personas["mo"])
    client.post(review_url(PendingChange.objects.get()), {"_publish": "1", "note": ""})
    assert [after - was for after, was in zip(rows(), before, strict=True)] == [1, 0, 0]
    newest, previous = service.history.all()[:2]
    changed = {change.field for change in newest.diff_against(previous).changes}
    assert changed == {"name", "name_en"}
    unchanged = rows()
    edit(client, personas["mo"], service)  # the council saves it again, changing nothing
    assert rows() == unchanged
