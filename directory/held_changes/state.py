"""The save in progress, as explicit objects kept on the request (`newham_connect.request_notes`).

Django's admin runs save_model → save_related → construct_change_message → log_change →
response_change with only the request in common; these say what the first decided.
"""

import dataclasses

from django.db import models

from newham_connect import request_notes


@dataclasses.dataclass
class HeldSave:
    """A partner's save of a published listing, being held for a moderator."""

    # The stored row, as it is live (not the form's edited copy).
    original: models.Model
    # The PendingChange kept, or None if only the inlines saved at once changed (or nothing).
    change: object = None
    # Whether inlines that are not held (an organisation's members) changed and were saved.
    saved_at_once: bool = False


@dataclasses.dataclass(frozen=True)
class Replay:
    """The request is a held change replayed as its sender (to show, check or publish it)."""

    change: object


def held_save(request):
    """The held save in progress on this request, or None when the save goes live."""
    return request_notes.read(request, HeldSave)


def start_holding(request, original):
    return request_notes.note(request, HeldSave(original))


def is_replay(request):
    return request_notes.read(request, Replay) is not None
