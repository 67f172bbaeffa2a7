"""Shared reference data (Open Referral / HSDS 3.0 shaped) used by all three apps.

Organisation, Location (venue), Ward, TaxonomyTerm, SpokenLanguage and AccessibilityFeature live
here once; activities and volunteering import them rather than keep copies.
"""

import uuid

from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.urls import reverse
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
