"""Back office for activities: partners add and edit their own organisation's activities."""

from django.contrib import admin
from django.db import models
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from directory.admin import CouncilOnlyAdmin
from directory.listing_admin import ListingAdmin
from newham_connect.permissions import ROLE_RANK, is_council, organisation_roles

from .forms import ScheduleForm
from .models import ActivitySeries, Campaign, Schedule
from .occurrences import regenerate
from .openactive import sync_series
from .views import ActivityDetailView


class ScheduleInline(admin.StackedInline):
    """Schedules belong to a series: whoever may edit the series may edit its schedules."""

    model = Schedule
    form = ScheduleForm
    extra = 0
    min_num = 1

    def _role(self, request, obj, minimum):
        if is_council(request.user):
            return True
        roles = organisation_roles(request.user)
        if obj is None:  # the add page: any organisation they edit
            return any(ROLE_RANK[r] >= ROLE_RANK[minimum] for r in roles.values())
        role = roles.get(obj.organisation_id)
        return role is not None and ROLE_RANK[role] >= ROLE_RANK[minimum]

    def has_view_permission(self, request, obj=None):
        return self._role(request, obj, "viewer")

    def has_add_permission(self, request, obj=None):
        return self._role(request, obj, "editor")

    def has_change_permission(self, request, obj=None):
        return self._role(request, obj, "editor")

    def has_delete_permission(self, request, obj=None):
        return self._role(request, obj, "editor")


@admin.register(ActivitySeries)
class ActivitySeriesAdmin(ListingAdmin):
    preview_view = ActivityDetailView
    ward_lookups = ("location__ward",)  # for the moderators' queue (directory/work_queue)
    list_display = ["name", "organisation", "kind", "location", "status", "last_modified"]
    list_filter = ["status", "kind", "is_free", "booking_required", "is_online", "campaigns"]
    list_select_related = ["organisation", "location"]
    search_fields = ["name", "organisation__name"]  # names, not descriptions
    prepopulated_fields = {"slug": ["name_en"]}
    autocomplete_fields = ["activity_types"]
    filter_horizontal = ["categories", "languages", "accessibility", "campaigns"]
    inlines = [ScheduleInline]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (None, {"fields": ["kind", "name", "slug", "organisation", "description"]}),
        (
            _("Where"),
            {"fields": ["location", "is_online", "online_url"]},
        ),
        (
            _("What kind of activity"),
            {"fields": ["activity_types", "categories", "campaigns"]},
        ),
        (
            _("Who it is for"),
            {
                "fields": [
                    "min_age",
                    "max_age",
                    "gender_restriction",
                    "good_for_meeting_people",
                    "languages",
                    "accessibility",
                ]
            },
        ),
        (
            _("Cost and joining"),
            {
                "fields": [
                    "is_free",
                    "price",
                    "price_note",
                    "booking_required",
                    "booking_url",
                    "how_to_join",
                    "what_to_bring",
                ]
            },
        ),
        (_("Contact"), {"fields": ["contact_name", "contact_email", "contact_phone"]}),
        (_("Moderation"), {"fields": ["status", "status_changed_at", "moderation_note"]}),
    ]

    def _move(self, request, queryset, status, done_message):
        # The moderation actions lock rows (SELECT … FOR UPDATE), which PostgreSQL refuses
        # across the outer join to the (optional) venue that the list selects.
        super()._move(request, queryset.select_related(None), status, done_message)

    def save_related(self, request, form, formsets, change):
        # Schedules and activity types are saved after the series itself: refresh the dated
        # sessions and the OpenActive state once everything is in.
        super().save_related(request, form, formsets, change)
        if self.is_holding(request):
            return  # held for a moderator: nothing changed yet
        regenerate([form.instance.pk])
        sync_series(form.instance)


@admin.register(Campaign)
class CampaignAdmin(CouncilOnlyAdmin, TranslationAdmin):
    list_display = ["name", "start_date", "end_date"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name_en"]}
