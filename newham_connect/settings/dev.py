"""Local development: emails printed to the console, and the pages residents see.

Debug pages are off unless asked for (`DJANGO_DEBUG=1 ./dev run`), so `./dev run` shows the
real 404/500 pages; tracebacks still print to the console (base LOGGING). Without DEBUG,
runserver serves no static files: whitenoise serves them straight from the source folders.
"""

import os

from .base import *  # noqa: F403

DEBUG = os.environ.get("DJANGO_DEBUG") == "1"
SECRET_KEY = SECRET_KEY or "dev-only-not-secret"  # noqa: F405
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
# The invented content and its seed_demo/seed_bulk commands; never in production settings.
INSTALLED_APPS = [*INSTALLED_APPS, "demo"]  # noqa: F405
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
