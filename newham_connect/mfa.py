"""The back office's two guards: a second sign-in step (an authenticator app code, through
django-allauth's MFA) for those who must use one, and signing out after a spell of no use.

Who must use a second step is decided in permissions.must_use_mfa. allauth asks for the code at
every sign-in of someone who has an app; this module makes sure those who must have one cannot
reach the back office without it: not set up yet, they are guided through set-up first; set
up, but this session never gave a code (it signed in some other way, or before the app was
added), they give one now.
"""

import re
import time
from urllib.parse import urlencode

from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.models import Authenticator
from allauth.mfa.utils import is_mfa_enabled
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.views import redirect_to_login
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import ngettext

from .permissions import is_council, must_use_mfa

# The back office is at /admin/; a language prefix in front of it is still the back office.
BACK_OFFICE = re.compile(
    r"^/(?:(?:{})/)?admin/".format("|".join(re.escape(code) for code, _name in settings.LANGUAGES))
)
LAST_SEEN = "nc_back_office_seen"
NEXT = "nc_mfa_next"
REFRESH_SECONDS = 60


def now():
    """Seconds since the epoch: the idle timer's clock, on its own so tests can move it
    without moving Django's (which times everything else)."""
    return time.time()


def is_back_office(path):
    return bool(BACK_OFFICE.match(path))


def has_app(user):
    return is_mfa_enabled(user, [Authenticator.Type.TOTP])


def session_gave_code(request):
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def with_next(url, next_url):
    # Slashes left readable, as Django's own redirect_to_login does.
    return f"{url}?{urlencode({'next': next_url}, safe='/')}"


class BackOfficeGuardMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        user = request.user
        if (
            user.is_authenticated
            and user.is_staff
            and is_back_office(request.path_info)
            # Signing out must always work, second step or not.
            and request.path_info != reverse("admin:logout")
        ):
            response = self.signed_out_if_idle(request) or self.second_step(request)
            if response:
                return response
        return self.get_response(request)

    def signed_out_if_idle(self, request):
        moment = now()
        last_seen = request.session.get(LAST_SEEN)
        if last_seen is not None and moment - last_seen > settings.BACK_OFFICE_IDLE_MINUTES * 60:
            logout(request)
            # After logout(), so the message lives in the new, signed-out session.
            messages.info(
                request,
                ngettext(
                    "You were signed out of the back office because it was not used for "
                    "%(minutes)d minute. Sign in again to carry on.",
                    "You were signed out of the back office because it was not used for "
                    "%(minutes)d minutes. Sign in again to carry on.",
                    settings.BACK_OFFICE_IDLE_MINUTES,
                )
                % {"minutes": settings.BACK_OFFICE_IDLE_MINUTES},
            )
            return redirect_to_login(request.get_full_path(), reverse("account_login"))
        # Written at most once a minute: each write is a database query. The time-out is then
        # between the setting and one minute more (django-session-timeout's "grace period").
        if last_seen is None or moment - last_seen >= REFRESH_SECONDS:
            request.session[LAST_SEEN] = moment
        return None

    def second_step(self, request):
        # The session first, so the usual case costs no query: allauth records a code only
        # after checking it against the person's app.
        if not must_use_mfa(request.user) or session_gave_code(request):
            return None
        if has_app(request.user):
            return redirect(with_next(reverse("mfa_reauthenticate"), request.get_full_path()))
        return redirect(with_next(reverse("mfa_setup_start"), request.get_full_path()))


def safe_next(request, url):
    if url and url_has_allowed_host_and_scheme(
        url, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return url
    return reverse("admin:index") if request.user.is_staff else reverse("home")


@login_required
def setup_start(request):
    """Why we ask for a second step, in plain words, before allauth's set-up pages; remembers
    where the person was going, for the "continue" after their recovery codes."""
    request.session[NEXT] = safe_next(request, request.GET.get("next"))
    if has_app(request.user):
        return redirect("mfa_continue")
    return render(
        request,
        "mfa/setup_start.html",
        {"required": must_use_mfa(request.user), "council": is_council(request.user)},
    )


@login_required
def setup_continue(request):
    return redirect(safe_next(request, request.session.pop(NEXT, None)))


def after_set_up(request, user, authenticator, **kwargs):
    """Typing a correct code to switch the app on proves this person has it: that counts as
    this sign-in's second step, so they go straight on instead of being asked again."""
    if authenticator.type == Authenticator.Type.TOTP and request is not None:
        record_authentication(request, user, "mfa", id=authenticator.pk, type=authenticator.type)


def after_sign_in(request, user, **kwargs):
    """Signing in starts the idle timer (afresh: Django keeps a session's data when the same
    person signs in again), and saves the back office's first page a session write."""
    request.session[LAST_SEEN] = now()
