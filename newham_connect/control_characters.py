"""Refuse, in one place, requests that carry control characters in the address or a form.

No text a person types contains C0 control characters other than tab, line feed and carriage
return. They can only come from a broken or hostile client, and they break what comes after:
PostgreSQL refuses NUL in any string (a 500 wherever a parameter reaches a query), terminals
and logs interpret escape sequences, and exported files carry them on. Checking every view's
parameters and every form's fields one by one would always miss the next one; this middleware
answers the 400 page (JSON for open data) before any view runs.
"""

import re
from importlib import import_module

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.utils.translation import gettext as _

from . import errors

CONTROL_CHARACTERS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def _texts(request):
    yield request.path_info
    # A session cookie with NUL would reach the session table too; browsers never send one.
    for name, value in request.COOKIES.items():
        yield name
        yield value
    sources = [request.GET]
    if request.method not in ("GET", "HEAD", "OPTIONS"):
        sources.append(request.POST)  # empty unless the body is a form
        yield from (upload.name or "" for upload in request.FILES.values())
    for data in sources:
        for name, values in data.lists():
            yield name
            yield from values


def has_control_characters(request):
    return any(CONTROL_CHARACTERS.search(text) for text in _texts(request))


class RefuseControlCharactersMiddleware:
    """Placed after LocaleMiddleware (the 400 page is in the address's language) and after
    CSPMiddleware (its script carries the nonce)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if has_control_characters(request):
            # The page is shown as to someone signed out, with an empty session: the session,
            # user and messages are lazy, and loading them would send the refused cookie to
            # the database. An empty session also tells the browser to drop that cookie.
            request.session = import_module(settings.SESSION_ENGINE).SessionStore()
            request.user = AnonymousUser()
            return errors.bad_request(
                request,
                message=_("The web address or the form contained characters that cannot be used."),
            )
        return self.get_response(request)
