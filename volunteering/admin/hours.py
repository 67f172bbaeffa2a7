"""Hours across all of an organisation's volunteers, to confirm in bulk (they are logged on
the volunteer's page: `inlines.HoursInline`)."""

from django.contrib import admin, messages
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from newham_connect.admin import PartnerScopedAdminMixin

from ..models import HoursLog
from .common import visible_name


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
            return visible_name(request, obj.interest)

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
