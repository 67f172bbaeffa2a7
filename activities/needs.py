"""What an activity's organisation should do, for the back office's home (directory/home.py)."""

from django.db.models import Exists, OuterRef
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.home import SHOWN, Need
from newham_connect.moderation import ModerationStatus

from .models import ActivitySeries, Occurrence


def no_dates_coming(request, organisation_ids):
    """Activities not archived with no session still to come: residents see "no dates", so
    the organisation should add dates or archive it."""
    coming = Occurrence.objects.filter(
        series=OuterRef("pk"), end__gte=timezone.now(), cancelled=False
    )
    series = (
        ActivitySeries.objects.filter(organisation__in=organisation_ids)
        .exclude(status=ModerationStatus.ARCHIVED)
        .filter(~Exists(coming))
        .order_by("name")
    )
    found = list(series.only("id", "name")[: SHOWN + 1])
    detail = _("No sessions are coming. Add dates, or archive it.")
    return Need(
        _("Activities with no dates coming"),
        [
            (str(obj), reverse("admin:activities_activityseries_change", args=[obj.pk]), detail)
            for obj in found[:SHOWN]
        ],
        len(found),
    )
