"""Expressions of interest and the pipeline they move through, volunteers' own profiles, and
the log of who opened an applicant's personal data.

Personal data (an applicant's name and contact details) lives only on Interest, in columns that
`Interest.anonymise()` empties. Interest has no simple-history and its `__str__` holds no
personal data, so neither history tables nor the admin's log keep a copy after deletion.
"""

import uuid

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.models import (
    Organisation,
    SpokenLanguage,
    TaxonomyTerm,
)

from .. import workdays
from .opportunities import CAUSES_TAXONOMY, SKILLS_TAXONOMY, Opportunity

# Bumped whenever the consent wording changes, so each interest records what the person saw.
CONSENT_VERSION = "2026-11"

REMINDER_AFTER_WORKING_DAYS = 3
ESCALATE_AFTER_WORKING_DAYS = 7
# The dashboard's promise: contacted within this many working days.
CONTACT_TARGET_WORKING_DAYS = 5


def retention_months():
    return settings.VOLUNTEERING_RETENTION_MONTHS


class InterestStatus(models.TextChoices):
    NEW = "new", _("New: not contacted yet")
    CONTACTED = "contacted", _("Contacted")
    ONBOARDING = "onboarding", _("Getting started")
    ACTIVE = "active", _("Volunteering")
    FINISHED = "finished", _("Finished")
    NOT_PROGRESSED = "not_progressed", _("Not going ahead")


S = InterestStatus
INTEREST_TRANSITIONS = {
    S.NEW: {S.CONTACTED, S.NOT_PROGRESSED},
    S.CONTACTED: {S.ONBOARDING, S.ACTIVE, S.NOT_PROGRESSED},
    S.ONBOARDING: {S.ACTIVE, S.NOT_PROGRESSED},
    S.ACTIVE: {S.FINISHED},
    S.FINISHED: set(),
    S.NOT_PROGRESSED: set(),
}
# The timestamp each status sets when an interest enters it.
STATUS_TIMESTAMP = {
    S.CONTACTED: "contacted_at",
    S.ONBOARDING: "onboarding_at",
    S.ACTIVE: "active_at",
    S.FINISHED: "finished_at",
    S.NOT_PROGRESSED: "not_progressed_at",
}
CLOSED_STATUSES = (S.FINISHED, S.NOT_PROGRESSED)


class InterestQuerySet(models.QuerySet):
    def for_organisations(self, organisation_ids):
        return self.filter(opportunity__organisation_id__in=organisation_ids)

    def for_user(self, user):
        return self.filter(user=user, anonymised_at__isnull=True)

    def waiting(self):
        """Not contacted yet (the "nobody left waiting" promise is about these)."""
        return self.filter(status=S.NEW, first_contacted_at__isnull=True, anonymised_at=None)

    def with_personal_data(self):
        return self.filter(anonymised_at__isnull=True)

    def closed_before(self, cutoff):
        """Finished or not going ahead, and last changed before `cutoff`."""
        return self.filter(status__in=CLOSED_STATUSES, status_changed_at__lt=cutoff)


class Interest(models.Model):
    """A person's expression of interest in an opportunity, and where it got to."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    opportunity = models.ForeignKey(
        Opportunity,
        verbose_name=_("opportunity"),
        on_delete=models.PROTECT,
        related_name="interests",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="volunteering_interests",
    )
    # Personal data: emptied by anonymise().
    name = models.CharField(_("name"), max_length=150, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    message = models.TextField(_("message from the applicant"), blank=True)
    notes = models.TextField(
        _("notes"), blank=True, help_text=_("For your organisation only. Not shown to the person.")
    )
    language = models.CharField(
        _("language of the page they used"), max_length=10, default=settings.LANGUAGE_CODE
    )
    consent_given_at = models.DateTimeField(_("consent given"), null=True, blank=True)
    consent_version = models.CharField(_("consent wording version"), max_length=20, blank=True)

    status = models.CharField(
        _("status"), max_length=20, choices=InterestStatus, default=S.NEW, db_index=True
    )
    status_changed_at = models.DateTimeField(_("status changed"), default=timezone.now)
    created = models.DateTimeField(_("sent"), default=timezone.now)
    contacted_at = models.DateTimeField(_("contacted"), null=True, blank=True)
    onboarding_at = models.DateTimeField(_("getting started"), null=True, blank=True)
    active_at = models.DateTimeField(_("started volunteering"), null=True, blank=True)
    finished_at = models.DateTimeField(_("finished"), null=True, blank=True)
    not_progressed_at = models.DateTimeField(_("not going ahead"), null=True, blank=True)
    first_contacted_at = models.DateTimeField(_("first contacted"), null=True, blank=True)
    first_contact_working_days = models.PositiveSmallIntegerField(
        _("working days to first contact"), null=True, blank=True
    )
    training_done_on = models.DateField(_("training done on"), null=True, blank=True)
    dbs_checked_on = models.DateField(_("DBS checked on"), null=True, blank=True)
    reminder_sent_at = models.DateTimeField(_("reminder sent"), null=True, blank=True)
    escalated_at = models.DateTimeField(_("escalated to the council"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("personal data deleted"), null=True, blank=True)

    objects = InterestQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        verbose_name = _("expression of interest")
        verbose_name_plural = _("expressions of interest")
        constraints = [
            # Until deleted, every interest has a name, a way to reach the person and consent.
            models.CheckConstraint(
                condition=Q(anonymised_at__isnull=False)
                | (
                    Q(consent_given_at__isnull=False)
                    & ~Q(consent_version="")
                    & ~Q(name="")
                    & (~Q(email="") | ~Q(phone=""))
                ),
                name="interest_has_consent_and_contact",
                violation_error_message=_(
                    "An interest needs a name, an email or phone number, and consent."
                ),
            ),
            models.UniqueConstraint(
                fields=["opportunity", "user"],
                condition=Q(user__isnull=False),
                name="one_interest_per_account",
                violation_error_message=_("You have already said you are interested in this."),
            ),
            # Time to first contact is measured for every interest that left "new".
            models.CheckConstraint(
                condition=Q(status=S.NEW) | Q(first_contacted_at__isnull=False),
                name="interest_contacted_once_moved_on",
                violation_error_message=_("An interest that moved on must have a contact time."),
            ),
        ]
        indexes = [
            # The reminder command and the dashboard: uncontacted interests by age.
            models.Index(fields=["status", "created"], name="interest_status_created_idx"),
            # The retention purge: closed interests by when they closed.
            models.Index(
                fields=["status_changed_at"],
                condition=Q(anonymised_at__isnull=True),
                name="interest_personal_data_idx",
            ),
        ]

    def __str__(self):
        # No personal data: this string is copied into the admin's change log.
        return _("Interest %(ref)s") % {"ref": self.reference}

    @property
    def reference(self):
        return str(self.pk)[:8].upper()

    @property
    def is_anonymised(self):
        return self.anonymised_at is not None

    def can_move_to(self, new_status):
        return new_status in INTEREST_TRANSITIONS[S(self.status)]

    def move_to(self, new_status, now=None):
        """Change status if allowed and record when; the caller saves."""
        if not self.can_move_to(new_status):
            raise ValidationError(
                _("An interest cannot go from “%(old)s” to “%(new)s”."),
                code="invalid_transition",
                params={"old": S(self.status).label, "new": S(new_status).label},
            )
        now = now or timezone.now()
        self.status = new_status
        self.status_changed_at = now
        setattr(self, STATUS_TIMESTAMP[S(new_status)], now)
        if self.first_contacted_at is None:
            # Telling someone "not this time" is contact too; silence is what we measure.
            self.first_contacted_at = now
            self.first_contact_working_days = workdays.working_days_between(self.created, now)

    def reminder_due_at(self):
        return workdays.add_working_days(self.created, REMINDER_AFTER_WORKING_DAYS)

    def escalation_due_at(self):
        return workdays.add_working_days(self.created, ESCALATE_AFTER_WORKING_DAYS)

    def working_days_waiting(self, now=None):
        return workdays.working_days_between(self.created, now or timezone.now())

    def anonymise(self, now=None):
        """Delete the person's data, keeping the anonymous facts (status, dates, hours)."""
        self.user = None
        self.name = self.email = self.phone = self.message = self.notes = ""
        self.anonymised_at = now or timezone.now()


class VolunteerProfile(models.Model):
    """What a signed-in volunteer tells us about themselves (all optional)."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        verbose_name=_("account"),
        on_delete=models.CASCADE,
        related_name="volunteer_profile",
    )
    causes = models.ManyToManyField(
        TaxonomyTerm,
        verbose_name=_("causes you care about"),
        blank=True,
        related_name="+",
        limit_choices_to={"taxonomy": CAUSES_TAXONOMY},
    )
    skills = models.ManyToManyField(
        TaxonomyTerm,
        verbose_name=_("skills you can offer"),
        blank=True,
        related_name="+",
        limit_choices_to={"taxonomy": SKILLS_TAXONOMY},
    )
    languages = models.ManyToManyField(
        SpokenLanguage, verbose_name=_("languages you speak"), blank=True, related_name="+"
    )
    on_weekdays = models.BooleanField(_("weekdays (daytime)"), default=False)
    on_evenings = models.BooleanField(_("evenings"), default=False)
    on_weekends = models.BooleanField(_("weekends"), default=False)
    from_home = models.BooleanField(_("from home"), default=False)
    last_modified = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        verbose_name = _("volunteer profile")
        verbose_name_plural = _("volunteer profiles")

    def __str__(self):
        return _("Volunteer profile %(id)s") % {"id": self.pk}


class ApplicantDataAccess(models.Model):
    """A council moderator opened an applicant's personal data, and said why."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    interest = models.ForeignKey(
        Interest,
        verbose_name=_("expression of interest"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="data_access_log",
    )
    organisation = models.ForeignKey(
        Organisation, verbose_name=_("organisation"), on_delete=models.PROTECT, related_name="+"
    )
    reason = models.TextField(_("reason"))
    created = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        ordering = ["-created"]
        verbose_name = _("applicant data access")
        verbose_name_plural = _("applicant data access log")
        constraints = [
            models.CheckConstraint(
                condition=~Q(reason=""), name="applicant_data_access_has_reason"
            ),
        ]
        indexes = [
            # "Has this moderator given a reason for this interest recently?"
            models.Index(fields=["user", "interest", "created"], name="data_access_lookup_idx"),
        ]

    def __str__(self):
        return _("%(user)s opened %(interest)s") % {"user": self.user, "interest": self.interest}
