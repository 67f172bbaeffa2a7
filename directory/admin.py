"""Back office for the shared directory: partners see and edit only their own organisations."""

from django.contrib import admin
from django.db import models
from modeltranslation.admin import TranslationAdmin
from simple_history.admin import SimpleHistoryAdmin

from newham_connect.admin import ModeratedAdminMixin, PartnerScopedAdminMixin
from newham_connect.permissions import can_manage_members, is_council

from .forms import MembershipForm
from .models import (
    AccessibilityFeature,
    Location,
    Organisation,
    OrganisationMembership,
    SpokenLanguage,
    TaxonomyTerm,
    Ward,
)


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
    list_display = ["name", "kind", "status", "last_modified"]
    list_filter = ["status", "kind", "wards"]
    search_fields = ["name", "description"]
    prepopulated_fields = {"slug": ["name_en"]}
    filter_horizontal = ["wards", "languages", "categories"]
    inlines = [MembershipInline]
    organisation_path = "pk"
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
