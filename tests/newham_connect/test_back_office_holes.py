"""Back-office holes from the security review (issue 10: 1, 4 and 6), each shown closed.

1. simple-history's version page is read only, for everyone, and another organisation's
   history and version pages are not found.
4. "View on site" (/admin/r/…) does not give away the address of a record one cannot see.
6. A read-only member is offered only the actions a read-only member may take.
"""

import re

import pytest
from django.contrib import admin
from django.contrib.contenttypes.models import ContentType
from django.urls import reverse
from simple_history.admin import SimpleHistoryAdmin

from activities.models import ActivitySeries
from directory.models import ListingReport, PendingChange, Service, SpokenLanguage
from tests.back_office_world import build_world

pytestmark = pytest.mark.django_db

HISTORY_MODELS = sorted(
    (m for m, a in admin.site._registry.items() if isinstance(a, SimpleHistoryAdmin)),
    key=lambda m: m._meta.label,
)


@pytest.fixture
def world(personas, org_a, org_b):
    return build_world(personas, org_a, org_b)


def _urls(obj):
    opts = obj._meta
    history_id = obj.history.latest().history_id
    prefix = f"admin:{opts.app_label}_{opts.model_name}"
    return (
        reverse(f"{prefix}_history", args=[obj.pk]),
        reverse(f"{prefix}_simple_history", args=[obj.pk, history_id]),
    )


def _status(client, user, url):
    client.force_login(user)
    return client.get(url).status_code


# --- 1. history and version pages ------------------------------------------------------------


def test_every_history_admin_is_checked():
    # The loop below covers each model with simple-history's admin; a new one joins it.
    labels = [m._meta.label for m in HISTORY_MODELS]
    assert {"directory.Organisation", "directory.Service", "activities.ActivitySeries"} <= set(
        labels
    )
    assert "volunteering.Opportunity" in labels


def test_another_organisations_history_and_version_pages_are_not_found(client, personas, world):
    wrong = []
    for model in HISTORY_MODELS:
        own, other = world[model]
        # Reference data (venues) is one record every partner may read.
        charlie = 200 if own is other else 404
        for url in _urls(own):
            for persona, expected in (("bob", 200), ("mo", 200), ("charlie", charlie)):
                status = _status(client, personas[persona], url)
                if status != expected:
                    wrong.append((url, persona, status, expected))
    assert wrong == []


@pytest.mark.parametrize("persona", ["vic", "bob", "mo"])
def test_the_version_page_is_read_only(client, personas, world, org_a, persona):
    client.force_login(personas[persona])
    response = client.get(_urls(org_a)[1])
    assert response.status_code == 200
    html = response.content.decode()
    assert org_a.name in html
    # The record's form only (the header's language switcher is a form of its own).
    record_form = html.split('id="historicalorganisation_form"', 1)[1].split("</form>", 1)[0]
    fields = re.findall(r"<(?:input|select|textarea)\b[^>]*>", record_form)
    named = [tag for tag in fields if 'name="' in tag and "csrfmiddlewaretoken" not in tag]
    assert any('name="name_en"' in tag for tag in named)
    assert [tag for tag in named if " disabled" not in tag] == []  # shown, not for changing
    assert 'name="_save"' not in html


def _organisation_form(org, **overrides):
    return {"name_en": org.name, "slug": org.slug, "kind": org.kind, **overrides}


@pytest.mark.parametrize("persona", ["vic", "bob", "alice", "mo", "root"])
def test_posting_the_version_page_changes_nothing(client, personas, world, org_a, persona):
    """Once a viewer's post emptied the live wards, languages and categories, then failed."""
    before = org_a.history.count()
    client.force_login(personas[persona])
    response = client.post(_urls(org_a)[1], _organisation_form(org_a, name_en="Renamed"))
    assert response.status_code == 405
    org_a.refresh_from_db()
    assert org_a.name == "Beckton Community Food Bank"
    assert org_a.wards.count() == org_a.languages.count() == org_a.categories.count() == 1
    assert org_a.history.count() == before


def test_an_editors_revert_of_a_published_activity_changes_nothing(client, personas, world):
    series = world[ActivitySeries][0]
    welsh = SpokenLanguage.objects.create(code="cy", name="Welsh")
    languages = list(series.languages.values_list("pk", flat=True))
    client.force_login(personas["bob"])
    response = client.post(
        _urls(series)[1],
        {
            "name_en": "Reverted name",
            "slug": series.slug,
            "kind": series.kind,
            "organisation": series.organisation_id,
            "languages": [welsh.pk],
        },
    )
    assert response.status_code == 405
    series.refresh_from_db()
    assert series.name == "World activity a"
    assert list(series.languages.values_list("pk", flat=True)) == languages
    assert not PendingChange.objects.filter(object_id=str(series.pk)).exists()


# --- 4. view on site -------------------------------------------------------------------------


def _view_on_site(obj):
    return reverse("admin:view_on_site", args=[ContentType.objects.get_for_model(obj).pk, obj.pk])


@pytest.fixture
def drafts(world, org_a, org_b):
    def draft(org, tag):
        return Service.objects.create(
            organisation=org, name=f"Draft {tag}", slug=f"draft-{tag}", status="draft"
        )

    return {"a": draft(org_a, "a"), "b": draft(org_b, "b")}


@pytest.mark.parametrize(
    ("persona", "draft", "found"),
    [
        (None, "a", False),
        ("rita", "a", False),
        ("bob", "b", False),
        ("vic", "b", False),
        ("charlie", "a", False),
        ("bob", "a", True),
        ("vic", "a", True),
        ("charlie", "b", True),
        ("mo", "b", True),
        ("root", "a", True),
    ],
)
def test_view_on_site_needs_the_record_to_be_visible(
    client, personas, drafts, persona, draft, found
):
    if persona:
        client.force_login(personas[persona])
    service = drafts[draft]
    response = client.get(_view_on_site(service))
    if found:
        assert response.status_code == 302
        assert response["Location"].endswith(service.get_absolute_url())
    else:
        assert response.status_code == 404
        assert service.slug not in response.content.decode()


# --- 6. actions a role may take --------------------------------------------------------------


def _offered_actions(client, user, url):
    client.force_login(user)
    response = client.get(url)
    assert response.status_code == 200
    form = response.context["action_form"]  # None when no action is offered
    if form is None:
        return set()
    return {value for value, _label in form.fields["action"].choices if value}


def test_a_viewer_is_not_offered_mark_as_dealt_with(client, personas, world):
    url = reverse("admin:directory_listingreport_changelist")
    assert "mark_resolved" not in _offered_actions(client, personas["vic"], url)
    assert "mark_resolved" in _offered_actions(client, personas["bob"], url)
    assert "mark_resolved" in _offered_actions(client, personas["mo"], url)


@pytest.mark.parametrize(("persona", "changed"), [("vic", False), ("bob", True), ("mo", True)])
def test_only_those_who_may_change_reports_mark_them_dealt_with(
    client, personas, world, persona, changed
):
    report = world[ListingReport][0]
    client.force_login(personas[persona])
    client.post(
        reverse("admin:directory_listingreport_changelist"),
        {"action": "mark_resolved", "_selected_action": [report.pk], "index": "0"},
    )
    report.refresh_from_db()
    assert report.resolved is changed


def test_a_viewer_is_offered_no_action_without_the_permission_it_needs(client, personas, world):
    """Across every list a read-only member can open: each offered action declares the
    permissions it needs, and the member holds them (an action that declares none is a change)."""
    vic = personas["vic"]
    checked = 0
    for model, model_admin in admin.site._registry.items():
        opts = model._meta
        client.force_login(vic)
        response = client.get(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))
        if response.status_code != 200:
            continue
        checked += 1
        request = response.wsgi_request
        form = response.context["action_form"]
        offered = {v for v, _label in form.fields["action"].choices} if form else set()
        for name in offered - {""}:
            func = model_admin.get_action(name)[0]
            needed = getattr(func, "allowed_permissions", ())
            assert needed, f"{opts.label}: {name} is offered to a viewer but declares nothing"
            for permission in needed:
                assert getattr(model_admin, f"has_{permission}_permission")(request), name
    assert checked >= 8
