"""Limits on the public forms anyone can send without an account ("I'm interested", "report a
problem"), so a robot cannot flood an organisation or the moderators.

allauth's rate limiter does the counting (per client address, honouring its proxy settings);
the limits sit beside the sign-in limits in `ACCOUNT_RATE_LIMITS`. Only valid submissions
count, so somebody correcting typing mistakes is never locked out.
"""

from allauth.core import ratelimit
from django.utils.translation import gettext as _


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
    return response
