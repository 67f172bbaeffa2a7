import os
import secrets
from urllib.parse import urlencode

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponsePermanentRedirect, JsonResponse
from django.shortcuts import redirect, render
from django.templatetags.static import static
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from . import errors, ratelimit, search

# The three doors on the home page: their titles and one-line promises.
DOORS = {
    "activities": {
        "title": _("Activities"),
        "intro": _(
            "Clubs, classes, groups and events near you. Meet people and try something new."
        ),
        "url_name": "activities:index",
    },
    "services": {
        "title": _("Services and support"),
        "intro": _("Help with money, food, housing, health, English and more."),
        "url_name": "directory:services",
    },
    "volunteering": {
        "title": _("Volunteering"),
        "intro": _("Give your time, learn new skills and help your neighbours."),
        "url_name": "volunteering:index",
    },
}


class HomeView(TemplateView):
    template_name = "newham_connect/home.html"
    extra_context = {"doors": DOORS}


class SearchView(TemplateView):
    """One search box across the portal. Each app contributes a section of results."""

    template_name = "newham_connect/search.html"

    def get(self, request, *args, **kwargs):
        # Each search runs a query in every app: limit them per address, as the public forms
        # are, so a robot cannot make the site slow for everyone.
        if request.GET.get("q", "").strip() and not ratelimit.allow_get(request, "search"):
            return errors.too_many_requests(request, ratelimit.retry_after("search"))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        # Shown back as typed; the search itself squeezes the spaces.
        query = self.request.GET.get("q", "").strip()[:200]
        understood, sections = search.run(query, self.request) if query else (None, [])
        return super().get_context_data(
            query=query, understood=understood, sections=sections, **kwargs
        )


def page(name):
    """A static content page (accessibility statement, privacy notice)."""
    return TemplateView.as_view(template_name=f"pages/{name}.html")


def healthz(request):
    """For the load balancer and the operators: the database and the shared cache each answer.
    503 when either does not, so nginx or a monitor takes this server out of service."""
    checks = {"database": _database_ok(), "cache": _cache_ok()}
    healthy = all(checks.values())
    return JsonResponse(
        {
            "status": "ok" if healthy else "unavailable",
            **{name: "ok" if ok else "unavailable" for name, ok in checks.items()},
        },
        status=200 if healthy else 503,
        headers={"Cache-Control": "no-store"},
    )


def _database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        return False
    return True


def _cache_ok():
    # A value of our own read back: a cache that drops writes (Redis away) fails too. The key
    # is this process's, so servers checked at the same moment do not overwrite each other's.
    key, token = f"healthz:{os.getpid()}", secrets.token_hex(8)
    try:
        cache.set(key, token, 30)
        return cache.get(key) == token
    except Exception:  # any backend, any failure: the answer is "not healthy"
        return False


def admin_login(request, extra_context=None):
    """The back office signs in through allauth, so its rate limits and email checks apply."""
    if request.user.is_authenticated and not request.user.is_staff:
        return render(request, "newham_connect/no_back_office.html", status=403)
    next_url = request.GET.get("next", "")
    if not url_has_allowed_host_and_scheme(next_url, allowed_hosts={request.get_host()}):
        next_url = reverse("admin:index")
    if request.user.is_authenticated:
        return redirect(next_url or reverse("admin:index"))
    return redirect(
        f"{reverse('account_login')}?{urlencode({'next': next_url or reverse('admin:index')})}"
    )


def favicon(request):
    # Resolved per request: with hashed static names the address is only known at run time.
    return HttpResponsePermanentRedirect(static("images/favicon.svg"))
