"""Admin mixins every app's back office uses, so scoping and moderation rules live once.

`BackOfficeSite` is the project's admin site (see `newham_connect.apps`): every ModelAdmin
registered on it, ours and other packages', follows `BackOfficeRulesMixin`. Holding partners'
edits of published listings needs the directory's PendingChange, so that part is the
directory's (`directory.held_changes`); this module imports no app.
"""

import dataclasses

from django.contrib import admin
from django.contrib.admin.exceptions import NotRegistered
from django.contrib.admin.filters import SimpleListFilter
from django.contrib.admin.utils import get_fields_from_path, unquote
from django.contrib.admin.widgets import url_params_from_lookup_dict
from django.contrib.contenttypes import views as contenttype_views
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.http import Http404, HttpResponseNotAllowed
from django.urls import path
from django.views.decorators.cache import never_cache

from . import admin_internals, request_notes
from .contributions import contributions
from .permissions import ROLE_RANK, is_council, organisation_roles


def filter_parameters(model, list_filter_item):
    """The query parameters one `list_filter` entry reads, as Django's own filters name them."""
    if isinstance(list_filter_item, type) and issubclass(list_filter_item, SimpleListFilter):
        return {list_filter_item.parameter_name}
    field_path = list_filter_item
    if isinstance(field_path, (list, tuple)):
        field_path = field_path[0]
    if isinstance(field_path, models.Field):
        field_path = field_path.name
    field = get_fields_from_path(model, field_path)[-1]
    keys = {field_path, f"{field_path}__exact", f"{field_path}__isnull", f"{field_path}__isempty"}
    target = getattr(field, "target_field", None) if field.is_relation else None
    if target is not None:  # RelatedFieldListFilter: ?organisation__id__exact=…
        keys.add(f"{field_path}__{target.name}__exact")
    if isinstance(field, models.DateField):  # DateFieldListFilter's ranges
        keys |= {f"{field_path}__gte", f"{field_path}__lt"}
    return keys


def _raw_id_popup_lookup(model, lookup, value):
    """A raw-id popup filters by the relation's limit_choices_to; Django allows exactly those."""
    for fk_lookup in admin_internals.raw_id_lookups(model):
        if callable(fk_lookup):
            fk_lookup = fk_lookup()
        if (lookup, value) in url_params_from_lookup_dict(fk_lookup).items():
            return True
    return False


@dataclasses.dataclass(frozen=True)
class VersionPage:
    """The request shows an old version of a record (simple-history's version page)."""


class BackOfficeRulesMixin:
    """What every back-office list and record page obeys, whoever wrote its ModelAdmin.

    - A list accepts only the lookups its own filters use: Django otherwise lets any field be
      filtered from the address, and `?email__startswith=a` rebuilds what the page hides.
      Anything else is Django's DisallowedModelAdminLookup, a 400.
    - An action that declares no permission is a change, offered only to those who may change.
    - History and version pages of a record out of one's scope are not found, and a version
      page is read only: simple-history would otherwise save a posted old version straight
      over the live record, past roles, moderation and the held-change path.
    """

    def lookup_allowed(self, lookup, value, request=None):
        if not super().lookup_allowed(lookup, value, request):
            return False
        return lookup in self.filter_parameters(request) or _raw_id_popup_lookup(
            self.model, lookup, value
        )

    def filter_parameters(self, request):
        keys = set()
        for item in self.get_list_filter(request):
            keys |= filter_parameters(self.model, item)
        if self.date_hierarchy:
            keys |= {f"{self.date_hierarchy}__{part}" for part in ("year", "month", "day")}
        return keys

    def get_actions(self, request):
        actions = super().get_actions(request)
        if self.has_change_permission(request):
            return actions
        return {
            name: action
            for name, action in actions.items()
            if getattr(action[0], "allowed_permissions", ())
        }

    def _not_found_unless_in_scope(self, request, object_id):
        """Only a record the person's queryset holds. Council staff may also read the history
        of a deleted record (simple-history then finds it in the history rows)."""
        if self.get_object(request, unquote(object_id)) is None and not is_council(request.user):
            raise Http404

    def change_view(self, request, object_id, form_url="", extra_context=None):
        # Django answers a record outside the person's queryset with a redirect to the
        # back-office home ("doesn't exist. Perhaps it was deleted?"); it is simply not found.
        if self.get_object(request, unquote(object_id)) is None:
            raise Http404
        return super().change_view(request, object_id, form_url, extra_context)

    def delete_view(self, request, object_id, extra_context=None):
        # Django asks about the permission first (403 for those who may delete nothing here).
        if (
            self.has_delete_permission(request)
            and self.get_object(request, unquote(object_id)) is None
        ):
            raise Http404
        return super().delete_view(request, object_id, extra_context)

    def history_view(self, request, object_id, extra_context=None):
        # simple-history falls back to the history rows and answers 403 for someone else's
        # record, which tells the partner it exists. Out of scope is simply not found.
        self._not_found_unless_in_scope(request, object_id)
        return super().history_view(request, object_id, extra_context)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        self._not_found_unless_in_scope(request, object_id)
        if request.method not in ("GET", "HEAD"):
            # SIMPLE_HISTORY_REVERT_DISABLED only hides the button; the view still saves.
            return HttpResponseNotAllowed(["GET", "HEAD"])
        request_notes.note(request, VersionPage())
        return super().history_form_view(request, object_id, version_id, extra_context)

    def get_form(self, request, obj=None, **kwargs):
        form_class = super().get_form(request, obj, **kwargs)
        if request_notes.read(request, VersionPage) is None:
            return form_class

        class VersionForm(form_class):
            """Shows an old version; Django ignores what is posted for a disabled field."""

            def __init__(self, *args, **kwargs):
                super().__init__(*args, **kwargs)
                for field in self.fields.values():
                    field.disabled = True

        return VersionForm


class BackOfficeSite(admin.AdminSite):
    """The admin site: gives every registered ModelAdmin the back-office rules, and answers
    "view on site" only for records the person may see in the back office."""

    def register(self, model_or_iterable, admin_class=None, **options):
        admin_class = admin_class or admin.ModelAdmin
        if not issubclass(admin_class, BackOfficeRulesMixin):
            # A package's ModelAdmin (auth, allauth…) gets the rules too.
            admin_class = type(
                admin_class.__name__,
                (BackOfficeRulesMixin, admin_class),
                {"__module__": admin_class.__module__, "__doc__": admin_class.__doc__},
            )
        return super().register(model_or_iterable, admin_class, **options)

    # The home page is each role's own (what needs them), from what apps contribute.
    index_template = "admin/newham_connect/home.html"

    def index(self, request, extra_context=None):
        panels = [panel(request, self) for panel in contributions("back_office_home")]
        context = {**(extra_context or {}), "home_panels": [p for p in panels if p]}
        return super().index(request, context)

    def get_urls(self):
        # Pages apps add to the back office (the moderators' queue), before Django's own.
        added = [url for entry in contributions("back_office_urls") for url in entry(self)]
        urls = added + super().get_urls()
        for i, pattern in enumerate(urls):
            if getattr(pattern, "name", None) == "view_on_site":
                urls[i] = path(
                    str(pattern.pattern), never_cache(self.view_on_site), name="view_on_site"
                )
        return urls

    def view_on_site(self, request, content_type_id, object_id):
        # Django's shortcut redirects to any record's public address, a draft's included;
        # a record the person cannot open here is not found (signed out: nothing at all).
        if not self.has_permission(request):
            raise Http404
        try:
            model = ContentType.objects.get_for_id(content_type_id).model_class()
        except (ContentType.DoesNotExist, ValueError):  # ValueError: not a number
            raise Http404 from None
        try:
            model_admin = None if model is None else self.get_model_admin(model)
        except NotRegistered:
            model_admin = None
        obj = None if model_admin is None else model_admin.get_object(request, unquote(object_id))
        if obj is None or not model_admin.has_view_permission(request, obj):
            raise Http404
        return contenttype_views.shortcut(request, content_type_id, object_id)


class PartnerScopedAdminMixin(BackOfficeRulesMixin):
    """Partners see only rows of their own organisations; council staff see everything.

    `organisation_path` is the lookup from the model to its organisation's id
    ("pk" on Organisation itself, "organisation" on a listing). Another organisation's row is
    simply not in the queryset, so its change URL is a 404-style "doesn't exist" redirect.
    """

    organisation_path = "organisation"
    # Listings (services, activities, opportunities) may be added by partner editors, for their
    # own organisations only; organisations themselves are added by the council.
    partners_can_add = False

    def get_queryset(self, request):
        qs = super().get_queryset(request)
        if is_council(request.user):
            return qs
        return qs.filter(
            **{f"{self.organisation_path}__in": list(organisation_roles(request.user))}
        )

    def _organisation_id(self, obj):
        if self.organisation_path == "pk":
            return obj.pk
        # "service__organisation": follow the relations to the last one, then read its id
        # column, so the organisation row itself is never loaded.
        *through, last = self.organisation_path.split("__")
        for name in through:
            obj = getattr(obj, name)
        return getattr(obj, f"{last}_id")

    def _has_role(self, request, obj, minimum):
        if is_council(request.user):
            return True
        roles = organisation_roles(request.user)
        if obj is None:
            return any(ROLE_RANK[r] >= ROLE_RANK[minimum] for r in roles.values())
        role = roles.get(self._organisation_id(obj))
        return role is not None and ROLE_RANK[role] >= ROLE_RANK[minimum]

    def has_module_permission(self, request):
        return request.user.is_active and (
            is_council(request.user) or bool(organisation_roles(request.user))
        )

    def has_view_permission(self, request, obj=None):
        return self._has_role(request, obj, "viewer")

    def has_change_permission(self, request, obj=None):
        return self._has_role(request, obj, "editor")

    def has_add_permission(self, request):
        if self.partners_can_add:
            return self._has_role(request, None, "editor")
        return is_council(request.user)

    def has_delete_permission(self, request, obj=None):
        return is_council(request.user)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        # A partner can only file a listing under an organisation they edit.
        if db_field.name == "organisation" and not is_council(request.user):
            editable = [
                org_id
                for org_id, role in organisation_roles(request.user).items()
                if ROLE_RANK[role] >= ROLE_RANK["editor"]
            ]
            organisations = db_field.remote_field.model._default_manager
            kwargs["queryset"] = organisations.filter(pk__in=editable)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)
