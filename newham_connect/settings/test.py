"""Fast, deterministic settings for the test suite (still real PostgreSQL)."""

from .base import *  # noqa: F403
from .services import post_office_config

DEBUG = False
SECRET_KEY = "tests-only-not-secret"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
# The invented content and its seed_demo/seed_bulk commands; never in production settings.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
# A test database is thrown away: commits need not wait for the disk (every server, also a
# DATABASE_URL one; the temporary PostgreSQL 15 cluster of ./dev test-pg15 runs without fsync).
DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Mail tests that ask for the queue set EMAIL_BACKEND = "post_office.EmailBackend" themselves;
# the rest keep Django's outbox (the test runner forces locmem anyway). The queue delivers to
# the outbox too.
POST_OFFICE = post_office_config("django.core.mail.backends.locmem.EmailBackend")
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests change rows behind the page cache's back (queryset.update, bulk_create): the page
# cache's own tests switch it on.
PUBLIC_PAGE_CACHE = {**PUBLIC_PAGE_CACHE, "SECONDS": 0}  # noqa: F405
# Hashed static names 404 under pytest's live_server; plain storage serves the same files.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True
