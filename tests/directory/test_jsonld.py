"""The service page's JSON-LD uses only real schema.org types and properties, on the right types.

Checked against the schema.org 30.0 vocabulary (tests/standards/schemaorg), offline: every
@type is a class, every property exists, its domain includes the object's type (or a parent
type) and every value fits its range (a class, an enumeration member or a data type).
"""

import json
import re
from functools import cache
from pathlib import Path

from directory.models import Service

VOCABULARY = Path(__file__).resolve().parents[1] / "standards" / "schemaorg"
DATA_TYPES = {
    str: {"schema:Text", "schema:URL", "schema:Date", "schema:DateTime", "schema:Time"},
    bool: {"schema:Boolean"},
    int: {"schema:Number", "schema:Integer"},
    float: {"schema:Number", "schema:Float"},
}


def _ids(value):
    if value is None:
        return []
    return [v["@id"] for v in (value if isinstance(value, list) else [value])]


@cache
def vocabulary():
    graph = json.loads((VOCABULARY / "schemaorg-current-https.jsonld").read_text())["@graph"]
    classes, properties, members = {}, {}, {}
    for node in graph:
        kinds = node["@type"] if isinstance(node["@type"], list) else [node["@type"]]
        if "rdfs:Class" in kinds:
            classes[node["@id"]] = _ids(node.get("rdfs:subClassOf"))
        elif "rdf:Property" in kinds:
            properties[node["@id"]] = (
                set(_ids(node.get("schema:domainIncludes"))),
                set(_ids(node.get("schema:rangeIncludes"))),
            )
        else:
            members[node["@id"]] = kinds
    return classes, properties, members


def ancestors(class_id):
    classes, _properties, _members = vocabulary()
    seen, todo = set(), [class_id]
    while todo:
        current = todo.pop()
        if current not in seen:
            seen.add(current)
            todo.extend(classes.get(current, []))
    return seen


def problems(node, where="$"):
    """Every way `node` (a JSON-LD object with @type) is not valid schema.org."""
    classes, properties, members = vocabulary()
    found = []
    kind = f"schema:{node.get('@type')}"
    if kind not in classes:
        return [f"{where}: unknown type {node.get('@type')!r}"]
    types = ancestors(kind)
    for key, value in node.items():
        if key.startswith("@"):
            continue
        prop = f"schema:{key}"
        if prop not in properties:
            found.append(f"{where}.{key}: not a schema.org property")
            continue
        domains, ranges = properties[prop]
        if not domains & types:
            found.append(f"{where}.{key}: not a property of {node['@type']}")
        for item in value if isinstance(value, list) else [value]:
            if isinstance(item, dict):
                found += problems(item, f"{where}.{key}")
                if not ranges & ancestors(f"schema:{item.get('@type')}"):
                    found.append(f"{where}.{key}: a {item.get('@type')} does not fit here")
            elif isinstance(item, str) and item.startswith("https://schema.org/"):
                member = "schema:" + item.removeprefix("https://schema.org/")
                member_types = {t for k in members.get(member, []) for t in ancestors(k)}
                if not ranges & member_types:
                    found.append(f"{where}.{key}: {item} is not one of {sorted(ranges)}")
            elif not ranges & DATA_TYPES[type(item)]:
                found.append(f"{where}.{key}: a {type(item).__name__} does not fit here")
    return found


def page_jsonld(client, service):
    html = client.get(service.get_absolute_url()).content.decode()
    blocks = re.findall(r'<script type="application/ld\+json" nonce="[^"]*">(.*?)</script>', html)
    assert len(blocks) == 1
    return json.loads(blocks[0])


def test_the_checker_catches_mistakes():
    bad = {
        "@type": "Service",
        "name": "x",
        "colour": "red",  # no such property
        "opens": "09:00",  # a property of OpeningHoursSpecification, not Service
        "provider": {"@type": "Place", "name": "y"},  # a Place cannot provide a service
        "hoursAvailable": {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": "https://schema.org/Funday",
        },
        "audience": {"@type": "Crowd"},
    }
    found = "\n".join(problems(bad))
    for expected in ("colour", "opens: not a property", "provider: a Place", "Funday", "Crowd"):
        assert expected in found


def test_every_demo_service_page_is_valid_schema_org(client, directory_demo):
    public = Service.objects.public()
    seen_types = set()
    for service in public:
        data = page_jsonld(client, service)
        assert data["@context"] == "https://schema.org"
        assert problems(data) == [], service.slug
        seen_types.add(data["@type"])
        seen_types.add(data["provider"]["@type"])
    assert {"Service", "GovernmentService", "NGO", "Organization"} <= seen_types


def test_a_full_service_in_json_ld(client, directory_demo):
    service = Service.objects.get(slug="tamil-elders-lunch-club")
    data = page_jsonld(client, service)
    assert problems(data) == []
    assert data["name"] == "Tamil elders' lunch club"
    assert data["url"] == f"http://testserver{service.get_absolute_url()}"
    place = data["availableChannel"][0]["serviceLocation"]
    assert place["address"]["postalCode"] == "E7 0QH"
    assert {"@type": "Language", "name": "Tamil", "alternateName": "ta"} in data[
        "availableChannel"
    ][0]["availableLanguage"]
    assert data["hoursAvailable"] == [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": ["https://schema.org/Wednesday"],
            "opens": "11:00:00",
            "closes": "14:00:00",
        }
    ]
    assert data["audience"]["suggestedMinAge"] == 60
    assert data["offers"] == [
        {"@type": "Offer", "name": "Lunch", "price": 3.0, "priceCurrency": "GBP"}
    ]


def test_json_ld_is_in_the_page_language(client, directory_demo):
    service = Service.objects.get(slug="gurdwara-langar")
    html = client.get(f"/ur/services/{service.slug}/").content.decode()
    block = re.search(r'<script type="application/ld\+json"[^>]*>(.*?)</script>', html).group(1)
    assert json.loads(block)["name"] == "مفت کمیونٹی لنگر"
