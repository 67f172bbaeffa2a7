"""Employer-supported volunteering: business teams and their bookings."""

import uuid

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from .opportunities import Opportunity


class EmployerTeam(models.Model):
    """A business whose staff volunteer together (employer-supported volunteering)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    business_name = models.CharField(_("business name"), max_length=200)
    contact_name = models.CharField(_("contact name"), max_length=150)
    contact_email = models.EmailField(_("contact email"))
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    staff_count = models.PositiveSmallIntegerField(
        _("how many staff want to volunteer"),
        validators=[MinValueValidator(2), MaxValueValidator(500)],
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("registered by"),
        on_delete=models.CASCADE,
        related_name="employer_teams",
    )
    created = models.DateTimeField(_("registered"), auto_now_add=True)

    class Meta:
        ordering = ["business_name"]
        verbose_name = _("employer team")
        verbose_name_plural = _("employer teams")
        constraints = [
            models.CheckConstraint(
                condition=Q(staff_count__gte=2, staff_count__lte=500),
                name="employer_team_size_range",
                violation_error_message=_("A team has between 2 and 500 people."),
            ),
        ]

    def __str__(self):
        return self.business_name

    def get_absolute_url(self):
        return reverse("volunteering:team", kwargs={"pk": self.pk})


class BookingStatus(models.TextChoices):
    REQUESTED = "requested", _("Waiting for the organisation")
    CONFIRMED = "confirmed", _("Confirmed")
    DECLINED = "declined", _("Not possible")


class TeamBooking(models.Model):
    """An employer team asking to volunteer together on a group-suitable opportunity."""

    team = models.ForeignKey(
        EmployerTeam, verbose_name=_("team"), on_delete=models.CASCADE, related_name="bookings"
    )
    opportunity = models.ForeignKey(
        Opportunity,
        verbose_name=_("opportunity"),
        on_delete=models.PROTECT,
        related_name="team_bookings",
    )
    date = models.DateField(_("preferred date"))
    team_size = models.PositiveSmallIntegerField(
        _("people coming"), validators=[MinValueValidator(2), MaxValueValidator(500)]
    )
    message = models.TextField(_("message"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=BookingStatus, default=BookingStatus.REQUESTED
    )
    created = models.DateTimeField(_("requested"), auto_now_add=True)

    class Meta:
        ordering = ["date"]
        verbose_name = _("team booking")
        verbose_name_plural = _("team bookings")
        constraints = [
            models.UniqueConstraint(
                fields=["team", "opportunity", "date"],
                name="one_team_booking_per_day",
                violation_error_message=_("Your team has already asked for this day."),
            ),
            models.CheckConstraint(
                condition=Q(team_size__gte=2, team_size__lte=500),
                name="team_booking_size_range",
                violation_error_message=_("A team has between 2 and 500 people."),
            ),
        ]

    def __str__(self):
        return _("%(team)s on %(date)s") % {"team": self.team, "date": self.date}
