"""Every use of Django admin's private API, in one place.

The back office needs a few things Django's admin does but does not offer publicly: the
formsets exactly as the change view builds them, whether a formset will delete a form, a
request that posts stored data, the "doesn't exist" redirect, the raw-id popup's lookups.
Each is one small function here, and `tests/newham_connect/test_admin_internals.py` checks
the internals they stand on, so a Django upgrade that changes them fails there, by name,
instead of somewhere in the held-change or scoping code.
"""

from django.utils.datastructures import MultiValueDict


def admin_formsets(model_admin, request, obj):
    """(formsets, inline instances) for a change of `obj`, as the admin's change view makes
    them: the same inline permissions, prefixes and `get_formsets_with_inlines`."""
    return model_admin._create_formsets(request, obj, change=True)


def will_delete(formset, form):
    """Whether saving `formset` deletes `form`'s row (its delete box ticked, and valid)."""
    return formset.can_delete and formset._should_delete_form(form)


def set_post(request, post):
    """Make `request` carry `post` (a QueryDict) as its POST data, with no files."""
    request._post, request._files = post, MultiValueDict()


def raw_id_lookups(model):
    """The `limit_choices_to` lookups of the relations pointing at `model`, which Django lets a
    raw-id popup filter by (dicts, Q objects or callables, as declared)."""
    return model._meta.related_fkey_lookups
