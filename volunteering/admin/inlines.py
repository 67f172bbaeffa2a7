"""What an interest's page shows inline: the hours given (logged and confirmed there) and the
organisation's feedback on the placement. Both follow the interest's permissions."""

from django import forms
from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from ..models import HostFeedback, HoursLog
from .common import ParentScopedInlineMixin


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
