from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from .models import OrganisationMembership


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
