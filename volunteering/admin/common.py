"""What the volunteering back office's pages share: who may see an applicant's name, the
opportunity filter scoped to the person's organisations, inlines that follow their parent."""

import datetime
import uuid

from django.contrib import admin
from django.utils.translation import gettext_lazy as _

from newham_connect.permissions import has_org_role, is_council, organisation_roles

from ..models import Opportunity

# How long a moderator's recorded reason opens one applicant's details.
ACCESS_WINDOW = datetime.timedelta(hours=1)
HIDDEN = _("Hidden: open it and give a reason")


class ScopedOpportunityFilter(admin.SimpleListFilter):
    """Filter by opportunity, listing only opportunities the person may see."""

    title = _("opportunity")
    parameter_name = "opportunity"
    lookup = "opportunity"

    def lookups(self, request, model_admin):
        qs = Opportunity.objects.all()
        if not is_council(request.user):
            qs = qs.for_organisations(list(organisation_roles(request.user)))
        return [(str(pk), title) for pk, title in qs.values_list("pk", "title_en")[:200]]

    def queryset(self, request, queryset):
        value = self.value()
        if not value:
            return queryset
        try:
            return queryset.filter(**{f"{self.lookup}_id": uuid.UUID(value)})
        except ValueError:
            return queryset.none()


class ParentScopedInlineMixin:
    """Inline rows follow the parent row's permissions (partners hold no Django model perms)."""

    def _parent(self):
        return self.admin_site.get_model_admin(self.parent_model)

    def has_view_permission(self, request, obj=None):
        return self._parent().has_view_permission(request, obj)

    def has_add_permission(self, request, obj=None):
        return obj is not None and self._parent().has_change_permission(request, obj)

    def has_change_permission(self, request, obj=None):
        return self._parent().has_change_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return obj is not None and self._parent().has_change_permission(request, obj)


def visible_name(request, interest):
    """The applicant's name for their organisation's members; otherwise only "hidden"."""
    if interest.is_anonymised:
        return _("(deleted)")
    if has_org_role(request.user, interest.opportunity.organisation_id, "viewer"):
        return interest.name
    return HIDDEN
