"""An organisation's page lists what else it runs: its activities and open volunteering."""

import datetime

import pytest
from django.utils import timezone

from activities.models import ActivitySeries
from volunteering.models import Opportunity

pytestmark = pytest.mark.django_db


def add_series(organisation, name, n, status="published"):
    return ActivitySeries.objects.create(
        name=name, slug=f"series-{n}", organisation=organisation, status=status, is_online=True
    )


def add_opportunity(organisation, title, n, status="published", **fields):
    return Opportunity.objects.create(
        organisation=organisation,
        title=title,
        slug=f"role-{n}",
        description="Help out.",
        status=status,
        from_home=True,
        **fields,
    )


def test_lists_its_public_activities_and_open_volunteering(client, org_a, org_b):
    add_series(org_a, "Chair yoga", 1)
    add_series(org_a, "Secret draft class", 2, status="draft")
    add_series(org_b, "Another group's walk", 3)
    add_opportunity(org_a, "Food bank helper", 1)
    add_opportunity(org_a, "Unpublished role", 2, status="submitted")
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    add_opportunity(org_a, "Closed role", 3, closing_date=yesterday)
    add_opportunity(org_b, "Another group's role", 4)

    html = client.get(org_a.get_absolute_url()).content.decode()
    assert '<h2 class="govuk-heading-m">Activities</h2>' in html
    assert '<h2 class="govuk-heading-m">Volunteering</h2>' in html
    assert "Chair yoga" in html and "Food bank helper" in html
    for hidden in ("Secret draft class", "Another group's walk", "Unpublished role"):
        assert hidden not in html
    assert "Closed role" not in html and "Another group&#x27;s role" not in html


def test_no_empty_headings_when_it_runs_nothing_else(client, org_a):
    html = client.get(org_a.get_absolute_url()).content.decode()
    assert '<h2 class="govuk-heading-m">Activities</h2>' not in html
    assert '<h2 class="govuk-heading-m">Volunteering</h2>' not in html


def test_sections_are_in_the_page_language_with_english_fallback(client, org_a):
    series = add_series(org_a, "Chair yoga", 1)
    series.name_ur = "کرسی یوگا"
    series.save()
    add_opportunity(org_a, "Food bank helper", 1)
    html = client.get(f"/ur{org_a.get_absolute_url()[3:]}").content.decode()
    assert "کرسی یوگا" in html
    assert '<span lang="en" dir="ltr">Food bank helper</span>' in html


def test_organisation_page_runs_a_bounded_number_of_queries(
    client, org_a, django_assert_max_num_queries
):
    for n in range(3):
        add_series(org_a, f"Activity {n}", n)
        add_opportunity(org_a, f"Role {n}", n)
    with django_assert_max_num_queries(10):
        small = client.get(org_a.get_absolute_url())
    for n in range(3, 30):
        add_series(org_a, f"Activity {n}", n)
        add_opportunity(org_a, f"Role {n}", n)
    with django_assert_max_num_queries(10):
        large = client.get(org_a.get_absolute_url())
    assert small.content.decode().count("nc-result__title") == 6
    assert large.content.decode().count("nc-result__title") == 60


def test_languages_show_their_own_name_once(client, org_a):
    from directory.models import SpokenLanguage

    org_a.languages.set(
        [
            SpokenLanguage.objects.create(code="bn", name="Bengali", endonym="বাংলা"),
            SpokenLanguage.objects.create(code="en", name="English", endonym="English"),
        ]
    )
    html = client.get(org_a.get_absolute_url()).content.decode()
    assert 'Bengali (<span lang="bn">বাংলা</span>), English</dd>' in html
