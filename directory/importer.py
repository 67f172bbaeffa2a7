"""Import another directory's Open Referral UK 3.0 feed (or a saved JSON file) as services of
one of our organisations, waiting for review.

Two phases, so a broken feed writes nothing: first everything is fetched and checked (a page
that is not JSON, not a service list, or cannot be fetched stops the import with a FeedError);
then all accepted services are written in one transaction. A service that does not fit the
ORUK 3.0 schema, or our rules, is rejected with its reason and the others still go in.
Records are matched by id, and rows are saved only when something differs, so importing the
same feed again changes nothing.
"""

import datetime
import re
import uuid
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.db.models.functions import Power
from django.utils import timezone, translation
from django.utils.text import slugify

from newham_connect.moderation import ModerationStatus

from .models import (
    BYDAY_RE,
    NEWHAM_TAXONOMY,
    Location,
    LocationKind,
    Service,
    SpokenLanguage,
    TaxonomyTerm,
    Ward,
)
from .oruk import describe_errors
from .oruk_feed import api_base, load_feed
from .sync import Tally

IMPORT_NAMESPACE = uuid.UUID("9e5b0c2a-61d4-4b8f-8f3e-0d7a4c1b2e95")
# The borough's box, as the Location check constraint has it.
NEWHAM_BOX = ((Decimal("51.49"), Decimal("51.57")), (Decimal("-0.03"), Decimal("0.11")))


@dataclass
class Report:
    source: str
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    rejected: list = field(default_factory=list)  # (row number, id, name, [reasons])
    warnings: list = field(default_factory=list)  # (service name, message)
    new_venues: int = 0
    new_terms: int = 0

    def lines(self):
        yield f"Imported {self.source}"
        yield (
            f"  created: {self.created}, updated: {self.updated}, unchanged: {self.unchanged}, "
            f"rejected: {len(self.rejected)}"
        )
        if self.new_venues or self.new_terms:
            yield f"  new venues: {self.new_venues}, new categories: {self.new_terms}"
        for row, pk, name, reasons in self.rejected:
            yield f"  REJECTED row {row} (id {pk or '?'}, {name or 'no name'}):"
            for reason in reasons:
                yield f"    - {reason}"
        for name, message in self.warnings:
            yield f"  note: {name}: {message}"


# --- phase 2: write -------------------------------------------------------------------------


def _import_id(*parts):
    return uuid.uuid5(IMPORT_NAMESPACE, ":".join(str(p) for p in parts))


def _date(value):
    try:
        return datetime.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _time(value):
    try:
        return datetime.time.fromisoformat(str(value)) if value else None
    except ValueError:
        return None


def _text(value, limit=None):
    text = str(value).strip() if value not in (None, "") else ""
    return text[:limit] if limit else text


def _phone(value):
    # HSDS's own example writes the number inside quotes.
    return _text(value).strip('"').strip()[:30]


class Importer:
    def __init__(self, organisation, source):
        self.organisation = organisation
        self.source = source
        self.report = Report(source=source)
        self.tally = Tally()
        self._languages = None
        self._wards = None

    def run(self, records):
        accepted = self._check(records)
        with transaction.atomic(), translation.override("en"):
            for number, record in accepted:
                self._write(number, record)
        return self.report

    def _reject(self, number, record, reasons):
        record = record if isinstance(record, dict) else {}
        self.report.rejected.append((number, record.get("id"), record.get("name"), reasons))

    def _check(self, records):
        accepted, seen = [], set()
        owners = dict(
            Service.objects.filter(
                pk__in=[r["id"] for r in records if isinstance(r, dict) and _is_uuid(r.get("id"))]
            ).values_list("pk", "organisation_id")
        )
        for number, record in enumerate(records, start=1):
            if not isinstance(record, dict):
                self._reject(number, record, ["not a JSON object"])
                continue
            reasons = describe_errors(record, "service.json")
            if record.get("_details_missing"):
                reasons.append("its details (/services/{id}) answered HTTP 404")
            if not reasons:
                pk = uuid.UUID(record["id"])
                if pk in seen:
                    reasons.append("the same id appears earlier in the feed")
                elif owners.get(pk, self.organisation.pk) != self.organisation.pk:
                    reasons.append("this id belongs to a service of another organisation")
                elif not _text(record.get("description")):
                    reasons.append("description: missing; residents need to know what it does")
                seen.add(pk)
            if reasons:
                self._reject(number, record, reasons)
            else:
                accepted.append((number, record))
        return accepted

    def _write(self, number, record):
        before = (self.tally.created, self.tally.updated)
        try:
            with transaction.atomic():  # a savepoint: a row that breaks our rules goes alone
                service, created = self._write_service(record)
        except ValidationError as error:
            reasons = [f"{k}: {' '.join(v)}" for k, v in error.message_dict.items()]
            self._reject(number, record, reasons)
            self.tally.created, self.tally.updated = before
            return
        if created:
            self.report.created += 1
        elif (self.tally.created, self.tally.updated) != before:
            self.report.updated += 1
            if service.status != ModerationStatus.SUBMITTED:
                # Changed by the feed: back in the moderators' queue before it shows again.
                service.status = ModerationStatus.SUBMITTED
                service.status_changed_at = timezone.now()
                service.save(update_fields=["status", "status_changed_at", "last_modified"])
        else:
            self.report.unchanged += 1

    def _write_service(self, record):
        pk = uuid.UUID(record["id"])
        name = _text(record["name"])
        prices = [c for c in record.get("cost_options") or [] if isinstance(c, dict)]
        amounts = [c.get("amount") for c in prices]
        values = {
            "name_en": name,
            "description_en": _text(record.get("description")),
            "service_status": record.get("status"),
            "url": _text(record.get("url")),
            "email": _text(record.get("email")),
            "phone": next((_phone(p.get("number")) for p in record.get("phones") or []), ""),
            "minimum_age": _age(record.get("minimum_age")),
            "maximum_age": _age(record.get("maximum_age")),
            "assured_date": _date(record.get("assured_date")),
            "alert_en": _text(record.get("alert"), 300),
            "fees_description_en": _text(record.get("fees_description") or record.get("fees")),
            "eligibility_description_en": _text(record.get("eligibility_description")),
            "application_process_en": _text(record.get("application_process")),
            "is_free": bool(prices) and all(a == 0 for a in amounts),
            "funding": _text(
                "; ".join(_text(f.get("source")) for f in record.get("funding") or []), 300
            ),
            "imported_from": api_base(self.source)[:500]
            if re.match(r"^https?://", self.source)
            else "",
        }
        existed = Service.objects.filter(pk=pk).exists()
        service = self.tally.upsert(
            Service,
            {"id": pk},
            values,
            create_only={
                "organisation": self.organisation,
                "slug": _free_slug(name),
                "status": ModerationStatus.SUBMITTED,
            },
        )
        self._write_parts(service, record)
        return service, not existed

    def _write_parts(self, service, record):
        name = service.name_en
        venues = self._venues(service, record)
        schedules, venue_schedules = [], {sal.pk: [] for sal in venues.values()}
        for index, item in enumerate(record.get("schedules") or []):
            row = self._schedule(name, service, index, item)
            if row is None:
                continue
            sal = venues.get(item.get("service_at_location_id"))
            if sal:
                venue_schedules[sal.pk].append({**row, "service_at_location_id": sal.pk})
            else:
                schedules.append({**row, "service_id": service.pk})
        for location in record.get("service_at_locations") or []:
            sal = venues.get(location.get("id"))
            for index, item in enumerate(location.get("schedules") or []):
                row = self._schedule(name, service, f"{location.get('id')}:{index}", item)
                if sal and row:
                    venue_schedules[sal.pk].append({**row, "service_at_location_id": sal.pk})
        self.tally.sync_children(service.schedules, schedules)
        for sal in venues.values():
            self.tally.sync_children(sal.schedules, venue_schedules[sal.pk])
        self.tally.sync_children(
            service.cost_options,
            [
                {
                    "id": _import_id(service.pk, "cost", c.get("id") or index),
                    "service_id": service.pk,
                    "option_en": _text(c.get("option"), 200),
                    "amount": _amount(c.get("amount")),
                    "amount_description_en": _text(c.get("amount_description"), 200),
                    "valid_from": _date(c.get("valid_from")),
                    "valid_to": _date(c.get("valid_to")),
                }
                for index, c in enumerate(record.get("cost_options") or [])
            ],
        )
        self.tally.sync_children(
            service.contacts,
            [
                {
                    "id": _import_id(service.pk, "contact", c.get("id") or index),
                    "service_id": service.pk,
                    "name": _text(c.get("name"), 150),
                    "title": _text(c.get("title"), 150),
                    "email": _text(c.get("email")),
                    "phone": next((_phone(p.get("number")) for p in c.get("phones") or []), ""),
                }
                for index, c in enumerate(record.get("contacts") or [])
            ],
        )
        self.tally.set_m2m(service.languages, self._languages_of(name, record))
        self.tally.set_m2m(service.wards, self._wards_of(name, record))
        self.tally.set_m2m(service.categories, self._terms_of(name, record))

    def _schedule(self, name, service, key, item):
        freq = item.get("freq") or "WEEKLY"
        byday = [d.strip().upper() for d in _text(item.get("byday")).split(",") if d.strip()]
        problems = []
        if not byday or not all(re.match(BYDAY_RE, d) for d in byday):
            problems.append(f"days {item.get('byday')!r} are not calendar weekdays")
        elif freq == "WEEKLY" and any(len(d) > 2 for d in byday):
            problems.append("weekly times name weeks of the month")
        elif freq == "MONTHLY" and any(len(d) == 2 for d in byday):
            problems.append("monthly times do not say which week")
        if item.get("interval") not in (None, 1, "1"):
            problems.append("only every week or every month is supported")
        if problems:
            self.report.warnings.append((name, f"opening times left out: {'; '.join(problems)}"))
            return None
        if item.get("bymonthday"):
            self.report.warnings.append((name, "days of the month (bymonthday) were ignored"))
        opens, closes = _time(item.get("opens_at")), _time(item.get("closes_at"))
        if opens and closes and opens >= closes:
            closes = None
        start, end = _date(item.get("valid_from")), _date(item.get("valid_to"))
        if start and end and start > end:
            start = end = None
        return {
            "id": _import_id(service.pk, "schedule", item.get("id") or key),
            "freq": freq,
            "byday": byday,
            "opens_at": opens,
            "closes_at": closes,
            "valid_from": start,
            "valid_to": end,
            "description_en": _text(item.get("description") or item.get("notes"), 300),
        }

    def _venues(self, service, record):
        """{feed service_at_location id: our ServiceAtLocation} for venues we can place."""
        wanted = {}
        for item in record.get("service_at_locations") or []:
            location = self._location(service.name_en, item.get("location") or {})
            if location is not None:
                wanted[item.get("id")] = location
        rows = [
            {
                "id": _import_id(service.pk, "venue", location.pk),
                "service_id": service.pk,
                "location_id": location.pk,
            }
            for location in dict.fromkeys(wanted.values())
        ]
        saved = {
            sal.location_id: sal
            for sal in self.tally.sync_children(service.service_at_locations, rows)
        }
        return {feed_id: saved[location.pk] for feed_id, location in wanted.items()}

    def _location(self, service_name, data):
        if _is_uuid(data.get("id")):
            existing = Location.objects.filter(pk=data["id"]).first()
            if existing:
                return existing
        label = _text(data.get("name")) or "a venue"
        try:
            lat, lon = Decimal(str(data.get("latitude"))), Decimal(str(data.get("longitude")))
        except InvalidOperation:
            lat = lon = None
        (low_lat, high_lat), (low_lon, high_lon) = NEWHAM_BOX
        if lat is None or not (low_lat <= lat <= high_lat and low_lon <= lon <= high_lon):
            self.report.warnings.append(
                (service_name, f"venue {label!r} is not in Newham (or has no map position)")
            )
            return None
        address = next((a for a in data.get("addresses") or [] if isinstance(a, dict)), {})
        if not address.get("address_1") or not address.get("postal_code"):
            self.report.warnings.append((service_name, f"venue {label!r} has no address"))
            return None
        nearest = Location.objects.order_by(
            Power(F("latitude") - lat, 2) + Power(F("longitude") - lon, 2)
        ).first()
        if nearest is None:
            self.report.warnings.append((service_name, "no wards are set up yet"))
            return None
        location = Location(
            id=uuid.UUID(data["id"]) if _is_uuid(data.get("id")) else _import_id("venue", label),
            name_en=label[:200],
            slug=_free_slug(label, Location),
            kind=LocationKind.OTHER,
            description_en=_text(data.get("description")),
            address=_text(address["address_1"], 200),
            postcode=_text(address["postal_code"], 10).upper(),
            ward_id=nearest.ward_id,  # the nearest venue's ward: no boundary data here
            latitude=lat.quantize(Decimal("0.000001")),
            longitude=lon.quantize(Decimal("0.000001")),
        )
        location.full_clean()
        location.save()
        self.report.new_venues += 1
        return location

    def _languages_of(self, name, record):
        if self._languages is None:
            self._languages = {}
            for lang in SpokenLanguage.objects.all():
                self._languages[lang.code.lower()] = lang
                self._languages[lang.name_en.lower()] = lang
        found = []
        for item in record.get("languages") or []:
            key = _text(item.get("code") or item.get("name")).lower()
            if key in self._languages:
                found.append(self._languages[key])
            else:
                label = key or "a language with no code or name"
                self.report.warnings.append((name, f"{label} is not one of our languages"))
        return found

    def _wards_of(self, name, record):
        if self._wards is None:
            self._wards = {w.name.lower(): w for w in Ward.objects.all()}
        found = []
        for area in record.get("service_areas") or []:
            label = _text(area.get("name") or area.get("service_area"))
            if label.lower() in self._wards:
                found.append(self._wards[label.lower()])
            elif "newham" not in label.lower():
                self.report.warnings.append(
                    (name, f"service area {label[:60]!r} is not a Newham ward; left out")
                )
        return found

    def _terms_of(self, name, record):
        found = []
        for attribute in record.get("attributes") or []:
            data = attribute.get("taxonomy_term") or {}
            term = (
                TaxonomyTerm.objects.filter(pk=data.get("id")).first()
                if _is_uuid(data.get("id"))
                else None
            )
            if term is None and data.get("name"):
                term = self._new_term(name, data)
            if term is not None:
                found.append(term)
        return found

    def _new_term(self, name, data):
        vocabulary = slugify(_text(data.get("taxonomy")))[:60] or "imported"
        code = slugify(_text(data.get("code") or data.get("term") or data.get("name")))[:100]
        existing = TaxonomyTerm.objects.filter(taxonomy=vocabulary, code=code).first()
        if existing or vocabulary == NEWHAM_TAXONOMY:
            if existing is None:
                self.report.warnings.append((name, f"category {code!r} is not one of ours"))
            return existing
        term = TaxonomyTerm(
            id=uuid.UUID(data["id"]) if _is_uuid(data.get("id")) else _import_id("term", code),
            taxonomy=vocabulary,
            code=code,
            name_en=_text(data.get("name"), 150),
            description_en=_text(data.get("description")),
        )
        term.full_clean()
        term.save()
        self.report.new_terms += 1
        return term


def _is_uuid(value):
    try:
        uuid.UUID(str(value))
    except ValueError:
        return False
    return True


def _age(value):
    return (
        int(value)
        if isinstance(value, int | float) and value == int(value) and value >= 0
        else None
    )


def _amount(value):
    try:
        return Decimal(str(value)).quantize(Decimal("0.01")) if value is not None else None
    except InvalidOperation:
        return None


def _free_slug(name, model=Service):
    base = slugify(name)[:180] or "service"
    slug, n = base, 1
    while model.objects.filter(slug=slug).exists():
        n += 1
        slug = f"{base}-{n}"
    return slug


def import_feed(source, organisation, details=True):
    """Fetch, check and write a feed; returns the Report. Raises FeedError, writing nothing."""
    records = load_feed(source, details=details)
    return Importer(organisation, source).run(records)
