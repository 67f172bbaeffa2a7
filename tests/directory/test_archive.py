"""Archiving asks first, shows whose listings go, and a moderator can undo it; the back-office
search looks at names, so a word inside other organisations' descriptions is not caught."""

import pytest
from django.urls import reverse

from directory.models import Service

pytestmark = pytest.mark.django_db

CHANGELIST = reverse("admin:directory_service_changelist")


@pytest.fixture
def two(make_service, org_a, org_b):
    audit = make_service("Energy audit", slug="energy-audit", organisation=org_a)
    drama = make_service(
        "Youth drama",
        slug="youth-drama",
        organisation=org_b,
        description_en="Open auditions every spring.",
    )
    return audit, drama


def archive(client, *services, **extra):
    data = {"action": "archive", "_selected_action": [s.pk for s in services], **extra}
    return client.post(CHANGELIST, data, follow=True)


def test_the_search_looks_at_names_not_descriptions(client, personas, two):
    client.force_login(personas["mo"])
    html = client.get(CHANGELIST, {"q": "audit"}).content.decode()
    assert "Energy audit" in html and "Youth drama" not in html


def test_archiving_asks_first_and_shows_whose_listings_go(client, personas, two, org_b):
    client.force_login(personas["mo"])
    page = archive(client, *two)
    html = page.content.decode()
    assert "Archive these listings?" in html
    assert "Energy audit" in html and "Youth drama" in html and org_b.name in html
    assert set(Service.objects.values_list("status", flat=True)) == {"published"}


def test_archive_then_undo(client, personas, two):
    client.force_login(personas["mo"])
    audit, drama = two
    done = archive(client, audit, post="yes").content.decode()
    assert "1 archived." in done and "status__exact=archived" in done
    audit.refresh_from_db()
    drama.refresh_from_db()
    assert (audit.status, drama.status) == ("archived", "published")
    assert client.get(f"/en/services/{audit.slug}/").status_code == 404
    back = client.post(
        CHANGELIST, {"action": "restore", "_selected_action": [audit.pk]}, follow=True
    )
    assert "1 brought back." in back.content.decode()
    audit.refresh_from_db()
    assert audit.status == "published"
    assert client.get(f"/en/services/{audit.slug}/").status_code == 200


@pytest.mark.parametrize("action", ["archive", "restore"])
def test_partners_can_neither_archive_nor_bring_back(client, personas, two, action):
    client.force_login(personas["alice"])  # org A's administrator
    audit, _drama = two
    client.post(CHANGELIST, {"action": action, "_selected_action": [audit.pk], "post": "yes"})
    audit.refresh_from_db()
    assert audit.status == "published"
