"""The moderators' queue page (`/admin/queue/`): everything waiting, oldest first, with
filters and counts, and publishing or sending back the selected rows in one step."""

import contextlib

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.paginator import Paginator
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from newham_connect.moderation import ModerationStatus
from newham_connect.permissions import is_council

from . import held_changes
from .models import Organisation, PendingChange, Ward
from .work_queue import KINDS, Filters, Queue, moderated_admins

PAGE_SIZE = 50


def urls(admin_site):
    """The queue's address in the back office (newham_connect.admin.BackOfficeSite)."""
    return [
        path(
            "queue/",
            admin_site.admin_view(lambda request: queue_view(request, admin_site)),
            name="moderation_queue",
        )
    ]


def queue_view(request, admin_site):
    if not is_council(request.user):
        raise PermissionDenied
    wards = dict(Ward.objects.order_by("name").values_list("slug", "name"))
    filters = Filters.from_query(request.GET, moderated_admins(admin_site), wards)
    queue = Queue(admin_site, filters)
    if request.method == "POST":
        _decide(request, admin_site, queue)
        return HttpResponseRedirect(request.get_full_path())
    counts = queue.counts()
    total = sum(n for kind, n in counts.items() if not filters.kind or kind == filters.kind)
    paginator = Paginator(range(total), PAGE_SIZE)
    page = paginator.get_page(request.GET.get("page"))
    organisation = (
        Organisation.objects.filter(pk=filters.organisation).values_list("name", flat=True).first()
        if filters.organisation
        else None
    )
    context = {
        **admin_site.each_context(request),
        "title": _("Waiting for you"),
        "items": queue.page(page.number, PAGE_SIZE),
        "page_obj": page,
        "counts": [(kind, label, counts[kind]) for kind, label in KINDS.items()],
        "total": total,
        "filters": filters,
        "types": queue.types,
        "wards": wards,
        "organisation_name": organisation,
        "query_without": _links_without(request.GET),
        "note": request.POST.get("note", ""),
    }
    return TemplateResponse(request, "admin/directory/moderation_queue.html", context)


def _links_without(query):
    """{parameter: this page's query string without it (and without the page number)}."""
    kept = {k: v for k, v in query.items() if k != "page" and v}
    return {
        name: urlencode({k: v for k, v in kept.items() if k != name})
        for name in ("kind", "type", "organisation", "ward", "page")
    }


def _decide(request, admin_site, queue):
    """Publish or send back the selected rows: listings through their admin's own moves (and
    emails), held changes through held_changes (their whole form replayed and checked)."""
    keys = request.POST.getlist("items")
    publishing = "_publish" in request.POST
    note = request.POST.get("note", "").strip()
    if not keys:
        messages.warning(request, _("Choose at least one row first."))
        return
    if not publishing and not note:
        messages.error(request, _("Say what needs changing, so the organisation can put it right."))
        return
    listings, changes = {}, []
    for key in keys:
        label, _sep, pk = key.rpartition(":")
        if label == "change":
            changes.append(pk)
        elif label in queue.admins:
            listings.setdefault(label, []).append(pk)
    for label, pks in listings.items():
        model, model_admin = queue.admins[label]
        rows = model_admin.get_queryset(request).filter(
            pk__in=pks, status=ModerationStatus.SUBMITTED
        )
        if publishing:
            model_admin._move(request, rows, ModerationStatus.PUBLISHED, _("%(count)d published."))
        else:
            model_admin._move(
                request,
                rows,
                ModerationStatus.CHANGES_REQUESTED,
                _("%(count)d sent back with your note."),
                note=note,
            )
    for change in PendingChange.objects.waiting().filter(pk__in=_valid_ids(changes)):
        listing_admin = held_changes.admin_for(admin_site, change)
        try:
            if publishing:
                held_changes.publish(listing_admin, request, change)
            else:
                held_changes.send_back(listing_admin, request, change, note)
        except held_changes.CannotPublish as refused:
            messages.error(request, f"{change.title}: {refused}")
            continue
        done = (
            _("The changes to “%(listing)s” are published.")
            if publishing
            else _("The changes to “%(listing)s” were sent back.")
        )
        messages.success(request, done % {"listing": change.title})


def _valid_ids(values):
    """The values that are ids at all (a tampered one is simply not a row)."""
    field = PendingChange._meta.pk
    valid = []
    for value in values:
        with contextlib.suppress(ValidationError):
            valid.append(field.to_python(value))
    return valid
