"""Back office for the Volunteering Hub.

Partners see only their own organisation's opportunities, applicants, hours and bookings
(PartnerScopedAdminMixin); another organisation's record is "not found". Council moderators
see every row, but an applicant's personal data only after recording why (ApplicantDataAccess).
"""

import csv
import datetime
import uuid

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.utils import unquote
from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Count, OuterRef, Q, Subquery, Sum
from django.db.models.functions import Coalesce
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from directory.held_changes import ModeratedAdminMixin
from newham_connect.admin import PartnerScopedAdminMixin
from newham_connect.permissions import has_org_role, is_council, organisation_roles

from . import pipeline
from .forms import DataAccessReasonForm
from .models import (
    INTEREST_TRANSITIONS,
    ApplicantDataAccess,
    BeneficiaryFeedback,
    BookingStatus,
    EmployerTeam,
    HostFeedback,
    HoursLog,
    Interest,
    InterestStatus,
    Opportunity,
    TeamBooking,
    VolunteerFeedback,
)

# How long a moderator's recorded reason opens one applicant's details.
ACCESS_WINDOW = datetime.timedelta(hours=1)
HIDDEN = _("Hidden: open it and give a reason")


class ScopedOpportunityFilter(admin.SimpleListFilter):
    """Filter by opportunity, listing only opportunities the person may see."""

    title = _("opportunity")
    parameter_name = "opportunity"
    lookup = "opportunity"

    def lookups(self, request, model_admin):
        qs = Opportunity.objects.all()
        if not is_council(request.user):
            qs = qs.for_organisations(list(organisation_roles(request.user)))
        return [(str(pk), title) for pk, title in qs.values_list("pk", "title_en")[:200]]

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        try:
            return queryset.filter(**{f"{self.lookup}_id": uuid.UUID(value)})
        except ValueError:
            return queryset.none()


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


@admin.register(Opportunity)
class OpportunityAdmin(
    PartnerScopedAdminMixin, ModeratedAdminMixin, SimpleHistoryAdmin, TranslationAdmin
):
    partners_can_add = True
    list_display = ["title", "organisation", "status", "time_commitment", "closing_date", "waiting"]
    list_filter = ["status", "time_commitment", "is_mutual_aid", "suitable_for_employer_teams"]
    list_select_related = ["organisation"]
    search_fields = ["title", "organisation__name"]
    prepopulated_fields = {"slug": ["title_en"]}
    filter_horizontal = ["causes", "skills", "accessibility", "languages_welcome"]
    readonly_fields = ["beneficiary_feedback_link"]
    fieldsets = [
        (None, {"fields": ["organisation", "title", "slug", "description", "benefits"]}),
        (
            _("When"),
            {
                "fields": [
                    "time_commitment",
                    ("on_weekdays", "on_evenings", "on_weekends"),
                    "schedule",
                    ("start_date", "end_date"),
                    "closing_date",
                    "places_available",
                ]
            },
        ),
        (_("Where"), {"fields": ["location", "from_home"]}),
        (
            _("Who can do it"),
            {
                "fields": [
                    "minimum_age",
                    ("dbs_check_needed", "training_given", "expenses_paid"),
                    ("suitable_for_groups", "suitable_for_employer_teams", "is_mutual_aid"),
                    "languages_welcome",
                    "accessibility",
                    "accessibility_notes",
                ]
            },
        ),
        (_("Categories"), {"fields": ["causes", "skills"]}),
        (_("Feedback"), {"fields": ["beneficiary_feedback_link"]}),
        (_("Moderation"), {"fields": ["status", "status_changed_at", "moderation_note"]}),
    ]

    def get_queryset(self, request):
        # A subquery, not a join with GROUP BY: the moderation actions lock these rows, and
        # PostgreSQL refuses FOR UPDATE on a grouped query.
        waiting = (
            Interest.objects.filter(opportunity=OuterRef("pk"), status=InterestStatus.NEW)
            .order_by()
            .values("opportunity")
            .annotate(n=Count("pk"))
            .values("n")
        )
        return super().get_queryset(request).annotate(waiting_count=Coalesce(Subquery(waiting), 0))

    @admin.display(description=_("not contacted yet"), ordering="waiting_count")
    def waiting(self, obj):
        return obj.waiting_count

    @admin.display(description=_("link for the people your volunteers helped"))
    def beneficiary_feedback_link(self, obj):
        if obj is None or obj.pk is None:
            return _("Save first.")
        path_ = reverse("volunteering:beneficiary_feedback", args=[pipeline.beneficiary_token(obj)])
        return format_html(
            '<a href="{0}">{0}</a><br>{1}',
            path_,
            _("Share this link with the people your volunteers helped: did it meet their needs?"),
        )


class ParentScopedInlineMixin:
    """Inline rows follow the parent row's permissions (partners hold no Django model perms)."""

    def _parent(self):
        return self.admin_site.get_model_admin(self.parent_model)

    def has_view_permission(self, request, obj=None):
        return self._parent().has_view_permission(request, obj)

    def has_add_permission(self, request, obj=None):
        return obj is not None and self._parent().has_change_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._parent().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return obj is not None and self._parent().has_change_permission(request, obj)


class HoursInlineForm(forms.ModelForm):
    confirmed = forms.BooleanField(
        label=_("confirmed"),
        required=False,
        help_text=_("Tick when your organisation agrees these hours were given."),
    )

    class Meta:
        model = HoursLog
        fields = ["date", "hours", "description", "confirmed"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["confirmed"].initial = self.instance.is_confirmed


class HoursInline(ParentScopedInlineMixin, admin.TabularInline):
    model = HoursLog
    form = HoursInlineForm
    extra = 1
    fields = ["date", "hours", "description", "confirmed", "confirmed_by", "confirmed_at"]
    readonly_fields = ["confirmed_by", "confirmed_at"]
    verbose_name = _("hours")
    verbose_name_plural = _("hours given")

    def get_fields(self, request, obj=None):
        if self.has_change_permission(request, obj):
            return self.fields
        # Read only: the "confirmed" tick box is a form field, so show the fact instead.
        return ["date", "hours", "description", "confirmed_by", "confirmed_at"]


class HostFeedbackInline(ParentScopedInlineMixin, admin.StackedInline):
    model = HostFeedback
    max_num = 1
    extra = 0
    fields = ["needs_met", "rating", "comments"]
    verbose_name_plural = _("your organisation's feedback on this placement")


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


def _visible_name(request, interest):
    """The applicant's name for their organisation's members; otherwise only "hidden"."""
    if interest.is_anonymised:
        return _("(deleted)")
    if has_org_role(request.user, interest.opportunity.organisation_id, "viewer"):
        return interest.name
    return HIDDEN


def _cell(value):
    """A CSV cell a spreadsheet will not run as a formula."""
    text = "" if value is None else str(value)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


@admin.register(Interest)
class InterestAdmin(PartnerScopedAdminMixin, admin.ModelAdmin):
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
            return _visible_name(request, obj)

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

    @admin.action(description=_("Export the selected people as CSV"), permissions=["export"])
    def export_selected(self, request, queryset):
        return self._csv(queryset.for_organisations(list(organisation_roles(request.user))))

    def has_export_permission(self, request):
        # Bulk export is for the organisation's own use; moderators look one person at a time.
        return bool(organisation_roles(request.user))

    def export_view(self, request):
        """All of the partner's own volunteers, optionally one organisation or status."""
        roles = organisation_roles(request.user)
        if not roles:
            raise PermissionDenied
        queryset = Interest.objects.for_organisations(list(roles))
        organisation = request.GET.get("organisation")
        if organisation:
            try:
                organisation = uuid.UUID(organisation)
            except ValueError:
                raise Http404 from None
            if organisation not in roles:
                raise Http404  # another organisation's volunteers: not found, not forbidden
            queryset = queryset.filter(opportunity__organisation_id=organisation)
        status = request.GET.get("status")
        if status:
            if status not in InterestStatus.values:
                raise Http404
            queryset = queryset.filter(status=status)
        return self._csv(queryset)

    def _csv(self, queryset):
        queryset = (
            queryset.with_personal_data()
            .select_related("opportunity__organisation")
            .annotate(confirmed=_confirmed_hours())
            .order_by("opportunity__organisation__name", "created")
        )
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response["Content-Disposition"] = 'attachment; filename="volunteers.csv"'
        response.write("\ufeff")  # so Excel reads the names in every script correctly
        writer = csv.writer(response)
        writer.writerow(
            [
                "reference",
                "organisation",
                "opportunity",
                "name",
                "email",
                "phone",
                "language",
                "status",
                "sent",
                "first_contacted",
                "training_done_on",
                "dbs_checked_on",
                "confirmed_hours",
            ]
        )
        for i in queryset:
            writer.writerow(
                [
                    _cell(v)
                    for v in (
                        i.reference,
                        i.opportunity.organisation.name_en,
                        i.opportunity.title_en,
                        i.name,
                        i.email,
                        i.phone,
                        i.language,
                        i.status,
                        i.created.isoformat(),
                        i.first_contacted_at.isoformat() if i.first_contacted_at else "",
                        i.training_done_on,
                        i.dbs_checked_on,
                        i.confirmed or 0,
                    )
                ]
            )
        return response


def _confirmed_hours():
    return Sum("hours__hours", filter=Q(hours__confirmed_at__isnull=False))


class ConfirmedFilter(admin.SimpleListFilter):
    title = _("confirmed")
    parameter_name = "confirmed"

    def lookups(self, request, model_admin):
        return [("yes", _("Yes")), ("no", _("No"))]

    def queryset(self, request, queryset):
        if self.value() == "yes":
            return queryset.filter(confirmed_at__isnull=False)
        if self.value() == "no":
            return queryset.filter(confirmed_at__isnull=True)
        return queryset


@admin.register(HoursLog)
class HoursLogAdmin(PartnerScopedAdminMixin, admin.ModelAdmin):
    """Hours across all of an organisation's volunteers, to confirm in bulk."""

    organisation_path = "interest__opportunity__organisation"
    list_filter = [ConfirmedFilter]
    list_select_related = ["interest__opportunity"]
    actions = ["confirm"]
    fields = ["interest", "date", "hours", "description", "confirmed_by", "confirmed_at"]
    readonly_fields = ["interest", "confirmed_by", "confirmed_at"]

    def has_add_permission(self, request):
        return False  # hours are added on the volunteer's page, so the volunteer is certain

    def get_list_display(self, request):
        @admin.display(description=_("volunteer"))
        def volunteer(obj):
            return _visible_name(request, obj.interest)

        return ["date", volunteer, "opportunity", "hours", "is_confirmed"]

    @admin.display(description=_("opportunity"))
    def opportunity(self, obj):
        return obj.interest.opportunity

    @admin.display(description=_("confirmed"), boolean=True)
    def is_confirmed(self, obj):
        return obj.is_confirmed

    @admin.action(description=_("Confirm the selected hours"), permissions=["change"])
    def confirm(self, request, queryset):
        confirmed = 0
        with transaction.atomic():
            for entry in queryset.filter(confirmed_at__isnull=True).select_related(
                "interest__opportunity"
            ):
                if self.has_change_permission(request, entry):
                    entry.confirm(request.user)
                    entry.save(update_fields=["confirmed_by", "confirmed_at"])
                    confirmed += 1
        self.message_user(
            request, _("%(count)d confirmed.") % {"count": confirmed}, messages.SUCCESS
        )


@admin.register(TeamBooking)
class TeamBookingAdmin(PartnerScopedAdminMixin, admin.ModelAdmin):
    organisation_path = "opportunity__organisation"
    list_display = ["date", "team", "opportunity", "team_size", "status"]
    list_filter = ["status"]
    list_select_related = ["team", "opportunity"]
    fields = [
        "opportunity",
        "team",
        "contact",
        "date",
        "team_size",
        "message",
        "status",
    ]
    readonly_fields = ["opportunity", "team", "contact", "date", "team_size", "message"]

    def has_add_permission(self, request):
        return False  # teams book on the public site

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if "status" in form.changed_data and obj.status != BookingStatus.REQUESTED:
            transaction.on_commit(lambda: pipeline.notify_team_booking_decision(obj))

    @admin.display(description=_("contact"))
    def contact(self, obj):
        team = obj.team
        return format_html(
            "{}<br>{}<br>{}", team.contact_name, team.contact_email, team.contact_phone or "–"
        )


class CouncilReadOnlyAdmin(admin.ModelAdmin):
    """Records only the council looks at, and nobody edits."""

    def has_module_permission(self, request):
        return is_council(request.user)

    def has_view_permission(self, request, obj=None):
        return is_council(request.user)

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


@admin.register(EmployerTeam)
class EmployerTeamAdmin(CouncilReadOnlyAdmin):
    list_display = ["business_name", "staff_count", "created"]
    search_fields = ["business_name"]


@admin.register(VolunteerFeedback)
class VolunteerFeedbackAdmin(CouncilReadOnlyAdmin):
    list_display = ["created", "life_satisfaction", "worthwhile", "happiness", "anxiety"]
    exclude = ["interest"]


@admin.register(BeneficiaryFeedback)
class BeneficiaryFeedbackAdmin(PartnerScopedAdminMixin, admin.ModelAdmin):
    list_display = ["created", "opportunity", "needs_met", "rating"]
    list_filter = ["needs_met"]
    list_select_related = ["opportunity"]
    organisation_path = "opportunity__organisation"

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False


@admin.register(ApplicantDataAccess)
class ApplicantDataAccessAdmin(CouncilReadOnlyAdmin):
    list_display = ["created", "user", "organisation", "interest", "reason"]
    list_select_related = ["user", "organisation", "interest"]
    list_filter = ["organisation"]
