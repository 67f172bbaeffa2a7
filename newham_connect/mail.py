"""Emails from the back office: templated, in a chosen language, and never the reason a save
fails.

In production every mail is queued, not sent: EMAIL_BACKEND is django-post-office's backend
(settings/production.py), so `send_mail` here, and allauth's sign-up and password mails, write
a row in PostgreSQL inside the request, and the `send_queued_mail` timer delivers and retries
it. A mail server that is down or slow therefore never slows or breaks a form; failures show
in the back office's mail queue. Tests keep Django's outbox (the test runner's locmem backend).
"""

import functools
import logging

from django.conf import settings
from django.core.mail import send_mail
from django.template import Context
from django.template.loader import get_template
from django.utils import translation

log = logging.getLogger(__name__)


def site_url():
    """Where links in emails point (a management command has no request to ask)."""
    return settings.SITE_URL.rstrip("/")


def render_text(template, context):
    """A plain-text template, rendered without HTML escaping: an email is not a web page, so
    "Tea & <cake>" must arrive as typed, not as "Tea &amp; &lt;cake&gt;" (which happened in
    every subject that forgot {% autoescape off %})."""
    return get_template(template).template.render(Context(context, autoescape=False))


def send_templated(template, recipients, context, language="en"):
    """Send `<template>_subject.txt` and `<template>_message.txt`, rendered in `language`."""
    if not recipients:
        return 0
    with translation.override(language):
        subject = render_text(f"{template}_subject.txt", context)
        body = render_text(f"{template}_message.txt", context)
    return send_mail(
        " ".join(subject.split()),
        body,
        settings.DEFAULT_FROM_EMAIL,
        recipients,
        fail_silently=False,
    )


def best_effort(notify):
    """A notification after something is saved must not turn that success into an error page;
    a failure is logged for the operators instead."""

    @functools.wraps(notify)
    def wrapper(*args, **kwargs):
        try:
            return notify(*args, **kwargs)
        except Exception:
            log.exception("Could not send %s", notify.__name__)
            return None

    return wrapper
