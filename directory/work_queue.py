"""Everything waiting for a council moderator, as one queue, oldest first.

Moderators used to look in five lists (four kinds of listing waiting for review, and the held
changes). The queue gathers, from every moderated listing the back office registers (services,
activities, opportunities, organisations: found through the admin site, so this module names
no other app):

- new: sent for review for the first time;
- resubmitted: sent back with a note, and sent again;
- changes: a partner's edit of a published listing, held (directory.held_changes);
- reports: residents' problem reports not dealt with yet;
- stale: published listings not checked for 12 months (flagged by the daily reminders).

Each source is one count and one page of rows, so the page runs the same number of queries
however long the queue is.
"""

import dataclasses
import datetime

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.db.models import CharField, Count, Q
from django.db.models.functions import Cast
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newham_connect.moderation import ModeratedModel, ModerationStatus

from .held_changes import summary_text
from .models import ListingReport, Organisation, PendingChange

KINDS = {
    "new": _("New"),
    "resubmitted": _("Sent again after changes"),
    "changes": _("Changes to a published listing"),
    "reports": _("Problem reports"),
    "stale": _("Not checked for 12 months"),
}
# The queue's actions (publish, ask for changes) apply to these kinds of row.
DECIDABLE = ("new", "resubmitted", "changes")


@dataclasses.dataclass(frozen=True)
class Filters:
    kind: str = ""
    listing_type: str = ""  # a model label, "activities.activityseries"
    organisation: str = ""  # an organisation's id
    ward: str = ""  # a ward's slug

    @classmethod
    def from_query(cls, query, types, wards):
        """The filters a GET asks for; a value that is not a choice is ignored (shown as
        "all"), so an old or edited link still gives a page."""
        kind = query.get("kind", "")
        listing_type = query.get("type", "")
        organisation = query.get("organisation", "")
        ward = query.get("ward", "")
        try:
            Organisation._meta.pk.to_python(organisation)
        except ValidationError:  # a malformed id means "no filter"
            organisation = ""
        return cls(
            kind=kind if kind in KINDS else "",
            listing_type=listing_type if listing_type in types else "",
            organisation=organisation,
            ward=ward if ward in wards else "",
        )


@dataclasses.dataclass(frozen=True)
class Item:
    kind: str
    key: str  # "<model label>:<pk>", what the queue's actions name
    type_name: str
    title: str
    organisation: str
    organisation_id: str
    since: datetime.datetime
    url: str
    detail: str = ""

    @property
    def kind_label(self):
        return KINDS[self.kind]

    @property
    def decidable(self):
        return self.kind in DECIDABLE


def moderated_admins(admin_site):
    """{model label: (model, its ModelAdmin)} for every moderated model the site registers."""
    found = {}
    for model in apps.get_models():
        if issubclass(model, ModeratedModel) and admin_site.is_registered(model):
            found[model._meta.label_lower] = (model, admin_site.get_model_admin(model))
    return found


def _change_url(model, pk):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[pk])


def _as_moment(day):
    """Dates (a check date) sort with times (a submission) at the start of that day."""
    if isinstance(day, datetime.datetime):
        return day
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))


def _org_path(model):
    return "pk" if model is Organisation else "organisation"


def _ward_q(model_admin, ward, via=""):
    """Listings with a venue in (or, for organisations, serving) `ward`: each listing's admin
    says where its wards are (`ward_lookups`)."""
    prefix = f"{via}__" if via else ""
    rule = Q(pk__in=[])
    for lookup in getattr(model_admin, "ward_lookups", ()):
        rule |= Q(**{f"{prefix}{lookup}__slug": ward})
    return rule


class Queue:
    """The queue for `filters`; `page(n, size)` gives its rows, `counts` how many of each
    kind there are (with the filters other than the kind)."""

    def __init__(self, admin_site, filters):
        self.filters = filters
        self.admins = moderated_admins(admin_site)

    @property
    def types(self):
        return {label: model._meta.verbose_name_plural for label, (model, _) in self.admins.items()}

    def _listings(self, model, model_admin, **status):
        f = self.filters
        rows = model._default_manager.filter(**status)
        if f.organisation:
            rows = rows.filter(**{_org_path(model): f.organisation})
        if f.ward:
            in_ward = model._default_manager.filter(_ward_q(model_admin, f.ward)).values("pk")
            rows = rows.filter(pk__in=in_ward)
        return rows

    def _sources(self):
        """(kind, queryset, order, to_item) for every source the filters leave in."""
        f = self.filters
        chosen = self.admins
        if f.listing_type:
            chosen = {f.listing_type: self.admins[f.listing_type]}
        for model, model_admin in chosen.values():
            submitted = self._listings(model, model_admin, status=ModerationStatus.SUBMITTED)
            yield "new", submitted.filter(moderation_note=""), "status_changed_at", model
            yield "resubmitted", submitted.exclude(moderation_note=""), "status_changed_at", model
            if hasattr(model, "check_flagged_on"):
                stale = self._listings(
                    model, model_admin, status=ModerationStatus.PUBLISHED
                ).filter(check_flagged_on__isnull=False)
                yield "stale", stale, "check_flagged_on", model
        yield "changes", self._held(chosen), "submitted_at", PendingChange
        if not f.listing_type or f.listing_type == "directory.service":
            yield "reports", self._reports(), "created", ListingReport

    def _held(self, chosen):
        f = self.filters
        held = PendingChange.objects.waiting()
        if f.listing_type:  # otherwise every kind, venue links' changes included
            held = held.filter(
                content_type__in=[
                    ContentType.objects.get_for_model(model) for model, _a in chosen.values()
                ]
            )
        if f.organisation:
            held = held.filter(organisation=f.organisation)
        if f.ward:
            in_ward = Q(pk__in=[])
            for model, model_admin in chosen.values():
                # (modeltranslation's values() with only an expression selects every field)
                ids = (
                    model._default_manager.filter(_ward_q(model_admin, f.ward))
                    .annotate(as_text=Cast("pk", CharField()))
                    .values("as_text")
                )
                kind = ContentType.objects.get_for_model(model)
                in_ward |= Q(content_type=kind, object_id__in=ids)
            held = held.filter(in_ward)
        return held.select_related("organisation", "content_type")

    def _reports(self):
        f = self.filters
        reports = ListingReport.objects.open().select_related("service__organisation")
        if f.organisation:
            reports = reports.filter(service__organisation=f.organisation)
        if f.ward:
            service_admin = self.admins.get("directory.service", (None, None))[1]
            reports = reports.filter(_ward_q(service_admin, f.ward, via="service"))
        return reports

    def counts(self):
        """{kind: count} over the filters other than the kind; one query a source."""
        totals = dict.fromkeys(KINDS, 0)
        for kind, rows, _order, _model in self._sources():
            totals[kind] += rows.aggregate(n=Count("pk"))["n"]
        return totals

    def page(self, number, size):
        """Rows `number` (from 1) of the queue, `size` a page, oldest first: each source gives
        its oldest rows up to the end of that page, and the merged list is cut to the page."""
        wanted = number * size
        items = []
        for kind, rows, order, model in self._sources():
            if self.filters.kind and kind != self.filters.kind:
                continue
            if model not in (PendingChange, ListingReport) and model is not Organisation:
                rows = rows.select_related("organisation")
            for row in rows.order_by(order, "pk")[:wanted]:
                items.append(self._item(kind, model, row))
        items.sort(key=lambda item: (item.since, item.title))
        return items[wanted - size : wanted]

    def _item(self, kind, model, row):
        if model is PendingChange:
            listing_model = row.content_type.model_class()
            return Item(
                kind=kind,
                key=f"change:{row.pk}",
                type_name=listing_model._meta.verbose_name,
                title=row.title,
                organisation=row.organisation.name,
                organisation_id=str(row.organisation_id),
                since=row.submitted_at,
                url=_change_url(PendingChange, row.pk),
                detail=summary_text(row),
            )
        if model is ListingReport:
            return Item(
                kind=kind,
                key=f"report:{row.pk}",
                type_name=ListingReport._meta.verbose_name,
                title=str(row.service),
                organisation=row.service.organisation.name,
                organisation_id=str(row.service.organisation_id),
                since=row.created,
                url=_change_url(ListingReport, row.pk),
                detail=row.get_reason_display(),
            )
        organisation = row if model is Organisation else row.organisation
        since = row.check_flagged_on if kind == "stale" else row.status_changed_at
        return Item(
            kind=kind,
            key=f"{model._meta.label_lower}:{row.pk}",
            type_name=model._meta.verbose_name,
            title=str(row),
            organisation=organisation.name,
            organisation_id=str(organisation.pk),
            since=_as_moment(since),
            url=_change_url(model, row.pk),
            detail=row.moderation_note if kind == "resubmitted" else "",
        )
