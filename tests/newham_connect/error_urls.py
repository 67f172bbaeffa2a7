"""The site's URLs plus views that fail on purpose, for the error page tests."""

from django.conf.urls.i18n import i18n_patterns
from django.core.exceptions import PermissionDenied, SuspiciousOperation
from django.db import connection
from django.urls import path

from newham_connect.urls import (  # noqa: F401 - Django reads the handlers from ROOT_URLCONF
    handler400,
    handler403,
    handler404,
    handler429,
    handler500,
)
from newham_connect.urls import urlpatterns as site_urls


def suspicious(request):
    raise SuspiciousOperation("test")


def forbidden(request):
    raise PermissionDenied


def crash(request):
    raise RuntimeError("a bug")


def needs_the_database(request):
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
    raise AssertionError("the database was meant to be down")  # pragma: no cover


failing = [
    path("fail/400/", suspicious),
    path("fail/403/", forbidden),
    path("fail/500/", crash),
    path("fail/database/", needs_the_database),
]
urlpatterns = [
    path("api/fail/", crash),
    path("api/fail/database/", needs_the_database),
    *i18n_patterns(*failing, prefix_default_language=True),
    *site_urls,
]
