"""Who back-office emails go to: an organisation's people, and the council's moderators."""

from django.conf import settings
from django.contrib.auth import get_user_model

from .models import OrganisationMembership


def organisation_recipients(organisation):
    """The organisation's own address and its editors' and administrators' addresses."""
    emails = [organisation.email] if organisation.email else []
    emails += OrganisationMembership.objects.filter(
        organisation=organisation, role__in=["editor", "admin"], user__is_active=True
    ).values_list("user__email", flat=True)
    return sorted({e for e in emails if e})


def moderator_recipients():
    emails = (
        get_user_model()
        .objects.filter(groups__name=settings.MODERATORS_GROUP, is_active=True)
        .values_list("email", flat=True)
    )
    return sorted({e for e in emails if e})
