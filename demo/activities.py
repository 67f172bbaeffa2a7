"""Load the activities demo data (demo.activities_data) into the database.

seed()       the OpenActive activity list, campaigns and about a hundred activity series at
             the directory's demo venues, with schedules and their dated sessions. Idempotent:
             rows are found by slug (schedules by an id derived from it) and only written when
             something differs. One-off dates and cancellations are relative to today, so a
             run on a later day moves them on (and writes only those).
seed_bulk()  `scale` copies of every demo series at the directory's bulk venues and
             organisations, for benchmarks. Deterministic and safe to re-run.
"""

import uuid
from datetime import date, time, timedelta
from decimal import Decimal

from django.conf import settings
from django.db import connection, transaction
from django.utils import timezone, translation
from simple_history.utils import bulk_create_with_history

from activities.activity_list import import_activity_list
from activities.models import (
    ACTIVITY_LIST_TAXONOMY,
    LOCAL_CATEGORIES_TAXONOMY,
    ActivitySeries,
    Campaign,
    Occurrence,
    Schedule,
    now_ms,
)
from activities.occurrences import regenerate
from activities.recurrence import is_bank_holiday, pattern_dates
from directory.models import AccessibilityFeature, Location, Organisation, SpokenLanguage
from directory.models import TaxonomyTerm as Term
from newham_connect.history import is_change

from . import activities_data as demo_data
from .directory import seed as seed_directory

LANGUAGE_CODES = {code for code, _name in settings.LANGUAGES}
NAMESPACE = uuid.UUID("0c3a5f7e-2b8d-4f61-9d3c-5e7a1b2c4d6f")
BATCH_SIZE = 1000


def _say(stdout, message):
    if stdout is not None:
        stdout.write(message)


def _translated(field, values):
    """{"en": "Walk", "bn": "…"} -> {"name_en": "Walk", "name_bn": "…"} (other languages empty)."""
    unknown = set(values) - LANGUAGE_CODES
    if unknown or "en" not in values:
        raise ValueError(f"{field}: needs English and only site languages, got {sorted(values)}")
    return {f"{field}_{lang}": values.get(lang) for lang in LANGUAGE_CODES}


def _time(text):
    hours, minutes = map(int, text.split(":"))
    return time(hours, minutes)


def series_slug(activity, venue, organisation):
    place = venue or f"online-{organisation}"
    return f"{activity}-{place}"[:200]


def _series_values(activity, extras, organisation_id, location_id, slug):
    """Field values (not many-to-many) of one demo series."""
    spec = demo_data.ACTIVITIES[activity]
    name = dict(spec["name"])
    suffix = extras.get("name_suffix")
    if suffix:
        name = {lang: f"{text} {suffix.get(lang, suffix['en'])}" for lang, text in name.items()}
    price = extras.get("price", spec.get("price"))
    online = spec.get("online", False)
    values = {
        "kind": spec.get("kind", "SessionSeries"),
        "organisation_id": organisation_id,
        "location_id": location_id,
        "is_online": online,
        "online_url": f"https://meet.example.org/newham-connect/{slug}" if online else "",
        "min_age": extras.get("min_age", spec.get("min_age")),
        "max_age": extras.get("max_age", spec.get("max_age")),
        "gender_restriction": extras.get("gender", spec.get("gender", "none")),
        "is_free": price is None,
        "price": Decimal(price) if price else None,
        "booking_required": spec.get("booking", False),
        "good_for_meeting_people": spec.get("meet", False),
        "status": extras.get("status", "published"),
        **_translated("name", name),
        **_translated("description", spec["description"]),
        **_translated("how_to_join", spec.get("how_to_join", {"en": ""})),
        **_translated("what_to_bring", spec.get("what_to_bring", {"en": ""})),
        **_translated("price_note", spec.get("price_note", {"en": ""})),
    }
    # The untranslated columns mirror English, as a save with English active would write them.
    for field in ("name", "description", "how_to_join", "what_to_bring", "price_note"):
        values[field] = values[f"{field}_en"]
    return values


def _schedule_values(spec, extras, today):
    """Field values of the demo schedule, with dates relative to `today` where needed."""
    frequency = spec[0]
    values = {
        "frequency": frequency,
        "days": [],
        "week_of_month": None,
        "dates": [],
        "start_date": date.fromisoformat(demo_data.SCHEDULE_START),
        "end_date": None,
        "cancelled_dates": [],
        "skip_bank_holidays": True,
    }
    if frequency == "monthly":
        _f, week, days, start, end = spec
        values.update(week_of_month=week, days=days)
    elif frequency == "dates":
        _f, offsets, start, end = spec
        values["dates"] = [today + timedelta(days=n) for n in offsets]
        values["start_date"] = min(values["dates"])
    else:
        _f, days, start, end = spec
        values["days"] = days
    if "start_in_days" in extras:
        values["start_date"] = today + timedelta(days=extras["start_in_days"])
    if "end_in_days" in extras:
        values["end_date"] = today + timedelta(days=extras["end_in_days"])
    values["start_time"], values["end_time"] = _time(start), _time(end)
    if extras.get("cancel_next"):
        # The next session that really happens: cancelling a bank holiday the schedule skips
        # anyway would show residents no cancellation at all.
        upcoming = [
            day
            for day in pattern_dates(
                Schedule(**values), today + timedelta(days=1), today + timedelta(days=70)
            )
            if not (values["skip_bank_holidays"] and is_bank_holiday(day))
        ]
        values["cancelled_dates"] = upcoming[:1]
    return values


class _Writer:
    """Create or update rows, counting what was written; unchanged rows are not saved."""

    def __init__(self):
        self.created = 0
        self.updated = 0

    def upsert(self, model, lookup, values):
        obj = model._default_manager.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **values)
            obj.full_clean()
            obj.save()
            self.created += 1
            return obj, True
        changed = [name for name, value in values.items() if is_change(getattr(obj, name), value)]
        if changed:
            for name in changed:
                setattr(obj, name, values[name])
            obj.full_clean()
            obj.save()
            self.updated += 1
        return obj, False

    def set_m2m(self, manager, ids, created):
        """manager.set(ids), counting the owner as updated only if an existing set changes."""
        if created:
            manager.set(ids)
        elif set(manager.values_list("pk", flat=True)) != set(ids):
            manager.set(ids)
            self.updated += 1


def seed(stdout=None, today=None):
    """Load the demo activities. Returns counts (series, sessions, created, updated, …)."""
    today = today or timezone.localdate()
    writer = _Writer()
    with translation.override("en"), transaction.atomic():
        activity_list = import_activity_list()
        types = dict(Term.objects.filter(taxonomy=ACTIVITY_LIST_TAXONOMY).values_list("code", "pk"))
        categories = {t.code: t for t in Term.objects.filter(taxonomy=LOCAL_CATEGORIES_TAXONOMY)}
        organisations = {o.slug: o for o in Organisation.objects.all()}
        venues = {v.slug: v for v in Location.objects.all()}
        missing = {s[1] for s in demo_data.SERIES} - set(organisations)
        missing |= {s[2] for s in demo_data.SERIES if s[2]} - set(venues)
        if missing:
            seed_directory(stdout)
            organisations = {o.slug: o for o in Organisation.objects.all()}
            venues = {v.slug: v for v in Location.objects.all()}
            categories = {
                t.code: t for t in Term.objects.filter(taxonomy=LOCAL_CATEGORIES_TAXONOMY)
            }
        languages = {lang.code: lang for lang in SpokenLanguage.objects.all()}
        features = {f.code: f for f in AccessibilityFeature.objects.all()}

        campaigns = {}
        for spec in demo_data.CAMPAIGNS:
            campaigns[spec["slug"]], _new = writer.upsert(
                Campaign,
                {"slug": spec["slug"]},
                {
                    **_translated("name", spec["name"]),
                    **_translated("description", spec["description"]),
                },
            )

        series_ids = []
        for activity, org_slug, venue_slug, schedule_spec, extras in demo_data.SERIES:
            spec = demo_data.ACTIVITIES[activity]
            slug = series_slug(activity, venue_slug, org_slug)
            organisation = organisations[org_slug]
            values = _series_values(
                activity,
                extras,
                organisation.pk,
                venues[venue_slug].pk if venue_slug else None,
                slug,
            )
            series, created = writer.upsert(ActivitySeries, {"slug": slug}, values)
            series_ids.append(series.pk)
            writer.set_m2m(series.activity_types, [types[c] for c in spec["types"]], created)
            writer.set_m2m(
                series.categories, [categories[c].pk for c in spec["categories"]], created
            )
            codes = extras.get("languages") or spec.get("languages") or ["en"]
            writer.set_m2m(series.languages, [languages[c].pk for c in codes], created)
            writer.set_m2m(
                series.accessibility,
                [features[c].pk for c in spec.get("accessibility", [])],
                created,
            )
            writer.set_m2m(
                series.campaigns, [campaigns[c].pk for c in extras.get("campaigns", [])], created
            )
            schedule_id = uuid.uuid5(NAMESPACE, f"schedule:{slug}:0")
            writer.upsert(
                Schedule,
                {"id": schedule_id},
                {"series_id": series.pk, **_schedule_values(schedule_spec, extras, today)},
            )
        sessions = regenerate(series_ids, today=today)

    counts = {
        "activity_types_imported": activity_list["total"],
        "campaigns": Campaign.objects.count(),
        "series": ActivitySeries.objects.count(),
        "published_series": ActivitySeries.objects.public().count(),
        "upcoming_sessions": Occurrence.objects.upcoming().count(),
        "created": writer.created,
        "updated": writer.updated,
    }
    _say(
        stdout,
        # Saving a schedule already expands its sessions, so report what is on, not the
        # (usually empty) last pass.
        f"Activities demo data: {writer.created} created, {writer.updated} updated "
        f"({counts['upcoming_sessions']} upcoming sessions; last pass: {sessions['created']} "
        f"added, {sessions['updated']} changed, {sessions['deleted']} removed).",
    )
    return counts


def seed_bulk(scale, stdout=None, today=None):
    """`scale` copies of every published demo series, run by the directory's bulk copies of
    the organisations at the bulk copies of the venues ("<slug>-bulk-n"). Missing copies are
    added; existing ones are left alone. Returns counts."""
    if scale < 0:
        raise ValueError("scale must be 0 or more")
    today = today or timezone.localdate()
    with translation.override("en"), transaction.atomic():
        if not ActivitySeries.objects.filter(
            slug=series_slug(*[demo_data.SERIES[0][i] for i in (0, 2, 1)])
        ).exists():
            seed(stdout, today=today)
        organisations = dict(Organisation.objects.values_list("slug", "pk"))
        venues = dict(Location.objects.values_list("slug", "pk"))
        types = dict(Term.objects.filter(taxonomy=ACTIVITY_LIST_TAXONOMY).values_list("code", "pk"))
        categories = dict(
            Term.objects.filter(taxonomy=LOCAL_CATEGORIES_TAXONOMY).values_list("code", "pk")
        )
        languages = dict(SpokenLanguage.objects.values_list("code", "pk"))
        stamp = now_ms()

        series_rows, schedule_rows, links = [], [], []
        for copy in range(1, scale + 1):
            for activity, org_slug, venue_slug, schedule_spec, extras in demo_data.SERIES:
                if extras.get("status", "published") != "published":
                    continue
                org = organisations.get(f"{org_slug}-bulk-{copy}")
                venue = venues.get(f"{venue_slug}-bulk-{copy}") if venue_slug else None
                if org is None or (venue_slug and venue is None):
                    continue  # the directory's bulk copy n is not there (smaller scale)
                slug = f"{series_slug(activity, venue_slug, org_slug)}-bulk-{copy}"
                pk = uuid.uuid5(NAMESPACE, f"series:{slug}")
                values = _series_values(activity, extras, org, venue, slug)
                series_rows.append(ActivitySeries(id=pk, slug=slug, feed_modified=stamp, **values))
                schedule_rows.append(
                    Schedule(
                        id=uuid.uuid5(NAMESPACE, f"schedule:{slug}:0"),
                        series_id=pk,
                        **_schedule_values(schedule_spec, extras, today),
                    )
                )
                spec = demo_data.ACTIVITIES[activity]
                codes = extras.get("languages") or spec.get("languages") or ["en"]
                links.append((pk, spec["types"], spec["categories"], codes))

        existing = set(
            ActivitySeries.objects.filter(pk__in=[s.pk for s in series_rows]).values_list(
                "pk", flat=True
            )
        )
        new_series = [s for s in series_rows if s.pk not in existing]
        new_ids = {s.pk for s in new_series}
        bulk_create_with_history(
            new_series, ActivitySeries, batch_size=BATCH_SIZE, default_change_reason="Bulk demo"
        )
        Schedule.objects.bulk_create(
            [s for s in schedule_rows if s.series_id in new_ids], batch_size=BATCH_SIZE
        )
        through = ActivitySeries
        type_rows, category_rows, language_rows = [], [], []
        for pk, type_codes, category_codes, language_codes in links:
            if pk not in new_ids:
                continue
            type_rows += [
                through.activity_types.through(activityseries_id=pk, taxonomyterm_id=types[c])
                for c in type_codes
            ]
            category_rows += [
                through.categories.through(activityseries_id=pk, taxonomyterm_id=categories[c])
                for c in category_codes
            ]
            language_rows += [
                through.languages.through(activityseries_id=pk, spokenlanguage_id=languages[c])
                for c in language_codes
            ]
        for model, rows in [
            (through.activity_types.through, type_rows),
            (through.categories.through, category_rows),
            (through.languages.through, language_rows),
        ]:
            model.objects.bulk_create(rows, batch_size=BATCH_SIZE, ignore_conflicts=True)
        # bulk_create skips save(): list the eligible new series in the feeds in one update.
        # The tables have just grown many times over: refresh the planner's statistics, or
        # PostgreSQL plans the eligibility joins for empty tables and takes minutes.
        with connection.cursor() as cursor:
            cursor.execute(
                "ANALYZE activities_activityseries, activities_activityseries_activity_types, "
                "directory_taxonomyterm, directory_organisation"
            )
        eligible = list(
            ActivitySeries.objects.filter(pk__in=new_ids)
            .eligible_for_openactive()
            .values_list("pk", flat=True)
        )
        ActivitySeries.objects.filter(pk__in=eligible).update(feed_listed=True)
        sessions = regenerate(new_ids, today=today) if new_ids else {"created": 0}

    _say(
        stdout,
        f"Bulk activities (scale {scale}): {len(new_series)} series and "
        f"{sessions['created']} sessions created.",
    )
    return {
        "series_created": len(new_series),
        "sessions_created": sessions["created"],
        "series": ActivitySeries.objects.count(),
    }
