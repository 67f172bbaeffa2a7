"""Validate JSON against the ORUK 3.0 schemas in tests/standards/oruk (independent of the app).

As the standards README says: every schema file in a referencing.Registry under its
openreferraluk.org address, Draft202012Validator with a FormatChecker. jsonschema only checks
"uri" and "date-time" when extra packages are installed, so both are checked here by hand.
"""

import datetime
import json
import re
from functools import cache
from pathlib import Path

from jsonschema import Draft202012Validator, FormatChecker
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

ORUK = Path(__file__).resolve().parents[1] / "standards" / "oruk"
BASE = "https://openreferraluk.org/specifications/3.0/schema/"


def _checker():
    checker = FormatChecker()

    @checker.checks("uri")
    def is_uri(value):
        return not isinstance(value, str) or re.match(r"^[A-Za-z][A-Za-z0-9+.-]*:\S+$", value)

    @checker.checks("date-time")
    def is_date_time(value):
        if not isinstance(value, str):
            return True
        if not re.match(r"^\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)$", value):
            return False
        datetime.datetime.fromisoformat(value.replace("z", "Z"))
        return True

    return checker


@cache
def _registry():
    return Registry().with_resources(
        (BASE + path.name, Resource.from_contents(json.loads(path.read_text()), DRAFT202012))
        for path in (ORUK / "3.0" / "schema").glob("*.json")
    )


@cache
def _validator(name):
    schema = _registry().contents(BASE + name)
    return Draft202012Validator(schema, registry=_registry(), format_checker=_checker())


@cache
def _page_validator():
    """The openapi.json Page component: the paging fields and their types."""
    openapi = json.loads((ORUK / "3.0" / "openapi.json").read_text())
    page = dict(openapi["components"]["schemas"]["Page"])
    page["required"] = [
        "total_items",
        "total_pages",
        "page_number",
        "size",
        "first_page",
        "last_page",
        "empty",
    ]
    return Draft202012Validator(page)


def errors(instance, name):
    """Every way `instance` breaks schema `name` ("service.json", …), as readable strings."""
    return [
        f"{'.'.join(map(str, e.absolute_path))}: {e.message}"
        for e in _validator(name).iter_errors(instance)
    ]


def page_errors(instance):
    return [e.message for e in _page_validator().iter_errors(instance)]


def mock(feed, name):
    return json.loads((ORUK / "validator-mocks" / feed / name).read_text())
