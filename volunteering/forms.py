"""Resident-facing forms. Every message is our own translated string, in plain words."""

from decimal import Decimal

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from directory.models import SpokenLanguage, TaxonomyTerm

from .models import (
    CAUSES_TAXONOMY,
    SKILLS_TAXONOMY,
    BeneficiaryFeedback,
    EmployerTeam,
    HoursLog,
    Interest,
    InterestStatus,
    NeedsMet,
    TeamBooking,
    VolunteerFeedback,
    VolunteerProfile,
    retention_months,
)

REQUIRED = {
    "required": _("Answer this question."),
    "invalid_choice": _("Choose one of the answers."),
}
SCALE = [(n, str(n)) for n in range(11)]


class InterestForm(forms.ModelForm):
    """ "I'm interested": a name, a way to reach you, and consent to share them."""

    consent = forms.BooleanField(
        required=True, error_messages={"required": _("Tick the box to say you agree.")}
    )

    class Meta:
        model = Interest
        fields = ["name", "email", "phone", "message"]
        labels = {
            "name": _("Your name"),
            "email": _("Email address"),
            "phone": _("Phone number"),
            "message": _("Anything you want them to know (optional)"),
        }
        help_texts = {
            "email": _("Give an email address, a phone number or both."),
            "message": _(
                "For example: when you are free, languages you speak, or support you need."
            ),
        }
        error_messages = {
            "name": {"required": _("Enter your name.")},
            "email": {"invalid": _("Enter an email address like name@example.com.")},
        }
        widgets = {
            "email": forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
            "phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "name": forms.TextInput(attrs={"autocomplete": "name"}),
            "message": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, organisation_name="", **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["name"].required = True
        months = retention_months()
        self.fields["consent"].label = ngettext(
            "I agree that %(organisation)s can see my name, contact details and message so "
            "they can contact me about this. The council's volunteering team can see them only "
            "to check I was contacted. They are deleted %(months)d month after I finish, or "
            "sooner if I ask.",
            "I agree that %(organisation)s can see my name, contact details and message so "
            "they can contact me about this. The council's volunteering team can see them only "
            "to check I was contacted. They are deleted %(months)d months after I finish, or "
            "sooner if I ask.",
            months,
        ) % {"organisation": organisation_name, "months": months}

    def clean_phone(self):
        phone = self.cleaned_data["phone"].strip()
        digits = [c for c in phone if c.isdigit()]
        if phone and not (7 <= len(digits) <= 15 and set(phone) <= set("0123456789+ ()-")):
            raise forms.ValidationError(
                _("Enter a phone number, like 07700 900 982 or +44 20 8430 2000."),
                code="invalid",
            )
        return phone

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("email") and not cleaned.get("phone") and "email" not in self.errors:
            self.add_error("email", _("Enter an email address or a phone number."))
        return cleaned


class HoursForm(forms.ModelForm):
    """A volunteer logs time given; the organisation confirms it later."""

    interest = forms.ModelChoiceField(
        queryset=Interest.objects.none(),
        label=_("Where did you volunteer?"),
        empty_label=None,
        error_messages={"invalid_choice": _("Choose one of your volunteering roles.")},
    )

    class Meta:
        model = HoursLog
        fields = ["interest", "date", "hours", "description"]
        labels = {
            "date": _("Date"),
            "hours": _("Hours"),
            "description": _("What did you do? (optional)"),
        }
        help_texts = {
            "date": _("For example, 2026-11-27."),
            "hours": _("For example, 2.5 for two and a half hours."),
        }
        error_messages = {
            "date": {
                "required": _("Enter the date."),
                "invalid": _("Enter a real date, like 2026-11-27."),
            },
            "hours": {
                "required": _("Enter the number of hours."),
                "invalid": _("Enter a number of hours, like 2.5."),
                "min_value": _("Enter at least a quarter of an hour (0.25)."),
                "max_value": _("Enter no more than 24 hours for one day."),
                "max_digits": _("Enter a number of hours, like 2.5."),
                "max_decimal_places": _("Use no more than 2 decimal places, like 2.25."),
            },
        }
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}),
            "hours": forms.NumberInput(attrs={"step": "0.25", "min": "0.25", "max": "24"}),
        }

    def __init__(self, *args, interests=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["interest"].queryset = (
            interests if interests is not None else Interest.objects.none()
        )
        self.fields["interest"].label_from_instance = lambda i: str(i.opportunity)

    def clean_date(self):
        date = self.cleaned_data["date"]
        if date > timezone.localdate():
            raise forms.ValidationError(_("The date cannot be in the future."), code="future")
        return date

    def clean_hours(self):
        hours = self.cleaned_data["hours"]
        if hours < Decimal("0.25"):
            raise forms.ValidationError(
                _("Enter at least a quarter of an hour (0.25)."), code="min_value"
            )
        if hours > Decimal("24"):
            raise forms.ValidationError(
                _("Enter no more than 24 hours for one day."), code="max_value"
            )
        return hours


def loggable_interests(user):
    """Roles a volunteer can log hours for: started and not anonymised."""
    return (
        Interest.objects.for_user(user)
        .filter(status__in=[InterestStatus.ACTIVE, InterestStatus.FINISHED])
        .select_related("opportunity")
    )


def _scale_field(label, low, high):
    return forms.TypedChoiceField(
        label=label,
        choices=SCALE,
        coerce=int,
        widget=forms.RadioSelect,
        help_text=_("0 means %(low)s and 10 means %(high)s.") % {"low": low, "high": high},
        error_messages=REQUIRED,
    )


class VolunteerFeedbackForm(forms.ModelForm):
    """The ONS personal wellbeing questions (0 to 10), connectedness and skills."""

    life_satisfaction = _scale_field(
        _("Overall, how satisfied are you with your life nowadays?"),
        _("not at all"),
        _("completely"),
    )
    worthwhile = _scale_field(
        _("Overall, to what extent do you feel the things you do in your life are worthwhile?"),
        _("not at all"),
        _("completely"),
    )
    happiness = _scale_field(
        _("Overall, how happy did you feel yesterday?"), _("not at all"), _("completely")
    )
    anxiety = _scale_field(
        _("Overall, how anxious did you feel yesterday?"), _("not at all"), _("completely")
    )
    connectedness = _scale_field(
        _("How connected do you feel to people in your local area?"),
        _("not at all"),
        _("completely"),
    )
    would_recommend = forms.TypedChoiceField(
        label=_("Would you recommend this volunteering to a friend?"),
        choices=[(True, _("Yes")), (False, _("No"))],
        coerce=lambda v: v in (True, "True"),
        widget=forms.RadioSelect,
        error_messages=REQUIRED,
    )

    class Meta:
        model = VolunteerFeedback
        fields = [
            "life_satisfaction",
            "worthwhile",
            "happiness",
            "anxiety",
            "connectedness",
            "skills_gained",
            "other_skills",
            "would_recommend",
            "comments",
        ]
        labels = {
            "skills_gained": _("Which skills did you use or learn? (optional)"),
            "other_skills": _("Other skills (optional)"),
            "comments": _("Anything else you want to tell us? (optional)"),
        }
        widgets = {
            "skills_gained": forms.CheckboxSelectMultiple,
            "comments": forms.Textarea(attrs={"rows": 4}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["skills_gained"].queryset = TaxonomyTerm.objects.filter(
            taxonomy=SKILLS_TAXONOMY
        )


class NeedsFeedbackForm(forms.ModelForm):
    """From the people the volunteers helped: did it meet their needs?"""

    needs_met = forms.ChoiceField(
        label=_("Did the help meet your needs?"),
        choices=NeedsMet.choices,
        widget=forms.RadioSelect,
        error_messages=REQUIRED,
    )
    rating = _scale_field(_("How much did it help you?"), _("not at all"), _("very much"))

    class Meta:
        model = BeneficiaryFeedback
        fields = ["needs_met", "rating", "comments"]
        labels = {"comments": _("Anything else you want to tell us? (optional)")}
        help_texts = {"comments": _("Please do not write your name or contact details.")}
        widgets = {"comments": forms.Textarea(attrs={"rows": 4})}


class ProfileForm(forms.ModelForm):
    """What you would like to do (all optional); used to suggest opportunities."""

    class Meta:
        model = VolunteerProfile
        fields = [
            "causes",
            "skills",
            "languages",
            "on_weekdays",
            "on_evenings",
            "on_weekends",
            "from_home",
        ]
        labels = {
            "causes": _("Causes you care about"),
            "skills": _("Skills you can offer"),
            "languages": _("Languages you speak"),
            "on_weekdays": _("I am free on weekdays"),
            "on_evenings": _("I am free in the evenings"),
            "on_weekends": _("I am free at weekends"),
            "from_home": _("I would like to volunteer from home"),
        }
        widgets = {
            "causes": forms.CheckboxSelectMultiple,
            "skills": forms.CheckboxSelectMultiple,
            "languages": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["causes"].queryset = TaxonomyTerm.objects.filter(
            taxonomy=CAUSES_TAXONOMY, parent__isnull=True
        )
        self.fields["skills"].queryset = TaxonomyTerm.objects.filter(taxonomy=SKILLS_TAXONOMY)
        self.fields["languages"].queryset = SpokenLanguage.objects.all()


class EmployerTeamForm(forms.ModelForm):
    class Meta:
        model = EmployerTeam
        fields = ["business_name", "contact_name", "contact_email", "contact_phone", "staff_count"]
        labels = {
            "business_name": _("Business name"),
            "contact_name": _("Your name"),
            "contact_email": _("Your work email address"),
            "contact_phone": _("Your phone number (optional)"),
            "staff_count": _("How many staff want to volunteer?"),
        }
        error_messages = {
            "business_name": {"required": _("Enter the name of the business.")},
            "contact_name": {"required": _("Enter your name.")},
            "contact_email": {
                "required": _("Enter your email address."),
                "invalid": _("Enter an email address like name@example.com."),
            },
            "staff_count": {
                "required": _("Enter how many people."),
                "invalid": _("Enter a whole number, like 12."),
                "min_value": _("A team has at least 2 people."),
                "max_value": _(
                    "For more than 500 people, contact the council's volunteering team."
                ),
            },
        }
        widgets = {
            "contact_email": forms.EmailInput(attrs={"autocomplete": "email"}),
            "contact_phone": forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
            "staff_count": forms.NumberInput(attrs={"min": "2", "max": "500"}),
        }


class TeamBookingForm(forms.ModelForm):
    """Ask an organisation to host a team on a day."""

    class Meta:
        model = TeamBooking
        fields = ["date", "team_size", "message"]
        labels = {
            "date": _("Which day would suit your team?"),
            "team_size": _("How many people are coming?"),
            "message": _("Message to the organisation (optional)"),
        }
        help_texts = {"date": _("For example, 2027-03-15. The organisation will confirm.")}
        error_messages = {
            "date": {
                "required": _("Enter the date."),
                "invalid": _("Enter a real date, like 2027-03-15."),
            },
            "team_size": {
                "required": _("Enter how many people."),
                "invalid": _("Enter a whole number, like 12."),
                "min_value": _("A team has at least 2 people."),
                "max_value": _(
                    "For more than 500 people, contact the council's volunteering team."
                ),
            },
        }
        widgets = {
            "date": forms.DateInput(attrs={"type": "date"}),
            "team_size": forms.NumberInput(attrs={"min": "2"}),
            "message": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, team, opportunity, **kwargs):
        super().__init__(*args, **kwargs)
        self.team, self.opportunity = team, opportunity
        self.instance.team, self.instance.opportunity = team, opportunity

    def clean_date(self):
        date = self.cleaned_data["date"]
        opportunity = self.opportunity
        if date <= timezone.localdate():
            raise forms.ValidationError(_("Choose a day after today."), code="past")
        if (opportunity.end_date and date > opportunity.end_date) or (
            opportunity.start_date and date < opportunity.start_date
        ):
            raise forms.ValidationError(
                _("Choose a day when this opportunity is running."), code="outside"
            )
        return date

    def clean_team_size(self):
        size = self.cleaned_data["team_size"]
        if size > self.team.staff_count:
            raise forms.ValidationError(
                _("This is more people than your team has (%(count)d).")
                % {"count": self.team.staff_count},
                code="too_many",
            )
        places = self.opportunity.places_available
        if places and size > places:
            raise forms.ValidationError(
                _("This opportunity has room for %(count)d people.") % {"count": places},
                code="no_room",
            )
        return size


class DataAccessReasonForm(forms.Form):
    """A moderator says why they need to see an applicant's details (kept in the log)."""

    reason = forms.CharField(
        label=_("Why do you need to see this person's details?"),
        min_length=10,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("For example: checking a complaint that they were never contacted."),
        error_messages={
            "required": _("Give a reason."),
            "min_length": _("Give a reason of at least 10 characters."),
        },
    )
