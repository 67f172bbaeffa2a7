"""Emails about expressions of interest, and the "nobody left waiting" reminders.

Organisations and the council get back-office emails in English (the back office is English);
applicants get theirs in the language of the page they used.
"""

import datetime
import logging

from django.conf import settings
from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from directory.recipients import moderator_recipients, organisation_recipients
from newham_connect.mail import best_effort, send_templated, site_url

from .models import (
    ESCALATE_AFTER_WORKING_DAYS,
    REMINDER_AFTER_WORKING_DAYS,
    Interest,
)

log = logging.getLogger(__name__)

FEEDBACK_SALT = "volunteering.feedback"
BENEFICIARY_SALT = "volunteering.beneficiary-feedback"
MANAGE_SALT = "volunteering.your-application"


def council_recipients():
    """The moderators, and the Volunteering Hub's own address when there is one."""
    hub = settings.VOLUNTEERING_HUB_EMAIL
    return sorted({*moderator_recipients(), *([hub] if hub else [])})


def _admin_link(interest):
    return site_url() + reverse("admin:volunteering_interest_change", args=[interest.pk])


def _send(template, recipients, context, language="en"):
    return send_templated(f"volunteering/email/{template}", recipients, context, language)


def feedback_token(interest):
    return signing.dumps(str(interest.pk), salt=FEEDBACK_SALT)


def manage_token(interest):
    """The applicant's own key to see, download and delete what they sent (no account needed).
    It stays valid while the data exists: once deleted, the page only says so."""
    return signing.dumps(str(interest.pk), salt=MANAGE_SALT)


def beneficiary_token(opportunity):
    return signing.dumps(str(opportunity.pk), salt=BENEFICIARY_SALT)


@best_effort
def notify_new_interest(interest):
    """Tell the organisation someone is waiting, and the applicant what happens next."""
    opportunity = interest.opportunity
    organisation = opportunity.organisation
    context = {
        "interest": interest,
        "opportunity": opportunity,
        "organisation": organisation,
        "admin_link": _admin_link(interest),
        "reminder_days": REMINDER_AFTER_WORKING_DAYS,
    }
    _send("new_interest", organisation_recipients(organisation), context)
    if interest.email:
        with translation.override(interest.language):
            context["opportunity_link"] = site_url() + opportunity.get_absolute_url()
            context["manage_link"] = site_url() + reverse(
                "volunteering:application", args=[manage_token(interest)]
            )
        _send("interest_received", [interest.email], context, interest.language)


@best_effort
def notify_finished(interest):
    """Ask the volunteer how it went (works without an account: the link is signed)."""
    if not interest.email:
        return
    with translation.override(interest.language):
        path = reverse("volunteering:feedback", args=[feedback_token(interest)])
    context = {
        "interest": interest,
        "opportunity": interest.opportunity,
        "feedback_link": site_url() + path,
    }
    _send("feedback_request", [interest.email], context, interest.language)


def _due(interests, now, days):
    """Those whose `days`-working-day deadline has passed (checked exactly, in Python)."""
    from . import workdays

    return [i for i in interests if workdays.add_working_days(i.created, days) <= now]


def send_reminders(now=None, stdout=None):
    """Remind organisations after 3 working days, escalate to the council after 7; once each.

    Rows are locked while their email goes out, so two runs at once cannot both send, and a
    failed email leaves the row unmarked for the next run.
    """
    now = now or timezone.now()
    counts = {"reminded": 0, "escalated": 0}
    # N working days are at least N calendar days: a cheap SQL bound before the exact check.
    waiting = Interest.objects.waiting().select_related("opportunity__organisation")
    with transaction.atomic():
        candidates = (
            waiting.filter(
                reminder_sent_at__isnull=True,
                created__lte=now - datetime.timedelta(days=REMINDER_AFTER_WORKING_DAYS),
            )
            .select_for_update(skip_locked=True, of=("self",))
            .order_by("created")
        )
        for interest in _due(candidates, now, REMINDER_AFTER_WORKING_DAYS):
            organisation = interest.opportunity.organisation
            context = {
                "interest": interest,
                "opportunity": interest.opportunity,
                "organisation": organisation,
                "admin_link": _admin_link(interest),
                "days": interest.working_days_waiting(now),
                "escalate_days": ESCALATE_AFTER_WORKING_DAYS,
            }
            recipients = organisation_recipients(organisation)
            if not recipients:
                # Nobody to remind: the escalation after 7 days still goes to the council.
                log.warning("No one to remind at %s about %s", organisation, interest.pk)
            _send("reminder", recipients, context)
            interest.reminder_sent_at = now
            interest.save(update_fields=["reminder_sent_at"])
            counts["reminded"] += 1

    with transaction.atomic():
        candidates = (
            waiting.filter(
                escalated_at__isnull=True,
                created__lte=now - datetime.timedelta(days=ESCALATE_AFTER_WORKING_DAYS),
            )
            .select_for_update(skip_locked=True, of=("self",))
            .order_by("created")
        )
        due = _due(candidates, now, ESCALATE_AFTER_WORKING_DAYS)
        if due:
            context = {
                "interests": [
                    {
                        "interest": i,
                        "days": i.working_days_waiting(now),
                        "admin_link": _admin_link(i),
                    }
                    for i in due
                ],
                "escalate_days": ESCALATE_AFTER_WORKING_DAYS,
            }
            _send("escalation", council_recipients(), context)
            for interest in due:
                interest.escalated_at = now
                interest.save(update_fields=["escalated_at"])
            counts["escalated"] = len(due)
    if stdout is not None:
        stdout.write(
            f"{counts['reminded']} reminders sent to organisations, "
            f"{counts['escalated']} interests escalated to the council."
        )
    return counts


@best_effort
def notify_team_booking(booking):
    """Tell the organisation a team would like to come (details are in the back office)."""
    opportunity = booking.opportunity
    context = {
        "booking": booking,
        "opportunity": opportunity,
        "admin_link": site_url()
        + reverse("admin:volunteering_teambooking_change", args=[booking.pk]),
    }
    _send("team_booking", organisation_recipients(opportunity.organisation), context)


@best_effort
def notify_team_booking_decision(booking):
    """Tell the team's contact whether the organisation can have them on that day. Sent in
    English, like the organisation's own emails: the contact is a business's staff member."""
    context = {
        "booking": booking,
        "opportunity": booking.opportunity,
        "organisation": booking.opportunity.organisation,
    }
    with translation.override("en"):
        context["team_link"] = site_url() + reverse("volunteering:team", args=[booking.team_id])
    _send(f"team_booking_{booking.status}", [booking.team.contact_email], context)
