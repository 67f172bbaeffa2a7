"""Production: everything secret or host-specific comes from the environment, or we stop."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .services import caches_and_sessions, post_office_config


def _required(name):
    value = os.environ.get(name)
    if not value:
        raise ImproperlyConfigured(f"Set the {name} environment variable for production.")
    return value


SECRET_KEY = _required("SECRET_KEY")
ALLOWED_HOSTS = _required("ALLOWED_HOSTS").split(",")
CSRF_TRUSTED_ORIGINS = [f"https://{h}" for h in ALLOWED_HOSTS]
# Links in emails: the first host unless the service is reached at another address.
SITE_URL = os.environ.get("SITE_URL") or f"https://{ALLOWED_HOSTS[0]}"

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = True
SECURE_HSTS_SECONDS = 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_REFERRER_POLICY = "same-origin"

# Pages, rate limits and sessions are shared by all workers and app servers: Redis when
# REDIS_URL is set, otherwise a table in PostgreSQL (`manage.py createcachetable`).
CACHES, SESSION_ENGINE = caches_and_sessions(os.environ.get("REDIS_URL"))

# Every mail is queued in PostgreSQL (post_office) and sent after the request by the
# `send_queued_mail` timer, so a slow or absent mail server never breaks a form.
# EMAIL_BACKEND names how the queue delivers (SMTP unless told otherwise).
EMAIL_BACKEND = "post_office.EmailBackend"
POST_OFFICE = post_office_config(
    os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
)
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = os.environ.get("EMAIL_USE_TLS") == "1"
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "20"))
