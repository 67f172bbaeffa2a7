"""Emails about residents' problem reports: the organisation and the moderators hear of a new
report at once; the resident who left an address is told when it has been dealt with, in the
language of the page they reported from, with what was done.

The reporter's address is personal data and only council staff see it, so it is in no email.
"""

from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from newham_connect.mail import best_effort, send_templated, site_url

from .recipients import moderator_recipients, organisation_recipients


def _admin_link(report):
    return site_url() + reverse("admin:directory_listingreport_change", args=[report.pk])


@best_effort
def _send_new_report(report):
    context = {"report": report, "service": report.service, "link": _admin_link(report)}
    recipients = sorted(
        {*organisation_recipients(report.service.organisation), *moderator_recipients()}
    )
    send_templated("directory/email/new_report", recipients, context)


def notify_new_report(report):
    transaction.on_commit(lambda: _send_new_report(report))


@best_effort
def _send_answer(report):
    context = {
        "report": report,
        "service": report.service,
        "page": site_url() + report.service.get_absolute_url(),
    }
    send_templated(
        "directory/email/report_answered", [report.email], context, report.language or "en"
    )


def tell_reporter(report):
    """Once, when a report with a reply address is first marked as dealt with."""
    if not report.email or report.reporter_told_at is not None:
        return
    report.reporter_told_at = timezone.now()
    type(report).objects.filter(pk=report.pk).update(reporter_told_at=report.reporter_told_at)
    transaction.on_commit(lambda: _send_answer(report))
