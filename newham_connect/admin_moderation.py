"""The back office's moderation: the actions that move a listing between states (each asking
first where it matters), "Save and send for review" on the form, and the preview of a listing
not public yet. A listing's admin uses `directory.held_changes.ModeratedAdminMixin`, which adds
holding partners' edits of published listings and the emails."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.contrib.admin.utils import unquote
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.cache import add_never_cache_headers
from django.utils.html import format_html
from django.utils.http import urlencode
from django.utils.translation import gettext_lazy as _

from .moderation import ModerationStatus
from .permissions import is_council

SEND_FOR_REVIEW = "_send_for_review"  # the change form's "Save and send for review" button
# The history's reason for a listing published without review, in English like the rest of
# the history's reasons (newham_connect.history).
TRUSTED_REASON = "Published at once: the organisation is trusted"
PUBLISHED_AT_ONCE = _("Published. Your organisation is trusted, so residents can see it now.")


class ModerationActionsMixin:
    """Partners cannot set the moderation state by hand: they submit for review; moderators
    publish, ask for changes or archive, with the admin actions. (A listing's admin uses
    `directory.held_changes.ModeratedAdminMixin`, which adds holding edits of published ones.)"""

    actions = ["submit_for_review", "publish", "request_changes", "archive", "restore"]

    def get_readonly_fields(self, request, obj=None):
        # The state only moves through the actions, so every change obeys the state machine.
        fields = [*super().get_readonly_fields(request, obj), "status", "status_changed_at"]
        if not is_council(request.user):
            fields.append("moderation_note")
        return fields

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        # "Save and send for review" on the form itself (it was only in the list's actions).
        context["can_send_for_review"] = (
            obj is None or obj.can_move_to(ModerationStatus.SUBMITTED)
        ) and (
            self.has_add_permission(request)
            if obj is None
            else self.has_change_permission(request, obj)
        )
        return super().render_change_form(request, context, add, change, form_url, obj)

    def save_model(self, request, obj, form, change):
        sending = SEND_FOR_REVIEW in request.POST and (obj.can_move_to(ModerationStatus.SUBMITTED))
        at_once = sending and self.publishes_at_once(request, obj)
        if sending:
            obj.move_to(ModerationStatus.SUBMITTED)
        if at_once:
            obj.move_to(ModerationStatus.PUBLISHED)
            obj._change_reason = TRUSTED_REASON
        super().save_model(request, obj, form, change)
        if at_once:
            self.moved(request, obj, ModerationStatus.PUBLISHED)
            self.message_user(request, PUBLISHED_AT_ONCE, messages.SUCCESS)
        elif sending:
            self.moved(request, obj, ModerationStatus.SUBMITTED)
            self.message_user(
                request,
                _("Sent for review. A moderator will check it before residents can see it."),
                messages.SUCCESS,
            )

    def publishes_at_once(self, request, obj):
        """Whether this person's "send for review" publishes without a moderator (a hook: the
        directory says yes for a trusted organisation's partners)."""
        return False

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not is_council(request.user):
            for name in ("publish", "request_changes", "archive", "restore"):
                actions.pop(name, None)
        # "Send for review" declares no permission: BackOfficeRulesMixin keeps it for editors.
        return actions

    def moved(self, request, obj, status):
        """After a listing changed state and was saved (a hook: the directory emails)."""

    def _move(self, request, queryset, status, done_message, note="", then=None):
        """Move the rows to `status` (and on to `then`: a trusted organisation's listing sent
        for review is published), saying how many moved and how many could not."""
        moved, refused = 0, 0
        with transaction.atomic():
            # Lock only the listing rows: PostgreSQL refuses FOR UPDATE on the nullable side of
            # an outer join that the changelist queryset may carry.
            for obj in queryset.select_for_update(of=("self",)):
                try:
                    obj.move_to(status, note=note)
                    if then is not None:
                        obj.move_to(then)
                        obj._change_reason = TRUSTED_REASON
                except ValidationError:
                    refused += 1
                    continue
                obj.save()
                self.moved(request, obj, then or status)
                moved += 1
        if moved:
            self.message_user(request, done_message % {"count": moved}, messages.SUCCESS)
        if refused:
            self.message_user(
                request,
                _("%(count)d could not be changed from their current state.") % {"count": refused},
                messages.WARNING,
            )

    @admin.action(description=_("Send the selected listings for review"))
    def submit_for_review(self, request, queryset):
        # Partners reach only their own rows (queryset is scoped) and need the editor role.
        if not is_council(request.user):
            queryset = queryset.filter(
                pk__in=[obj.pk for obj in queryset if self.has_change_permission(request, obj)]
            )
        trusted = [obj.pk for obj in queryset if self.publishes_at_once(request, obj)]
        self._move(
            request,
            queryset.exclude(pk__in=trusted),
            ModerationStatus.SUBMITTED,
            _("%(count)d sent for review."),
        )
        if trusted:
            self._move(
                request,
                queryset.filter(pk__in=trusted),
                ModerationStatus.SUBMITTED,
                _("%(count)d published at once: your organisation is trusted."),
                then=ModerationStatus.PUBLISHED,
            )

    @admin.action(description=_("Publish the selected listings"))
    def publish(self, request, queryset):
        self._move(request, queryset, ModerationStatus.PUBLISHED, _("%(count)d published."))

    @admin.action(description=_("Ask for changes to the selected listings"))
    def request_changes(self, request, queryset):
        # One step: the note to the organisation is asked for here, and emailed with it.
        note = request.POST.get("note", "").strip()
        if request.POST.get("post") != "yes" or not note:
            return self._confirm_page(
                request,
                queryset,
                "request_changes",
                _("Ask for changes"),
                missing_note=request.POST.get("post") == "yes",
                note=note,
            )
        self._move(
            request,
            queryset,
            ModerationStatus.CHANGES_REQUESTED,
            _("%(count)d sent back for changes."),
            note=note,
        )

    @admin.action(description=_("Archive the selected listings"))
    def archive(self, request, queryset):
        # Archiving takes a listing off the site, so the moderator first sees exactly which
        # listings, of which organisations, will go (a search once caught other
        # organisations' "auditions" with "audit"), and it can be undone.
        if request.POST.get("post") != "yes":
            return self._confirm_page(request, queryset, "archive", _("Archive these listings?"))
        self._move(request, queryset, ModerationStatus.ARCHIVED, _("%(count)d archived."))
        archived = (
            reverse(f"admin:{self.opts.app_label}_{self.opts.model_name}_changelist")
            + "?"
            + urlencode({"status__exact": ModerationStatus.ARCHIVED})
        )
        self.message_user(
            request,
            format_html(
                _(
                    'To undo it, open the <a href="{}">archived listings</a>, choose them and '
                    "use “Bring back the selected listings”."
                ),
                archived,
            ),
            messages.INFO,
        )

    def _confirm_page(self, request, queryset, action, title, **extra):
        """The page that asks before an action on listings: which ones, and whose."""
        # Whose each listing is, beside it ("pk": the rows are organisations themselves).
        path = getattr(self, "organisation_path", "pk")
        related = [] if path == "pk" else [path]
        rows = []
        for listing in queryset.select_related(*related):
            organisation = None
            if related:
                organisation = listing
                for name in path.split("__"):
                    organisation = getattr(organisation, name)
            rows.append((listing, organisation))
        return TemplateResponse(
            request,
            f"admin/newham_connect/confirm_{action}.html",
            {
                **self.admin_site.each_context(request),
                "title": title,
                "opts": self.opts,
                "rows": rows,
                "action": action,
                "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
                **extra,
            },
        )

    @admin.action(description=_("Bring back the selected listings"))
    def restore(self, request, queryset):
        self._move(request, queryset, ModerationStatus.PUBLISHED, _("%(count)d brought back."))


class PreviewAdminMixin:
    """ "Preview" of a listing not public yet: its public page as residents will see it
    (newham_connect/preview.py). `preview_view` is the public DetailView class; "View on site"
    of a record residents cannot see yet goes to the preview instead of a "not found"."""

    preview_view = None

    def get_urls(self):
        opts = self.opts
        return [
            path(
                "<path:object_id>/preview/",
                self.admin_site.admin_view(self.preview_page),
                name=f"{opts.app_label}_{opts.model_name}_preview",
            ),
            *super().get_urls(),
        ]

    def preview_page(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not self.has_view_permission(request, obj):
            raise Http404
        opts = self.opts
        back = reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])
        view = self.preview_view.as_view(preview_pk=obj.pk, preview_back_url=back)
        response = view(request, slug=obj.slug)
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex"
        return response

    def get_view_on_site_url(self, obj=None):
        if obj is not None and not type(obj).objects.public().filter(pk=obj.pk).exists():
            opts = self.opts
            return reverse(f"admin:{opts.app_label}_{opts.model_name}_preview", args=[obj.pk])
        return super().get_view_on_site_url(obj)
