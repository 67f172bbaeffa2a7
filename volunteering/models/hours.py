"""Hours volunteers give, confirmed by the organisation before they count on a certificate."""

from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .applications import Interest


class HoursLogQuerySet(models.QuerySet):
    def confirmed(self):
        return self.filter(confirmed_at__isnull=False)


class HoursLog(models.Model):
    """Time given on one day; it counts on the certificate once the organisation confirms it."""

    interest = models.ForeignKey(
        Interest, verbose_name=_("volunteer"), on_delete=models.CASCADE, related_name="hours"
    )
    date = models.DateField(_("date"))
    hours = models.DecimalField(
        _("hours"),
        max_digits=4,
        decimal_places=2,
        validators=[MinValueValidator(Decimal("0.25")), MaxValueValidator(Decimal("24"))],
    )
    description = models.CharField(_("what was done"), max_length=300, blank=True)
    logged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("logged by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("confirmed"), null=True, blank=True)
    created = models.DateTimeField(_("logged"), auto_now_add=True)

    objects = HoursLogQuerySet.as_manager()

    class Meta:
        ordering = ["date", "pk"]
        verbose_name = _("hours")
        verbose_name_plural = _("hours")
        constraints = [
            models.CheckConstraint(
                condition=Q(hours__gt=0, hours__lte=24),
                name="hours_log_within_a_day",
                violation_error_message=_("Hours must be more than 0 and no more than 24."),
            ),
            models.CheckConstraint(
                condition=Q(confirmed_by__isnull=True) | Q(confirmed_at__isnull=False),
                name="hours_log_confirmer_has_time",
            ),
        ]

    def __str__(self):
        return _("%(hours)s hours on %(date)s") % {"hours": self.hours, "date": self.date}

    @property
    def is_confirmed(self):
        return self.confirmed_at is not None

    def clean(self):
        super().clean()
        if self.date and self.date > timezone.localdate():
            raise ValidationError({"date": _("The date cannot be in the future.")})

    def confirm(self, user, now=None):
        self.confirmed_by = user
        self.confirmed_at = now or timezone.now()
