"""Keeping listings' details checked: the daily reminders and the back office's one click.

`send_stale_reminders` (manage.py stale_listings_reminders, daily) covers every published
listing kind (every model that is a `CheckedListing`: services, activities, volunteering
opportunities). An organisation gets one email listing what it has not checked for 6 months,
again every 30 days while that lasts; the moderators get one email listing what has gone 12
months. A row is marked in the same transaction its email is queued in, so a run that fails
sends it again next time, and two runs at once cannot both send (rows are locked).
"""

from collections import defaultdict

from django.apps import apps
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.db import transaction
from django.db.models import Q
from django.http import Http404, HttpResponseRedirect
from django.urls import path, reverse
from django.utils import formats, timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from newham_connect.mail import send_templated, site_url
from newham_connect.moderation import ModerationStatus

from .models import FLAG_AFTER, REMIND_AFTER, REMIND_AGAIN_AFTER, CheckedListing
from .recipients import moderator_recipients, organisation_recipients


def checked_models():
    return [m for m in apps.get_models() if issubclass(m, CheckedListing)]


def change_link(listing):
    opts = listing._meta
    return site_url() + reverse(
        f"admin:{opts.app_label}_{opts.model_name}_change", args=[listing.pk]
    )


def _due(model, checked_by, marker, again_after=None):
    """Published rows of `model` not checked since `checked_by`, not yet marked (or marked
    before `again_after`), locked for this run."""
    unmarked = Q(**{f"{marker}__isnull": True})
    if again_after is not None:
        unmarked |= Q(**{f"{marker}__lte": again_after})
    return (
        model.objects.filter(status=ModerationStatus.PUBLISHED)
        .not_checked_since(checked_by)
        .filter(unmarked)
        .select_related("organisation")
        .select_for_update(skip_locked=True, of=("self",))
        .order_by("last_checked")
    )


def _mark(rows, marker, today):
    by_model = defaultdict(list)
    for row in rows:
        by_model[type(row)].append(row.pk)
    for model, pks in by_model.items():
        # An update, not save(): no history row and no "last changed" for a reminder.
        model.objects.filter(pk__in=pks).update(**{marker: today})


def _rows(listings):
    return [
        {
            "listing": listing,
            "kind": listing._meta.verbose_name,
            "checked": listing.details_checked_on,
            "link": change_link(listing),
        }
        for listing in listings
    ]


def send_stale_reminders(today=None, stdout=None):
    today = today or timezone.localdate()
    counts = {"organisations_reminded": 0, "listings_reminded": 0, "listings_flagged": 0}
    with transaction.atomic():
        due = [
            row
            for model in checked_models()
            for row in _due(
                model, today - REMIND_AFTER, "check_reminder_sent_on", today - REMIND_AGAIN_AFTER
            )
        ]
        by_organisation = defaultdict(list)
        for row in due:
            by_organisation[row.organisation].append(row)
        for organisation, listings in sorted(by_organisation.items(), key=lambda i: i[0].name):
            context = {"organisation": organisation, "rows": _rows(listings), "months": 6}
            send_templated(
                "directory/email/check_details", organisation_recipients(organisation), context
            )
            counts["organisations_reminded"] += 1
            counts["listings_reminded"] += len(listings)
        _mark(due, "check_reminder_sent_on", today)

    with transaction.atomic():
        flagged = [
            row
            for model in checked_models()
            for row in _due(model, today - FLAG_AFTER, "check_flagged_on")
        ]
        if flagged:
            context = {"rows": _rows(flagged), "months": 12}
            send_templated("directory/email/not_checked", moderator_recipients(), context)
            _mark(flagged, "check_flagged_on", today)
            counts["listings_flagged"] = len(flagged)
    if stdout is not None:
        stdout.write(", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in counts.items()))
    return counts


class DetailsCheckedFilter(admin.SimpleListFilter):
    title = _("details checked")
    parameter_name = "checked"

    def lookups(self, request, model_admin):
        return [
            ("recent", _("In the last 6 months")),
            ("due", _("6 to 12 months ago")),
            ("overdue", _("More than 12 months ago")),
        ]

    def queryset(self, request, queryset):
        today = timezone.localdate()
        if self.value() == "recent":
            return queryset.checked_since(today - REMIND_AFTER)
        if self.value() == "due":
            return queryset.not_checked_since(today - REMIND_AFTER).checked_since(
                today - FLAG_AFTER
            )
        if self.value() == "overdue":
            return queryset.not_checked_since(today - FLAG_AFTER)
        return queryset


class StillCorrectAdminMixin:
    """ "These details are still correct": a button on the listing's page, an action for many,
    a filter by when details were checked. Editors of the listing's organisation may confirm;
    confirming is not held for review (it changes no detail residents read but the date)."""

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self.has_change_permission(request):
            action = type(self).mark_still_correct
            actions["mark_still_correct"] = (action, "mark_still_correct", action.short_description)
        return actions

    def get_list_filter(self, request):
        return [*super().get_list_filter(request), DetailsCheckedFilter]

    def get_urls(self):
        opts = self.opts
        return [
            path(
                "<path:object_id>/still-correct/",
                self.admin_site.admin_view(require_POST(self.still_correct_view)),
                name=f"{opts.app_label}_{opts.model_name}_still_correct",
            ),
            *super().get_urls(),
        ]

    def _confirm(self, request, listings):
        today = timezone.localdate()
        for listing in listings:
            listing.mark_still_correct(today)
        self.message_user(
            request,
            _("Thank you. Details marked as checked on %(date)s.")
            % {"date": formats.date_format(today)},
            messages.SUCCESS,
        )

    def still_correct_view(self, request, object_id):
        listing = self.get_object(request, unquote(object_id))
        if listing is None or not self.has_change_permission(request, listing):
            raise Http404
        self._confirm(request, [listing])
        opts = self.opts
        return HttpResponseRedirect(
            reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[listing.pk])
        )

    @admin.action(description=_("Mark the selected listings as still correct"))
    def mark_still_correct(self, request, queryset):
        self._confirm(
            request, [obj for obj in queryset if self.has_change_permission(request, obj)]
        )

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        if obj is not None and self.has_change_permission(request, obj):
            opts = self.opts
            context["still_correct_url"] = reverse(
                f"admin:{opts.app_label}_{opts.model_name}_still_correct", args=[obj.pk]
            )
            context["details_checked_on"] = obj.details_checked_on
        return super().render_change_form(request, context, add, change, form_url, obj)
