"""Whole public pages kept in the shared cache for residents without a session.

Which pages: the views named in settings.PUBLIC_PAGE_CACHE["VIEWS"] (the search, the lists,
the listing pages). The key is the full address, which carries the language and the query.
A page is kept only when nobody is signed in (no session cookie), the answer is a 200, it
sets no cookie and holds no form token, so nothing personal is ever served to someone else.

When it goes stale: a "generation" number in the same cache is part of every key; saving or
deleting any row of the apps in settings.PUBLIC_PAGE_CACHE["APPS"] moves it on, so every app
server stops using every kept page at once (publishing, editing or archiving a listing). Bulk
writes send no signals (the nightly session expansion): the pages' time limit ("SECONDS")
bounds how long they can be out of date.

What a view does on every visit and not only when it renders (counting searches that found
little) it names with also_on_hit(): kept with the page and done again on each hit.

The one inline script's nonce is per request: a kept page has a placeholder in its place,
filled with the new request's nonce, so the Content-Security-Policy header matches.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils.module_loading import import_string

log = logging.getLogger(__name__)
GENERATION = "pages:generation"
NONCE_MARK = "__nc_nonce__"


def _options():
    return settings.PUBLIC_PAGE_CACHE


def generation():
    return cache.get(GENERATION, 0)


def listings_changed():
    try:
        cache.incr(GENERATION)
    except ValueError:  # not set yet (or the cache was emptied)
        cache.set(GENERATION, 1, None)


def also_on_hit(request, function, *args):
    """Call `function` (a dotted path) with `args` each time this page is served from the
    cache. The view has already done it for this visit; args must be plain data."""
    request.page_cache_on_hit = [*getattr(request, "page_cache_on_hit", []), (function, args)]


def _on_hit(calls):
    for function, args in calls:
        try:
            import_string(function)(*args)
        except Exception:  # a count that fails must not cost the resident their page
            log.exception("page cache: %s failed on a hit", function)


@receiver([post_save, post_delete, m2m_changed], dispatch_uid="nc-public-page-cache")
def _row_changed(sender, **kwargs):
    if kwargs.get("action", "post_").startswith("post_") and (
        sender._meta.app_label in _options()["APPS"]
    ):
        listings_changed()


class PublicPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.process_response(request, self.get_response(request))

    def process_view(self, request, view_func, view_args, view_kwargs):
        options = _options()
        if (
            not options["SECONDS"]
            or request.method != "GET"
            or settings.SESSION_COOKIE_NAME in request.COOKIES
            or request.resolver_match.view_name not in options["VIEWS"]
        ):
            return None
        address = hashlib.blake2s(request.get_full_path().encode()).hexdigest()
        request.page_cache_key = key = f"page:{generation()}:{address}"
        kept = cache.get(key)
        if kept is None:
            return None
        content, content_type, headers, calls = kept
        _on_hit(calls)
        nonce = getattr(request, "csp_nonce", None)
        if nonce is not None:  # using the nonce makes the policy header name it
            content = content.replace(NONCE_MARK.encode(), str(nonce).encode())
        response = HttpResponse(content, content_type=content_type)
        for name, value in headers:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        return response

    def process_response(self, request, response):
        key = getattr(request, "page_cache_key", None)
        if (
            key is None
            or response.get("X-Page-Cache") == "hit"
            or response.status_code != 200
            or response.cookies
            or response.streaming
        ):
            return response
        content = response.content
        if b"csrfmiddlewaretoken" in content:  # a form for this visitor only
            return response
        nonce = getattr(request, "csp_nonce", None)
        if nonce is not None and str(nonce).encode() in content:
            content = content.replace(str(nonce).encode(), NONCE_MARK.encode())
        headers = [(h, response[h]) for h in ("Content-Language", "Vary") if response.has_header(h)]
        calls = getattr(request, "page_cache_on_hit", [])
        cache.set(key, (content, response["Content-Type"], headers, calls), _options()["SECONDS"])
        response["X-Page-Cache"] = "miss"
        return response
