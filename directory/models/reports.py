"""Residents' reports of a problem with a listing."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from .services import Service


class ReportReason(models.TextChoices):
    WRONG_CONTACT = "wrong_contact", _("The phone number, email or website is wrong")
    WRONG_TIMES = "wrong_times", _("The opening times are wrong")
    WRONG_ADDRESS = "wrong_address", _("The address or map is wrong")
    CLOSED = "closed", _("The service has closed or moved")
    OTHER = "other", _("Something else")


class ListingReportQuerySet(models.QuerySet):
    def open(self):
        return self.filter(resolved=False)


class ListingReport(models.Model):
    """A resident's "report a problem with this listing", kept for moderators and the partner."""

    service = models.ForeignKey(
        Service, verbose_name=_("service"), on_delete=models.CASCADE, related_name="reports"
    )
    reason = models.CharField(_("what is wrong"), max_length=20, choices=ReportReason)
    details = models.TextField(_("details"), max_length=2000, blank=True)
    email = models.EmailField(_("email for a reply"), blank=True)
    language = models.CharField(_("page language"), max_length=10, blank=True)
    created = models.DateTimeField(_("reported"), auto_now_add=True, db_index=True)
    resolved = models.BooleanField(_("dealt with"), default=False)
    note = models.TextField(
        _("what was done"),
        blank=True,
        help_text=_(
            "If the resident left an email address, this is sent to them when you mark the "
            "report as dealt with."
        ),
    )
    reporter_told_at = models.DateTimeField(
        _("resident told"), null=True, blank=True, editable=False
    )

    objects = ListingReportQuerySet.as_manager()

    class Meta:
        ordering = ["resolved", "-created"]
        verbose_name = _("problem report")
        verbose_name_plural = _("problem reports")

    def __str__(self):
        return f"{self.service}: {self.get_reason_display()}"
