"""People who offered to volunteer: moving them along the pipeline, and what a moderator
must do (record a reason) before seeing their details."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.db import transaction
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newham_connect.admin import PartnerScopedAdminMixin
from newham_connect.permissions import has_org_role, is_council, organisation_roles

from .. import pipeline
from ..forms import DataAccessReasonForm
from ..models import (
    INTEREST_TRANSITIONS,
    ApplicantDataAccess,
    HoursLog,
    Interest,
    InterestStatus,
)
from .common import ACCESS_WINDOW, ScopedOpportunityFilter, visible_name
from .export import InterestExportMixin
from .inlines import HostFeedbackInline, HoursInline


class InterestAdminForm(forms.ModelForm):
    """Move an interest along the pipeline; only the allowed next steps are offered."""

    move_to = forms.ChoiceField(label=_("move to"), required=False)

    class Meta:
        model = Interest
        fields = ["move_to", "training_done_on", "dbs_checked_on", "notes"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "move_to" in self.fields:
            current = InterestStatus(self.instance.status)
            self.fields["move_to"].choices = [
                ("", _("(stay at “%(status)s”)") % {"status": current.label})
            ] + [(s.value, s.label) for s in InterestStatus if s in INTEREST_TRANSITIONS[current]]

    def clean_move_to(self):
        value = self.cleaned_data.get("move_to")
        if value and not self.instance.can_move_to(value):
            raise forms.ValidationError(_("This step is not possible from the current status."))
        return value


class WaitingFilter(admin.SimpleListFilter):
    """The "nobody left waiting" view: who is still waiting, and for how long."""

    title = _("waiting for contact")
    parameter_name = "waiting"

    def lookups(self, request, model_admin):
        return [
            ("all", _("Not contacted yet")),
            ("reminded", _("Reminder sent (3 working days)")),
            ("escalated", _("Escalated to the council (7 working days)")),
        ]

    def queryset(self, request, queryset):
        value = self.value()
        if value == "all":
            return queryset.waiting()
        if value == "reminded":
            return queryset.waiting().filter(reminder_sent_at__isnull=False)
        if value == "escalated":
            return queryset.waiting().filter(escalated_at__isnull=False)
        return queryset


@admin.register(Interest)
class InterestAdmin(PartnerScopedAdminMixin, InterestExportMixin, admin.ModelAdmin):
    organisation_path = "opportunity__organisation"
    form = InterestAdminForm
    inlines = [HoursInline, HostFeedbackInline]
    list_filter = ["status", WaitingFilter, ScopedOpportunityFilter]
    list_select_related = ["opportunity__organisation"]
    date_hierarchy = "created"
    actions = [
        "mark_contacted",
        "mark_onboarding",
        "mark_active",
        "mark_finished",
        "mark_not_progressed",
        "export_selected",
    ]
    readonly_fields = [
        "reference",
        "opportunity",
        "name",
        "email",
        "phone",
        "message",
        "language",
        "has_account",
        "consent_given_at",
        "consent_version",
        "status",
        "status_changed_at",
        "created",
        "contacted_at",
        "onboarding_at",
        "active_at",
        "finished_at",
        "not_progressed_at",
        "first_contacted_at",
        "first_contact_working_days",
        "reminder_sent_at",
        "escalated_at",
        "anonymised_at",
    ]
    fieldsets = [
        (None, {"fields": ["reference", "opportunity"]}),
        (
            _("The person"),
            {"fields": ["name", "email", "phone", "message", "language", "has_account"]},
        ),
        (_("Consent"), {"fields": ["consent_given_at", "consent_version"]}),
        (
            _("Where it is"),
            {
                "fields": [
                    "status",
                    "move_to",
                    "status_changed_at",
                    "created",
                    "first_contacted_at",
                    "first_contact_working_days",
                    "contacted_at",
                    "onboarding_at",
                    "active_at",
                    "finished_at",
                    "not_progressed_at",
                    "reminder_sent_at",
                    "escalated_at",
                    "anonymised_at",
                ]
            },
        ),
        (_("Getting started"), {"fields": ["training_done_on", "dbs_checked_on"]}),
        (_("Notes"), {"fields": ["notes"]}),
    ]

    # --- who sees what ---

    def has_add_permission(self, request):
        return False  # interests come from residents

    def sees_personal_data(self, request, obj):
        """Members of the organisation always; moderators after recording a reason."""
        org_id = obj.opportunity.organisation_id
        if has_org_role(request.user, org_id, "viewer"):
            return True
        return (
            is_council(request.user)
            and ApplicantDataAccess.objects.filter(
                user=request.user, interest=obj, created__gte=timezone.now() - ACCESS_WINDOW
            ).exists()
        )

    def get_search_fields(self, request):
        # Searching by name would let a moderator find people without giving a reason.
        if organisation_roles(request.user) and not is_council(request.user):
            return ["name", "email", "phone", "opportunity__title"]
        return ["opportunity__title"]

    @admin.display(description=_("reference"))
    def reference(self, obj):
        return obj.reference

    def get_list_display(self, request):
        # The name column depends on who is looking; admin instances are shared between
        # requests, so the person is bound into the column function, not stored on self.
        @admin.display(description=_("name"))
        def applicant(obj):
            return visible_name(request, obj)

        return ["reference", applicant, "opportunity", "status", "created", "waiting_days"]

    def get_fieldsets(self, request, obj=None):
        fieldsets = super().get_fieldsets(request, obj)
        if self.has_change_permission(request, obj) and not (obj and obj.is_anonymised):
            return fieldsets
        # "move to" is a form field, not a column: nothing to show when it cannot be used.
        return [
            (name, {**options, "fields": [f for f in options["fields"] if f != "move_to"]})
            for name, options in fieldsets
        ]

    @admin.display(description=_("working days waiting"))
    def waiting_days(self, obj):
        if obj.first_contact_working_days is not None:
            return _("contacted after %(days)d") % {"days": obj.first_contact_working_days}
        if obj.status != InterestStatus.NEW or obj.is_anonymised:
            return "–"
        return obj.working_days_waiting()

    @admin.display(description=_("has an account"), boolean=True)
    def has_account(self, obj):
        return obj.user_id is not None

    def changelist_view(self, request, extra_context=None):
        can_export = bool(organisation_roles(request.user))
        return super().changelist_view(request, {**(extra_context or {}), "can_export": can_export})

    # --- moderators record a reason before seeing someone's details ---

    def change_view(self, request, object_id, form_url="", extra_context=None):
        obj = self.get_object(request, unquote(object_id))
        if obj is not None and not self.sees_personal_data(request, obj):
            return redirect("admin:volunteering_interest_reason", obj.pk)
        return super().change_view(request, object_id, form_url, extra_context)

    def reason_view(self, request, object_id):
        obj = self.get_object(request, unquote(object_id))
        if obj is None or not is_council(request.user):
            raise Http404
        form = DataAccessReasonForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            ApplicantDataAccess.objects.create(
                user=request.user,
                interest=obj,
                organisation_id=obj.opportunity.organisation_id,
                reason=form.cleaned_data["reason"],
            )
            return redirect("admin:volunteering_interest_change", obj.pk)
        context = {
            **self.admin_site.each_context(request),
            "title": _("Why do you need to see this?"),
            "form": form,
            "original": obj,
            "opts": self.model._meta,
            "window_minutes": int(ACCESS_WINDOW.total_seconds() // 60),
        }
        return TemplateResponse(request, "admin/volunteering/interest/reason.html", context)

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("export.csv", wrap(self.export_view), name="volunteering_interest_export"),
            path(
                "<path:object_id>/reason/",
                wrap(self.reason_view),
                name="volunteering_interest_reason",
            ),
            *super().get_urls(),
        ]

    # --- the pipeline ---

    def save_model(self, request, obj, form, change):
        new_status = form.cleaned_data.get("move_to")
        if new_status:
            obj.move_to(new_status)
        super().save_model(request, obj, form, change)
        if new_status == InterestStatus.FINISHED:
            transaction.on_commit(lambda: pipeline.notify_finished(obj))

    def save_formset(self, request, form, formset, change):
        if formset.model is not HoursLog:
            return super().save_formset(request, form, formset, change)
        entries = formset.save(commit=False)
        for entry_form in formset.forms:
            entry = entry_form.instance
            if entry_form not in formset.deleted_forms and entry_form.has_changed():
                if entry_form.cleaned_data.get("confirmed") and not entry.is_confirmed:
                    entry.confirm(request.user)
                elif not entry_form.cleaned_data.get("confirmed"):
                    entry.confirmed_by, entry.confirmed_at = None, None
                if entry.pk is None:
                    entry.logged_by = request.user
                if entry not in entries:
                    entries.append(entry)
        for entry in entries:
            entry.save()
        for entry in formset.deleted_objects:
            entry.delete()

    def _move(self, request, queryset, status, done):
        moved, refused = [], 0
        with transaction.atomic():
            for obj in queryset.select_for_update(of=("self",)):
                if not self.has_change_permission(request, obj) or not obj.can_move_to(status):
                    refused += 1
                    continue
                obj.move_to(status)
                obj.save()
                moved.append(obj)
        if status == InterestStatus.FINISHED:
            for obj in moved:
                pipeline.notify_finished(obj)
        if moved:
            self.message_user(request, done % {"count": len(moved)}, messages.SUCCESS)
        if refused:
            self.message_user(
                request,
                _("%(count)d could not be moved from where they are now.") % {"count": refused},
                messages.WARNING,
            )

    @admin.action(description=_("Mark as contacted"), permissions=["change"])
    def mark_contacted(self, request, queryset):
        self._move(request, queryset, InterestStatus.CONTACTED, _("%(count)d marked as contacted."))

    @admin.action(description=_("Move to getting started"), permissions=["change"])
    def mark_onboarding(self, request, queryset):
        self._move(
            request, queryset, InterestStatus.ONBOARDING, _("%(count)d moved to getting started.")
        )

    @admin.action(description=_("Mark as volunteering (active)"), permissions=["change"])
    def mark_active(self, request, queryset):
        self._move(request, queryset, InterestStatus.ACTIVE, _("%(count)d marked as volunteering."))

    @admin.action(description=_("Mark as finished"), permissions=["change"])
    def mark_finished(self, request, queryset):
        self._move(request, queryset, InterestStatus.FINISHED, _("%(count)d marked as finished."))

    @admin.action(description=_("Mark as not going ahead"), permissions=["change"])
    def mark_not_progressed(self, request, queryset):
        self._move(
            request,
            queryset,
            InterestStatus.NOT_PROGRESSED,
            _("%(count)d marked as not going ahead."),
        )
