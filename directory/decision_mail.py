"""Emails when a listing changes state: a listing sent for review reaches the moderators; a
moderator's decision (published, sent back with a note, archived, brought back) reaches the
organisation. Sent after the transaction commits, and never the reason a save fails."""

from django.db import transaction
from django.urls import reverse

from newham_connect.mail import best_effort, send_templated, site_url
from newham_connect.moderation import ModerationStatus

from .models import Organisation
from .recipients import moderator_recipients, organisation_recipients


@best_effort
def _send(listing, status, organisation_id):
    organisation = Organisation.objects.get(pk=organisation_id)
    opts = listing._meta
    context = {
        "listing": listing,
        "kind": opts.verbose_name,
        "organisation": organisation,
        "status": status,
        "link": site_url()
        + reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[listing.pk]),
    }
    if status == ModerationStatus.SUBMITTED:
        send_templated("directory/email/waiting_for_review", moderator_recipients(), context)
    else:
        send_templated("directory/email/decision", organisation_recipients(organisation), context)


def listing_moved(listing, status, organisation_id):
    transaction.on_commit(lambda: _send(listing, status, organisation_id))
