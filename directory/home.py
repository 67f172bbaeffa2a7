"""The back office's home page, per role (newham_connect.admin.BackOfficeSite.index).

A partner sees their organisations' listings by state, what needs them (changes asked for,
with the moderator's note; listings not checked for 6 months; problem reports; and what other
apps add through `back_office_needs` on their AppConfig: activities with no dates coming,
volunteers waiting) and a button for each common task. A moderator sees the queue's counts
and its oldest rows. Django's list of tables stays below, folded away.
"""

import dataclasses

from django.db.models import Count
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from newham_connect.contributions import contributions
from newham_connect.moderation import ModerationStatus
from newham_connect.permissions import is_council, organisation_roles

from .models import REMIND_AFTER, ListingReport, Organisation
from .work_queue import KINDS, Filters, Queue, moderated_admins

SHOWN = 5  # rows of each "needs you" list; the rest are one link away


@dataclasses.dataclass
class Need:
    """Something a partner should do: a heading, the first rows, and how many in all."""

    heading: str
    rows: list  # [(title, url, detail)]
    count: int
    more_url: str = ""


def home_panel(request, admin_site):
    if is_council(request.user):
        return moderator_panel(request, admin_site)
    if organisation_roles(request.user):
        return partner_panel(request, admin_site)
    return None


def moderator_panel(request, admin_site):
    queue = Queue(admin_site, Filters())
    counts = queue.counts()
    return {
        "template": "admin/directory/home_moderator.html",
        "counts": [(kind, KINDS[kind], n) for kind, n in counts.items()],
        "total": sum(counts.values()),
        "oldest": queue.page(1, SHOWN),
        "queue_url": reverse(f"{admin_site.name}:moderation_queue"),
    }


def _admin_url(model, page, *args):
    opts = model._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_{page}", args=args)


def _changelist(model, **query):
    url = _admin_url(model, "changelist")
    return f"{url}?{urlencode(query)}" if query else url


def _change(model, pk):
    return _admin_url(model, "change", pk)


def listings_by_state(request, admin_site):
    """Rows of (listing type, its counts by state, its links) for the partner's own rows."""
    rows = []
    for _label, (model, model_admin) in moderated_admins(admin_site).items():
        if not model_admin.has_view_permission(request):
            continue
        counts = dict(
            model_admin.get_queryset(request)
            .order_by()
            .values_list("status")
            .annotate(n=Count("pk"))
            .values_list("status", "n")
        )
        rows.append(
            {
                "name": model._meta.verbose_name_plural,
                "url": _changelist(model),
                "add_url": _admin_url(model, "add")
                if model_admin.has_add_permission(request) and model is not Organisation
                else "",
                "add_label": model._meta.verbose_name,
                "states": [
                    (label, counts.get(value, 0), _changelist(model, status__exact=value))
                    for value, label in ModerationStatus.choices
                ],
            }
        )
    return rows


def _changes_requested(request, admin_site):
    rows, count = [], 0
    for _label, (model, model_admin) in moderated_admins(admin_site).items():
        asked = model_admin.get_queryset(request).filter(status=ModerationStatus.CHANGES_REQUESTED)
        found = list(asked.order_by("status_changed_at")[: SHOWN + 1])
        count += len(found)
        rows += [(str(obj), _change(model, obj.pk), obj.moderation_note) for obj in found]
    return Need(_("Changes asked for by a moderator"), rows[:SHOWN], count)


def _not_checked(request, admin_site):
    day = timezone.localdate() - REMIND_AFTER
    rows, count, more = [], 0, ""
    for _label, (model, model_admin) in moderated_admins(admin_site).items():
        if not hasattr(model, "check_flagged_on"):
            continue
        due = (
            model_admin.get_queryset(request)
            .filter(status=ModerationStatus.PUBLISHED)
            .not_checked_since(day)
        )
        found = list(due.order_by("last_checked")[: SHOWN + 1])
        if found and not more:
            more = _changelist(model, status__exact=ModerationStatus.PUBLISHED, checked="due")
        count += len(found)
        detail = _("Last checked %(day)s")
        rows += [
            (
                str(obj),
                _change(model, obj.pk),
                detail % {"day": date_format(obj.details_checked_on)},
            )
            for obj in found
        ]
    return Need(_("Not checked for 6 months"), rows[:SHOWN], count, more)


def _reports(organisation_ids):
    reports = ListingReport.objects.open().filter(service__organisation__in=organisation_ids)
    found = list(reports.select_related("service").order_by("created")[: SHOWN + 1])
    rows = [
        (str(report.service), _change(ListingReport, report.pk), report.get_reason_display())
        for report in found
    ]
    return Need(
        _("Problems reported by residents"),
        rows[:SHOWN],
        len(found),
        _changelist(ListingReport, resolved__exact=0),
    )


def partner_panel(request, admin_site):
    organisation_ids = list(organisation_roles(request.user))
    needs = [
        _changes_requested(request, admin_site),
        _not_checked(request, admin_site),
        _reports(organisation_ids),
        *(need(request, organisation_ids) for need in contributions("back_office_needs")),
    ]
    return {
        "template": "admin/directory/home_partner.html",
        "organisations": Organisation.objects.filter(pk__in=organisation_ids).order_by("name"),
        "by_state": listings_by_state(request, admin_site),
        "needs": [need for need in needs if need and need.count],
        "shown": SHOWN,
    }
