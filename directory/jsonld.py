"""schema.org JSON-LD for a service page: only real schema.org types and properties.

GovernmentService for a public service, Service otherwise; the provider is an NGO for charities
and an Organization for everyone else. Every term used here is checked against the schema.org
vocabulary in tests/directory/test_jsonld.py.
"""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

from newham_connect.i18n import translated

from .models import WEEKDAY_CODES, Frequency, OrganisationKind

SCHEMA_DAYS = dict(
    zip(
        WEEKDAY_CODES,
        ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
        strict=True,
    )
)
BOROUGH = "London Borough of Newham"
# As django.utils.html.json_script: nothing in the data can end the <script> element.
_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


def _opening_hours(schedules):
    """Weekly schedules only: schema.org has no "first Monday of the month"."""
    out = []
    for schedule in schedules:
        if schedule.freq != Frequency.WEEKLY or not (schedule.opens_at and schedule.closes_at):
            continue
        spec = {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": [
                f"https://schema.org/{SCHEMA_DAYS[code]}"
                for code in WEEKDAY_CODES
                if code in schedule.byday
            ],
            "opens": schedule.opens_at.strftime("%H:%M:%S"),
            "closes": schedule.closes_at.strftime("%H:%M:%S"),
        }
        if schedule.valid_from:
            spec["validFrom"] = schedule.valid_from.isoformat()
        if schedule.valid_to:
            spec["validThrough"] = schedule.valid_to.isoformat()
        out.append(spec)
    return out


def place(location, *, language=None, details=True):
    """The schema.org Place of a venue: the one builder for every page and feed that names a
    Location, so a venue reads the same wherever a search engine or an open data user meets it.

    language: the name's language (the page's by default; OpenActive's open data is English).
    details: also the map link and the accessibility features (schema.org pages; OpenActive
    has its own vocabulary for facilities, so the feed leaves them out). The accessibility
    features should be prefetched."""
    data = {
        "@type": "Place",
        "name": str(translated(location, "name", language)),
        "address": {
            "@type": "PostalAddress",
            "streetAddress": location.address,
            "addressLocality": "London",
            "addressRegion": "Newham",
            "postalCode": location.postcode,
            "addressCountry": "GB",
        },
        "geo": {
            "@type": "GeoCoordinates",
            "latitude": float(location.latitude),
            "longitude": float(location.longitude),
        },
    }
    if not details:
        return data
    data["hasMap"] = location.map_url
    features = [
        {"@type": "LocationFeatureSpecification", "name": str(translated(f, "name")), "value": True}
        for f in location.accessibility.all()
    ]
    if features:
        data["amenityFeature"] = features
    return data


def service_jsonld(service, page_url, organisation_url):
    """The JSON-LD object for a service whose relations are prefetched."""
    org = service.organisation
    provider = {
        "@type": "NGO" if org.kind == OrganisationKind.CHARITY else "Organization",
        "name": str(translated(org, "name")),
        "url": organisation_url,
    }
    if org.email:
        provider["email"] = org.email
    if org.phone:
        provider["telephone"] = org.phone
    languages = [
        {"@type": "Language", "name": str(translated(lang, "name")), "alternateName": lang.code}
        for lang in service.languages.all()
    ]
    channel = {"@type": "ServiceChannel"}
    if service.phone:
        channel["servicePhone"] = {"@type": "ContactPoint", "telephone": service.phone}
    if service.url:
        channel["serviceUrl"] = service.url
    if languages:
        channel["availableLanguage"] = languages
    channels = []
    venues = list(service.service_at_locations.all())
    for sal in venues:
        channels.append({**channel, "serviceLocation": place(sal.location)})
    if not venues and len(channel) > 1:
        channels.append(channel)

    wards = list(service.wards.all())
    data = {
        "@context": "https://schema.org",
        "@type": "GovernmentService" if org.kind == OrganisationKind.PUBLIC_SERVICE else "Service",
        "@id": f"{page_url}#service",
        "name": str(translated(service, "name")),
        "description": str(translated(service, "description")),
        "url": page_url,
        "provider": provider,
        "areaServed": [{"@type": "AdministrativeArea", "name": w.name} for w in wards]
        if wards
        else {"@type": "AdministrativeArea", "name": BOROUGH},
        "category": [str(translated(term, "name")) for term in service.categories.all()],
    }
    if channels:
        data["availableChannel"] = channels
    audience = {"@type": "PeopleAudience"}
    if service.minimum_age is not None:
        audience["suggestedMinAge"] = service.minimum_age
    if service.maximum_age is not None:
        audience["suggestedMaxAge"] = service.maximum_age
    if service.groups:
        audience["audienceType"] = ", ".join(str(g) for g in service.get_groups_display())
    if len(audience) > 1:
        data["audience"] = audience
    hours = _opening_hours(
        [*service.schedules.all(), *(s for sal in venues for s in sal.schedules.all())]
    )
    if hours:
        data["hoursAvailable"] = hours
    if service.is_free:
        data["offers"] = {"@type": "Offer", "price": 0, "priceCurrency": "GBP"}
    else:
        offers = [
            {
                "@type": "Offer",
                "name": str(translated(option, "option")) or str(translated(service, "name")),
                "price": float(option.amount),
                "priceCurrency": "GBP",
            }
            for option in service.cost_options.all()
            if option.amount is not None
        ]
        if offers:
            data["offers"] = offers
    return data


def jsonld_script(data, nonce):
    """A <script type="application/ld+json"> element, escaped like Django's json_script."""
    text = json.dumps(data, ensure_ascii=False).translate(_JSON_ESCAPES)
    # mark_safe is right here: the JSON above cannot contain "<", ">" or "&".
    return format_html(
        '<script type="application/ld+json" nonce="{}">{}</script>',
        nonce,
        mark_safe(text),  # noqa: S308
    )
