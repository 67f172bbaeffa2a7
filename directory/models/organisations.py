"""Partner organisations and the people who work for them in the back office."""

import uuid

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.contrib.postgres.indexes import GinIndex
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from newham_connect.moderation import ModeratedModel, ModeratedQuerySet, ModerationStatus

from .reference import SpokenLanguage, TaxonomyTerm, Ward


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
    # Set by the council for organisations whose listings it no longer needs to check first:
    # "Send for review" publishes at once and edits of published listings are not held.
    # Every such publication is still in the listing's history, with who and why.
    trusted = models.BooleanField(
        _("trusted to publish"),
        default=False,
        help_text=_(
            "Its listings are published without waiting for a moderator. The council can "
            "still see every change in the history."
        ),
    )
    wards = models.ManyToManyField(Ward, verbose_name=_("wards served"), blank=True)
    languages = models.ManyToManyField(
        SpokenLanguage, verbose_name=_("languages spoken"), blank=True
    )
    categories = models.ManyToManyField(TaxonomyTerm, verbose_name=_("categories"), blank=True)
    created = models.DateTimeField(_("created"), auto_now_add=True)
    last_modified = models.DateTimeField(_("last changed"), auto_now=True)

    organisation_path = None  # an organisation is public when it is published

    objects = OrganisationQuerySet.as_manager()
    # The stored search documents (directory.search_index); deleted with the listing.
    search_documents = GenericRelation("directory.SearchDocument")

    class Meta:
        ordering = ["name"]
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        indexes = [
            # Trigram index for typo-tolerant name search on the site-wide search page.
            GinIndex(fields=["name"], name="org_name_trgm", opclasses=["gin_trgm_ops"]),
            # The public rule's join in the site search (and the lists): published rows'
            # keys with what the join and the tie-break read, so it is an index-only scan,
            # not a read of the wide rows (every language's columns).
            models.Index(
                fields=["id"],
                include=["name_en"],
                condition=models.Q(status=ModerationStatus.PUBLISHED),
                name="organisation_public",
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("directory:organisation", kwargs={"slug": self.slug})


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
