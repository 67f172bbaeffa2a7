"""Open Referral UK 3.0 schemas: an offline registry and validators for them.

The schemas refer to each other by absolute address, so every file is registered under
https://openreferraluk.org/specifications/3.0/schema/<file>. jsonschema checks "uri" and
"date-time" only when optional packages are installed; the two checks below make sure they are
always enforced, as the ORUK validator does.
"""

import datetime
import json
import re
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

SCHEMA_BASE = "https://openreferraluk.org/specifications/3.0/schema/"
SCHEMA_DIR = Path(__file__).resolve().parent / "standards" / "oruk-3.0"
_URI = re.compile(r"^[A-Za-z][A-Za-z0-9+.-]*:[^\s]+$")
_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[Tt ]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})$")


def _is_uri(value):
    return not isinstance(value, str) or bool(_URI.match(value))


def _is_date_time(value):
    if not isinstance(value, str):
        return True
    if not _DATE_TIME.match(value):
        return False
    try:
        datetime.datetime.fromisoformat(value.replace("z", "Z"))
    except ValueError:
        return False
    return True


def format_checker():
    checker = FormatChecker()
    checker.checks("uri")(_is_uri)
    checker.checks("date-time")(_is_date_time)
    return checker


@cache
def registry(folder=SCHEMA_DIR):
    resources = [
        (
            SCHEMA_BASE + path.name,
            Resource.from_contents(json.loads(path.read_text()), default_specification=DRAFT202012),
        )
        for path in sorted(Path(folder).glob("*.json"))
    ]
    return Registry().with_resources(resources)


@cache
def validator(name, folder=SCHEMA_DIR):
    """A validator for one schema file, e.g. validator("service.json")."""
    schema = registry(folder).contents(SCHEMA_BASE + name)
    return Draft202012Validator(schema, registry=registry(folder), format_checker=format_checker())


def describe_errors(instance, name, limit=3):
    """Short, readable reasons why `instance` does not fit schema `name` (empty if it does)."""
    errors = sorted(validator(name).iter_errors(instance), key=lambda e: list(e.absolute_path))
    reasons = []
    for error in errors[:limit]:
        where = ".".join(str(p) for p in error.absolute_path) or "(the record)"
        reasons.append(f"{where}: {error.message}")
    if len(errors) > limit:
        reasons.append(f"and {len(errors) - limit} more")
    return reasons
