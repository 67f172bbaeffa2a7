"""Team bookings, feedback and the record of who looked at whose details."""

from django.contrib import admin
from django.db import transaction
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from newham_connect.admin import PartnerScopedAdminMixin
from newham_connect.permissions import is_council

from .. import pipeline
from ..models import (
    ApplicantDataAccess,
    BeneficiaryFeedback,
    BookingStatus,
    EmployerTeam,
    TeamBooking,
    VolunteerFeedback,
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
    # Only organisations with a recorded access, not every organisation in the borough.
    list_filter = [("organisation", admin.RelatedOnlyFieldListFilter)]
