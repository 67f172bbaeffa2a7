"""Volunteering opportunities: the roles organisations offer, moderated like every listing."""

import uuid

from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.models import (
    AccessibilityFeature,
    CheckedListing,
    CheckedQuerySet,
    Location,
    Organisation,
    SpokenLanguage,
    TaxonomyTerm,
)
from newham_connect.moderation import ModeratedModel, ModeratedQuerySet, ModerationStatus

# The directory's category tree doubles as the list of causes; skills are their own vocabulary.
CAUSES_TAXONOMY = "newham-categories"
SKILLS_TAXONOMY = "volunteering-skills"

# Opportunity slugs share /volunteering/<slug>/ with these pages.
RESERVED_SLUGS = {"my", "teams", "dashboard", "feedback", "interest", "beneficiaries"}


class TimeCommitment(models.TextChoices):
    ONE_OFF = "one_off", _("One-off")
    REGULAR = "regular", _("Regular")
    FLEXIBLE = "flexible", _("Flexible, when you can")


class OpportunityQuerySet(CheckedQuerySet, ModeratedQuerySet):
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


class Opportunity(CheckedListing, ModeratedModel):
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
    # The stored search documents (directory.search_index); deleted with the listing.
    search_documents = GenericRelation("directory.SearchDocument")

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
            # The public rule's join in the site search (and the lists): published rows'
            # keys with what the join and the tie-break read, so it is an index-only scan,
            # not a read of the wide rows (every language's columns).
            models.Index(
                fields=["id"],
                include=["organisation", "closing_date", "end_date", "created"],
                condition=Q(status=ModerationStatus.PUBLISHED),
                name="opportunity_public",
            ),
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
