"""django-allauth in our words: plain-English labels and messages that we translate ourselves.

allauth ships translations for only half of our 12 languages, so every label, error and message
a resident can see is redefined here (and in templates/account/) as one of our own strings.
"""

from allauth.account import forms as allauth_forms
from allauth.account.adapter import DefaultAccountAdapter
from django.utils.translation import gettext_lazy as _

EMAIL = _("Email address")
PASSWORD = _("Password")
NEW_PASSWORD = _("Create a password")
PASSWORD_AGAIN = _("Type the password again")
PASSWORD_HINT = _("At least 8 characters. Do not use a common word or only numbers.")


class GovukAccountFormMixin:
    """Our labels; no placeholders (GOV.UK guidance: they vanish as you type)."""

    labels = {}
    hints = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs.pop("placeholder", None)
            if name in self.labels:
                field.label = self.labels[name]
            field.help_text = self.hints.get(name, "")


class LoginForm(GovukAccountFormMixin, allauth_forms.LoginForm):
    labels = {"login": EMAIL, "password": PASSWORD, "remember": _("Keep me signed in")}


class SignupForm(GovukAccountFormMixin, allauth_forms.SignupForm):
    labels = {"email": EMAIL, "password1": NEW_PASSWORD, "password2": PASSWORD_AGAIN}
    hints = {"password1": PASSWORD_HINT}


class ResetPasswordForm(GovukAccountFormMixin, allauth_forms.ResetPasswordForm):
    labels = {"email": EMAIL}


class ResetPasswordKeyForm(GovukAccountFormMixin, allauth_forms.ResetPasswordKeyForm):
    labels = {"password1": NEW_PASSWORD, "password2": PASSWORD_AGAIN}
    hints = {"password1": PASSWORD_HINT}


class ChangePasswordForm(GovukAccountFormMixin, allauth_forms.ChangePasswordForm):
    labels = {
        "oldpassword": _("Your current password"),
        "password1": NEW_PASSWORD,
        "password2": PASSWORD_AGAIN,
    }
    hints = {"password1": PASSWORD_HINT}


class AccountAdapter(DefaultAccountAdapter):
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "email_password_mismatch": _("The email address or password is not right."),
        "email_taken": _(
            "There is already an account with this email address. Sign in, or reset your password."
        ),
        "enter_current_password": _("Enter your current password."),
        "incorrect_password": _("The password is not right."),
        "invalid_or_expired_key": _("This link has expired or was already used."),
        "invalid_login": _("You cannot sign in with this account."),
        "invalid_password_reset": _(
            "This password reset link has expired or was already used. Ask for a new one."
        ),
        "too_many_login_attempts": _(
            "Too many attempts to sign in. For your safety, wait a few minutes and try again."
        ),
        "unknown_email": _("There is no account with this email address."),
        "unverified_primary_email": _("You need to confirm your email address first."),
        "rate_limited": _("Too many requests. Wait a few minutes and try again."),
        "same_as_current": _("The new value must be different from the current one."),
        "duplicate_email": _("This email address is already on your account."),
    }
