"""The Volunteering Hub: opportunities, expressions of interest, hours, teams and feedback.

Organisations, venues, wards, categories, languages and accessibility features come from
`directory`; nothing here copies them.

Personal data (an applicant's name and contact details) lives only on Interest, in columns that
`Interest.anonymise()` empties. Interest has no simple-history and its `__str__` holds no
personal data, so neither history tables nor the admin's log keep a copy after deletion.
"""

import uuid
from decimal import Decimal

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.models import (
    AccessibilityFeature,
    Location,
    Organisation,
    SpokenLanguage,
    TaxonomyTerm,
)
from newham_connect.moderation import ModeratedModel, ModeratedQuerySet

from .. import workdays

# The directory's category tree doubles as the list of causes; skills are their own vocabulary.
CAUSES_TAXONOMY = "newham-categories"
SKILLS_TAXONOMY = "volunteering-skills"

# Bumped whenever the consent wording changes, so each interest records what the person saw.
CONSENT_VERSION = "2026-11"

# Opportunity slugs share /volunteering/<slug>/ with these pages.
RESERVED_SLUGS = {"my", "teams", "dashboard", "feedback", "interest", "beneficiaries"}

REMINDER_AFTER_WORKING_DAYS = 3
ESCALATE_AFTER_WORKING_DAYS = 7
# The dashboard's promise: contacted within this many working days.
CONTACT_TARGET_WORKING_DAYS = 5


def retention_months():
    return settings.VOLUNTEERING_RETENTION_MONTHS


class TimeCommitment(models.TextChoices):
    ONE_OFF = "one_off", _("One-off")
    REGULAR = "regular", _("Regular")
    FLEXIBLE = "flexible", _("Flexible, when you can")


class OpportunityQuerySet(ModeratedQuerySet):
    def open(self, today=None):
        """Still taking interest: not past its closing date or its last day."""
        today = today or timezone.localdate()
        return self.filter(Q(closing_date__isnull=True) | Q(closing_date__gte=today)).filter(
            Q(end_date__isnull=True) | Q(end_date__gte=today)
        )

    def for_list(self):
        """What a list of opportunities shows, in a fixed number of queries."""
        return self.select_related("organisation", "location__ward")

    def for_organisations(self, organisation_ids):
        return self.filter(organisation_id__in=organisation_ids)


class Opportunity(ModeratedModel):
    """A volunteering role an organisation offers (moderated like every public listing)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="opportunities",
    )
    slug = models.SlugField(_("web address name"), max_length=200, unique=True)
    title = models.CharField(_("role title"), max_length=200)
    description = models.TextField(_("what you'll do"))
    benefits = models.TextField(
        _("skills and benefits you'll gain"),
        blank=True,
        help_text=_("For example: a reference, training, new friends, a food hygiene certificate."),
    )
    schedule = models.CharField(
        _("when"),
        max_length=200,
        blank=True,
        help_text=_("In plain words, for example “Tuesdays 10am to 1pm”."),
    )
    causes = models.ManyToManyField(
        TaxonomyTerm,
        verbose_name=_("causes"),
        blank=True,
        related_name="volunteering_opportunities",
        limit_choices_to={"taxonomy": CAUSES_TAXONOMY},
    )
    skills = models.ManyToManyField(
        TaxonomyTerm,
        verbose_name=_("skills used"),
        blank=True,
        related_name="opportunities_using_skill",
        limit_choices_to={"taxonomy": SKILLS_TAXONOMY},
    )
    time_commitment = models.CharField(
        _("time commitment"), max_length=10, choices=TimeCommitment, default=TimeCommitment.REGULAR
    )
    on_weekdays = models.BooleanField(_("weekdays (daytime)"), default=False)
    on_evenings = models.BooleanField(_("evenings"), default=False)
    on_weekends = models.BooleanField(_("weekends"), default=False)
    start_date = models.DateField(_("first day"), null=True, blank=True)
    end_date = models.DateField(_("last day"), null=True, blank=True)
    location = models.ForeignKey(
        Location,
        verbose_name=_("where"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="volunteering_opportunities",
    )
    from_home = models.BooleanField(_("can be done from home"), default=False)
    minimum_age = models.PositiveSmallIntegerField(
        _("minimum age"), default=18, validators=[MinValueValidator(10), MaxValueValidator(99)]
    )
    dbs_check_needed = models.BooleanField(
        _("DBS check needed"),
        default=False,
        help_text=_("The organisation arranges and pays for it."),
    )
    training_given = models.BooleanField(_("training given"), default=False)
    expenses_paid = models.BooleanField(_("expenses paid"), default=False)
    accessibility = models.ManyToManyField(
        AccessibilityFeature, verbose_name=_("accessibility"), blank=True
    )
    accessibility_notes = models.TextField(
        _("more about access"),
        blank=True,
        help_text=_("For example: the role can be done sitting down; we can adapt it."),
    )
    languages_welcome = models.ManyToManyField(
        SpokenLanguage,
        verbose_name=_("languages welcome"),
        blank=True,
        help_text=_("Speaking one of these helps in this role; English is not always needed."),
    )
    suitable_for_groups = models.BooleanField(_("suitable for groups"), default=False)
    suitable_for_employer_teams = models.BooleanField(
        _("suitable for employer teams"),
        default=False,
        help_text=_("A business can book this for a team of its staff."),
    )
    is_mutual_aid = models.BooleanField(
        _("mutual aid"),
        default=False,
        help_text=_("Neighbours helping neighbours, for example shopping or phone calls."),
    )
    places_available = models.PositiveSmallIntegerField(
        _("places available"),
        null=True,
        blank=True,
        help_text=_("Leave empty if there is no limit."),
    )
    closing_date = models.DateField(_("closing date"), null=True, blank=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    last_modified = models.DateTimeField(_("last changed"), auto_now=True)

    objects = OpportunityQuerySet.as_manager()

    class Meta:
        ordering = ["-created"]
        verbose_name = _("volunteering opportunity")
        verbose_name_plural = _("volunteering opportunities")
        constraints = [
            models.CheckConstraint(
                condition=Q(location__isnull=False) | Q(from_home=True),
                name="opportunity_has_a_place",
                violation_error_message=_("Choose where it happens, or tick “from home”."),
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="opportunity_ends_after_it_starts",
                violation_error_message=_("The last day must be on or after the first day."),
            ),
            models.CheckConstraint(
                condition=Q(minimum_age__gte=10, minimum_age__lte=99),
                name="opportunity_minimum_age_range",
                violation_error_message=_("The minimum age must be between 10 and 99."),
            ),
            models.CheckConstraint(
                condition=Q(suitable_for_employer_teams=False) | Q(suitable_for_groups=True),
                name="opportunity_teams_are_groups",
                violation_error_message=_("A role for employer teams must also suit groups."),
            ),
            models.CheckConstraint(
                condition=Q(places_available__isnull=True) | Q(places_available__gt=0),
                name="opportunity_places_positive",
                violation_error_message=_("Places available must be 1 or more, or empty."),
            ),
        ]
        indexes = [
            # The public list: published, still open, newest first.
            models.Index(fields=["status", "closing_date"], name="opportunity_public_idx"),
        ]

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("volunteering:opportunity", kwargs={"slug": self.slug})

    def clean(self):
        super().clean()
        if self.slug in RESERVED_SLUGS:
            raise ValidationError(
                {"slug": _("This web address is used by another page. Choose another.")}
            )

    @property
    def is_open(self):
        today = timezone.localdate()
        return (self.closing_date is None or self.closing_date >= today) and (
            self.end_date is None or self.end_date >= today
        )

    @property
    def suits_under_18s(self):
        return self.minimum_age < 18

    def when_labels(self):
        return [
            label
            for flag, label in (
                (self.on_weekdays, _("Weekdays")),
                (self.on_evenings, _("Evenings")),
                (self.on_weekends, _("Weekends")),
            )
            if flag
        ]


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


def _scale(label):
    return models.PositiveSmallIntegerField(
        label, validators=[MinValueValidator(0), MaxValueValidator(10)]
    )


def _scale_check(field, name):
    return models.CheckConstraint(
        condition=Q(**{f"{field}__gte": 0, f"{field}__lte": 10}), name=name
    )


class VolunteerFeedback(models.Model):
    """After volunteering ends: the ONS wellbeing questions (0–10), connectedness and skills."""

    interest = models.OneToOneField(
        Interest,
        verbose_name=_("volunteering"),
        on_delete=models.CASCADE,
        related_name="volunteer_feedback",
    )
    # The ONS "personal wellbeing" questions, each 0 (not at all) to 10 (completely).
    life_satisfaction = _scale(_("satisfied with life"))
    worthwhile = _scale(_("things you do are worthwhile"))
    happiness = _scale(_("happy yesterday"))
    anxiety = _scale(_("anxious yesterday"))
    connectedness = _scale(_("connected to people in your area"))
    skills_gained = models.ManyToManyField(
        TaxonomyTerm,
        verbose_name=_("skills gained"),
        blank=True,
        related_name="+",
        limit_choices_to={"taxonomy": SKILLS_TAXONOMY},
    )
    other_skills = models.CharField(_("other skills gained"), max_length=300, blank=True)
    would_recommend = models.BooleanField(_("would recommend it"), default=True)
    comments = models.TextField(_("comments"), blank=True)
    created = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("volunteer feedback")
        verbose_name_plural = _("volunteer feedback")
        constraints = [
            _scale_check("life_satisfaction", "feedback_life_satisfaction_0_10"),
            _scale_check("worthwhile", "feedback_worthwhile_0_10"),
            _scale_check("happiness", "feedback_happiness_0_10"),
            _scale_check("anxiety", "feedback_anxiety_0_10"),
            _scale_check("connectedness", "feedback_connectedness_0_10"),
        ]

    def __str__(self):
        return _("Feedback on %(interest)s") % {"interest": self.interest}


class NeedsMet(models.TextChoices):
    YES = "yes", _("Yes")
    PARTLY = "partly", _("Partly")
    NO = "no", _("No")


class HostFeedback(models.Model):
    """The host organisation's view of one volunteer's placement."""

    interest = models.OneToOneField(
        Interest,
        verbose_name=_("volunteering"),
        on_delete=models.CASCADE,
        related_name="host_feedback",
    )
    needs_met = models.CharField(
        _("did it meet your organisation's needs?"), max_length=10, choices=NeedsMet
    )
    rating = _scale(_("how well it went (0 to 10)"))
    comments = models.TextField(_("comments"), blank=True)
    created = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("host organisation feedback")
        verbose_name_plural = _("host organisation feedback")
        constraints = [_scale_check("rating", "host_feedback_rating_0_10")]

    def __str__(self):
        return _("Host feedback on %(interest)s") % {"interest": self.interest}


class BeneficiaryFeedback(models.Model):
    """Anonymous feedback from someone the volunteers helped."""

    opportunity = models.ForeignKey(
        Opportunity,
        verbose_name=_("opportunity"),
        on_delete=models.CASCADE,
        related_name="beneficiary_feedback",
    )
    needs_met = models.CharField(_("did it meet your needs?"), max_length=10, choices=NeedsMet)
    rating = _scale(_("how much it helped (0 to 10)"))
    comments = models.TextField(_("comments"), blank=True)
    created = models.DateTimeField(_("sent"), auto_now_add=True)

    class Meta:
        verbose_name = _("feedback from people helped")
        verbose_name_plural = _("feedback from people helped")
        constraints = [_scale_check("rating", "beneficiary_feedback_rating_0_10")]

    def __str__(self):
        return _("Feedback on %(opportunity)s") % {"opportunity": self.opportunity}


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
