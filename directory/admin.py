"""Back office for the shared directory: partners see and edit only their own organisations."""

from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.db import models
from django.http import Http404, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin, TranslationStackedInline
from simple_history.admin import SimpleHistoryAdmin

from newham_connect.admin import PartnerScopedAdminMixin
from newham_connect.permissions import (
    ROLE_RANK,
    can_manage_members,
    has_org_role,
    is_council,
    organisation_roles,
)

from . import held_changes, report_mail
from .forms import MembershipForm, ScheduleForm
from .held_changes import HoldChangesToPublishedMixin, ModeratedAdminMixin
from .listing_admin import ListingAdmin
from .models import (
    AccessibilityFeature,
    Contact,
    CostOption,
    ListingReport,
    Location,
    Organisation,
    OrganisationMembership,
    PendingChange,
    PendingChangeState,
    Schedule,
    Service,
    ServiceAtLocation,
    SpokenLanguage,
    TaxonomyTerm,
    Ward,
)
from .views import ServiceDetailView


class MembershipInline(admin.TabularInline):
    model = OrganisationMembership
    form = MembershipForm
    extra = 0

    def _can(self, request, obj):
        return obj is not None and can_manage_members(request.user, obj)

    def has_view_permission(self, request, obj=None):
        return obj is None or is_council(request.user) or self._can(request, obj)

    def has_add_permission(self, request, obj=None):
        return self._can(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._can(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self._can(request, obj)


@admin.register(Organisation)
class OrganisationAdmin(
    PartnerScopedAdminMixin, ModeratedAdminMixin, SimpleHistoryAdmin, TranslationAdmin
):
    list_display = ["name", "kind", "status", "trusted", "last_modified"]
    list_filter = ["status", "kind", "trusted", "wards"]
    search_fields = ["name"]  # names only: a word inside descriptions caught others
    prepopulated_fields = {"slug": ["name_en"]}
    filter_horizontal = ["wards", "languages", "categories"]
    inlines = [MembershipInline]
    # Members are not what residents see: a partner admin's member changes never wait.
    changes_not_held = (OrganisationMembership,)
    organisation_path = "pk"
    ward_lookups = ("wards",)  # the wards it serves, for the moderators' queue
    # Partners often type "www.example.org"; assume a secure address.
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


class CouncilOnlyAdmin(admin.ModelAdmin):
    """Reference data the council keeps; partners may look, not change."""

    def has_view_permission(self, request, obj=None):
        return request.user.is_active and request.user.is_staff

    def has_module_permission(self, request):
        return self.has_view_permission(request)

    def has_add_permission(self, request):
        return is_council(request.user)

    def has_change_permission(self, request, obj=None):
        return is_council(request.user)

    def has_delete_permission(self, request, obj=None):
        return is_council(request.user)


@admin.register(Location)
class LocationAdmin(CouncilOnlyAdmin, SimpleHistoryAdmin, TranslationAdmin):
    list_display = ["name", "kind", "ward", "postcode"]
    list_filter = ["kind", "ward"]
    list_select_related = ["ward"]
    search_fields = ["name", "address", "postcode"]
    prepopulated_fields = {"slug": ["name_en"]}
    filter_horizontal = ["accessibility"]


@admin.register(Ward)
class WardAdmin(CouncilOnlyAdmin):
    list_display = ["name"]
    search_fields = ["name"]
    prepopulated_fields = {"slug": ["name"]}


@admin.register(TaxonomyTerm)
class TaxonomyTermAdmin(CouncilOnlyAdmin, TranslationAdmin):
    list_display = ["name", "taxonomy", "parent"]
    list_filter = ["taxonomy"]
    list_select_related = ["parent"]
    search_fields = ["name", "code"]


@admin.register(SpokenLanguage)
class SpokenLanguageAdmin(CouncilOnlyAdmin, TranslationAdmin):
    list_display = ["name", "code", "endonym"]
    search_fields = ["name", "code", "endonym"]


@admin.register(AccessibilityFeature)
class AccessibilityFeatureAdmin(CouncilOnlyAdmin, TranslationAdmin):
    list_display = ["name", "code"]
    search_fields = ["name"]


# --- Services ----------------------------------------------------------------------------------


def _editable_organisation_ids(user):
    return [
        org_id
        for org_id, role in organisation_roles(user).items()
        if ROLE_RANK[role] >= ROLE_RANK["editor"]
    ]


class OrganisationPartInline:
    """An inline on a partner-scoped page: editors of the parent's organisation change it,
    its viewers only look. `parent_organisation_id` reads the organisation from the parent."""

    extra = 0

    def parent_organisation_id(self, obj):
        return obj.organisation_id

    def _allowed(self, request, obj, minimum):
        if is_council(request.user):
            return True
        if obj is None:  # the add page: any organisation the person edits
            return bool(_editable_organisation_ids(request.user))
        return has_org_role(request.user, self.parent_organisation_id(obj), minimum)

    def has_view_permission(self, request, obj=None):
        return self._allowed(request, obj, "viewer")

    def has_add_permission(self, request, obj=None):
        return self._allowed(request, obj, "editor")

    def has_change_permission(self, request, obj=None):
        return self._allowed(request, obj, "editor")

    def has_delete_permission(self, request, obj=None):
        return self._allowed(request, obj, "editor")


class ScheduleInline(OrganisationPartInline, TranslationStackedInline):
    model = Schedule
    form = ScheduleForm
    fk_name = "service"
    fields = [
        "days",
        "week_of_month",
        ("opens_at", "closes_at"),
        ("valid_from", "valid_to"),
        "description",
    ]
    verbose_name = _("opening times")
    verbose_name_plural = _("opening times for the whole service")


class VenueScheduleInline(ScheduleInline):
    fk_name = "service_at_location"
    verbose_name_plural = _("opening times at this venue")

    def parent_organisation_id(self, obj):
        return obj.service.organisation_id


class ServiceAtLocationInline(OrganisationPartInline, TranslationStackedInline):
    model = ServiceAtLocation
    fields = ["location", "description"]
    verbose_name_plural = _("venues (add opening times per venue under “Services at venues”)")


class CostOptionInline(OrganisationPartInline, TranslationStackedInline):
    model = CostOption
    fields = [("option", "amount"), "amount_description", ("valid_from", "valid_to")]


class ContactInline(OrganisationPartInline, admin.TabularInline):
    model = Contact
    fields = ["name", "title", "email", "phone"]


@admin.register(Service)
class ServiceAdmin(ListingAdmin):
    preview_view = ServiceDetailView
    # Where the listing is, for the moderators' queue's ward filter (directory/work_queue).
    ward_lookups = ("locations__ward", "wards")
    list_display = ["name", "organisation", "status", "service_status", "last_modified"]
    # Only the categories the listed services use: all of them would be every term, the
    # Activity List's 768 included, as links on every page of the list.
    list_filter = [
        "status",
        "service_status",
        "is_free",
        ("categories", admin.RelatedOnlyFieldListFilter),
    ]
    list_select_related = ["organisation"]
    search_fields = ["name", "organisation__name"]  # names, not descriptions
    prepopulated_fields = {"slug": ["name_en"]}
    filter_horizontal = ["categories", "languages", "wards"]
    inlines = [ServiceAtLocationInline, ScheduleInline, CostOptionInline, ContactInline]
    readonly_fields = ["imported_from", "last_modified"]
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}
    fieldsets = [
        (
            None,
            {"fields": ["organisation", "name", "slug", "description", "service_status", "alert"]},
        ),
        (
            _("Who it is for"),
            {"fields": ["eligibility_description", ("minimum_age", "maximum_age"), "groups"]},
        ),
        (
            _("How to get help"),
            {"fields": ["application_process", "delivery_methods", "phone", "email", "url"]},
        ),
        (_("Cost"), {"fields": ["is_free", "fees_description"]}),
        (_("Where, and in which languages"), {"fields": ["wards", "languages", "categories"]}),
        (
            _("Checks and moderation"),
            {
                "fields": [
                    "assured_date",
                    "funding",
                    "status",
                    "moderation_note",
                    "imported_from",
                    "last_modified",
                ]
            },
        ),
    ]


@admin.register(ServiceAtLocation)
class ServiceAtLocationAdmin(
    PartnerScopedAdminMixin, HoldChangesToPublishedMixin, TranslationAdmin
):
    partners_can_add = True
    organisation_path = "service__organisation"

    def listing_of(self, obj):
        # A venue's opening times are part of the service's public page.
        return obj.service

    list_display = ["service", "location"]
    list_select_related = ["service", "location"]
    search_fields = ["service__name", "location__name"]
    fields = ["service", "location", "description"]
    inlines = [VenueScheduleInline]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # A partner can only place services of organisations they edit.
        if db_field.name == "service" and not is_council(request.user):
            kwargs["queryset"] = Service.objects.filter(
                organisation__in=_editable_organisation_ids(request.user)
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


@admin.register(ListingReport)
class ListingReportAdmin(PartnerScopedAdminMixin, admin.ModelAdmin):
    """Residents' problem reports: moderators see all, a partner those about its services."""

    organisation_path = "service__organisation"
    list_display = ["service", "reason", "created", "resolved"]
    list_filter = ["resolved", "reason"]
    list_select_related = ["service"]
    search_fields = ["service__name", "details"]
    actions = ["mark_resolved"]

    def get_fields(self, request, obj=None):
        fields = ["service", "reason", "details", "language", "created", "resolved", "note"]
        # The reporter's email is personal data: only the council sees it.
        if is_council(request.user):
            fields.insert(3, "email")
        return fields

    def get_readonly_fields(self, request, obj=None):
        return ["service", "reason", "details", "email", "language", "created"]

    def has_add_permission(self, request):
        return False  # reports come from residents, on the service page

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        if obj.resolved:
            report_mail.tell_reporter(obj)

    @admin.action(description=_("Mark the selected reports as dealt with"), permissions=["change"])
    def mark_resolved(self, request, queryset):
        allowed = [obj.pk for obj in queryset if self.has_change_permission(request, obj)]
        reports = list(queryset.filter(pk__in=allowed, resolved=False))
        count = queryset.filter(pk__in=[r.pk for r in reports]).update(resolved=True)
        for report in reports:
            report_mail.tell_reporter(report)
        self.message_user(
            request, _("%(count)d marked as dealt with.") % {"count": count}, messages.SUCCESS
        )


@admin.register(PendingChange)
class PendingChangeAdmin(PartnerScopedAdminMixin, admin.ModelAdmin):
    """Partners' edits of published listings. Moderators compare them with the published
    version and publish or send them back; a partner sees its own organisation's, read only."""

    list_display = ["title", "kind", "organisation", "submitted_by", "submitted_at", "state"]
    list_filter = ["state", ("content_type", admin.RelatedOnlyFieldListFilter)]
    list_select_related = ["content_type", "organisation", "submitted_by"]
    search_fields = ["title", "organisation__name"]
    date_hierarchy = "submitted_at"

    @admin.display(description=_("kind of listing"), ordering="content_type")
    def kind(self, obj):
        return obj.content_type.model_class()._meta.verbose_name

    def has_add_permission(self, request):
        return False  # made by saving a published listing

    def has_change_permission(self, request, obj=None):
        return is_council(request.user)

    def has_delete_permission(self, request, obj=None):
        return False  # kept as the record of who changed what

    def change_view(self, request, object_id, form_url="", extra_context=None):
        change = self.get_object(request, object_id)
        if change is None:
            raise Http404
        if not self.has_view_permission(request, change):
            raise PermissionDenied
        listing_admin = held_changes.admin_for(self.admin_site, change)
        error = ""
        if request.method == "POST":
            if not self.has_change_permission(request, change):
                raise PermissionDenied
            response, error = self._decide(request, change, listing_admin)
            if response is not None:
                return response
        rows, problems, changed_since = [], [], False
        try:
            bound = held_changes.bind(listing_admin, request, change)
        except held_changes.CannotPublish as refused:
            problems = [str(refused)]
        else:
            valid, rows = held_changes.differences(bound)
            problems = [] if valid else bound.errors()
            modified = getattr(listing_admin.listing_of(bound.obj), "last_modified", None)
            changed_since = modified is not None and modified > change.submitted_at
        opts = listing_admin.opts
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Change waiting for review"),
            "subtitle": change.title,
            "original": change,
            "summary": held_changes.summary_text(change),
            "rows": rows,
            "problems": problems,
            "changed_since": changed_since and change.state == PendingChangeState.WAITING,
            "error": error,
            "can_decide": self.has_change_permission(request, change)
            and change.state == PendingChangeState.WAITING,
            "listing_url": reverse(
                f"admin:{opts.app_label}_{opts.model_name}_change", args=[change.object_id]
            ),
            "note": request.POST.get("note", ""),
        }
        return TemplateResponse(request, "admin/directory/pendingchange/review.html", context)

    def _decide(self, request, change, listing_admin):
        """Publish or send back; (redirect, "") when done, (None, reason) when refused."""
        done = HttpResponseRedirect(reverse("admin:directory_pendingchange_changelist"))
        try:
            if "_publish" in request.POST:
                held_changes.publish(listing_admin, request, change)
                self.message_user(
                    request,
                    _("The changes to “%(listing)s” are published.") % {"listing": change.title},
                    messages.SUCCESS,
                )
                return done, ""
            if "_send_back" in request.POST:
                note = request.POST.get("note", "").strip()
                if not note:
                    return None, _("Say what needs changing, so the organisation can put it right.")
                held_changes.send_back(listing_admin, request, change, note)
                self.message_user(
                    request,
                    _("The changes to “%(listing)s” were sent back.") % {"listing": change.title},
                    messages.SUCCESS,
                )
                return done, ""
        except held_changes.CannotPublish as refused:
            return None, str(refused)
        return None, ""


# The search's synonym groups and unmet searches are registered in admin_search (kept apart so
# this file stays short, and imported last because it builds on CouncilOnlyAdmin above).
from . import admin_search  # noqa: E402, F401
