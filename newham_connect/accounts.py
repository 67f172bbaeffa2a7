"""django-allauth in our words: plain-English labels and messages that we translate ourselves.

allauth ships translations for only half of our 12 languages, so every label, error and message
a resident can see is redefined here (and in templates/account/) as one of our own strings.
"""

import time

from allauth.account import app_settings as account_settings
from allauth.account import forms as allauth_forms
from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.authentication import get_authentication_records
from allauth.core import context
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.base import forms as mfa_forms
from allauth.mfa.totp import forms as totp_forms
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .mfa import has_app, with_next
from .permissions import must_use_mfa

EMAIL = _("Email address")
PASSWORD = _("Password")
NEW_PASSWORD = _("Create a password")
PASSWORD_AGAIN = _("Type the password again")
PASSWORD_HINT = _("At least 8 characters. Do not use a common word or only numbers.")


class GovukAccountFormMixin:
    """Our labels; no placeholders (GOV.UK guidance: they vanish as you type)."""

    labels = {}
    hints = {}
    widget_attrs = {}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            field.widget.attrs.pop("placeholder", None)
            field.widget.attrs.update(self.widget_attrs.get(name, {}))
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


# A code field: digits on a phone's keyboard, offered from the app by the browser, not
# "corrected" by spellcheck (recovery codes are digits too).
CODE_WIDGET = {
    "code": {"inputmode": "numeric", "autocomplete": "one-time-code", "spellcheck": "false"}
}


class RequestLoginCodeForm(GovukAccountFormMixin, allauth_forms.RequestLoginCodeForm):
    labels = {"email": EMAIL}


class ConfirmLoginCodeForm(GovukAccountFormMixin, allauth_forms.ConfirmLoginCodeForm):
    labels = {"code": _("Sign-in code")}
    hints = {"code": _("The 6 digits in the email we sent you.")}
    widget_attrs = CODE_WIDGET


class MFAAuthenticateForm(GovukAccountFormMixin, mfa_forms.AuthenticateForm):
    labels = {"code": _("Code")}
    hints = {
        "code": _(
            "The 6-digit code your authenticator app shows now, or one of your recovery codes."
        )
    }
    widget_attrs = CODE_WIDGET


class MFAReauthenticateForm(GovukAccountFormMixin, mfa_forms.ReauthenticateForm):
    labels = MFAAuthenticateForm.labels
    hints = MFAAuthenticateForm.hints
    widget_attrs = CODE_WIDGET


class ActivateTOTPForm(GovukAccountFormMixin, totp_forms.ActivateTOTPForm):
    labels = {"code": _("Code from your app")}
    hints = {"code": _("Type the 6 digits your app shows for Newham Connect.")}
    widget_attrs = CODE_WIDGET

    def secret_in_groups(self):
        """The key in groups of four, easier to copy by hand into an app."""
        return " ".join(self.secret[i : i + 4] for i in range(0, len(self.secret), 4))


class MFAAdapter(DefaultMFAAdapter):
    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "cannot_delete_authenticator": _(
            "You need the app code to sign in, because of your role, so you cannot turn it off."
        ),
        "cannot_generate_recovery_codes": _(
            "Set up an authenticator app first. Recovery codes come with it."
        ),
        "incorrect_code": _("The code is not right. Check it and type it again."),
        "unverified_email": _(
            "Confirm your email address first. Then you can set up the second step."
        ),
    }

    def can_delete_authenticator(self, authenticator):
        return not must_use_mfa(authenticator.user)


class AccountAdapter(DefaultAccountAdapter):
    def get_login_redirect_url(self, request):
        """Someone who must use a second step and has none starts its set-up after signing in
        (the back office would send them there anyway)."""
        url = super().get_login_redirect_url(request)
        if must_use_mfa(request.user) and not has_app(request.user):
            return with_next(reverse("mfa_setup_start"), url)
        return url

    def is_reauthentication_required(self, *, app, **kwargs):
        """Signing in a few minutes ago is as good as typing the password again (allauth counts
        only re-entries): the guided set-up straight after signing in does not ask twice."""
        if not super().is_reauthentication_required(app=app, **kwargs):
            return False
        request = context.request
        records = get_authentication_records(request, request.user)
        return not (
            records and time.time() - records[-1]["at"] < account_settings.REAUTHENTICATION_TIMEOUT
        )

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
        "incorrect_code": _("The code is not right. Check it and type it again."),
    }
