"""The demo and benchmark data: complete, realistic for Newham, and safe to load twice."""

from decimal import Decimal
from io import StringIO

import pytest
from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db.models import Count, Q

from demo import directory as demo
from demo import directory_bulk
from demo import directory_data as demo_data
from directory import reference_data
from directory.models import (
    AccessibilityFeature,
    CostOption,
    Location,
    Organisation,
    OrganisationKind,
    OrganisationMembership,
    Schedule,
    Service,
    ServiceAtLocation,
    SpokenLanguage,
    TaxonomyTerm,
    Ward,
)
from newham_connect.moderation import ModerationStatus

MODELS = [
    Ward,
    SpokenLanguage,
    AccessibilityFeature,
    TaxonomyTerm,
    Location,
    Organisation,
    Service,
    ServiceAtLocation,
    Schedule,
    CostOption,
]
M2M = [
    Organisation.wards.through,
    Organisation.languages.through,
    Organisation.categories.through,
    Location.accessibility.through,
    Service.wards.through,
    Service.languages.through,
    Service.categories.through,
]


def snapshot():
    """Every row of every directory table the seed writes (history tables included)."""
    tables = {}
    for model in MODELS:
        tables[model.__name__] = sorted(map(repr, model.objects.values_list()))
        history = getattr(model, "history", None)
        if history is not None:
            tables[f"history:{model.__name__}"] = history.count()
    for through in M2M:
        tables[through._meta.db_table] = sorted(map(repr, through.objects.values_list()))
    return tables


def directory_seeders_only(monkeypatch):
    """The seed commands with only this app's seeders: the other apps test their own data."""
    from demo.management.commands import seed_bulk, seed_demo

    monkeypatch.setattr(seed_demo, "SEEDERS", ["demo.directory.seed"])
    monkeypatch.setattr(seed_bulk, "SEEDERS", ["demo.directory.seed"])
    monkeypatch.setattr(seed_bulk, "BULK_SEEDERS", ["demo.directory_bulk.seed_bulk"])


def _seed_directory_demo():
    with pytest.MonkeyPatch.context() as patch:
        directory_seeders_only(patch)
        out = StringIO()
        call_command("seed_demo", stdout=out)
        return out.getvalue()


@pytest.fixture(scope="module")
def seeded_once(module_data):
    return module_data(_seed_directory_demo)


@pytest.fixture
def seeded(seeded_once, db, monkeypatch):
    """The demo, loaded once for this module; tests that seed again see only this app's."""
    directory_seeders_only(monkeypatch)
    return seeded_once


@pytest.mark.django_db
def test_seed_demo_command_loads_every_ward_with_a_venue(seeded):
    assert "demo.directory.seed:" in seeded
    assert Ward.objects.count() == 24
    assert sorted(Ward.objects.values_list("name", flat=True)) == sorted(
        name for name, _slug in reference_data.WARDS
    )
    empty = Ward.objects.annotate(venues=Count("location")).filter(venues=0)
    assert list(empty) == []
    assert Location.objects.count() >= 30


@pytest.mark.django_db
def test_organisations_are_varied_and_mostly_published(seeded):
    assert Organisation.objects.count() >= 30
    kinds = set(Organisation.objects.values_list("kind", flat=True))
    assert len(kinds) >= 5
    assert kinds <= set(OrganisationKind.values)
    statuses = list(Organisation.objects.values_list("status", flat=True))
    submitted = statuses.count(ModerationStatus.SUBMITTED)
    assert submitted in (2, 3)
    assert statuses.count(ModerationStatus.DRAFT) == 1
    assert statuses.count(ModerationStatus.PUBLISHED) == len(statuses) - submitted - 1
    for org in Organisation.objects.all():
        assert org.email.endswith(".example.org") or org.email.endswith("@example.org")
        assert org.website.startswith("https://") and ".example.org" in org.website
        assert org.phone.startswith("020 7946 0")
        assert org.name == org.name_en
        assert org.categories.exists()
        if org.charity_number:
            assert org.charity_number.isdigit() and 6 <= len(org.charity_number) <= 7
    # A few serve the whole borough (no wards), the rest name 1 to 4 wards.
    served = Organisation.objects.annotate(n=Count("wards"))
    assert served.filter(n=0).exists()
    assert not served.filter(n__gt=4).exists()


@pytest.mark.django_db
def test_translations_in_bengali_urdu_and_polish(seeded):
    translated = Organisation.objects.exclude(name_bn=None).exclude(name_ur=None)
    translated = translated.exclude(name_pl=None).exclude(description_pl=None)
    assert translated.count() >= 12
    # Other apps keep their own vocabularies as taxonomy terms; these are the directory's.
    terms = TaxonomyTerm.objects.filter(taxonomy=reference_data.TAXONOMY)
    for queryset in (terms, AccessibilityFeature.objects.all(), SpokenLanguage.objects.all()):
        for lang in ("bn", "ur", "pl"):
            assert not queryset.filter(**{f"name_{lang}": None}).exists(), (queryset.model, lang)
            assert not queryset.filter(**{f"name_{lang}": ""}).exists(), (queryset.model, lang)
    # Other languages are left to fall back to English.
    assert not Organisation.objects.exclude(name_gu=None).exists()
    org = translated.first()
    from django.utils import translation

    with translation.override("pl"):
        assert org.name == org.name_pl
    with translation.override("gu"):
        assert org.name == org.name_en


@pytest.mark.django_db
def test_taxonomy_tree_and_reference_data(seeded):
    tops = TaxonomyTerm.objects.filter(taxonomy=reference_data.TAXONOMY, parent=None)
    assert tops.count() >= 8
    for top in tops:
        assert 2 <= top.children.count() <= 4
    codes = set(SpokenLanguage.objects.values_list("code", flat=True))
    assert {"en", "bn", "ur", "gu", "pa", "ta", "pl", "ro", "pt", "lt", "so", "ar"} <= codes
    assert {"hi", "tr", "yo", "tw", "bfi"} <= codes
    assert AccessibilityFeature.objects.count() >= 12


@pytest.mark.django_db
def test_seed_twice_changes_nothing(seeded):
    before = snapshot()
    first = {
        name: value for name, value in demo.seed().items() if name not in ("created", "updated")
    }
    counts = demo.seed()
    assert counts["created"] == 0
    assert counts["updated"] == 0
    assert {k: v for k, v in counts.items() if k not in ("created", "updated")} == first
    assert snapshot() == before


@pytest.mark.django_db
def test_seed_restores_edited_demo_rows(seeded):
    org = Organisation.objects.get(slug=demo_data.ORGANISATIONS[0]["slug"])
    org.name_en = "Renamed"
    org.save()
    org.wards.clear()
    counts = demo.seed()
    assert counts["created"] == 0 and counts["updated"] == 2
    org.refresh_from_db()
    assert org.name_en == demo_data.ORGANISATIONS[0]["name"]["en"]
    assert org.wards.count() == len(demo_data.ORGANISATIONS[0]["wards"])


@pytest.mark.django_db
def test_every_location_is_inside_newham(seeded):
    directory_bulk.seed_bulk(2)
    low_lat, high_lat = Decimal("51.49"), Decimal("51.57")
    low_lon, high_lon = Decimal("-0.03"), Decimal("0.11")
    for lat, lon in Location.objects.values_list("latitude", "longitude"):
        assert low_lat <= lat <= high_lat
        assert low_lon <= lon <= high_lon
    # The hand-written venues are all in the borough proper.
    for loc in demo_data.LOCATIONS:
        assert Decimal("51.50") <= Decimal(loc["latitude"]) <= Decimal("51.56"), loc["slug"]
        assert Decimal("-0.02") <= Decimal(loc["longitude"]) <= Decimal("0.10"), loc["slug"]
        assert loc["postcode"].split()[0] in {"E6", "E7", "E12", "E13", "E15", "E16", "E20"}


@pytest.mark.django_db
def test_services_cover_the_borough_and_the_categories(seeded):
    public = Service.objects.public()
    assert Service.objects.count() == len(demo_data.SERVICES)
    assert public.count() >= 60
    # Drafts, services waiting for review and services of unpublished organisations stay hidden.
    assert Service.objects.exclude(pk__in=public).count() >= 3
    leaf_categories = set(public.values_list("categories__code", flat=True))
    assert len(leaf_categories) >= 15
    for ward in Ward.objects.all():
        serving = public.filter(Q(wards=ward) | Q(service_at_locations__location__ward=ward))
        assert serving.exists(), ward.name
    assert public.filter(is_free=True).exists() and public.filter(is_free=False).exists()
    assert public.filter(is_free=False, cost_options__isnull=False).exists()
    for method in ("in_person", "phone", "online"):
        assert public.filter(delivery_methods__contains=[method]).exists(), method
    for lang in ("bn", "ur", "pl"):
        translated = public.exclude(**{f"name_{lang}": None}).exclude(
            **{f"description_{lang}": None}
        )
        assert translated.count() >= 10, lang
    # Every public service says when it is open, some only in some weeks of the month.
    assert not public.filter(schedules=None, service_at_locations__schedules=None).exists()
    assert Schedule.objects.filter(freq="MONTHLY").count() >= 5
    assert Schedule.objects.exclude(valid_to=None).exists()
    for schedule in Schedule.objects.all():
        schedule.full_clean()  # the database rules and clean() agree with the demo data


@pytest.mark.django_db
def test_demo_service_ids_are_the_same_everywhere(seeded):
    """Ids are derived from slugs, so API links to demo services survive a fresh install."""
    service = Service.objects.get(slug="gurdwara-langar")
    ids = (service.pk, list(service.schedules.values_list("pk", flat=True)))
    Service.objects.all().delete()
    demo.seed()
    again = Service.objects.get(slug="gurdwara-langar")
    assert (again.pk, list(again.schedules.values_list("pk", flat=True))) == ids


@pytest.mark.django_db
def test_seed_restores_edited_services(seeded):
    service = Service.objects.get(slug="gurdwara-langar")
    service.schedules.all().delete()
    service.cost_options.create(option_en="Extra", amount=1)
    counts = demo.seed()
    assert counts["created"] == 1  # the schedule again
    assert counts["updated"] == 1  # the price that is not in the demo data went
    assert not service.cost_options.exists()
    assert service.schedules.get().byday == ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]


def _bulk_rows():
    orgs = Organisation.objects.filter(slug__contains="-bulk-")
    return (
        sorted(orgs.values_list("slug", "id", "name_en")),
        sorted(
            Location.objects.filter(slug__contains="-bulk-").values_list(
                "slug", "id", "latitude", "longitude", "ward__slug"
            )
        ),
        sorted(
            Organisation.wards.through.objects.filter(
                organisation__slug__contains="-bulk-"
            ).values_list("organisation__slug", "ward__slug")
        ),
        sorted(
            Service.objects.filter(slug__contains="-bulk-").values_list(
                "slug", "id", "organisation__slug", "name_en"
            )
        ),
        sorted(
            Schedule.objects.filter(
                Q(service__slug__contains="-bulk-")
                | Q(service_at_location__service__slug__contains="-bulk-")
            ).values_list("id", "byday", "opens_at", "service_at_location__location__slug")
        ),
    )


@pytest.mark.django_db
def test_seed_bulk_is_deterministic_and_idempotent(seeded):
    n_orgs, n_locations = len(demo_data.ORGANISATIONS), len(demo_data.LOCATIONS)
    counts = directory_bulk.seed_bulk(2)
    assert counts["organisations_created"] == 2 * n_orgs
    assert counts["locations_created"] == 2 * n_locations
    assert counts["services_created"] == 2 * len(demo_data.SERVICES)
    first = _bulk_rows()
    assert "beckton-community-food-bank-bulk-2" in {slug for slug, *_ in first[0]}

    again = directory_bulk.seed_bulk(2)
    assert again["organisations_created"] == 0 and again["locations_created"] == 0
    assert again["services_created"] == 0
    assert again["organisations"] == counts["organisations"]
    assert _bulk_rows() == first

    # Starting again from nothing gives exactly the same rows.
    Organisation.objects.filter(slug__contains="-bulk-").delete()
    Location.objects.filter(slug__contains="-bulk-").delete()
    directory_bulk.seed_bulk(2)
    assert _bulk_rows() == first

    bulk = Organisation.objects.filter(slug__contains="-bulk-")
    assert set(bulk.values_list("status", flat=True)) == {ModerationStatus.PUBLISHED}
    assert bulk.values("wards").distinct().count() == 24
    assert Organisation.history.filter(slug__contains="-bulk-").count() >= bulk.count()
    bulk_services = Service.objects.filter(slug__contains="-bulk-")
    assert bulk_services.public().count() == bulk_services.count()
    # Each copy runs at copies of the demo venues, never at the originals.
    assert not bulk_services.filter(
        service_at_locations__location__slug__regex=r"^((?!-bulk-).)*$"
    ).exists()


@pytest.mark.django_db
def test_seed_bulk_command_reports_counts_and_time(seeded):
    out = StringIO()
    call_command("seed_bulk", "--scale", "1", stdout=out)
    text = out.getvalue()
    assert "organisations_created: " + str(len(demo_data.ORGANISATIONS)) in text
    assert "seconds" in text
    assert Ward.objects.count() == 24


@pytest.mark.django_db
def test_seed_demo_with_demo_users(seeded):
    out = StringIO()
    call_command("seed_demo", "--with-demo-users", stdout=out)
    text = out.getvalue()
    assert text.count("with password: ") == 3
    User = get_user_model()

    moderator = User.objects.get(username="moderator@example.org")
    assert moderator.groups.filter(name=settings.MODERATORS_GROUP).exists()
    assert moderator.is_staff and not moderator.is_superuser

    first = Organisation.objects.get(slug=demo_data.ORGANISATIONS[0]["slug"])
    roles = dict(
        OrganisationMembership.objects.filter(organisation=first).values_list(
            "user__username", "role"
        )
    )
    assert roles == {"partner@example.org": "editor", "viewer@example.org": "viewer"}
    for email in ("moderator@example.org", "partner@example.org", "viewer@example.org"):
        address = EmailAddress.objects.get(email=email)
        assert address.verified and address.primary
        assert address.user.email == email

    # The printed password works, and running again neither prints nor changes it.
    password = next(
        line.split("with password: ")[1].strip()
        for line in text.splitlines()
        if line.startswith("Created partner@example.org")
    )
    assert User.objects.get(username="partner@example.org").check_password(password)
    out = StringIO()
    assert demo.seed_users(out) == {"users_created": 0}
    assert "password" not in out.getvalue()
    assert User.objects.get(username="partner@example.org").check_password(password)
    assert User.objects.filter(username__endswith="@example.org").count() == 3
    assert EmailAddress.objects.count() == 3
    assert OrganisationMembership.objects.count() == 2
