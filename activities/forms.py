from django import forms
from django.contrib.postgres.forms import SimpleArrayField
from django.utils.translation import gettext_lazy as _

from .models import Schedule, Weekday


class ScheduleForm(forms.ModelForm):
    """Days as tick boxes and dates as a comma-separated list, instead of raw arrays."""

    days = forms.TypedMultipleChoiceField(
        label=_("Days"),
        choices=Weekday.choices,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    dates = SimpleArrayField(
        forms.DateField(),
        label=_("Dates"),
        required=False,
        help_text=_("Only for “on particular dates”. For example: 2025-06-14, 2025-06-21"),
        error_messages={"item_invalid": _("Date %(nth)s is not a real date (use 2025-06-14).")},
    )
    cancelled_dates = SimpleArrayField(
        forms.DateField(),
        label=_("Cancelled dates"),
        required=False,
        help_text=_("Days when it is not on. For example: 2025-12-25"),
        error_messages={"item_invalid": _("Date %(nth)s is not a real date (use 2025-12-25).")},
    )

    class Meta:
        model = Schedule
        fields = [
            "frequency",
            "days",
            "week_of_month",
            "dates",
            "start_date",
            "end_date",
            "start_time",
            "end_time",
            "cancelled_dates",
            "skip_bank_holidays",
        ]

    def clean_dates(self):
        return sorted(set(self.cleaned_data.get("dates") or []))

    def clean_cancelled_dates(self):
        return sorted(set(self.cleaned_data.get("cancelled_dates") or []))
