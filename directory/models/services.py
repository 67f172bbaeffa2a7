"""The services directory (Open Referral UK 3.0 / HSDS 3.0 shaped): a service, where it is
given, what it costs and whom to contact.
"""

import uuid

from django import forms
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from newham_connect.moderation import ModeratedModel, ModeratedQuerySet, ModerationStatus

from .freshness import CheckedListing, CheckedQuerySet
from .locations import Location
from .organisations import Organisation
from .reference import WHEELCHAIR_FEATURE, SpokenLanguage, TaxonomyTerm, Ward
from .schedules import Schedule


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


class ServiceQuerySet(CheckedQuerySet, ModeratedQuerySet):
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


class Service(CheckedListing, ModeratedModel):
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
    imported_from = models.URLField(
        _("imported from"),
        max_length=500,
        blank=True,
        help_text=_("The Open Referral feed this service was imported from, if any."),
    )
    created = models.DateTimeField(_("created"), auto_now_add=True)
    last_modified = models.DateTimeField(_("last changed"), auto_now=True, db_index=True)

    objects = ServiceQuerySet.as_manager()
    # The stored search documents (directory.search_index); deleted with the listing.
    search_documents = GenericRelation("directory.SearchDocument")

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
            # The public rule's join in the site search (and the lists): published rows'
            # keys with what the join and the tie-break read, so it is an index-only scan,
            # not a read of the wide rows (every language's columns).
            models.Index(
                fields=["id"],
                include=["organisation", "name_en"],
                condition=models.Q(status=ModerationStatus.PUBLISHED),
                name="service_public",
            ),
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
