"""A draft can be previewed as residents will see it, and sent for review from its form."""

import pytest
from django.urls import reverse

from activities.models import ActivitySeries
from directory.models import Service
from tests import factories
from tests.admin_forms import change_url, changeform_data
from tests.directory.test_service_admin import _add_data

pytestmark = pytest.mark.django_db


def preview_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_preview", args=[obj.pk])


@pytest.fixture
def drafts(org_a):
    online = {"is_online": True, "online_url": "https://meet.example.org/x"}
    return [
        factories.service(org_a, "Draft advice", status="draft"),
        factories.activity(org_a, "Draft choir", status="draft", schedule={}, **online),
        factories.opportunity(org_a, "Draft helper", status="draft", from_home=True),
    ]


def test_a_partner_previews_a_draft_that_residents_cannot_see(client, personas, drafts):
    client.force_login(personas["bob"])
    for draft in drafts:
        assert client.get(draft.get_absolute_url()).status_code == 404
        response = client.get(preview_url(draft))
        html = response.content.decode()
        assert response.status_code == 200, draft
        assert str(draft) in html
        assert "This is how residents will see this listing." in html
        assert change_url(draft) in html  # back to the back office
        assert "no-cache" in response["Cache-Control"] and response["X-Robots-Tag"] == "noindex"


@pytest.mark.parametrize("who", ["charlie", "rita"])
def test_another_organisation_cannot_preview(client, personas, drafts, who):
    client.force_login(personas[who])
    response = client.get(preview_url(drafts[0]))
    assert response.status_code in (302, 404)
    assert "Draft advice" not in response.content.decode()


def test_view_on_site_of_a_draft_is_its_preview(client, personas, drafts, org_a):
    client.force_login(personas["bob"])
    page = client.get(change_url(drafts[0])).content.decode()
    assert f'href="{preview_url(drafts[0])}"' in page
    published = factories.service(org_a, "Live advice")
    page = client.get(change_url(published)).content.decode()
    assert preview_url(published) not in page and "/admin/r/" in page


def test_the_preview_speaks_the_page_language(client, personas, drafts):
    client.force_login(personas["bob"])
    html = client.get(preview_url(drafts[0]), HTTP_ACCEPT_LANGUAGE="ur").content.decode()
    assert 'dir="rtl"' in html


def test_save_and_send_for_review_from_the_add_form(client, personas, org_a):
    client.force_login(personas["bob"])
    form = client.get(reverse("admin:directory_service_add")).content.decode()
    assert 'name="_send_for_review"' in form
    response = client.post(
        reverse("admin:directory_service_add"),
        {**_add_data(org_a), "_send_for_review": "Save and send for review"},
        follow=True,
    )
    assert "Sent for review." in response.content.decode()
    assert Service.objects.get(slug="tuesday-advice").status == "submitted"


def test_save_and_send_for_review_from_the_change_form(client, personas, drafts):
    series = drafts[1]
    client.force_login(personas["bob"])
    page = client.get(change_url(series))
    data = changeform_data(page, _send_for_review="Save and send for review")
    sent = client.post(change_url(series), data)
    assert sent.status_code == 302, sent.content.decode()[-3000:]
    assert ActivitySeries.objects.get(pk=series.pk).status == "submitted"
    # Waiting for review: the button is gone, and the viewer never had it.
    assert 'name="_send_for_review"' not in client.get(change_url(series)).content.decode()
    client.force_login(personas["vic"])
    assert 'name="_send_for_review"' not in client.get(change_url(drafts[0])).content.decode()
