from django import forms
from django.contrib.auth import get_user_model
from django.utils.dates import WEEKDAYS
from django.utils.translation import gettext_lazy as _

from .models import WEEKDAY_CODES, Frequency, ListingReport, OrganisationMembership, Schedule


class MembershipForm(forms.ModelForm):
    """Add a colleague by email address, so partners never browse the list of all users."""

    email = forms.EmailField(
        label=_("Email address"),
        help_text=_("They need a Newham Connect account with this email address."),
    )

    class Meta:
        model = OrganisationMembership
        fields = ["email", "role"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.pk:
            self.fields["email"].initial = self.instance.user.email

    def clean_email(self):
        email = self.cleaned_data["email"]
        try:
            self.instance.user = get_user_model().objects.get(email__iexact=email)
        except get_user_model().DoesNotExist:
            raise forms.ValidationError(
                _("There is no account with this email address. Ask them to create one first."),
                code="no_account",
            ) from None
        except get_user_model().MultipleObjectsReturned:
            raise forms.ValidationError(
                _("More than one account uses this email address. Ask the council for help."),
                code="ambiguous",
            ) from None
        return email


WEEK_OF_MONTH_CHOICES = [
    ("", _("Every week")),
    ("1", _("The first week of the month")),
    ("2", _("The second week of the month")),
    ("3", _("The third week of the month")),
    ("4", _("The fourth week of the month")),
    ("-1", _("The last week of the month")),
]


class ScheduleForm(forms.ModelForm):
    """Opening times with day checkboxes instead of typing a calendar rule (MO,WE / 1MO)."""

    days = forms.MultipleChoiceField(
        label=_("Days"),
        choices=[(code, WEEKDAYS[i]) for i, code in enumerate(WEEKDAY_CODES)],
        widget=forms.CheckboxSelectMultiple,
    )
    week_of_month = forms.ChoiceField(
        label=_("Which weeks"), choices=WEEK_OF_MONTH_CHOICES, required=False
    )

    class Meta:
        model = Schedule
        fields = ["opens_at", "closes_at", "valid_from", "valid_to", "description"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        byday = self.instance.byday or []
        if byday:
            # dict.fromkeys: "1MO,3MO" ticks Monday once.
            self.initial.setdefault("days", list(dict.fromkeys(token[-2:] for token in byday)))
            self.initial.setdefault("week_of_month", byday[0][:-2])

    def clean(self):
        cleaned = super().clean()
        # Rewrite the rule only when the days or weeks were changed, so a rule typed elsewhere
        # (an import with "1MO,3MO") survives saving the form untouched.
        if {"days", "week_of_month"} & set(self.changed_data) or not self.instance.byday:
            week = cleaned.get("week_of_month") or ""
            self.instance.freq = Frequency.MONTHLY if week else Frequency.WEEKLY
            self.instance.byday = [f"{week}{code}" for code in cleaned.get("days", [])]
        return cleaned

    def _update_errors(self, errors):
        # The model checks `byday`, which this form shows as the `days` checkboxes.
        if hasattr(errors, "error_dict") and "byday" in errors.error_dict:
            byday_errors = errors.error_dict.pop("byday")
            if "days" not in self._errors:
                errors.error_dict.setdefault("days", []).extend(byday_errors)
        super()._update_errors(errors)


class ReportProblemForm(forms.ModelForm):
    """What a resident tells us is wrong with a listing. No account needed."""

    # A trap for robots: hidden from people (and screen readers), so only robots fill it in.
    website = forms.CharField(required=False, label=_("Leave this empty"))

    class Meta:
        model = ListingReport
        fields = ["reason", "details", "email"]
        labels = {
            "reason": _("What is wrong?"),
            "details": _("Tell us more (optional)"),
            "email": _("Your email address (optional)"),
        }
        help_texts = {
            "details": _("For example, the right phone number or opening times."),
            "email": _("Only if you would like a reply. Only council staff will see it."),
        }
        widgets = {"reason": forms.RadioSelect, "details": forms.Textarea(attrs={"rows": 5})}
        error_messages = {
            "reason": {"required": _("Choose what is wrong.")},
            "email": {
                "invalid": _("Enter an email address like name@example.com, or leave it empty.")
            },
            "details": {"max_length": _("Write no more than 2000 characters.")},
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["reason"].choices = list(self.fields["reason"].choices)[1:]  # no "---------"
        self.fields["details"].max_length = 2000
        self.fields["details"].widget.attrs["maxlength"] = 2000
