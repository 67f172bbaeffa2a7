"""What an opportunity's organisation should do, for the back office's home (directory/home.py)."""

from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _

from directory.home import SHOWN, Need

from .models import Interest


def volunteers_waiting(request, organisation_ids):
    """People who offered to help and have not been contacted yet, longest waiting first."""
    waiting = (
        Interest.objects.filter(opportunity__organisation__in=organisation_ids)
        .waiting()
        .select_related("opportunity")
        .order_by("created")
    )
    found = list(waiting[: SHOWN + 1])
    since = _("Waiting since %(day)s")
    return Need(
        _("Volunteers waiting to hear from you"),
        [
            (
                str(interest.opportunity),
                reverse("admin:volunteering_interest_change", args=[interest.pk]),
                since % {"day": date_format(timezone.localdate(interest.created))},
            )
            for interest in found[:SHOWN]
        ],
        len(found),
        reverse("admin:volunteering_interest_changelist") + "?waiting=all",
    )
