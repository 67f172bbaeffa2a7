"""Shared reference data (Open Referral / HSDS 3.0 shaped) used by all three apps.

Organisation, Location (venue), Ward, TaxonomyTerm, SpokenLanguage and AccessibilityFeature live
here once; activities and volunteering import them rather than keep copies.
"""

import datetime
import uuid

from django import forms
from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import connection, models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newham_connect.moderation import ModeratedModel, ModeratedQuerySet


class Ward(models.Model):
    """One of Newham's 24 electoral wards (boundaries from May 2022)."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("ward")
        verbose_name_plural = _("wards")

    def __str__(self):
        return self.name


class SpokenLanguage(models.Model):
    """A language a service or activity is delivered in (ISO 639 code)."""

    code = models.CharField(_("code"), max_length=12, unique=True)
    name = models.CharField(_("name"), max_length=80)
    endonym = models.CharField(_("name in the language itself"), max_length=80, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")

    def __str__(self):
        return self.name


class AccessibilityFeature(models.Model):
    code = models.SlugField(_("code"), max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("accessibility feature")
        verbose_name_plural = _("accessibility features")

    def __str__(self):
        return self.name


class TaxonomyTermQuerySet(models.QuerySet):
    def with_descendants(self, terms):
        """Ids of these terms and every term below them in the tree (one recursive query)."""
        ids = [getattr(term, "pk", term) for term in terms]
        if not ids:
            return []
        table = connection.ops.quote_name(self.model._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH RECURSIVE tree(id) AS (SELECT id FROM {table} WHERE id = ANY(%s::uuid[]) "  # noqa: S608 - table name from the model, values are parameters
                f"UNION SELECT t.id FROM {table} t JOIN tree ON t.parent_id = tree.id) "
                "SELECT id FROM tree",
                [[str(i) for i in ids]],
            )
            return [row[0] for row in cursor.fetchall()]


class TaxonomyTerm(models.Model):
    """A category in a tree (HSDS taxonomy_term). `taxonomy` names the vocabulary it is from."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    taxonomy = models.SlugField(_("vocabulary"), max_length=60, default="newham-categories")
    code = models.SlugField(_("code"), max_length=100)
    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )

    objects = TaxonomyTermQuerySet.as_manager()

    class Meta:
        ordering = ["taxonomy", "name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        constraints = [
            models.UniqueConstraint(fields=["taxonomy", "code"], name="taxonomy_term_code_unique"),
        ]

    def __str__(self):
        return self.name


class OrganisationKind(models.TextChoices):
    CHARITY = "charity", _("Charity")
    FAITH_GROUP = "faith_group", _("Faith group")
    FOOD_BANK = "food_bank", _("Food bank")
    TENANTS_ASSOCIATION = "tenants_association", _("Tenants' or residents' association")
    MUTUAL_AID = "mutual_aid", _("Mutual aid group")
    COMMUNITY_GROUP = "community_group", _("Community group")
    SOCIAL_ENTERPRISE = "social_enterprise", _("Social enterprise")
    PUBLIC_SERVICE = "public_service", _("Public service")
    BUSINESS = "business", _("Local business")


class OrganisationQuerySet(ModeratedQuerySet):
    def for_user(self, user):
        """Organisations a back-office user may see: all for moderators, else their own."""
        from newham_connect.permissions import is_moderator

        if user.is_superuser or is_moderator(user):
            return self
        return self.filter(memberships__user=user).distinct()


class Organisation(ModeratedModel):
    """A partner: charity, faith group, food bank, tenants' association, mutual-aid group…"""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("web address name"), max_length=200, unique=True)
    kind = models.CharField(_("kind of organisation"), max_length=30, choices=OrganisationKind)
    description = models.TextField(_("what the organisation does"), blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    website = models.URLField(_("website"), blank=True)
    charity_number = models.CharField(_("registered charity number"), max_length=20, blank=True)
    wards = models.ManyToManyField(Ward, verbose_name=_("wards served"), blank=True)
    languages = models.ManyToManyField(
        SpokenLanguage, verbose_name=_("languages spoken"), blank=True
    )
    categories = models.ManyToManyField(TaxonomyTerm, verbose_name=_("categories"), blank=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    last_modified = models.DateTimeField(_("last changed"), auto_now=True)

    organisation_path = None  # an organisation is public when it is published

    objects = OrganisationQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        indexes = [
            # Trigram index for typo-tolerant name search on the site-wide search page.
            GinIndex(fields=["name"], name="org_name_trgm", opclasses=["gin_trgm_ops"]),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("directory:organisation", kwargs={"slug": self.slug})


class LocationKind(models.TextChoices):
    LIBRARY = "library", _("Library")
    COMMUNITY_CENTRE = "community_centre", _("Community centre")
    PARK = "park", _("Park or open space")
    FAITH_BUILDING = "faith_building", _("Place of worship")
    LEISURE_CENTRE = "leisure_centre", _("Leisure centre")
    HEALTH = "health", _("Health centre")
    SCHOOL = "school", _("School or college")
    OFFICE = "office", _("Office")
    OTHER = "other", _("Other venue")


class Location(models.Model):
    """A venue residents go to (HSDS location with one physical address)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("web address name"), max_length=200, unique=True)
    kind = models.CharField(_("kind of venue"), max_length=30, choices=LocationKind)
    description = models.TextField(_("description"), blank=True)
    address = models.CharField(_("street address"), max_length=200)
    postcode = models.CharField(_("postcode"), max_length=10)
    ward = models.ForeignKey(Ward, verbose_name=_("ward"), on_delete=models.PROTECT)
    latitude = models.DecimalField(_("latitude"), max_digits=9, decimal_places=6)
    longitude = models.DecimalField(_("longitude"), max_digits=9, decimal_places=6)
    accessibility = models.ManyToManyField(
        AccessibilityFeature, verbose_name=_("accessibility"), blank=True
    )
    last_modified = models.DateTimeField(_("last changed"), auto_now=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("venue")
        verbose_name_plural = _("venues")
        constraints = [
            # Newham sits between these; a swapped or mistyped coordinate is caught here.
            models.CheckConstraint(
                condition=models.Q(latitude__gte=51.49, latitude__lte=51.57)
                & models.Q(longitude__gte=-0.03, longitude__lte=0.11),
                name="location_in_newham_area",
                violation_error_message=_("The map position must be in or near Newham."),
            ),
        ]

    def __str__(self):
        return self.name

    @property
    def map_url(self):
        return f"https://www.openstreetmap.org/?mlat={self.latitude}&mlon={self.longitude}#map=17/{self.latitude}/{self.longitude}"


class MembershipRole(models.TextChoices):
    VIEWER = "viewer", _("Read only")
    EDITOR = "editor", _("Editor")
    ADMIN = "admin", _("Administrator")


class OrganisationMembership(models.Model):
    """A person's role in a partner organisation. One person may belong to several."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        on_delete=models.CASCADE,
        related_name="memberships",
    )
    role = models.CharField(
        _("role"), max_length=10, choices=MembershipRole, default=MembershipRole.EDITOR
    )

    class Meta:
        verbose_name = _("organisation member")
        verbose_name_plural = _("organisation members")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "organisation"], name="one_membership_per_organisation"
            ),
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation} ({self.get_role_display()})"


# --- Services directory (Open Referral UK 3.0 / HSDS 3.0 shaped) ---------------------------------

# Weekday codes as in an iCalendar RRULE (RFC 5545 BYDAY), Monday first like Python's weekday().
WEEKDAY_CODES = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
# "MO" every week; "1MO".."5MO" the nth Monday of the month; "-1MO" the last Monday.
BYDAY_RE = r"^(-1|[1-5])?(MO|TU|WE|TH|FR|SA|SU)$"
# Newham's own vocabulary (directory/reference_data.py); terms from other feeds keep theirs.
NEWHAM_TAXONOMY = "newham-categories"
# A venue with this feature counts as wheelchair accessible for the services filter.
WHEELCHAIR_FEATURE = "wheelchair-accessible-entrance"


class ChoiceArrayField(ArrayField):
    """A list of choices in one column, edited as checkboxes (ArrayField shows a text box)."""

    def formfield(self, **kwargs):
        defaults = {
            "form_class": forms.TypedMultipleChoiceField,
            "choices": self.base_field.choices,
            "coerce": self.base_field.to_python,
            "widget": forms.CheckboxSelectMultiple,
        }
        defaults.update(kwargs)
        # Skip ArrayField.formfield (SimpleArrayField); the plain Field version takes choices.
        return super(ArrayField, self).formfield(**defaults)


class ServiceStatus(models.TextChoices):
    """Open Referral's operating status. Public visibility is the moderation status instead."""

    ACTIVE = "active", _("Open")
    TEMPORARILY_CLOSED = "temporarily closed", _("Temporarily closed")
    INACTIVE = "inactive", _("Not running at the moment")
    DEFUNCT = "defunct", _("Closed for good")


class AudienceGroup(models.TextChoices):
    """Who a service is specially for ("who it is for"). No group means everyone."""

    CHILDREN = "children", _("Children")
    YOUNG_PEOPLE = "young_people", _("Young people")
    FAMILIES = "families", _("Families and parents")
    OLDER_PEOPLE = "older_people", _("Older people")
    CARERS = "carers", _("Carers")
    DISABLED_PEOPLE = "disabled_people", _("Disabled people")
    REFUGEES_MIGRANTS = "refugees_migrants", _("Refugees and migrants")
    LGBTQIA = "lgbtqia", _("LGBTQIA+ people")
    WOMEN = "women", _("Women")
    LOW_INCOME = "low_income", _("People on a low income")


class DeliveryMethod(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    PHONE = "phone", _("By phone")
    ONLINE = "online", _("Online")


class ServiceQuerySet(ModeratedQuerySet):
    def for_user(self, user):
        from newham_connect.permissions import is_council, organisation_roles

        if is_council(user):
            return self
        return self.filter(organisation__in=list(organisation_roles(user)))

    def in_categories(self, terms):
        """In any of these categories or any category below them in the tree."""
        ids = TaxonomyTerm.objects.with_descendants(terms)
        return self.filter(
            models.Exists(
                Service.categories.through.objects.filter(
                    service_id=models.OuterRef("pk"), taxonomyterm_id__in=ids
                )
            )
        )

    def for_groups(self, groups):
        return self.filter(groups__overlap=list(groups))

    def for_age(self, age):
        """Open to someone of this age (no lower or upper limit counts as open)."""
        return self.filter(
            models.Q(minimum_age__isnull=True) | models.Q(minimum_age__lte=age),
            models.Q(maximum_age__isnull=True) | models.Q(maximum_age__gte=age),
        )

    def free(self):
        return self.filter(is_free=True)

    def delivered(self, methods):
        return self.filter(delivery_methods__overlap=list(methods))

    def speaking(self, languages):
        return self.filter(
            models.Exists(
                Service.languages.through.objects.filter(
                    service_id=models.OuterRef("pk"), spokenlanguage__in=languages
                )
            )
        )

    def in_ward(self, ward):
        """Serving this ward: it names the ward, serves all of Newham, or has a venue there."""
        return self.in_wards([ward])

    def in_wards(self, wards):
        """Serving any of these wards (see in_ward)."""
        wards = list(wards)
        return self.filter(
            models.Exists(
                Service.wards.through.objects.filter(
                    service_id=models.OuterRef("pk"), ward__in=wards
                )
            )
            | ~models.Exists(Service.wards.through.objects.filter(service_id=models.OuterRef("pk")))
            | models.Exists(
                ServiceAtLocation.objects.filter(
                    service_id=models.OuterRef("pk"), location__ward__in=wards
                )
            )
        )

    def wheelchair_accessible(self):
        return self.filter(
            models.Exists(
                ServiceAtLocation.objects.filter(
                    service_id=models.OuterRef("pk"),
                    location__accessibility__code=WHEELCHAIR_FEATURE,
                )
            )
        )

    def _with_schedule(self, schedules):
        own = schedules.filter(service_id=models.OuterRef("pk"))
        at_venue = schedules.filter(service_at_location__service_id=models.OuterRef("pk"))
        return self.filter(models.Exists(own) | models.Exists(at_venue))

    def open_on(self, weekday, today=None):
        """Open on some of these weekdays (0 = Monday) in schedules that have not ended."""
        today = today or timezone.localdate()
        return self._with_schedule(Schedule.objects.current(today).on_weekday(weekday))

    def open_at(self, moment=None):
        """Open at this moment (now by default), in Newham's time zone."""
        moment = timezone.localtime(moment)
        return self._with_schedule(Schedule.objects.open_at(moment))


class Service(ModeratedModel):
    """A service an organisation offers residents (HSDS / ORUK service)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    organisation = models.ForeignKey(
        Organisation,
        verbose_name=_("organisation"),
        # Only the council deletes organisations; the admin lists the services that go too.
        on_delete=models.CASCADE,
        related_name="services",
    )
    name = models.CharField(_("name"), max_length=200)
    slug = models.SlugField(_("web address name"), max_length=200, unique=True)
    description = models.TextField(_("what the service does"))
    service_status = models.CharField(
        _("is it running?"),
        max_length=20,
        choices=ServiceStatus,
        default=ServiceStatus.ACTIVE,
        help_text=_("Whether the service is running. Residents see a warning when it is not."),
    )
    alert = models.CharField(
        _("short notice"),
        max_length=300,
        blank=True,
        help_text=_("A temporary message shown at the top, e.g. “Closed for the summer”."),
    )
    # Who it is for
    eligibility_description = models.TextField(
        _("who it is for"), blank=True, help_text=_("In plain words: who can use this service.")
    )
    minimum_age = models.PositiveSmallIntegerField(_("youngest age"), null=True, blank=True)
    maximum_age = models.PositiveSmallIntegerField(_("oldest age"), null=True, blank=True)
    groups = ChoiceArrayField(
        models.CharField(max_length=30, choices=AudienceGroup),
        verbose_name=_("specially for"),
        default=list,
        blank=True,
        help_text=_("Leave all unticked if the service is for everyone."),
    )
    # How to get help
    application_process = models.TextField(
        _("how to get help"),
        blank=True,
        help_text=_("For example: “Just turn up”, or “Phone to book an appointment”."),
    )
    delivery_methods = ChoiceArrayField(
        models.CharField(max_length=20, choices=DeliveryMethod),
        verbose_name=_("how it is given"),
        default=list,
        blank=True,
    )
    email = models.EmailField(_("email"), blank=True)
    url = models.URLField(_("website"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)
    # Cost
    is_free = models.BooleanField(_("free"), default=False)
    fees_description = models.TextField(
        _("costs"), blank=True, help_text=_("What it costs, if anything, and who pays less.")
    )
    # Where and in what language
    locations = models.ManyToManyField(
        Location,
        verbose_name=_("venues"),
        through="ServiceAtLocation",
        related_name="services",
        blank=True,
    )
    wards = models.ManyToManyField(
        Ward,
        verbose_name=_("areas served"),
        blank=True,
        help_text=_("Leave empty if the service is for everyone in Newham."),
    )
    languages = models.ManyToManyField(
        SpokenLanguage, verbose_name=_("languages spoken"), blank=True
    )
    categories = models.ManyToManyField(TaxonomyTerm, verbose_name=_("categories"), blank=True)
    funding = models.CharField(_("funded by"), max_length=300, blank=True)
    assured_date = models.DateField(
        _("details last checked"),
        null=True,
        blank=True,
        help_text=_("When someone last checked that these details are right."),
    )
    imported_from = models.URLField(
        _("imported from"),
        max_length=500,
        blank=True,
        help_text=_("The Open Referral feed this service was imported from, if any."),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    last_modified = models.DateTimeField(_("last changed"), auto_now=True, db_index=True)

    objects = ServiceQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("service")
        verbose_name_plural = _("services")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(minimum_age__isnull=True)
                | models.Q(maximum_age__isnull=True)
                | models.Q(minimum_age__lte=models.F("maximum_age")),
                name="service_age_range_in_order",
                violation_error_message=_("The youngest age must not be more than the oldest."),
            ),
        ]
        indexes = [
            # Trigram index for typo-tolerant name search (services list and site search).
            GinIndex(fields=["name_en"], name="service_name_en_trgm", opclasses=["gin_trgm_ops"]),
            # "Who it is for" and "in person / phone / online" filters use array overlap (&&).
            GinIndex(fields=["groups"], name="service_groups_gin"),
            GinIndex(fields=["delivery_methods"], name="service_delivery_gin"),
        ]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if (
            self.minimum_age is not None
            and self.maximum_age is not None
            and self.minimum_age > self.maximum_age
        ):
            raise ValidationError(
                {"maximum_age": _("The youngest age must not be more than the oldest.")}
            )

    def get_absolute_url(self):
        return reverse("directory:service", kwargs={"slug": self.slug})

    @property
    def is_running(self):
        return self.service_status == ServiceStatus.ACTIVE

    def get_groups_display(self):
        labels = dict(AudienceGroup.choices)
        return [labels[g] for g in self.groups if g in labels]

    def get_delivery_methods_display(self):
        labels = dict(DeliveryMethod.choices)
        return [labels[m] for m in self.delivery_methods if m in labels]


class ServiceAtLocation(models.Model):
    """A service offered at a venue (HSDS service_at_location)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(
        Service,
        verbose_name=_("service"),
        on_delete=models.CASCADE,
        related_name="service_at_locations",
    )
    location = models.ForeignKey(
        Location,
        verbose_name=_("venue"),
        on_delete=models.PROTECT,
        related_name="service_at_locations",
    )
    description = models.CharField(
        _("notes for this venue"),
        max_length=300,
        blank=True,
        help_text=_("For example: “In the community room on the first floor”."),
    )

    class Meta:
        ordering = ["location__name"]
        verbose_name = _("service at a venue")
        verbose_name_plural = _("services at venues")
        constraints = [
            models.UniqueConstraint(
                fields=["service", "location"], name="service_at_location_unique"
            ),
        ]

    def __str__(self):
        return f"{self.service} @ {self.location}"


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
        Service,
        verbose_name=_("service"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="schedules",
    )
    service_at_location = models.ForeignKey(
        ServiceAtLocation,
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


class CostOption(models.Model):
    """A price for a service (HSDS cost_option). A free service needs none."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(
        Service, verbose_name=_("service"), on_delete=models.CASCADE, related_name="cost_options"
    )
    option = models.CharField(
        _("who or what it is for"), max_length=200, blank=True, help_text=_("For example: Adults")
    )
    amount = models.DecimalField(
        _("amount in pounds"),
        max_digits=8,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(0)],
    )
    amount_description = models.CharField(
        _("price details"), max_length=200, blank=True, help_text=_("For example: per session")
    )
    valid_from = models.DateField(_("starting on"), null=True, blank=True)
    valid_to = models.DateField(_("ending on"), null=True, blank=True)

    class Meta:
        ordering = ["amount"]
        verbose_name = _("price")
        verbose_name_plural = _("prices")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(amount__isnull=True) | models.Q(amount__gte=0),
                name="cost_option_amount_not_negative",
                violation_error_message=_("A price cannot be less than nothing."),
            ),
        ]

    def __str__(self):
        return f"{self.option} {self.amount}"


class Contact(models.Model):
    """A named person or desk to contact about a service (HSDS contact with one phone)."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    service = models.ForeignKey(
        Service, verbose_name=_("service"), on_delete=models.CASCADE, related_name="contacts"
    )
    name = models.CharField(_("name"), max_length=150, blank=True)
    title = models.CharField(_("job title or role"), max_length=150, blank=True)
    email = models.EmailField(_("email"), blank=True)
    phone = models.CharField(_("phone"), max_length=30, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("contact person")
        verbose_name_plural = _("contact people")

    def __str__(self):
        return self.name or self.title


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
    note = models.TextField(_("what was done"), blank=True)

    objects = ListingReportQuerySet.as_manager()

    class Meta:
        ordering = ["resolved", "-created"]
        verbose_name = _("problem report")
        verbose_name_plural = _("problem reports")

    def __str__(self):
        return f"{self.service}: {self.get_reason_display()}"


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
