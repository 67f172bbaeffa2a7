"""Load the directory's demo data (demo.directory_data) into the database.

seed()       the realistic demo set: wards, languages, accessibility features, categories,
             venues, partner organisations and their services (with venues, opening times and
             prices). Idempotent: rows are found by their natural key
             (slug / code) and only saved when something differs, so a second run writes nothing.
(seed_bulk() for benchmarks lives in demo.directory_bulk.)
seed_users() demo sign-ins: a council moderator, a partner editor and a partner viewer.
"""

import datetime
import secrets
import uuid
from decimal import Decimal

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone, translation

from directory import reference, reference_data
from directory.models import (
    AccessibilityFeature,
    AudienceGroup,
    DeliveryMethod,
    Location,
    LocationKind,
    MembershipRole,
    Organisation,
    OrganisationKind,
    OrganisationMembership,
    Schedule,
    Service,
    ServiceStatus,
    SpokenLanguage,
    TaxonomyTerm,
    Ward,
)
from directory.sync import Tally as _Tally
from directory.sync import translated_values as _translated

from . import directory_data as demo_data

# Demo services and their parts get ids derived from their slugs, so the API's ids are the
# same on every machine and after every re-seed.
DEMO_NAMESPACE = uuid.UUID("0b7c3f1e-4f8e-4d0a-9b62-7d5f0e6a2c19")


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


def checked_on(index, today=None):
    """A demo listing's "details last checked" day, spread out so the back office has some
    listings due for a check (every 7th: over 6 months) and some overdue (every 13th: over a
    year), and residents see varied dates rather than one for all."""
    today = today or timezone.localdate()
    if index % 13 == 5:
        return today - datetime.timedelta(days=400 + index % 30)
    if index % 7 == 3:
        return today - datetime.timedelta(days=200 + index % 30)
    return today - datetime.timedelta(days=(index * 11) % 150)


def _seed_services(tally, organisations, locations, wards, languages, categories):
    """The demo services, each with its venues, opening times and prices."""
    _check_services(organisations, locations, categories)
    org_data = {org["slug"]: org for org in demo_data.ORGANISATIONS}
    for index, src in enumerate(demo_data.SERVICES):
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
                "assured_date": checked_on(index),
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
