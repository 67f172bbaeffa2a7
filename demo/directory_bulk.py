"""seed_bulk: the directory at borough scale (`seed_bulk --scale N`, for bench/ and load tests).

Deterministic: a fixed seed and ids derived from names, so two machines (and two runs) hold
the same rows and a benchmark compares like with like. Re-runs add nothing.
"""

import random
import uuid
from decimal import Decimal

from django.db import transaction
from django.utils import translation
from simple_history.utils import bulk_create_with_history

from directory import reference_data
from directory.models import (
    AccessibilityFeature,
    CostOption,
    Location,
    Organisation,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceStatus,
    SpokenLanguage,
    TaxonomyTerm,
    Ward,
)
from directory.sync import translated_values as _translated

from . import directory_data as demo_data
from .directory import _say, _schedule_rows, checked_on, seed

# Fixed so that seed_bulk() always produces the same rows.
BULK_SEED = 20220505  # Newham's first election on the May 2022 ward boundaries
BULK_NAMESPACE = uuid.UUID("6f1d8a52-5b0e-4c57-9a4e-2d2c1e0b7a31")
BATCH_SIZE = 1000

# Inside the check constraint on Location (lat 51.49-51.57, lon -0.03-0.11), with a margin.
LAT_RANGE = (Decimal("51.492"), Decimal("51.568"))
LON_RANGE = (Decimal("-0.028"), Decimal("0.108"))


def _jitter(rng, value, spread, bounds):
    """value ± spread degrees, kept inside bounds, as a 6-decimal Decimal."""
    moved = Decimal(value) + Decimal(f"{rng.uniform(-spread, spread):.6f}")
    return min(max(moved, bounds[0]), bounds[1]).quantize(Decimal("0.000001"))


def _bulk_uuid(kind, slug):
    return uuid.uuid5(BULK_NAMESPACE, f"{kind}:{slug}")


def _copy_translations(values, copy):
    """Copy of a translated field: "(copy 3)" in English, "(3)" after other languages."""
    return {
        lang: f"{text} (copy {copy})" if lang == "en" else f"{text} ({copy})"
        for lang, text in values.items()
    }


def seed_bulk(scale, stdout=None):
    """Create `scale` copies of every demo organisation and venue ("<name> (copy n)", slug
    "<slug>-bulk-n"), all published. Copy n is always built the same way (its own fixed random
    seed), so running again with the same or a smaller scale creates nothing, and a larger scale
    only adds the missing copies. Returns counts of rows created and totals."""
    if scale < 0:
        raise ValueError("scale must be 0 or more")
    with translation.override("en"), transaction.atomic():
        ward_ids = dict(Ward.objects.values_list("slug", "pk"))
        if any(slug not in ward_ids for _name, slug in reference_data.WARDS):
            seed(stdout)
            ward_ids = dict(Ward.objects.values_list("slug", "pk"))
        language_ids = dict(SpokenLanguage.objects.values_list("code", "pk"))
        category_ids = dict(
            TaxonomyTerm.objects.filter(taxonomy=reference_data.TAXONOMY).values_list("code", "pk")
        )
        feature_ids = dict(AccessibilityFeature.objects.values_list("code", "pk"))
        all_wards = [slug for _name, slug in reference_data.WARDS]
        all_languages = [lang["code"] for lang in reference_data.SPOKEN_LANGUAGES]
        leaf_categories = [
            child["code"]
            for term in reference_data.CATEGORIES
            for child in term.get("children", [])
        ]
        all_features = [feature["code"] for feature in reference_data.ACCESSIBILITY_FEATURES]

        organisations, org_links = [], []
        locations, location_links = [], []
        for copy in range(1, scale + 1):
            # One generator per copy: copy n never depends on how many copies exist.
            rng = random.Random(BULK_SEED * 1000 + copy)
            for index, src in enumerate(demo_data.ORGANISATIONS):
                slug = f"{src['slug']}-bulk-{copy}"
                # Each copy has a home ward that walks through all 24, plus a few neighbours.
                home = all_wards[(copy * len(demo_data.ORGANISATIONS) + index) % len(all_wards)]
                wards = [home, *rng.sample(all_wards, rng.randint(0, 2))]
                languages = [*src["languages"], *rng.sample(all_languages, rng.randint(0, 2))]
                cats = list(src["categories"])
                if rng.random() < 0.3:
                    cats.append(rng.choice(leaf_categories))
                local, domain = src["email"].split("@")
                organisations.append(
                    Organisation(
                        id=_bulk_uuid("organisation", slug),
                        slug=slug,
                        kind=src["kind"],
                        status="published",
                        email=f"{local}+copy{copy}@{domain}",
                        phone=src["phone"],
                        website=src["website"],
                        **_translated("name", _copy_translations(src["name"], copy)),
                        **_translated("description", src["description"]),
                    )
                )
                org_links.append((slug, set(wards), set(languages), set(cats)))
            for src in demo_data.LOCATIONS:
                slug = f"{src['slug']}-bulk-{copy}"
                features = [c for c in src["accessibility"] if rng.random() < 0.8]
                if rng.random() < 0.3:
                    features.append(rng.choice(all_features))
                locations.append(
                    Location(
                        id=_bulk_uuid("location", slug),
                        slug=slug,
                        kind=src["kind"],
                        address=src["address"],
                        postcode=src["postcode"],
                        ward_id=ward_ids[src["ward"]],
                        latitude=_jitter(rng, src["latitude"], 0.002, LAT_RANGE),
                        longitude=_jitter(rng, src["longitude"], 0.003, LON_RANGE),
                        **_translated("name", _copy_translations(src["name"], copy)),
                        **_translated("description", src["description"]),
                    )
                )
                location_links.append((slug, set(features)))

        # Only what is missing is written (the random draws above are made regardless).
        existing_orgs = set(
            Organisation.objects.filter(slug__in=[o.slug for o in organisations]).values_list(
                "slug", flat=True
            )
        )
        existing_locations = set(
            Location.objects.filter(slug__in=[loc.slug for loc in locations]).values_list(
                "slug", flat=True
            )
        )
        new_orgs = [o for o in organisations if o.slug not in existing_orgs]
        new_locations = [loc for loc in locations if loc.slug not in existing_locations]
        bulk_create_with_history(
            new_orgs, Organisation, batch_size=BATCH_SIZE, default_change_reason="Bulk demo data"
        )
        bulk_create_with_history(
            new_locations, Location, batch_size=BATCH_SIZE, default_change_reason="Bulk demo data"
        )

        org_ids = {o.slug: o.pk for o in new_orgs}
        ward_rows, language_rows, category_rows = [], [], []
        for slug, wards, languages, cats in org_links:
            if slug not in org_ids:
                continue
            pk = org_ids[slug]
            ward_rows += [
                Organisation.wards.through(organisation_id=pk, ward_id=ward_ids[w]) for w in wards
            ]
            language_rows += [
                Organisation.languages.through(
                    organisation_id=pk, spokenlanguage_id=language_ids[c]
                )
                for c in languages
            ]
            category_rows += [
                Organisation.categories.through(organisation_id=pk, taxonomyterm_id=category_ids[c])
                for c in cats
            ]
        location_ids = {loc.slug: loc.pk for loc in new_locations}
        feature_rows = [
            Location.accessibility.through(
                location_id=location_ids[slug], accessibilityfeature_id=feature_ids[c]
            )
            for slug, features in location_links
            if slug in location_ids
            for c in features
        ]
        for model, rows in [
            (Organisation.wards.through, ward_rows),
            (Organisation.languages.through, language_rows),
            (Organisation.categories.through, category_rows),
            (Location.accessibility.through, feature_rows),
        ]:
            model.objects.bulk_create(rows, batch_size=BATCH_SIZE, ignore_conflicts=True)

        new_services = _bulk_services(scale, ward_ids, language_ids, category_ids)

    counts = {
        "organisations_created": len(new_orgs),
        "locations_created": len(new_locations),
        "services_created": new_services,
        "organisations": Organisation.objects.count(),
        "locations": Location.objects.count(),
        "services": Service.objects.count(),
    }
    _say(
        stdout,
        f"Bulk demo data (scale {scale}): {len(new_orgs)} organisations, "
        f"{len(new_locations)} venues and {new_services} services created.",
    )
    return counts


def _bulk_services(scale, ward_ids, language_ids, category_ids):
    """Copy n of every demo service, run by copy n of its organisation at copy n of its venues
    (all published). Only missing copies are written. Returns how many were created."""
    org_data = {org["slug"]: org for org in demo_data.ORGANISATIONS}
    wanted = {
        f"{src['slug']}-bulk-{copy}": (src, copy)
        for copy in range(1, scale + 1)
        for src in demo_data.SERVICES
    }
    existing = set(Service.objects.filter(slug__in=list(wanted)).values_list("slug", flat=True))
    location_ids = dict(Location.objects.filter(slug__contains="-bulk-").values_list("slug", "pk"))
    services, sals, schedules, prices = [], [], [], []
    links = {"categories": [], "languages": [], "wards": []}
    for index, (slug, (src, copy)) in enumerate(wanted.items()):
        if slug in existing:
            continue
        org = org_data[src["organisation"]]
        service = Service(
            id=_bulk_uuid("service", slug),
            slug=slug,
            organisation_id=_bulk_uuid("organisation", f"{org['slug']}-bulk-{copy}"),
            status="published",
            service_status=src.get("service_status", ServiceStatus.ACTIVE),
            is_free=src.get("free", True),
            minimum_age=src.get("minimum_age"),
            maximum_age=src.get("maximum_age"),
            groups=list(src.get("groups", [])),
            delivery_methods=list(src.get("delivery", ["in_person"])),
            phone=org["phone"],
            email=org["email"],
            url=org["website"],
            funding=src.get("funding", ""),
            assured_date=checked_on(index),
            **_translated("name", _copy_translations(src["name"], copy)),
            **_translated("description", src["description"]),
            **_translated("fees_description", src.get("fees", {"en": ""})),
        )
        services.append(service)
        links["categories"] += [(service.pk, category_ids[c]) for c in src["categories"]]
        links["languages"] += [
            (service.pk, language_ids[c]) for c in src.get("languages", org["languages"])
        ]
        links["wards"] += [(service.pk, ward_ids[w]) for w in src.get("wards", org["wards"])]
        venue_sals = {}
        for venue in src.get("venues", []):
            sal = ServiceAtLocation(
                id=_bulk_uuid("service_at_location", f"{slug}:{venue}"),
                service_id=service.pk,
                location_id=location_ids[f"{venue}-bulk-{copy}"],
            )
            sals.append(sal)
            venue_sals[venue] = sal.pk
        for row in _schedule_rows(src):
            owner = (
                {"service_at_location_id": venue_sals[row["venue"]]}
                if row["venue"]
                else {"service_id": service.pk}
            )
            fields = {k: v for k, v in row.items() if k not in ("index", "venue")}
            schedules.append(
                Schedule(id=_bulk_uuid("schedule", f"{slug}:{row['index']}"), **owner, **fields)
            )
        for index, (option, amount, per) in enumerate(src.get("cost_options", [])):
            prices.append(
                CostOption(
                    id=_bulk_uuid("cost_option", f"{slug}:{index}"),
                    service_id=service.pk,
                    amount=Decimal(amount),
                    **_translated("option", {"en": option}),
                    **_translated("amount_description", {"en": per}),
                )
            )
    bulk_create_with_history(
        services, Service, batch_size=BATCH_SIZE, default_change_reason="Bulk demo data"
    )
    for model, rows in [(ServiceAtLocation, sals), (Schedule, schedules), (CostOption, prices)]:
        model.objects.bulk_create(rows, batch_size=BATCH_SIZE)
    through = {
        "categories": ("taxonomyterm_id", Service.categories.through),
        "languages": ("spokenlanguage_id", Service.languages.through),
        "wards": ("ward_id", Service.wards.through),
    }
    for name, (column, model) in through.items():
        model.objects.bulk_create(
            [model(service_id=pk, **{column: other}) for pk, other in set(links[name])],
            batch_size=BATCH_SIZE,
        )
    return len(services)
