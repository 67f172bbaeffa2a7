"""Back-office access follows the roles: a partner member or moderator gets into the admin."""

from django.conf import settings
from django.contrib.auth.models import Group
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from .models import OrganisationMembership


def ensure_moderators_group(using="default", **kwargs):
    Group.objects.using(using).get_or_create(name=settings.MODERATORS_GROUP)


def _sync_staff(user):
    should = (
        user.is_superuser
        or user.memberships.exists()
        or user.groups.filter(name=settings.MODERATORS_GROUP).exists()
    )
    if user.is_staff != should:
        user.is_staff = should
        user.save(update_fields=["is_staff"])


@receiver([post_save, post_delete], sender=OrganisationMembership)
def membership_changed(sender, instance, **kwargs):
    _sync_staff(instance.user)


@receiver(m2m_changed, sender=Group.user_set.through)
def groups_changed(sender, instance, action, reverse, pk_set, **kwargs):
    if action not in ("post_add", "post_remove", "post_clear"):
        return
    if reverse:  # group.user_set changed: instance is the group
        from django.contrib.auth import get_user_model

        for user in get_user_model().objects.filter(pk__in=pk_set or []):
            _sync_staff(user)
    else:
        _sync_staff(instance)
