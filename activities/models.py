"""Activities, shaped like OpenActive: a series (regular sessions, a course or a one-off event)
run by a partner organisation at a venue or online; schedules that say when it happens; and
the dated occurrences those schedules expand into.

Organisation, Location, TaxonomyTerm, SpokenLanguage and AccessibilityFeature come from
`directory`; nothing is copied here.
"""

import uuid
from datetime import timedelta

from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.postgres.fields import ArrayField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Exists, OuterRef, Q
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
from newham_connect.moderation import ModeratedModel, ModeratedQuerySet, ModerationStatus, public_q
from newham_connect.permissions import is_council, organisation_roles

from .choices import (
    ACTIVITY_LIST_TAXONOMY,
    LOCAL_CATEGORIES_TAXONOMY,
    FeedKind,
    Frequency,
    GenderRestriction,
    SeriesKind,
    Weekday,
    WeekOfMonth,
)
from .recurrence import describe


def now_ms():
    """The RPDE `modified` value: milliseconds since 1970, from the database's clock source."""
    return int(timezone.now().timestamp() * 1000)


class Campaign(models.Model):
    """A theme that groups activities, such as Black History Month."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(_("name"), max_length=150)
    slug = models.SlugField(_("web address name"), max_length=150, unique=True)
    description = models.TextField(_("description"), blank=True)
    start_date = models.DateField(_("first day"), null=True, blank=True)
    end_date = models.DateField(_("last day"), null=True, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("campaign")
        verbose_name_plural = _("campaigns")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True)
                | Q(start_date__isnull=True)
                | Q(end_date__gte=models.F("start_date")),
                name="campaign_ends_after_it_starts",
                violation_error_message=_("The last day cannot be before the first day."),
            ),
        ]

    def __str__(self):
        return self.name


class ActivitySeriesQuerySet(CheckedQuerySet, ModeratedQuerySet):
    def for_user(self, user):
        """Series a back-office user may see: all for council staff, else their organisations'."""
        if is_council(user):
            return self
        return self.filter(organisation__in=list(organisation_roles(user)))

    def eligible_for_openactive(self):
        """Public series that OpenActive can take: linked to the Activity List, with a place."""
        with_activity = ActivitySeries.activity_types.through.objects.filter(
            activityseries_id=OuterRef("pk"),
            taxonomyterm__taxonomy=ACTIVITY_LIST_TAXONOMY,
        )
        # Courses need OpenActive's CourseInstance feed, which is not published yet.
        return (
            self.public()
            .exclude(kind=SeriesKind.COURSE)
            .filter(Exists(with_activity))
            .filter(Q(location__isnull=False) | Q(is_online=True))
        )


class ActivitySeries(CheckedListing, ModeratedModel):
    """Something residents can go to again and again (or once): a club, class, course or event."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    kind = models.CharField(
        _("kind"), max_length=20, choices=SeriesKind, default=SeriesKind.SESSION_SERIES
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("web address name"), max_length=200, unique=True)
    description = models.TextField(_("what happens"), blank=True)
    how_to_join = models.TextField(
        _("how to join"),
        blank=True,
        help_text=_("For example: just turn up, or ring to book a place."),
    )
    what_to_bring = models.TextField(_("what to bring"), blank=True)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.PROTECT,
        related_name="activity_series",
    )
    location = models.ForeignKey(
        Location,
        verbose_name=_("venue"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="activity_series",
        help_text=_("Leave empty if it only happens online."),
    )
    is_online = models.BooleanField(_("happens online"), default=False)
    online_url = models.URLField(_("link to join online"), blank=True)
    activity_types = models.ManyToManyField(
        TaxonomyTerm,
        verbose_name=_("activity types (OpenActive activity list)"),
        blank=True,
        related_name="activity_series",
        limit_choices_to={"taxonomy": ACTIVITY_LIST_TAXONOMY},
        help_text=_("Needed for the activity to appear in national activity finders."),
    )
    categories = models.ManyToManyField(
        TaxonomyTerm,
        verbose_name=_("categories"),
        blank=True,
        related_name="categorised_activity_series",
        limit_choices_to={"taxonomy": LOCAL_CATEGORIES_TAXONOMY},
    )
    min_age = models.PositiveSmallIntegerField(_("youngest age"), null=True, blank=True)
    max_age = models.PositiveSmallIntegerField(_("oldest age"), null=True, blank=True)
    gender_restriction = models.CharField(
        _("who can come"),
        max_length=10,
        choices=GenderRestriction,
        default=GenderRestriction.NONE,
    )
    is_free = models.BooleanField(_("free"), default=True)
    price = models.DecimalField(
        _("price in pounds"), max_digits=7, decimal_places=2, null=True, blank=True
    )
    price_note = models.CharField(
        _("about the price"),
        max_length=200,
        blank=True,
        help_text=_("For example: £1 for people on benefits."),
    )
    booking_required = models.BooleanField(
        _("booking needed"), default=False, help_text=_("Untick for drop-in activities.")
    )
    booking_url = models.URLField(_("booking link"), blank=True)
    languages = models.ManyToManyField(
        SpokenLanguage, verbose_name=_("languages spoken"), blank=True
    )
    accessibility = models.ManyToManyField(
        AccessibilityFeature,
        verbose_name=_("accessibility"),
        blank=True,
        help_text=_("Anything beyond what the venue already offers."),
    )
    good_for_meeting_people = models.BooleanField(
        _("good for meeting people, first-timers welcome"), default=False
    )
    contact_name = models.CharField(_("contact name"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=30, blank=True)
    campaigns = models.ManyToManyField(
        Campaign, verbose_name=_("campaigns"), blank=True, related_name="activity_series"
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    last_modified = models.DateTimeField(_("last changed"), auto_now=True)
    # RPDE bookkeeping: when the feed item last changed, and whether it is in the feed now.
    feed_modified = models.BigIntegerField(default=0, editable=False)
    feed_listed = models.BooleanField(default=False, editable=False)

    objects = ActivitySeriesQuerySet.as_manager()
    # The stored search documents (directory.search_index); deleted with the listing.
    search_documents = GenericRelation("directory.SearchDocument")

    class Meta:
        ordering = ["name"]
        verbose_name = _("activity")
        verbose_name_plural = _("activities")
        constraints = [
            models.CheckConstraint(
                condition=Q(min_age__isnull=True)
                | Q(max_age__isnull=True)
                | Q(max_age__gte=models.F("min_age")),
                name="series_age_range_in_order",
                violation_error_message=_("The oldest age cannot be below the youngest age."),
            ),
            models.CheckConstraint(
                condition=Q(location__isnull=False) | Q(is_online=True),
                name="series_has_a_place",
                violation_error_message=_("Choose a venue, or say that it happens online."),
            ),
            models.CheckConstraint(
                condition=Q(is_free=True, price__isnull=True) | Q(is_free=False),
                name="series_free_has_no_price",
                violation_error_message=_("A free activity cannot have a price."),
            ),
        ]
        indexes = [
            # The session-series feed walks (feed_modified, id) in order.
            models.Index(fields=["feed_modified", "id"], name="series_feed_order"),
            # The public rule's join in the site search (and the lists): published rows'
            # keys with what the join and the tie-break read, so it is an index-only scan,
            # not a read of the wide rows (every language's columns).
            models.Index(
                fields=["id"],
                include=["organisation", "name_en"],
                condition=Q(status=ModerationStatus.PUBLISHED),
                name="series_public",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("activities:detail", kwargs={"slug": self.slug})

    def clean(self):
        errors = {}
        if self.min_age is not None and self.max_age is not None and self.max_age < self.min_age:
            errors["max_age"] = _("The oldest age cannot be below the youngest age.")
        if self.location_id is None and not self.is_online:
            errors["location"] = _("Choose a venue, or say that it happens online.")
        if self.is_online and not self.online_url and self.location_id is None:
            errors["online_url"] = _("Give the link people use to join online.")
        if self.is_free and self.price is not None:
            errors["price"] = _("A free activity cannot have a price.")
        if not self.is_free and self.price is None:
            errors["price"] = _("Give the price, or tick “free”.")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        # What follows a save (the OpenActive feeds re-checked) is in signals.py.
        self.feed_modified = now_ms()
        super().save(*args, **kwargs)

    @property
    def age_range_known(self):
        return self.min_age is not None or self.max_age is not None

    def upcoming(self, limit=10):
        """The next dated sessions that have not finished, cancelled ones included."""
        return list(self.occurrences.filter(end__gte=timezone.now()).order_by("start")[:limit])


class Schedule(models.Model):
    """When a series happens: a repeating pattern, or a list of dates, with exceptions.

    Times are wall-clock times in London: a 10:00 session stays at 10:00 when the clocks change.
    """

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    series = models.ForeignKey(
        ActivitySeries,
        verbose_name=_("activity"),
        on_delete=models.CASCADE,
        related_name="schedules",
    )
    frequency = models.CharField(
        _("how often"), max_length=12, choices=Frequency, default=Frequency.WEEKLY
    )
    days = ArrayField(
        models.SmallIntegerField(choices=Weekday),
        verbose_name=_("days"),
        blank=True,
        default=list,
    )
    week_of_month = models.SmallIntegerField(
        _("which week of the month"), choices=WeekOfMonth, null=True, blank=True
    )
    dates = ArrayField(
        models.DateField(),
        verbose_name=_("dates"),
        blank=True,
        default=list,
        help_text=_("Only for “on particular dates”. For example: 2025-06-14, 2025-06-21"),
    )
    start_date = models.DateField(_("first day"), default=timezone.localdate)
    end_date = models.DateField(_("last day"), null=True, blank=True)
    start_time = models.TimeField(_("starts at"))
    end_time = models.TimeField(_("ends at"))
    cancelled_dates = ArrayField(
        models.DateField(),
        verbose_name=_("cancelled dates"),
        blank=True,
        default=list,
        help_text=_("Days when it is not on. For example: 2025-12-25"),
    )
    skip_bank_holidays = models.BooleanField(
        _("not on bank holidays"),
        default=True,
        help_text=_("Leave ticked if it does not run on bank holidays in England."),
    )

    class Meta:
        ordering = ["start_date", "start_time"]
        verbose_name = _("schedule")
        verbose_name_plural = _("schedules")
        constraints = [
            models.CheckConstraint(
                condition=Q(end_time__gt=models.F("start_time")),
                name="schedule_ends_after_it_starts",
                violation_error_message=_("It must end after it starts."),
            ),
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=models.F("start_date")),
                name="schedule_last_day_not_before_first",
                violation_error_message=_("The last day cannot be before the first day."),
            ),
            models.CheckConstraint(
                condition=Q(frequency=Frequency.DATES, dates__len__gt=0)
                | (~Q(frequency=Frequency.DATES) & Q(days__len__gt=0)),
                name="schedule_has_days_or_dates",
                violation_error_message=_("Choose the days, or the dates, it happens on."),
            ),
            models.CheckConstraint(
                condition=~Q(frequency=Frequency.MONTHLY) | Q(week_of_month__isnull=False),
                name="schedule_monthly_has_week",
                violation_error_message=_("Choose which week of the month it happens in."),
            ),
            models.CheckConstraint(
                condition=Q(days__contained_by=[d.value for d in Weekday]),
                name="schedule_days_are_weekdays",
            ),
        ]

    def __str__(self):
        return str(describe(self))

    def clean(self):
        errors = {}
        if self.start_time and self.end_time and self.end_time <= self.start_time:
            errors["end_time"] = _("It must end after it starts.")
        if self.end_date and self.start_date and self.end_date < self.start_date:
            errors["end_date"] = _("The last day cannot be before the first day.")
        if self.frequency == Frequency.DATES:
            if not self.dates:
                errors["dates"] = _("Give at least one date.")
        elif not self.days:
            errors["days"] = _("Choose at least one day.")
        if self.frequency == Frequency.MONTHLY and self.week_of_month is None:
            errors["week_of_month"] = _("Choose which week of the month it happens in.")
        if errors:
            raise ValidationError(errors)

    @property
    def duration(self):
        start = timedelta(hours=self.start_time.hour, minutes=self.start_time.minute)
        end = timedelta(hours=self.end_time.hour, minutes=self.end_time.minute)
        return end - start


class OccurrenceQuerySet(models.QuerySet):
    def public(self):
        """Sessions of series residents may see."""
        return self.filter(public_q(ActivitySeries, via="series"))

    def upcoming(self, now=None):
        """Not finished yet (a session that has started is still worth showing)."""
        return self.filter(end__gte=now or timezone.now())


class Occurrence(models.Model):
    """One dated session, materialised from a schedule so lists and feeds are plain queries."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    series = models.ForeignKey(
        ActivitySeries,
        verbose_name=_("activity"),
        on_delete=models.CASCADE,
        related_name="occurrences",
    )
    schedule = models.ForeignKey(
        Schedule,
        verbose_name=_("schedule"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="occurrences",
    )
    start = models.DateTimeField(_("starts"))
    end = models.DateTimeField(_("ends"))
    cancelled = models.BooleanField(_("cancelled"), default=False)
    feed_modified = models.BigIntegerField(default=0, editable=False)

    objects = OccurrenceQuerySet.as_manager()

    class Meta:
        ordering = ["start"]
        verbose_name = _("session")
        verbose_name_plural = _("sessions")
        constraints = [
            models.UniqueConstraint(fields=["series", "start"], name="one_session_per_start"),
            models.CheckConstraint(
                condition=Q(end__gt=models.F("start")), name="session_ends_after_it_starts"
            ),
        ]
        indexes = [
            # What's on lists sessions that have not ended, soonest first.
            models.Index(fields=["end", "start"], name="occurrence_upcoming"),
            # ... and shows a page of them: read in start order, the plan stops after that page
            # instead of sorting every upcoming session (at seed_bulk --scale 100, 154,000
            # sessions: a seq scan and an on-disk sort of 73 ms before this index).
            models.Index(fields=["start", "id"], name="occurrence_by_start"),
            # The scheduled-sessions feed walks (feed_modified, id) in order.
            models.Index(fields=["feed_modified", "id"], name="occurrence_feed_order"),
        ]

    def __str__(self):
        return f"{self.series} – {timezone.localtime(self.start):%Y-%m-%d %H:%M}"

    @property
    def local_date(self):
        """The day it is on in London (lists group by it; the stored time is UTC)."""
        return timezone.localtime(self.start).date()


class FeedDeletion(models.Model):
    """An item that left an OpenActive feed, announced as `"state": "deleted"` for 7 days."""

    feed = models.CharField(max_length=20, choices=FeedKind)
    item_id = models.UUIDField()
    modified = models.BigIntegerField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["feed", "item_id"], name="one_deletion_per_item"),
        ]
        indexes = [
            # The feeds read deletions in (modified, item_id) order after a cursor.
            models.Index(fields=["feed", "modified", "item_id"], name="feed_deletion_order"),
        ]

    def __str__(self):
        return f"{self.feed} {self.item_id} deleted"
