"""Who may do what, in one place. Views and admin classes ask here, never decide themselves.

Roles are data: a council moderator is a member of the MODERATORS_GROUP group; a partner is a
user with an OrganisationMembership (viewer / editor / admin) in one or more organisations.
"""

from django.conf import settings

ROLE_RANK = {"viewer": 1, "editor": 2, "admin": 3}


def is_moderator(user):
    if not user.is_authenticated:
        return False
    # Cached per request object, as the admin asks many times while building a page.
    if not hasattr(user, "_nc_is_moderator"):
        user._nc_is_moderator = user.groups.filter(name=settings.MODERATORS_GROUP).exists()
    return user._nc_is_moderator


def is_council(user):
    return user.is_authenticated and (user.is_superuser or is_moderator(user))


def is_operator(user):
    """A superuser: runs the site, and alone may remove records nobody else changes (a
    resident's search that holds a name or phone number, say)."""
    return user.is_authenticated and user.is_superuser


def organisation_roles(user):
    """{organisation_id: role} for a signed-in partner; cached on the user object."""
    if not user.is_authenticated:
        return {}
    if not hasattr(user, "_nc_roles"):
        user._nc_roles = dict(user.memberships.values_list("organisation_id", "role"))
    return user._nc_roles


def has_org_role(user, organisation_id, minimum="viewer"):
    role = organisation_roles(user).get(organisation_id)
    return role is not None and ROLE_RANK[role] >= ROLE_RANK[minimum]


def can_view_organisation(user, organisation):
    return is_council(user) or has_org_role(user, organisation.pk, "viewer")


def can_edit_organisation(user, organisation):
    return is_council(user) or has_org_role(user, organisation.pk, "editor")


def can_manage_members(user, organisation):
    return is_council(user) or has_org_role(user, organisation.pk, "admin")


def is_partner(user):
    return bool(organisation_roles(user))


def must_use_mfa(user):
    """Who needs a second sign-in step (an app code) before the back office: the people who can
    publish to residents or decide who works on an organisation's listings: council moderators,
    superusers and organisation administrators. Editors and viewers may set one up if they like."""
    return is_council(user) or "admin" in organisation_roles(user).values()
