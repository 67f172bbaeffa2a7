"""Venues residents go to (HSDS location), shared by services, activities and volunteering."""

import uuid

from django.db import models
from django.utils.translation import gettext_lazy as _

from .reference import AccessibilityFeature, Ward


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
