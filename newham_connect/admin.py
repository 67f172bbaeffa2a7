"""Admin mixins every app's back office uses, so scoping and moderation rules live once."""

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404, HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from . import held_changes
from .moderation import ModerationStatus
from .permissions import ROLE_RANK, is_council, organisation_roles


class PartnerScopedAdminMixin:
    """Partners see only rows of their own organisations; council staff see everything.

    `organisation_path` is the lookup from the model to its organisation's id
    ("pk" on Organisation itself, "organisation" on a listing). Another organisation's row is
    simply not in the queryset, so its change URL is a 404-style "doesn't exist" redirect.
    """

    organisation_path = "organisation"
    # Listings (services, activities, opportunities) may be added by partner editors, for their
    # own organisations only; organisations themselves are added by the council.
    partners_can_add = False

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if is_council(request.user):
            return qs
        return qs.filter(
            **{f"{self.organisation_path}__in": list(organisation_roles(request.user))}
        )

    def _organisation_id(self, obj):
        if self.organisation_path == "pk":
            return obj.pk
        # "service__organisation": follow the relations to the last one, then read its id
        # column, so the organisation row itself is never loaded.
        *through, last = self.organisation_path.split("__")
        for name in through:
            obj = getattr(obj, name)
        return getattr(obj, f"{last}_id")

    def _has_role(self, request, obj, minimum):
        if is_council(request.user):
            return True
        roles = organisation_roles(request.user)
        if obj is None:
            return any(ROLE_RANK[r] >= ROLE_RANK[minimum] for r in roles.values())
        role = roles.get(self._organisation_id(obj))
        return role is not None and ROLE_RANK[role] >= ROLE_RANK[minimum]

    def history_view(self, request, object_id, extra_context=None):
        # simple-history falls back to the history rows and answers 403 for someone else's
        # record, which tells the partner it exists. Out of scope is simply not found.
        try:
            visible = self.get_queryset(request).filter(pk=object_id).exists()
        except (ValueError, ValidationError):  # a malformed id in the address
            visible = False
        if not visible:
            raise Http404
        return super().history_view(request, object_id, extra_context)

    def has_module_permission(self, request):
        return request.user.is_active and (
            is_council(request.user) or bool(organisation_roles(request.user))
        )

    def has_view_permission(self, request, obj=None):
        return self._has_role(request, obj, "viewer")

    def has_change_permission(self, request, obj=None):
        return self._has_role(request, obj, "editor")

    def has_add_permission(self, request):
        if self.partners_can_add:
            return self._has_role(request, None, "editor")
        return is_council(request.user)

    def has_delete_permission(self, request, obj=None):
        return is_council(request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # A partner can only file a listing under an organisation they edit.
        if db_field.name == "organisation" and not is_council(request.user):
            from directory.models import Organisation

            editable = [
                org_id
                for org_id, role in organisation_roles(request.user).items()
                if ROLE_RANK[role] >= ROLE_RANK["editor"]
            ]
            kwargs["queryset"] = Organisation.objects.filter(pk__in=editable)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class HoldChangesToPublishedMixin:
    """A partner's edit of a published listing is held for a moderator as a PendingChange
    while the published version stays live; council staff's edits go live at once, and so do
    a partner's edits while the listing is not public yet (it is reviewed when submitted).

    `listing_of(obj)` is the listing whose state decides (the service, for a venue link).
    Inlines of `changes_not_held` (an organisation's members) are not listing content, so
    they are saved at once. See `newham_connect/held_changes.py`.
    """

    change_form_template = "admin/newham_connect/held_change_form.html"
    changes_not_held = ()

    def listing_of(self, obj):
        return obj

    @staticmethod
    def is_holding(request):
        return getattr(request, "nc_held", None) is not None

    def get_formsets_with_inlines(self, request, obj=None):
        for formset, inline in super().get_formsets_with_inlines(request, obj):
            # Replaying a held change rebuilds only the inlines that were held.
            if getattr(request, "nc_replaying", False) and inline.model in self.changes_not_held:
                continue
            yield formset, inline

    def save_model(self, request, obj, form, change):
        if change and not is_council(request.user):
            # The stored row, not the form's edited copy of it, says what is live.
            original = type(obj)._default_manager.get(pk=obj.pk)
            if self.listing_of(original).is_published:
                request.nc_held = original
                return
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        if not self.is_holding(request):
            return super().save_related(request, form, formsets, change)
        at_once = [fs for fs in formsets if fs.model in self.changes_not_held]
        for formset in at_once:
            self.save_formset(request, form, formset, change)
        held = [fs for fs in formsets if fs not in at_once]
        request.nc_held_change = None
        request.nc_saved_at_once = any(fs.has_changed() for fs in at_once)
        if form.has_changed() or any(fs.has_changed() for fs in held):
            request.nc_held_change = held_changes.hold(
                self, request, request.nc_held, form, held, [fs.prefix for fs in at_once]
            )

    def construct_change_message(self, request, form, formsets, add=False):
        if self.is_holding(request):
            return []  # the inlines saved nothing; the PendingChange has its own summary
        return super().construct_change_message(request, form, formsets, add)

    def log_change(self, request, obj, message):
        if self.is_holding(request):
            return None  # nothing changed yet: the PendingChange is the record
        return super().log_change(request, obj, message)

    def response_change(self, request, obj):
        if not self.is_holding(request) or (
            request.nc_held_change is None and request.nc_saved_at_once
        ):
            return super().response_change(request, obj)  # saved: the usual message
        if request.nc_held_change is not None:
            self.message_user(
                request,
                _(
                    "Your changes were sent to a moderator. Until they are published, the site "
                    "keeps showing the published version."
                ),
                messages.SUCCESS,
            )
        else:
            self.message_user(request, _("Nothing was changed."), messages.INFO)
        if "_continue" in request.POST:
            return HttpResponseRedirect(request.path)
        opts = self.opts
        return HttpResponseRedirect(reverse(f"admin:{opts.app_label}_{opts.model_name}_changelist"))

    def change_view(self, request, object_id, form_url="", extra_context=None):
        from directory.models import PendingChange

        latest = None
        if object_id:
            latest = (
                PendingChange.objects.for_listing(self.model, object_id)
                .exclude(state="replaced")
                .select_related("submitted_by")
                .first()
            )
        context = {**(extra_context or {}), "latest_change": latest}
        return super().change_view(request, object_id, form_url, context)

    def render_change_form(self, request, context, add=False, change=False, form_url="", obj=None):
        latest = context.get("latest_change")
        if (
            change
            and request.method == "GET"
            and latest is not None
            and latest.state == "waiting"
            and not is_council(request.user)
            and self.has_change_permission(request, obj)
        ):
            context = self._showing_proposal(request, context, latest, obj)
        return super().render_change_form(request, context, add, change, form_url, obj)

    def _showing_proposal(self, request, context, latest, obj):
        """Fill the partner's form with the change still waiting, so a second save refines it
        instead of silently starting again from the published version."""
        try:
            bound = held_changes.bind(self, request, latest)
        except held_changes.CannotPublish:
            return context  # e.g. its sender has left: the published version, and the banner
        bound.is_valid()  # so a proposal that no longer fits shows its errors
        fieldsets = self.get_fieldsets(request, obj)
        proposed = iter(self.get_inline_formsets(request, bound.formsets, bound.inlines, obj))
        inline_admin_formsets = [
            shown if shown.formset.model in self.changes_not_held else next(proposed)
            for shown in context["inline_admin_formsets"]
        ]
        return {
            **context,
            "adminform": helpers.AdminForm(
                bound.form,
                list(fieldsets),
                self.get_prepopulated_fields(request, obj),
                self.get_readonly_fields(request, obj),
                model_admin=self,
            ),
            "inline_admin_formsets": inline_admin_formsets,
            "errors": helpers.AdminErrorList(bound.form, bound.formsets),
            "showing_proposal": True,
        }


class ModeratedAdminMixin(HoldChangesToPublishedMixin):
    """Partners cannot set the moderation state by hand: they submit for review; moderators
    publish, ask for changes or archive, with the admin actions."""

    actions = ["submit_for_review", "publish", "request_changes", "archive"]

    def get_readonly_fields(self, request, obj=None):
        # The state only moves through the actions, so every change obeys the state machine.
        fields = [*super().get_readonly_fields(request, obj), "status", "status_changed_at"]
        if not is_council(request.user):
            fields.append("moderation_note")
        return fields

    def get_actions(self, request):
        actions = super().get_actions(request)
        if not is_council(request.user):
            for name in ("publish", "request_changes", "archive"):
                actions.pop(name, None)
            if not self.has_change_permission(request):
                actions.pop("submit_for_review", None)
        return actions

    def _move(self, request, queryset, status, done_message):
        moved, refused = 0, 0
        with transaction.atomic():
            # Lock only the listing rows: PostgreSQL refuses FOR UPDATE on the nullable side of
            # an outer join that the changelist queryset may carry.
            for obj in queryset.select_for_update(of=("self",)):
                try:
                    obj.move_to(status)
                except ValidationError:
                    refused += 1
                    continue
                obj.save()
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
        self._move(request, queryset, ModerationStatus.SUBMITTED, _("%(count)d sent for review."))

    @admin.action(description=_("Publish the selected listings"))
    def publish(self, request, queryset):
        self._move(request, queryset, ModerationStatus.PUBLISHED, _("%(count)d published."))

    @admin.action(description=_("Ask for changes to the selected listings"))
    def request_changes(self, request, queryset):
        self._move(
            request,
            queryset,
            ModerationStatus.CHANGES_REQUESTED,
            _("%(count)d sent back for changes."),
        )

    @admin.action(description=_("Archive the selected listings"))
    def archive(self, request, queryset):
        self._move(request, queryset, ModerationStatus.ARCHIVED, _("%(count)d archived."))
