"""Limits on the public forms anyone can send without an account ("I'm interested", "report a
problem"), so a robot cannot flood an organisation or the moderators.

allauth's rate limiter does the counting (per client address, honouring its proxy settings);
the limits sit beside the sign-in limits in `ACCOUNT_RATE_LIMITS`. Only valid submissions
count, so somebody correcting typing mistakes is never locked out.

Every refusal is a 429 with Retry-After: our forms come back with what was typed (nothing is
lost); allauth's limits (sign-in, sign-up, password reset) show the 429 page (`handler429`).
"""

import re

from allauth.account import app_settings
from allauth.core import ratelimit
from django.utils.translation import gettext as _

from . import errors

UNIT_SECONDS = {"s": 1, "m": 60, "h": 3600, "d": 86400}
DEFAULT_RETRY_AFTER = 60


def retry_after(action):
    """Seconds until a refused sender can try again: the longest window of the action's limits
    ("5/5m/key" → 300), as allauth counts them."""
    windows = []
    for rate in (app_settings.RATE_LIMITS or {}).get(action, "").split(","):
        match = re.fullmatch(r"\s*\d+/(\d*\.?\d*)([smhd])(/\w+)?\s*", rate)
        if match:
            windows.append(float(match[1] or 1) * UNIT_SECONDS[match[2]])
    return int(max(windows, default=DEFAULT_RETRY_AFTER))


def allow_get(request, action):
    """Count a GET against `action`'s limits; False once they are used up. allauth's public
    `consume` never limits GETs, so this is the one place that reaches its counter directly."""
    from allauth.core.internal import ratelimit as allauth_ratelimit

    return bool(
        allauth_ratelimit.consume(request, app="allauth.account", action=action, limit_get=True)
    )


def handler429(request):
    """allauth's refusals: its views are named after their actions (account_signup: signup)."""
    match = getattr(request, "resolver_match", None)
    action = (match.url_name or "").removeprefix("account_") if match else ""
    return errors.too_many_requests(request, retry_after(action))


def refuse_if_limited(view, form, action):
    """None if `form` may be saved now (and count it); otherwise the form again, with what was
    typed, a message in the page's language and status 429."""
    if ratelimit.consume(view.request, action=action):
        return None
    form.add_error(
        None,
        _(
            "This form has been sent many times from your internet connection in the last "
            "hour. Please try again later, or contact the organisation directly."
        ),
    )
    response = view.form_invalid(form)
    response.status_code = 429
    response["Retry-After"] = str(retry_after(action))
    return response
