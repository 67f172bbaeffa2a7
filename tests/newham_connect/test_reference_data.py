"""`manage.py load_reference_data`: the real data production needs, and no demo content."""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command

from activities.models import ACTIVITY_LIST_TAXONOMY, ActivitySeries, Campaign, Occurrence
from directory import reference_data
from directory.models import (
    AccessibilityFeature,
    Location,
    Organisation,
    OrganisationMembership,
    Service,
    SpokenLanguage,
    TaxonomyTerm,
    Ward,
)
from volunteering.models import SKILLS_TAXONOMY, HoursLog, Interest, Opportunity

pytestmark = pytest.mark.django_db


def _count_terms(categories):
    return sum(1 + _count_terms(term.get("children", [])) for term in categories)


NOT_REFERENCE_DATA = (
    Organisation,
    OrganisationMembership,
    Location,
    Service,
    Campaign,
    ActivitySeries,
    Occurrence,
    Opportunity,
    Interest,
    HoursLog,
)


def test_an_empty_database_gets_the_reference_data_and_no_demo_content():
    # Empty to start with: the migrations write none of this.
    for model in (Ward, SpokenLanguage, AccessibilityFeature, TaxonomyTerm, *NOT_REFERENCE_DATA):
        assert not model.objects.exists(), model
    out = StringIO()
    call_command("load_reference_data", stdout=out)
    assert Ward.objects.count() == 24
    assert "stratford-olympic-park" in set(Ward.objects.values_list("slug", flat=True))
    assert SpokenLanguage.objects.count() == len(reference_data.SPOKEN_LANGUAGES) >= 19
    assert SpokenLanguage.objects.get(code="bn").name_bn
    assert AccessibilityFeature.objects.count() == len(reference_data.ACCESSIBILITY_FEATURES)
    categories = TaxonomyTerm.objects.filter(taxonomy=reference_data.TAXONOMY)
    assert categories.count() == _count_terms(reference_data.CATEGORIES)
    assert categories.filter(parent__isnull=False).exists()
    assert TaxonomyTerm.objects.filter(taxonomy=ACTIVITY_LIST_TAXONOMY).count() > 500
    assert TaxonomyTerm.objects.filter(taxonomy=SKILLS_TAXONOMY).count() >= 10
    # Nothing invented: no organisations, venues, listings, sessions, people or sign-ins.
    for model in NOT_REFERENCE_DATA:
        assert not model.objects.exists(), model
    assert not get_user_model().objects.exists()
    text = out.getvalue()
    assert "Directory reference data:" in text and "Activity List:" in text


def test_loading_again_changes_nothing():
    call_command("load_reference_data", stdout=StringIO())
    before = sorted(TaxonomyTerm.objects.values_list("taxonomy", "code", "name", "parent_id"))
    out = StringIO()
    call_command("load_reference_data", stdout=out)
    assert out.getvalue().count("0 created, 0 updated") == 3
    assert sorted(TaxonomyTerm.objects.values_list("taxonomy", "code", "name", "parent_id")) == (
        before
    )
