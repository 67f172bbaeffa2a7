"""The moderation state every public listing goes through.

draft → submitted → published; submitted → changes_requested → submitted; published → archived;
archived → published (a moderator undoing an archive).

The public rule lives here and only here: a listing is public when it is published *and* the
organisation that runs it is published (an organisation: when it is published). Every public
surface (pages, lists, search, API, feeds, calendars, JSON-LD, organisation pages) asks
`.public()` or `public_q()`; there is deliberately no status-only "published" verb to reach for.
"""

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class ModerationStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    SUBMITTED = "submitted", _("Waiting for review")
    CHANGES_REQUESTED = "changes_requested", _("Changes requested")
    PUBLISHED = "published", _("Published")
    ARCHIVED = "archived", _("Archived")


ALLOWED_TRANSITIONS = {
    ModerationStatus.DRAFT: {ModerationStatus.SUBMITTED},
    ModerationStatus.SUBMITTED: {ModerationStatus.PUBLISHED, ModerationStatus.CHANGES_REQUESTED},
    ModerationStatus.CHANGES_REQUESTED: {ModerationStatus.SUBMITTED},
    ModerationStatus.PUBLISHED: {ModerationStatus.ARCHIVED},
    ModerationStatus.ARCHIVED: {ModerationStatus.PUBLISHED},
}


def public_q(model, via=""):
    """The public rule for `model` as a filter; `via` reaches it from another model (an
    activity's sessions filter on `public_q(ActivitySeries, via="series")`)."""
    prefix = f"{via}__" if via else ""
    rule = Q(**{f"{prefix}status": ModerationStatus.PUBLISHED})
    if model.organisation_path:
        rule &= Q(**{f"{prefix}{model.organisation_path}__status": ModerationStatus.PUBLISHED})
    return rule


class ModeratedQuerySet(models.QuerySet):
    def public(self):
        """What residents and open data may see (the rule: `public_q`)."""
        return self.filter(public_q(self.model))

    def awaiting_review(self):
        return self.filter(status=ModerationStatus.SUBMITTED)


class ModeratedModel(models.Model):
    status = models.CharField(
        _("status"),
        max_length=20,
        choices=ModerationStatus.choices,
        default=ModerationStatus.DRAFT,
        db_index=True,
    )
    status_changed_at = models.DateTimeField(_("status changed"), default=timezone.now)
    moderation_note = models.TextField(
        _("note from the moderator"),
        blank=True,
        help_text=_("Why changes were requested, shown to the organisation."),
    )

    # The relation from a listing to the organisation whose status it shares; a new kind of
    # listing gets the check by default, and only Organisation itself says None.
    organisation_path = "organisation"

    objects = ModeratedQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self):
        return self.status == ModerationStatus.PUBLISHED

    def can_move_to(self, new_status):
        return new_status in ALLOWED_TRANSITIONS[ModerationStatus(self.status)]

    def move_to(self, new_status, note=""):
        """Change state if the state machine allows it; the caller saves."""
        if not self.can_move_to(new_status):
            raise ValidationError(
                _("A listing cannot go from “%(old)s” to “%(new)s”."),
                code="invalid_transition",
                params={
                    "old": ModerationStatus(self.status).label,
                    "new": ModerationStatus(new_status).label,
                },
            )
        self.status = new_status
        self.status_changed_at = timezone.now()
        if note:
            self.moderation_note = note
