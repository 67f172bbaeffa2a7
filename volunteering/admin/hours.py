"""Hours given: logged on the volunteer's page (an inline), confirmed there or in bulk; and
the organisation's feedback on a placement."""

from django import forms
from django.contrib import admin, messages
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from newham_connect.admin import PartnerScopedAdminMixin

from ..models import HostFeedback, HoursLog
from .common import ParentScopedInlineMixin, visible_name


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
