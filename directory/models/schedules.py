"""Opening times as simple recurrence rules (HSDS schedule), and the day arithmetic they need.

The owners are named as strings so this module needs nothing from services, which filters
by opening times.
"""

import datetime
import uuid

from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.db import models
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _

# Weekday codes as in an iCalendar RRULE (RFC 5545 BYDAY), Monday first like Python's weekday().
WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# "MO" every week; "1MO".."5MO" the nth Monday of the month; "-1MO" the last Monday.
BYDAY_RE = r"^(-1|[1-5])?(MO|TU|WE|TH|FR|SA|SU)$"


class Frequency(models.TextChoices):
    WEEKLY = "WEEKLY", _("Every week")
    MONTHLY = "MONTHLY", _("Every month")


class ScheduleQuerySet(models.QuerySet):
    def current(self, day):
        """Schedules in force on this date (no dates means always)."""
        return self.filter(
            models.Q(valid_from__isnull=True) | models.Q(valid_from__lte=day),
            models.Q(valid_to__isnull=True) | models.Q(valid_to__gte=day),
        )

    def on_weekday(self, weekday):
        """Running on this weekday in at least some weeks (every week or some of the month)."""
        code = WEEKDAY_CODES[weekday]
        return self.filter(byday__overlap=[code, *[f"{n}{code}" for n in (1, 2, 3, 4, 5, -1)]])

    def for_services(self, services):
        """These services' own opening times and their venues', in one query, each with
        `listed_service_id`: the service it belongs to either way."""
        ids = [service.pk for service in services]
        return self.filter(
            models.Q(service_id__in=ids) | models.Q(service_at_location__service_id__in=ids)
        ).annotate(listed_service_id=Coalesce("service_id", "service_at_location__service_id"))

    def open_at(self, moment):
        """Open at this local moment: right day of the week (or of the month), within hours."""
        day, time = moment.date(), moment.time()
        return self.current(day).filter(
            byday__overlap=byday_tokens_for(day), opens_at__lte=time, closes_at__gt=time
        )


def byday_tokens_for(day):
    """The BYDAY tokens that match a date: "TH", "2TH" (2nd Thursday), "-1TH" if the last."""
    code = WEEKDAY_CODES[day.weekday()]
    tokens = [code, f"{(day.day - 1) // 7 + 1}{code}"]
    if (day + datetime.timedelta(days=7)).month != day.month:
        tokens.append(f"-1{code}")
    return tokens


class Schedule(models.Model):
    """Opening times as a simple recurrence rule (HSDS schedule: FREQ, BYDAY, opens/closes)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(
        "directory.Service",
        verbose_name=_("service"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="schedules",
    )
    service_at_location = models.ForeignKey(
        "directory.ServiceAtLocation",
        verbose_name=_("service at a venue"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="schedules",
    )
    freq = models.CharField(
        _("how often"), max_length=10, choices=Frequency, default=Frequency.WEEKLY
    )
    byday = ArrayField(
        models.CharField(max_length=4, validators=[RegexValidator(BYDAY_RE)]),
        verbose_name=_("days"),
        help_text=_(
            "Days as in a calendar rule, separated by commas: MO,WE for Mondays and Wednesdays. "
            "Every month: 1MO is the first Monday, -1FR the last Friday."
        ),
    )
    opens_at = models.TimeField(_("opens at"), null=True, blank=True)
    closes_at = models.TimeField(_("closes at"), null=True, blank=True)
    valid_from = models.DateField(_("starting on"), null=True, blank=True)
    valid_to = models.DateField(_("ending on"), null=True, blank=True)
    description = models.CharField(
        _("notes"),
        max_length=300,
        blank=True,
        help_text=_("For example: “Closed on bank holidays” or “Women only”."),
    )

    objects = ScheduleQuerySet.as_manager()

    class Meta:
        ordering = ["opens_at"]
        verbose_name = _("opening times")
        verbose_name_plural = _("opening times")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(service__isnull=False, service_at_location__isnull=True)
                | models.Q(service__isnull=True, service_at_location__isnull=False),
                name="schedule_has_one_owner",
                violation_error_message=_(
                    "Opening times belong either to the service or to one of its venues."
                ),
            ),
            models.CheckConstraint(
                condition=models.Q(opens_at__isnull=True)
                | models.Q(closes_at__isnull=True)
                | models.Q(opens_at__lt=models.F("closes_at")),
                name="schedule_opens_before_closing",
                violation_error_message=_("The opening time must be before the closing time."),
            ),
            models.CheckConstraint(
                condition=models.Q(valid_from__isnull=True)
                | models.Q(valid_to__isnull=True)
                | models.Q(valid_from__lte=models.F("valid_to")),
                name="schedule_dates_in_order",
                violation_error_message=_("The start date must not be after the end date."),
            ),
        ]
        indexes = [
            # "Open now" and "open on a day" filters look for overlapping BYDAY tokens.
            GinIndex(fields=["byday"], name="schedule_byday_gin"),
        ]

    def __str__(self):
        return self.rrule

    def clean(self):
        super().clean()
        errors = {}
        if not self.byday:
            errors["byday"] = _("Choose at least one day.")
        elif self.freq == Frequency.WEEKLY and any(len(token) > 2 for token in self.byday):
            errors["byday"] = _("A day of the month (like 1MO) only makes sense every month.")
        elif self.freq == Frequency.MONTHLY and any(len(token) == 2 for token in self.byday):
            errors["byday"] = _("Every month needs which week too: 1MO, 2MO… or -1MO (the last).")
        if self.opens_at and self.closes_at and self.opens_at >= self.closes_at:
            errors["closes_at"] = _("The opening time must be before the closing time.")
        if self.valid_from and self.valid_to and self.valid_from > self.valid_to:
            errors["valid_to"] = _("The start date must not be after the end date.")
        if errors:
            raise ValidationError(errors)

    @property
    def rrule(self):
        """The recurrence as an iCalendar RRULE value, e.g. FREQ=WEEKLY;BYDAY=MO,WE."""
        return f"FREQ={self.freq};BYDAY={','.join(self.byday or [])}"
