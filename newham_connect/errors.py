"""The error pages residents see (400, 403, 404, 429, 500), and the JSON errors open data gives.

Pages are in the language of the address (LocaleMiddleware has already activated it from the
prefix). Open data (/api/, /openactive/) answers RFC 9457 problem reports in English instead,
so a client never has to parse a web page. No page shows the site's addresses, settings or
what went wrong inside: only what the resident can do next.

The 500 page is rendered from a self-contained template with a plain context: no context
processors, no session, no user, no query, so it still renders when the database is down.
While the database cannot be reached, the same path answers 503 with its own page.
"""

import sys

from django.conf import settings
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.template import loader
from django.utils import translation
from django.utils.translation import gettext as _

# Machine-readable addresses (no language prefix): they get JSON, never HTML.
OPEN_DATA_PREFIXES = ("/api/", "/openactive/")

TITLES = {  # English on purpose: problem reports are for programs and their logs
    400: "Bad request",
    403: "Forbidden",
    404: "Not found",
    429: "Too many requests",
    500: "Internal server error",
    503: "Service unavailable",
}

# Seconds a client is asked to wait while the database is away (a restart takes seconds).
RETRY_AFTER_DATABASE = 10


def problem(status, detail, title=None):
    """An RFC 9457 problem report, so clients can show `detail` to a person."""
    return JsonResponse(
        {"status": status, "title": title or TITLES[status], "detail": detail},
        status=status,
        content_type="application/problem+json",
    )


def is_open_data(request):
    return request is not None and request.path_info.startswith(OPEN_DATA_PREFIXES)


def _page(request, status, detail, context=None):
    if is_open_data(request):
        return problem(status, detail)
    return render(request, f"{status}.html", context or {}, status=status)


def bad_request(request, exception=None, message=None):
    """400. `message` says what was wrong, in the page's language."""
    return _page(
        request,
        400,
        "The request could not be read: it contains characters that cannot be used."
        if message
        else "The request could not be read.",
        {"message": message},
    )


def permission_denied(request, exception=None):
    return _page(request, 403, "You may not see this.")


def csrf_failure(request, reason=""):
    """A form sent without its security token: usually a page left open too long."""
    return _page(
        request,
        403,
        "The form's security token was missing or wrong.",
        {"message": _("The form was open too long, or was sent from another site.")},
    )


def page_not_found(request, exception=None):
    return _page(request, 404, "There is nothing at this address.")


def too_many_requests(request, retry_after):
    response = _page(
        request,
        429,
        f"Too many requests from this address. Try again in {retry_after} seconds.",
        {"minutes": max(1, -(-retry_after // 60))},
    )
    response["Retry-After"] = str(retry_after)
    return response


def _database_unreachable():
    """Django calls handler500 inside its `except` block, so the exception is at hand. Any
    layer may be the one that met the database first: a view, the session or the user."""
    return isinstance(sys.exc_info()[1], (OperationalError, InterfaceError))


def server_error(request=None):
    status = 503 if _database_unreachable() else 500
    if is_open_data(request):
        response = problem(status, "Something went wrong on our side. Try again later.")
    else:
        # The language from the address itself (nothing else is trusted to work now).
        language = (
            translation.get_language_from_path(request.path_info) if request is not None else None
        )
        fallback = translation.get_language() or settings.LANGUAGE_CODE
        with translation.override(language or fallback):
            body = loader.get_template(f"{status}.html").render(
                {
                    "feedback_email": settings.FEEDBACK_EMAIL,
                    "home_url": f"/{translation.get_language()}/",
                }
            )
        response = HttpResponse(body, status=status)
    if status == 503:
        response["Retry-After"] = str(RETRY_AFTER_DATABASE)
    return response
