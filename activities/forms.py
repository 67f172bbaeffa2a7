from django import forms
from django.contrib.postgres.forms import SimpleArrayField
from django.utils import formats
from django.utils.translation import gettext_lazy as _

from .models import Schedule, Weekday


class DateListField(SimpleArrayField):
    """Dates separated by commas, typed and shown the UK way (14/06/2025, 21/06/2025)."""

    def __init__(self, **kwargs):
        super().__init__(forms.DateField(), **kwargs)

    def prepare_value(self, value):
        if isinstance(value, list):
            return ", ".join(formats.localize_input(day) for day in value)
        return value


class ScheduleForm(forms.ModelForm):
    """Days as tick boxes and dates as a comma-separated list, instead of raw arrays."""

    days = forms.TypedMultipleChoiceField(
        label=_("Days"),
        choices=Weekday.choices,
        coerce=int,
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    dates = DateListField(
        label=_("Dates"),
        required=False,
        help_text=_("Only for “on particular dates”. For example: 14/06/2025, 21/06/2025"),
        error_messages={"item_invalid": _("Date %(nth)s is not a real date (use 14/06/2025).")},
    )
    cancelled_dates = DateListField(
        label=_("Cancelled dates"),
        required=False,
        help_text=_("Days when it is not on. For example: 25/12/2025"),
        error_messages={"item_invalid": _("Date %(nth)s is not a real date (use 25/12/2025).")},
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
