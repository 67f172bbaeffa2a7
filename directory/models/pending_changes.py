"""Partners' edits of published listings, held for a moderator."""

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .organisations import Organisation


class PendingChangeState(models.TextChoices):
    WAITING = "waiting", _("Waiting for review")
    PUBLISHED = "published", _("Published")
    SENT_BACK = "sent_back", _("Sent back")
    REPLACED = "replaced", _("Replaced by a later change")


class PendingChangeQuerySet(models.QuerySet):
    def waiting(self):
        return self.filter(state=PendingChangeState.WAITING)

    def for_listing(self, model, object_id):
        """Changes to one listing, by its model (or an instance of it) and id."""
        return self.filter(
            content_type=ContentType.objects.get_for_model(model), object_id=str(object_id)
        )


class PendingChange(models.Model):
    """A partner's edit of a published listing, held for a moderator while the published
    version stays live (the design's "pending revision").

    `data` is the back-office form exactly as the partner sent it, so publishing replays it
    through the same admin form, inlines and validation, and a change that no longer fits
    (a venue deleted meanwhile) is refused with the form's own error, never half applied.
    The object is generic because services, activities, opportunities, organisations and
    venue links all go through it; `organisation` scopes it to the partner's own rows."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    content_type = models.ForeignKey(
        ContentType, verbose_name=_("kind of listing"), on_delete=models.CASCADE
    )
    object_id = models.CharField(max_length=64)
    listing = GenericForeignKey("content_type", "object_id")
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="pending_changes",
    )
    title = models.CharField(_("listing"), max_length=300)
    data = models.JSONField(_("the form as sent"))
    summary = models.JSONField(_("what was changed"), default=list)
    submitted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("sent by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    submitted_at = models.DateTimeField(_("sent"), default=timezone.now, db_index=True)
    state = models.CharField(
        _("state"),
        max_length=20,
        choices=PendingChangeState,
        default=PendingChangeState.WAITING,
        db_index=True,
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    note = models.TextField(_("note from the moderator"), blank=True)

    objects = PendingChangeQuerySet.as_manager()

    class Meta:
        ordering = ["-submitted_at"]
        verbose_name = _("change waiting for review")
        verbose_name_plural = _("changes waiting for review")
        constraints = [
            # A second edit replaces the first, so a moderator never weighs two versions.
            models.UniqueConstraint(
                fields=["content_type", "object_id"],
                condition=models.Q(state="waiting"),
                name="one_waiting_change_per_listing",
            )
        ]

    def __str__(self):
        return self.title
