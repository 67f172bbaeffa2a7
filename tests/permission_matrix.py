"""The back-office permission matrix: every admin URL pattern × every persona, as requested.

`rows(site, world)` lists one sample address per URL pattern of the admin site (and one per
app for the app index), using organisation A's record for object pages; `measure()` requests
each as each persona with the test client; `render()` writes the table of docs/permissions.md.
An admin URL pattern this module does not know how to fill raises, so none goes unlisted.
"""

import logging
import re
from contextlib import contextmanager
from dataclasses import dataclass

from django.contrib.contenttypes.models import ContentType
from django.test import Client
from django.urls import URLPattern, URLResolver, reverse

PERSONAS = [
    (None, "anonymous"),
    ("rita", "resident"),
    ("vic", "viewer (org A)"),
    ("bob", "editor (org A)"),
    ("alice", "org admin (org A)"),
    ("charlie", "editor (org B)"),
    ("mo", "moderator"),
    ("root", "superuser"),
]

HEADER = """\
# Back-office permission matrix

Who reaches each back-office address. Generated, not written: `tests/permission_matrix.py`
requests every URL pattern of the admin site as each persona with Django's test client, and
`tests/newham_connect/test_permission_matrix.py` fails when this file differs from what the code
does, or when an admin URL pattern has no row. After changing who may see what, regenerate it:

    NC_WRITE_PERMISSION_MATRIX=1 .venv/bin/pytest tests/newham_connect/test_permission_matrix.py

Personas (`personas` in tests/conftest.py): Rita is a resident with no role; Vic reads, Bob
edits and Alice administers organisation A; Charlie edits organisation B; Mo is a council
moderator; the superuser is an operator. Object pages use a record of organisation A (or the
shared reference record), so Charlie's column is what another organisation gets.
Every request is a GET.

- **200**: the page; **403**: not allowed to see this kind of record at all; **404**: not found
  (another organisation's record, or nothing to see); **405**: the address takes no GET.
- **302 sign-in**: sent to sign in (a resident, too, has no back office);
  **302 home**: on to the back-office home page (sign-in or sign-out with nothing to do);
  **302 reason**: a moderator must record why before seeing an applicant's details;
  **302 public page**: "view on site" opens the record's public page;
  **302 change**: the old address of a change page.
"""


@dataclass(frozen=True)
class Row:
    pattern: str  # the address pattern, under /admin/
    name: str  # the URL name ("" for Django's unnamed ones)
    url: str  # the sample address requested


def _route(pattern):
    return str(pattern.pattern)


def _fill(route, values):
    """Put sample values into a route's <converter:name> parts (a callable: for any name)."""

    def one(match):
        return str(values(match.group(1)) if callable(values) else values[match.group(1)])

    return re.sub(r"<(?:\w+:)?(\w+)>", one, route)


def _model_rows(model, model_admin, obj, prefix):
    rows = []
    history = getattr(obj, "history", None)
    for pattern in model_admin.get_urls():
        route, name = _route(pattern), pattern.name or ""
        if name.endswith("_simple_history"):
            version = history.latest().history_id
            shown = f"{prefix}<object_id>/history/<history_id>/"
            rows.append(Row(shown, name, f"{prefix}{obj.pk}/history/{version}/"))
            continue
        if name == "post_office_email_image":  # an inline image of a queued mail, by its id
            shown = f"{prefix}<object_id>/image/<content_id>"
            rows.append(Row(shown, name, f"{prefix}{obj.pk}/image/{'0' * 32}"))
            continue
        if isinstance(pattern, URLResolver) or re.search(r"[\^$(]", route):
            raise AssertionError(f"no sample address for {prefix}{route} ({name})")
        # Every part of a ModelAdmin's address names the record (object_id; auth's <id>).
        rows.append(Row(prefix + route, name, prefix + _fill(route, lambda _name: obj.pk)))
    return rows


def rows(site, world):
    """One Row per URL pattern of `site` (the app index: one per app)."""
    base = reverse(f"{site.name}:index")
    models_by_prefix = {
        f"{model._meta.app_label}/{model._meta.model_name}/": model for model in site._registry
    }
    service = next(m for m in world if m._meta.label == "directory.Service")
    content_type = ContentType.objects.get_for_model(service)
    out = []
    for pattern in site.get_urls():
        route, name = _route(pattern), getattr(pattern, "name", None) or ""
        if isinstance(pattern, URLResolver):
            model = models_by_prefix[route]
            out += _model_rows(model, site._registry[model], world[model][0], base + route)
        elif name == "app_list":
            for app_label in re.search(r"\(\?P<app_label>([^)]*)\)", route).group(1).split("|"):
                out.append(Row(f"{base}{app_label}/", name, f"{base}{app_label}/"))
        elif name == "view_on_site":
            values = {"content_type_id": content_type.pk, "object_id": world[service][0].pk}
            out.append(Row(base + route, name, base + _fill(route, values)))
        elif name == "autocomplete":  # asked by a form's autocomplete field, with its name
            query = "?app_label=activities&model_name=activityseries&field_name=activity_types"
            out.append(Row(base + route, name, base + route + query))
        elif route == "(?P<url>.*)$":  # Django's catch-all for unknown back-office addresses
            out.append(Row(f"{base}<anything else>", "", f"{base}no-such-page/"))
        elif isinstance(pattern, URLPattern) and not re.search(r"[<^$(]", route):
            out.append(Row(base + route, name, base + route))
        else:
            raise AssertionError(f"no sample address for {base}{route} ({name})")
    return out


def _outcome(response):
    status = response.status_code
    if status not in (301, 302):
        return str(status)
    location = response["Location"]
    if "/login/" in location:
        return "302 sign-in"
    if location == reverse("admin:index"):
        return "302 home"
    if location.endswith("/reason/"):
        return "302 reason"
    if location.endswith("/change/"):
        return "302 change"
    if not location.split("?")[0].startswith("/admin/"):
        return "302 public page"
    return f"302 {location}"


@contextmanager
def _quiet_refusals():
    """Each 403/404 is logged with its traceback; a thousand of them only slow the matrix."""
    loggers = [logging.getLogger(name) for name in ("django.request", "django.security")]
    levels = [logger.level for logger in loggers]
    for logger in loggers:
        logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        for logger, level in zip(loggers, levels, strict=True):
            logger.setLevel(level)


def measure(personas, table_rows):
    """{row: [outcome per persona]}, each persona signed in once on its own client."""
    results = {row: [] for row in table_rows}
    with _quiet_refusals():
        for key, _title in PERSONAS:
            client = Client()
            if key is not None:
                client.force_login(personas[key])
            for row in table_rows:
                results[row].append(_outcome(client.get(row.url)))
    return results


def render(results):
    titles = [title for _key, title in PERSONAS]
    lines = [
        HEADER,
        "| address | URL name | " + " | ".join(titles) + " |",
        "| --- | --- | " + " | ".join("---" for _ in titles) + " |",
    ]
    for row, outcomes in results.items():
        name = f"`{row.name}`" if row.name else "–"
        lines.append(f"| `{row.pattern}` | {name} | " + " | ".join(outcomes) + " |")
    return "\n".join(lines) + "\n"
