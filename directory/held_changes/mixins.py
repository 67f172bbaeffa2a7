"""The admin side of held changes: the mixins a listing's ModelAdmin uses."""

from django.contrib import messages
from django.contrib.admin import helpers
from django.http import HttpResponseRedirect
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from newham_connect.admin_moderation import TRUSTED_REASON, ModerationActionsMixin
from newham_connect.permissions import is_council

from .. import decision_mail
from ..models import Organisation, PendingChange
from . import publishing, state


def trusted(organisation_id):
    return Organisation.objects.filter(pk=organisation_id, trusted=True).exists()


class HoldChangesToPublishedMixin:
    """A partner's edit of a published listing is held for a moderator as a PendingChange
    while the published version stays live; council staff's edits go live at once, and so do
    a partner's edits while the listing is not public yet (it is reviewed when submitted).

    `listing_of(obj)` is the listing whose state decides (the service, for a venue link).
    Inlines of `changes_not_held` (an organisation's members) are not listing content, so
    they are saved at once. See `directory/held_changes/publishing.py`.
    """

    change_form_template = "admin/newham_connect/held_change_form.html"
    changes_not_held = ()

    def listing_of(self, obj):
        return obj

    def publishes_at_once(self, request, obj):
        # A trusted organisation's partners publish without a moderator (still in history).
        return not is_council(request.user) and trusted(self._organisation_id(obj))

    @staticmethod
    def is_holding(request):
        return state.held_save(request) is not None

    def get_formsets_with_inlines(self, request, obj=None):
        for formset, inline in super().get_formsets_with_inlines(request, obj):
            # Replaying a held change rebuilds only the inlines that were held.
            if state.is_replay(request) and inline.model in self.changes_not_held:
                continue
            yield formset, inline

    def save_model(self, request, obj, form, change):
        if change and not is_council(request.user):
            # The stored row, not the form's edited copy of it, says what is live.
            original = type(obj)._default_manager.get(pk=obj.pk)
            if self.listing_of(original).is_published:
                if self.publishes_at_once(request, original):
                    obj._change_reason = TRUSTED_REASON
                else:
                    state.start_holding(request, original)
                    return
        super().save_model(request, obj, form, change)

    def save_related(self, request, form, formsets, change):
        saving = state.held_save(request)
        if saving is None:
            return super().save_related(request, form, formsets, change)
        at_once = [fs for fs in formsets if fs.model in self.changes_not_held]
        for formset in at_once:
            self.save_formset(request, form, formset, change)
        held = [fs for fs in formsets if fs not in at_once]
        saving.saved_at_once = any(fs.has_changed() for fs in at_once)
        if form.has_changed() or any(fs.has_changed() for fs in held):
            saving.change = publishing.hold(
                self, request, saving.original, form, held, [fs.prefix for fs in at_once]
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
        saving = state.held_save(request)
        if saving is None or (saving.change is None and saving.saved_at_once):
            return super().response_change(request, obj)  # saved: the usual message
        if saving.change is not None:
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
            bound = publishing.bind(self, request, latest)
        except publishing.CannotPublish:
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


class ModeratedAdminMixin(ModerationActionsMixin, HoldChangesToPublishedMixin):
    """A moderated listing's admin: the moderation actions, and partners' edits of its
    published version held for a moderator. Every move is emailed (directory/decision_mail):
    a listing sent for review to the moderators, a decision to the organisation."""

    def moved(self, request, obj, status):
        super().moved(request, obj, status)
        decision_mail.listing_moved(obj, status, self._organisation_id(obj))

    # ModerationActionsMixin's hook says no; the directory's answer is the held changes' one.
    publishes_at_once = HoldChangesToPublishedMixin.publishes_at_once

    def get_readonly_fields(self, request, obj=None):
        # Only the council decides who is trusted.
        fields = list(super().get_readonly_fields(request, obj))
        if not is_council(request.user) and hasattr(self.model, "trusted"):
            fields.append("trusted")
        return fields
