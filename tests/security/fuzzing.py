"""Hypothesis strategies for query strings: real parameter names mixed with garbage, any
unicode (control characters too), huge and negative numbers, the same key many times."""

import json
import string
from pathlib import Path
from urllib.parse import quote, urlencode

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from tests.hostile import NUL_IN_REQUESTS_ANSWERS_400, VALUES

OPENAPI = Path(__file__).resolve().parent.parent / "standards/oruk/3.0/openapi.json"

# Bounded and repeatable: the same examples every run (a failure can be run again), no
# example database written into the working tree, and fixtures shared by the examples are
# only read (GET requests).
FUZZ = settings(
    max_examples=30,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)

_excluded = ["Cs"]  # lone surrogates cannot be sent as UTF-8
_text = st.text(
    st.characters(
        exclude_categories=_excluded,
        exclude_characters=None if NUL_IN_REQUESTS_ANSWERS_400 else "\x00",
    ),
    max_size=40,
)
NUMBERS = st.one_of(
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([0, -1, 1, 2**31, 2**63, 10**100]),
).map(str)
PLAIN = st.sampled_from(
    ["", "true", "false", "on", "1", "0", "yes", "None", "null", "[]", "2025-13-45", "json"]
)
HOSTILE = st.sampled_from(
    [v for v in VALUES.values() if "\x00" not in v or NUL_IN_REQUESTS_ANSWERS_400]
)
DATES = st.one_of(
    st.dates().map(lambda d: d.isoformat()),
    st.datetimes().map(lambda d: d.isoformat()),
)


def values(real=()):
    """Any value a parameter might be sent: real ones, numbers, dates, corpus, garbage."""
    options = [_text, NUMBERS, PLAIN, HOSTILE, DATES]
    if real:
        options.insert(0, st.sampled_from(sorted(real)))
    return st.one_of(*options)


def query_strings(names, real=()):
    """A whole query string: (key, value) pairs, keys repeating, garbage keys among real ones."""
    keys = st.one_of(st.sampled_from(sorted(names)), _text, st.sampled_from(["page", "format"]))
    pair = st.tuples(keys, values(real))
    raw = st.binary(max_size=20).map(lambda b: "".join(f"%{byte:02X}" for byte in b))
    encoded = st.lists(pair, max_size=8).map(lambda pairs: urlencode(pairs))
    repeated = st.tuples(st.sampled_from(sorted(names)), st.lists(values(real), max_size=5)).map(
        lambda item: urlencode([(item[0], v) for v in item[1]])
    )
    return st.one_of(encoded, repeated, st.tuples(encoded, raw).map("&x=".join))


def path_ids(real=()):
    """Ids for detail URLs: real ones, UUIDs, numbers and garbage (slashes and all), quoted."""
    garbage = st.text(st.characters(exclude_categories=_excluded), min_size=1, max_size=40)
    options = [st.uuids().map(str), NUMBERS, garbage, st.sampled_from(["..", ".", "%", " "])]
    if real:
        options.insert(0, st.sampled_from(sorted(real)))
    return st.one_of(*options).map(lambda text: quote(text, safe=string.ascii_letters))


def openapi_parameters():
    """{path: {name: schema}} for the ORUK OpenAPI document's GET operations."""
    document = json.loads(OPENAPI.read_text())
    shared = document.get("components", {}).get("parameters", {})
    found = {}
    for path, operations in document["paths"].items():
        parameters = {}
        for parameter in operations.get("get", {}).get("parameters", []):
            if "$ref" in parameter:
                parameter = shared[parameter["$ref"].rsplit("/", 1)[-1]]
            if parameter["in"] == "query":
                parameters[parameter["name"]] = parameter.get("schema", {})
        found[path] = parameters
    return found


def typed_values(schema, real=()):
    """Values for one OpenAPI parameter: mostly of its type, the rest anything at all."""
    kind = schema.get("type")
    if kind == "integer":
        typed = NUMBERS
    elif kind == "boolean":
        typed = st.sampled_from(["true", "false", "1", "0", "yes", "no", "TRUE", "maybe"])
    elif schema.get("format") in ("datetime", "date-time"):
        typed = DATES
    else:
        typed = st.sampled_from(sorted(real)) if real else _text
    return st.one_of(typed, values())


def typed_query_strings(parameters, real=()):
    """Query strings for an OpenAPI operation: its own parameters, typed, plus garbage."""
    if not parameters:
        return query_strings(["page"])
    pair = st.sampled_from(sorted(parameters)).flatmap(
        lambda name: st.tuples(st.just(name), typed_values(parameters[name], real))
    )
    extra = st.tuples(_text, values())
    return st.lists(st.one_of(pair, pair, extra), max_size=6).map(urlencode)
