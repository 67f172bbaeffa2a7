"""Load the directory's demo data (demo.directory_data) into the database.

seed()       the realistic demo set: wards, languages, accessibility features, categories,
             venues, partner organisations and their services (with venues, opening times and
             prices). Idempotent: rows are found by their natural key
             (slug / code) and only saved when something differs, so a second run writes nothing.
seed_bulk()  many more published organisations and venues derived from the demo ones, for
             benchmarks. Deterministic (fixed random seed, UUIDs derived from slugs).
seed_users() demo sign-ins: a council moderator, a partner editor and a partner viewer.
"""

import datetime
import random
import secrets
import uuid
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import translation
from simple_history.utils import bulk_create_with_history

from directory import reference, reference_data
from directory.models import (
    AccessibilityFeature,
    AudienceGroup,
    CostOption,
    DeliveryMethod,
    Location,
    LocationKind,
    MembershipRole,
    Organisation,
    OrganisationKind,
    OrganisationMembership,
    Schedule,
    Service,
    ServiceAtLocation,
    ServiceStatus,
    SpokenLanguage,
    TaxonomyTerm,
    Ward,
)
from directory.sync import Tally as _Tally
from directory.sync import translated_values as _translated

from . import directory_data as demo_data

# Fixed so that seed_bulk() always produces the same rows.
BULK_SEED = 20220505  # Newham's first election on the May 2022 ward boundaries
BULK_NAMESPACE = uuid.UUID("6f1d8a52-5b0e-4c57-9a4e-2d2c1e0b7a31")
BATCH_SIZE = 1000
# Demo services and their parts get ids derived from their slugs, so the API's ids are the
# same on every machine and after every re-seed.
DEMO_NAMESPACE = uuid.UUID("0b7c3f1e-4f8e-4d0a-9b62-7d5f0e6a2c19")

# Inside the check constraint on Location (lat 51.49-51.57, lon -0.03-0.11), with a margin.
LAT_RANGE = (Decimal("51.492"), Decimal("51.568"))
LON_RANGE = (Decimal("-0.028"), Decimal("0.108"))


def _say(stdout, message):
    if stdout is not None:
        stdout.write(message if message.endswith("\n") else message + "\n")


def _demo_uuid(*parts):
    return uuid.uuid5(DEMO_NAMESPACE, ":".join(parts))


def _time(value):
    return datetime.time.fromisoformat(value) if value else None


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _schedule_rows(src):
    """demo_data schedules -> field dicts: ("MO,WE", "10:00", "12:00"[, note]) or a dict."""
    rows = []
    for index, item in enumerate(src.get("schedules", [])):
        if not isinstance(item, dict):
            item = dict(zip(("byday", "opens", "closes", "description"), item, strict=False))
        byday = item["byday"].split(",")
        rows.append(
            {
                "index": index,
                "venue": item.get("venue"),
                "freq": "MONTHLY" if any(len(token) > 2 for token in byday) else "WEEKLY",
                "byday": byday,
                "opens_at": _time(item.get("opens")),
                "closes_at": _time(item.get("closes")),
                "valid_from": _date(item.get("valid_from")),
                "valid_to": _date(item.get("valid_to")),
                "description_en": item.get("description", ""),
            }
        )
    return rows


def _check_services(organisations, locations, categories):
    groups, methods = set(AudienceGroup.values), set(DeliveryMethod.values)
    for src in demo_data.SERVICES:
        where = src["slug"]
        if src["organisation"] not in organisations:
            raise ValueError(f"{where}: unknown organisation {src['organisation']!r}")
        for code in src["categories"]:
            if code not in categories:
                raise ValueError(f"{where}: unknown category {code!r}")
        for slug in src.get("venues", []):
            if slug not in locations:
                raise ValueError(f"{where}: unknown venue {slug!r}")
        if not set(src.get("groups", [])) <= groups or not set(src.get("delivery", [])) <= methods:
            raise ValueError(f"{where}: unknown group or way of delivery")
        if src.get("service_status", "active") not in ServiceStatus.values:
            raise ValueError(f"{where}: unknown service status")


def _seed_services(tally, organisations, locations, wards, languages, categories):
    """The demo services, each with its venues, opening times and prices."""
    _check_services(organisations, locations, categories)
    org_data = {org["slug"]: org for org in demo_data.ORGANISATIONS}
    assured = _date(demo_data.ASSURED)
    for src in demo_data.SERVICES:
        slug, org = src["slug"], org_data[src["organisation"]]
        optional = {
            field: _translated(field, src.get(field, {"en": ""}))
            for field in ("application_process", "eligibility_description", "alert")
        }
        service = tally.upsert(
            Service,
            {"slug": slug},
            {
                "id": _demo_uuid("service", slug),
                "organisation_id": organisations[src["organisation"]].pk,
                "status": src.get("status", "published"),
                "service_status": src.get("service_status", ServiceStatus.ACTIVE),
                "is_free": src.get("free", True),
                "minimum_age": src.get("minimum_age"),
                "maximum_age": src.get("maximum_age"),
                "groups": list(src.get("groups", [])),
                "delivery_methods": list(src.get("delivery", ["in_person"])),
                "phone": src.get("phone", org["phone"]),
                "email": src.get("email", org["email"]),
                "url": src.get("url", org["website"]),
                "funding": src.get("funding", ""),
                "assured_date": assured,
                **_translated("name", src["name"]),
                **_translated("description", src["description"]),
                **_translated("fees_description", src.get("fees", {"en": ""})),
                **{k: v for values in optional.values() for k, v in values.items()},
            },
        )
        tally.set_m2m(service.categories, [categories[c] for c in src["categories"]])
        tally.set_m2m(
            service.languages, [languages[c] for c in src.get("languages", org["languages"])]
        )
        tally.set_m2m(service.wards, [wards[w] for w in src.get("wards", org["wards"])])
        venues = {
            sal.location_id: sal
            for sal in tally.sync_children(
                service.service_at_locations,
                [
                    {
                        "id": _demo_uuid("service_at_location", slug, venue),
                        "service_id": service.pk,
                        "location_id": locations[venue].pk,
                    }
                    for venue in src.get("venues", [])
                ],
            )
        }
        schedule_rows, venue_rows = [], {sal.pk: [] for sal in venues.values()}
        for row in _schedule_rows(src):
            values = {k: v for k, v in row.items() if k not in ("index", "venue")}
            values["id"] = _demo_uuid("schedule", slug, str(row["index"]))
            if row["venue"]:
                sal = venues[locations[row["venue"]].pk]
                venue_rows[sal.pk].append({**values, "service_at_location_id": sal.pk})
            else:
                schedule_rows.append({**values, "service_id": service.pk})
        tally.sync_children(service.schedules, schedule_rows)
        for sal in venues.values():
            tally.sync_children(sal.schedules, venue_rows[sal.pk])
        tally.sync_children(
            service.cost_options,
            [
                {
                    "id": _demo_uuid("cost_option", slug, str(index)),
                    "service_id": service.pk,
                    "amount": Decimal(amount),
                    **_translated("option", {"en": option}),
                    **_translated("amount_description", {"en": per}),
                }
                for index, (option, amount, per) in enumerate(src.get("cost_options", []))
            ],
        )


def _check_choices():
    kinds = set(OrganisationKind.values)
    for org in demo_data.ORGANISATIONS:
        if org["kind"] not in kinds:
            raise ValueError(f"{org['slug']}: unknown organisation kind {org['kind']!r}")
    venue_kinds = set(LocationKind.values)
    for loc in demo_data.LOCATIONS:
        if loc["kind"] not in venue_kinds:
            raise ValueError(f"{loc['slug']}: unknown venue kind {loc['kind']!r}")


def seed(stdout=None):
    """Load the demo data. Safe to run again: nothing is duplicated and unchanged rows are
    not written. Returns {"wards": 24, ..., "created": n, "updated": n}."""
    _check_choices()
    tally = _Tally()
    # Saving writes the untranslated column from the active language, so pin it to English.
    with translation.override("en"), transaction.atomic():
        ref = reference.upsert_all(tally)
        wards, languages, categories = ref["wards"], ref["languages"], ref["categories"]
        features = ref["features"]

        locations, organisations = {}, {}
        for loc in demo_data.LOCATIONS:
            locations[loc["slug"]] = location = tally.upsert(
                Location,
                {"slug": loc["slug"]},
                {
                    "kind": loc["kind"],
                    "address": loc["address"],
                    "postcode": loc["postcode"],
                    "ward_id": wards[loc["ward"]].pk,
                    "latitude": Decimal(loc["latitude"]),
                    "longitude": Decimal(loc["longitude"]),
                    **_translated("name", loc["name"]),
                    **_translated("description", loc["description"]),
                },
            )
            tally.set_m2m(location.accessibility, [features[c] for c in loc["accessibility"]])

        for org in demo_data.ORGANISATIONS:
            organisations[org["slug"]] = organisation = tally.upsert(
                Organisation,
                {"slug": org["slug"]},
                {
                    "kind": org["kind"],
                    "status": org["status"],
                    "email": org["email"],
                    "phone": org["phone"],
                    "website": org["website"],
                    "charity_number": org["charity_number"],
                    **_translated("name", org["name"]),
                    **_translated("description", org["description"]),
                },
            )
            tally.set_m2m(organisation.wards, [wards[s] for s in org["wards"]])
            tally.set_m2m(organisation.languages, [languages[c] for c in org["languages"]])
            tally.set_m2m(organisation.categories, [categories[c] for c in org["categories"]])

        _seed_services(tally, organisations, locations, wards, languages, categories)

    counts = {
        "wards": Ward.objects.count(),
        "spoken_languages": SpokenLanguage.objects.count(),
        "accessibility_features": AccessibilityFeature.objects.count(),
        "taxonomy_terms": TaxonomyTerm.objects.filter(taxonomy=reference_data.TAXONOMY).count(),
        "locations": Location.objects.count(),
        "organisations": Organisation.objects.count(),
        "services": Service.objects.count(),
        "schedules": Schedule.objects.count(),
        "created": tally.created,
        "updated": tally.updated,
    }
    _say(stdout, f"Directory demo data: {tally.created} created, {tally.updated} updated.")
    return counts


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
    assured = _date(demo_data.ASSURED)
    services, sals, schedules, prices = [], [], [], []
    links = {"categories": [], "languages": [], "wards": []}
    for slug, (src, copy) in wanted.items():
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
            assured_date=assured,
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


DEMO_USERS = [
    # (email, role in the first demo organisation, or None for the council moderator)
    ("moderator@example.org", None),
    ("partner@example.org", MembershipRole.EDITOR),
    ("viewer@example.org", MembershipRole.VIEWER),
]


def seed_users(stdout=None):
    """Demo sign-ins (username = email, email verified). A password is made up and printed
    only when the user is created; it is never stored anywhere else."""
    from allauth.account.models import EmailAddress

    User = get_user_model()
    created = 0
    with transaction.atomic():
        first_slug = demo_data.ORGANISATIONS[0]["slug"]
        organisation = Organisation.objects.filter(slug=first_slug).first()
        if organisation is None:
            seed(stdout)
            organisation = Organisation.objects.get(slug=first_slug)
        moderators, _created = Group.objects.get_or_create(name=settings.MODERATORS_GROUP)

        for email, role in DEMO_USERS:
            user = User.objects.filter(username=email).first()
            if user is None:
                password = secrets.token_urlsafe(12)
                user = User.objects.create_user(username=email, email=email, password=password)
                created += 1
                _say(stdout, f"Created {email} with password: {password}")
            address = EmailAddress.objects.filter(user=user, email__iexact=email).first()
            if address is None:
                EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            elif not (address.verified and address.primary):
                address.verified = address.primary = True
                address.save(update_fields=["verified", "primary"])

            if role is None:
                if not user.groups.filter(pk=moderators.pk).exists():
                    user.groups.add(moderators)
                continue
            membership = OrganisationMembership.objects.filter(
                user=user, organisation=organisation
            ).first()
            if membership is None:
                OrganisationMembership.objects.create(
                    user=user, organisation=organisation, role=role
                )
            elif membership.role != role:
                membership.role = role
                membership.save(update_fields=["role"])

    _say(stdout, f"Demo users: {created} created ({organisation.name} is the partners' org).")
    return {"users_created": created}
