"""Admin mixins every app's back office uses, so scoping and moderation rules live once."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.http import Http404
from django.utils.translation import gettext_lazy as _

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


class ModeratedAdminMixin:
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
