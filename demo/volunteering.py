"""Load the Volunteering Hub's demo data (demo.volunteering_data) into the database.

seed()       skills vocabulary, opportunities at the directory's demo organisations and venues,
             and a few made-up expressions of interest. Idempotent, like demo.directory.seed():
             rows are found by natural key and saved only when something differs.
seed_bulk()  one copy of every demo opportunity per bulk organisation copy made by
             demo.directory_bulk.seed_bulk, for benchmarks. Deterministic UUIDs; re-runs add
             nothing.
"""

import datetime
import uuid
from decimal import Decimal

from django.db import transaction
from django.utils import timezone, translation
from simple_history.utils import bulk_create_with_history

from directory.models import (
    AccessibilityFeature,
    Location,
    Organisation,
    SpokenLanguage,
    TaxonomyTerm,
)
from directory.sync import Tally as _Tally
from directory.sync import translated_values as _translated
from newham_connect.moderation import ModerationStatus
from volunteering import reference
from volunteering.models import CAUSES_TAXONOMY, SKILLS_TAXONOMY, HoursLog, Interest, Opportunity

from . import directory as directory_demo
from . import volunteering_data as demo_data

NAMESPACE = uuid.UUID("0b9f3c1e-7d7a-4d7e-9a55-3f2b8c6d9e10")
BATCH_SIZE = 1000


def _say(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _date(value):
    return datetime.date.fromisoformat(value) if value else None


def _values(spec):
    """Column values of one opportunity from its demo_data entry."""
    spec = {**demo_data.DEFAULTS, **spec}
    values = {
        "organisation_id": None,  # filled in by the caller
        "time_commitment": spec["time_commitment"],
        "on_weekdays": "weekdays" in spec["when"],
        "on_evenings": "evenings" in spec["when"],
        "on_weekends": "weekends" in spec["when"],
        "from_home": spec["from_home"],
        "minimum_age": spec["minimum_age"],
        "dbs_check_needed": spec["dbs"],
        "training_given": spec["training"],
        "expenses_paid": spec["expenses"],
        "suitable_for_groups": spec["groups"] or spec["teams"],
        "suitable_for_employer_teams": spec["teams"],
        "is_mutual_aid": spec["mutual_aid"],
        "places_available": spec["places"],
        "start_date": _date(spec["start"]),
        "end_date": _date(spec["end"]),
        "closing_date": _date(spec["closing"]),
        "status": ModerationStatus.PUBLISHED,
        **_translated("title", spec["title"]),
        **_translated("description", spec["description"]),
    }
    for field in ("benefits", "schedule"):
        if field in spec:
            values.update(_translated(field, spec[field]))
    return values, spec


def _check_references():
    """Fail early and clearly if demo_data names a slug or code the directory does not have."""
    org_slugs = {o["slug"] for o in directory_demo.demo_data.ORGANISATIONS}
    location_slugs = {loc["slug"] for loc in directory_demo.demo_data.LOCATIONS}
    for spec in demo_data.OPPORTUNITIES:
        if spec["organisation"] not in org_slugs:
            raise ValueError(f"{spec['slug']}: unknown organisation {spec['organisation']!r}")
        if spec.get("location") and spec["location"] not in location_slugs:
            raise ValueError(f"{spec['slug']}: unknown venue {spec['location']!r}")


def seed(stdout=None):
    """Load the demo data (after the directory's). Safe to run again."""
    _check_references()
    tally = _Tally()
    with translation.override("en"), transaction.atomic():
        if not Organisation.objects.filter(
            slug=demo_data.OPPORTUNITIES[0]["organisation"]
        ).exists():
            directory_demo.seed(stdout)
        skills = reference.upsert_all(tally)
        organisations = dict(Organisation.objects.values_list("slug", "pk"))
        locations = dict(Location.objects.values_list("slug", "pk"))
        causes = dict(
            TaxonomyTerm.objects.filter(taxonomy=CAUSES_TAXONOMY).values_list("code", "pk")
        )
        languages = dict(SpokenLanguage.objects.values_list("code", "pk"))
        features = dict(AccessibilityFeature.objects.values_list("code", "pk"))

        opportunities = {}
        for entry in demo_data.OPPORTUNITIES:
            values, spec = _values(entry)
            values["organisation_id"] = organisations[spec["organisation"]]
            values["location_id"] = locations[spec["location"]] if spec["location"] else None
            opportunity = tally.upsert(Opportunity, {"slug": spec["slug"]}, values)
            opportunities[spec["slug"]] = opportunity
            tally.set_m2m(opportunity.causes, _objects(TaxonomyTerm, causes, spec["causes"]))
            tally.set_m2m(opportunity.skills, [skills[c] for c in spec["skills"]])
            tally.set_m2m(
                opportunity.languages_welcome,
                _objects(SpokenLanguage, languages, spec["languages"]),
            )
            tally.set_m2m(
                opportunity.accessibility, _objects(AccessibilityFeature, features, spec["access"])
            )
        interests_created = _seed_interests(opportunities)

    counts = {
        "skills": len(skills),
        "opportunities": Opportunity.objects.count(),
        "organisations_with_opportunities": Organisation.objects.filter(opportunities__isnull=False)
        .distinct()
        .count(),
        "interests_created": interests_created,
        "created": tally.created,
        "updated": tally.updated,
    }
    _say(stdout, f"Volunteering demo data: {tally.created} created, {tally.updated} updated.")
    return counts


def _objects(model, ids, codes):
    return list(model.objects.filter(pk__in=[ids[c] for c in codes]))


def _seed_interests(opportunities):
    """Create the made-up interests once; never touch them again (the pipeline moves them)."""
    now = timezone.now()
    created = 0
    for key, slug, name, email, phone, status, days_ago, hours in demo_data.INTERESTS:
        pk = uuid.uuid5(NAMESPACE, f"interest:{key}")
        if Interest.objects.filter(pk=pk).exists():
            continue
        sent = now - datetime.timedelta(days=days_ago)
        interest = Interest(
            pk=pk,
            opportunity=opportunities[slug],
            name=name,
            email=email,
            phone=phone,
            consent_given_at=sent,
            consent_version="demo",
            created=sent,
            status_changed_at=sent,
        )
        # Walk the real pipeline so the timestamps are as the back office would set them.
        path = {
            "new": [],
            "contacted": ["contacted"],
            "active": ["contacted", "active"],
            "finished": ["contacted", "active", "finished"],
        }[status]
        for step, new_status in enumerate(path, start=1):
            interest.move_to(new_status, now=sent + datetime.timedelta(days=step))
        interest.full_clean()
        interest.save()
        for days, amount in hours:
            HoursLog.objects.create(
                interest=interest,
                date=(now - datetime.timedelta(days=days)).date(),
                hours=Decimal(amount),
                confirmed_at=now - datetime.timedelta(days=days - 1),
            )
        created += 1
    return created


def seed_bulk(scale, stdout=None):
    """Copy every demo opportunity onto each bulk organisation copy ("<org>-bulk-n")."""
    if scale < 0:
        raise ValueError("scale must be 0 or more")
    with translation.override("en"), transaction.atomic():
        if not Opportunity.objects.filter(slug=demo_data.OPPORTUNITIES[0]["slug"]).exists():
            seed(stdout)
        organisations = dict(
            Organisation.objects.filter(slug__contains="-bulk-").values_list("slug", "pk")
        )
        locations = dict(Location.objects.values_list("slug", "pk"))
        causes = dict(
            TaxonomyTerm.objects.filter(taxonomy=CAUSES_TAXONOMY).values_list("code", "pk")
        )
        skills = dict(
            TaxonomyTerm.objects.filter(taxonomy=SKILLS_TAXONOMY).values_list("code", "pk")
        )
        languages = dict(SpokenLanguage.objects.values_list("code", "pk"))

        rows, links = [], []
        for copy in range(1, scale + 1):
            for entry in demo_data.OPPORTUNITIES:
                org_slug = f"{entry['organisation']}-bulk-{copy}"
                if org_slug not in organisations:
                    continue  # demo.directory_bulk.seed_bulk made fewer copies
                values, spec = _values(entry)
                slug = f"{spec['slug']}-bulk-{copy}"
                values["organisation_id"] = organisations[org_slug]
                venue = f"{spec['location']}-bulk-{copy}" if spec["location"] else None
                values["location_id"] = locations.get(venue) or locations.get(spec["location"])
                if values["location_id"] is None:
                    values["from_home"] = True
                rows.append(
                    Opportunity(
                        id=uuid.uuid5(NAMESPACE, f"opportunity:{slug}"), slug=slug, **values
                    )
                )
                links.append((slug, spec))
        existing = set(
            Opportunity.objects.filter(slug__in=[r.slug for r in rows]).values_list(
                "slug", flat=True
            )
        )
        new = [r for r in rows if r.slug not in existing]
        bulk_create_with_history(
            new, Opportunity, batch_size=BATCH_SIZE, default_change_reason="Bulk demo data"
        )
        ids = {r.slug: r.pk for r in new}
        through_rows = {
            Opportunity.causes.through: [],
            Opportunity.skills.through: [],
            Opportunity.languages_welcome.through: [],
        }
        for slug, spec in links:
            if slug not in ids:
                continue
            pk = ids[slug]
            through_rows[Opportunity.causes.through] += [
                Opportunity.causes.through(opportunity_id=pk, taxonomyterm_id=causes[c])
                for c in spec["causes"]
            ]
            through_rows[Opportunity.skills.through] += [
                Opportunity.skills.through(opportunity_id=pk, taxonomyterm_id=skills[c])
                for c in spec["skills"]
            ]
            through_rows[Opportunity.languages_welcome.through] += [
                Opportunity.languages_welcome.through(
                    opportunity_id=pk, spokenlanguage_id=languages[c]
                )
                for c in spec["languages"]
            ]
        for model, objects in through_rows.items():
            model.objects.bulk_create(objects, batch_size=BATCH_SIZE, ignore_conflicts=True)

    _say(stdout, f"Bulk volunteering data (scale {scale}): {len(new)} opportunities created.")
    return {"opportunities_created": len(new), "opportunities": Opportunity.objects.count()}
