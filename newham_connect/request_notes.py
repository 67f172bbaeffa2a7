"""What one admin hook tells the next about the request in hand.

Django's admin calls `save_model`, `save_related`, `response_change`, `get_form`… with the
request and little else, so a decision one of them makes ("this edit is held", "this is a
version page") has to travel with the request to the next. Each purpose declares one typed
object (a dataclass) and keeps it here, under one attribute, instead of loose
`request.nc_*` names that any code could set, misspell or leave behind.
"""

_ATTRIBUTE = "_newham_connect_notes"


def note(request, value):
    """Attach `value` to the request (one per type; a second of the same type replaces it).

    The notes are copied, not changed in place, so a `copy.copy` of the request made before
    (a held change replayed as its sender) never sees notes added to the other."""
    setattr(request, _ATTRIBUTE, {**getattr(request, _ATTRIBUTE, {}), type(value): value})
    return value


def read(request, kind):
    """The note of type `kind` on this request, or None."""
    return getattr(request, _ATTRIBUTE, {}).get(kind)


def forget_all(request):
    """Start `request` (a copy of another) with no notes of its own."""
    setattr(request, _ATTRIBUTE, {})
