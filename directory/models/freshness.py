"""“Details checked on”: every listing says when someone last checked it is still right.

Residents trust a directory whose details are checked; a listing nobody has looked at for
months is where a wasted journey comes from. A partner confirms "still correct" in one click;
`manage.py stale_listings_reminders` (daily) emails the organisation when a published listing
has not been checked for 6 months, and tells the moderators at 12 (directory/freshness.py).
A listing never confirmed counts from the day it was added.
"""

import datetime

from dateutil.relativedelta import relativedelta
from django.db import models
from django.db.models.functions import Coalesce, TruncDate
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

REMIND_AFTER = relativedelta(months=6)
FLAG_AFTER = relativedelta(months=12)
# While a listing stays unchecked, its organisation is reminded again this often.
REMIND_AGAIN_AFTER = datetime.timedelta(days=30)


class CheckedQuerySet(models.QuerySet):
    def with_last_checked(self):
        """Annotates `last_checked`: the check date, or the day it was added."""
        if "last_checked" in self.query.annotations:
            return self
        added = TruncDate("created", tzinfo=timezone.get_current_timezone())
        return self.annotate(last_checked=Coalesce("assured_date", added))

    def not_checked_since(self, day):
        return self.with_last_checked().filter(last_checked__lte=day)

    def checked_since(self, day):
        return self.with_last_checked().filter(last_checked__gt=day)


class CheckedListing(models.Model):
    assured_date = models.DateField(
        _("details last checked"),
        null=True,
        blank=True,
        help_text=_("When someone last checked that these details are right."),
    )
    # Set by the daily reminders with a queryset update (no history row); cleared by a check.
    check_reminder_sent_on = models.DateField(
        _("reminded to check on"), null=True, blank=True, editable=False
    )
    check_flagged_on = models.DateField(
        _("shown to moderators as not checked on"), null=True, blank=True, editable=False
    )

    # Not what the listing says, so not in its history (newham_connect.history).
    history_excluded_fields = ("check_reminder_sent_on", "check_flagged_on")

    class Meta:
        abstract = True

    @property
    def details_checked_on(self):
        return self.assured_date or timezone.localdate(self.created)

    def is_due_for_check(self, today=None):
        return self.details_checked_on <= (today or timezone.localdate()) - REMIND_AFTER

    def mark_still_correct(self, today=None):
        """The partner says the details are right: the check date is today (history keeps it)."""
        self.assured_date = today or timezone.localdate()
        self.check_reminder_sent_on = self.check_flagged_on = None
        self.save(update_fields=["assured_date", "check_reminder_sent_on", "check_flagged_on"])
