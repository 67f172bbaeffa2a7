"""Opportunities: partners add and edit their own; moderators publish (held changes apply)."""

from django.contrib import admin
from django.db.models import Count, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from directory.listing_admin import ListingAdmin

from .. import pipeline
from ..models import Interest, InterestStatus, Opportunity
from ..views import OpportunityDetailView


@admin.register(Opportunity)
class OpportunityAdmin(ListingAdmin):
    preview_view = OpportunityDetailView
    ward_lookups = ("location__ward",)  # for the moderators' queue (directory/work_queue)
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
