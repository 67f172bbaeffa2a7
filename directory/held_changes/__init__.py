"""Partners' edits of published listings, held for a moderator (the design's "pending
revision"), kept as `directory.PendingChange` rows.

- `publishing`: keep an edit, rebuild it as its sender saw it, show the differences, publish
  or send it back.
- `mixins`: the listing admins' side (`HoldChangesToPublishedMixin`, `ModeratedAdminMixin`).
- `state`: the save in progress, as explicit objects on the request.

Django admin's private API that this needs is in `newham_connect.admin_internals`.
"""

from .mixins import HoldChangesToPublishedMixin, ModeratedAdminMixin
from .publishing import (
    CannotPublish,
    admin_for,
    bind,
    differences,
    hold,
    publish,
    send_back,
    summary_text,
)

__all__ = [
    "CannotPublish",
    "HoldChangesToPublishedMixin",
    "ModeratedAdminMixin",
    "admin_for",
    "bind",
    "differences",
    "hold",
    "publish",
    "send_back",
    "summary_text",
]
