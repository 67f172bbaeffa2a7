"""Our records as Open Referral UK 3.0 / HSDS 3.0 JSON objects.

Optional fields are left out rather than sent empty: an empty string is not a valid "uri" or
"email", and null is not a valid number. Parts we keep as plain fields (a ward served, a
language spoken, the service's phone) get stable ids derived from their owner's id.
Everything is in English: the API has no language in its address.
"""

import uuid

from .models import NEWHAM_TAXONOMY, ServiceStatus

# Derived ids (uuid5) for records that are fields here but objects in HSDS.
API_NAMESPACE = uuid.UUID("4a0c6d5e-8b1f-4f4e-9a57-3c2d1e0f9b86")
BOROUGH = "London Borough of Newham"
TAXONOMY_NAMES = {
    NEWHAM_TAXONOMY: (
        "Newham Connect categories",
        "The categories residents browse services by on Newham Connect.",
    ),
}


def derived_id(*parts):
    return str(uuid.uuid5(API_NAMESPACE, ":".join(str(p) for p in parts)))


def taxonomy_id(slug):
    return derived_id("taxonomy", slug)


def _compact(data):
    """Leave out None, "" and empty lists: optional and unknown."""
    return {k: v for k, v in data.items() if v not in (None, "", [])}


def _date(value):
    return value.isoformat() if value else None


def _time(value):
    return value.strftime("%H:%M:%S") if value else None


class Serializer:
    """Builds ORUK objects; `absolute` makes site links absolute for this request."""

    def __init__(self, absolute):
        self.absolute = absolute

    # --- reference data ---------------------------------------------------------------------

    def taxonomy(self, slug, terms=None):
        name, description = TAXONOMY_NAMES.get(
            slug, (slug.replace("-", " ").capitalize(), f"Terms from the {slug} vocabulary.")
        )
        data = {"id": taxonomy_id(slug), "name": name, "description": description}
        if terms is not None:
            data["taxonomy_terms"] = [self.taxonomy_term(t) for t in terms]
        return data

    def taxonomy_term(self, term):
        data = _compact(
            {
                "id": str(term.pk),
                "name": term.name_en,
                "parent_id": str(term.parent_id) if term.parent_id else None,
                "taxonomy": term.taxonomy,
                "taxonomy_id": taxonomy_id(term.taxonomy),
                "code": term.code,
                "term": term.code,
            }
        )
        data["description"] = term.description_en or ""  # required, even when there is none
        return data

    def organization(self, org):
        data = _compact(
            {
                "id": str(org.pk),
                "name": org.name_en,
                "email": org.email,
                "website": org.website,
                "uri": self.absolute(org.get_absolute_url()),
            }
        )
        data["description"] = org.description_en or ""
        return data

    def organization_full(self, org, services=None, full_services=False):
        data = self.organization(org)
        if org.charity_number:
            data["organization_identifiers"] = [
                {
                    "id": derived_id(org.pk, "charity"),
                    "organization_id": str(org.pk),
                    "identifier_scheme": "GB-CHC",
                    "identifier_type": "Registered charity number",
                    "identifier": org.charity_number,
                }
            ]
        if services is not None:
            render = self.service_full if full_services else self.service
            data["services"] = [render(s) for s in services]
        return data

    def location(self, location):
        data = _compact(
            {
                "id": str(location.pk),
                "location_type": "physical",
                "name": location.name_en,
                "description": location.description_en,
                "latitude": float(location.latitude),
                "longitude": float(location.longitude),
            }
        )
        data["addresses"] = [
            {
                "id": derived_id(location.pk, "address"),
                "location_id": str(location.pk),
                "address_1": location.address,
                "city": "London",
                "region": "Newham",
                "state_province": "England",
                "postal_code": location.postcode,
                "country": "GB",
                "address_type": "physical",
            }
        ]
        data["accessibility"] = [
            _compact(
                {
                    "id": derived_id(location.pk, "accessibility", feature.code),
                    "location_id": str(location.pk),
                    "description": feature.name_en,
                    "details": feature.description_en,
                }
            )
            for feature in location.accessibility.all()
        ]
        return data

    # --- services ---------------------------------------------------------------------------

    def service(self, service):
        """The one-to-one fields, with the organisation (the list endpoints)."""
        return _compact(
            {
                "id": str(service.pk),
                "organization_id": str(service.organisation_id),
                "name": service.name_en,
                "description": service.description_en,
                "url": service.url,
                "email": service.email,
                "status": service.service_status or ServiceStatus.ACTIVE,
                "fees_description": service.fees_description_en,
                "eligibility_description": service.eligibility_description_en,
                "application_process": service.application_process_en,
                "minimum_age": service.minimum_age,
                "maximum_age": service.maximum_age,
                "assured_date": _date(service.assured_date),
                "alert": service.alert_en,
                "last_modified": service.last_modified.isoformat(),
                "organization": self.organization(service.organisation),
            }
        )

    def schedule(self, schedule):
        return _compact(
            {
                "id": str(schedule.pk),
                "service_id": str(schedule.service_id) if schedule.service_id else None,
                "service_at_location_id": str(schedule.service_at_location_id)
                if schedule.service_at_location_id
                else None,
                "freq": schedule.freq,
                "interval": 1,
                "byday": ",".join(schedule.byday),
                "opens_at": _time(schedule.opens_at),
                "closes_at": _time(schedule.closes_at),
                "valid_from": _date(schedule.valid_from),
                "valid_to": _date(schedule.valid_to),
                "description": schedule.description_en,
                "timezone": "Europe/London",
            }
        )

    def service_at_location(self, sal, full=True):
        data = {"id": str(sal.pk), "service_id": str(sal.service_id)}
        data["location_id"] = str(sal.location_id)
        if full:
            data["location"] = self.location(sal.location)
            data["schedules"] = [self.schedule(s) for s in sal.schedules.all()]
            if sal.description_en:
                data["description"] = sal.description_en
        return data

    def service_full(self, service):
        data = self.service(service)
        data["organization"] = self.organization_full(service.organisation)
        venues = list(service.service_at_locations.all())
        data["schedules"] = [
            self.schedule(s)
            for s in [*service.schedules.all(), *(s for v in venues for s in v.schedules.all())]
        ]
        wards = list(service.wards.all())
        data["service_areas"] = [
            {
                "id": derived_id(service.pk, "area", ward.slug),
                "service_id": str(service.pk),
                "name": ward.name,
                "service_area": f"{ward.name} ward, {BOROUGH}",
                "extent_type": "ward",
            }
            for ward in wards
        ] or [
            {
                "id": derived_id(service.pk, "area", "borough"),
                "service_id": str(service.pk),
                "name": BOROUGH,
                "service_area": BOROUGH,
                "extent_type": "local authority",
            }
        ]
        data["service_at_locations"] = [self.service_at_location(v) for v in venues]
        data["languages"] = [
            {
                "id": derived_id(service.pk, "language", lang.code),
                "service_id": str(service.pk),
                "name": lang.name_en,
                "code": lang.code,
            }
            for lang in service.languages.all()
        ]
        if service.phone:
            data["phones"] = [
                {
                    "id": derived_id(service.pk, "phone"),
                    "service_id": str(service.pk),
                    "number": service.phone,
                }
            ]
        if service.funding:
            data["funding"] = [
                {
                    "id": derived_id(service.pk, "funding"),
                    "service_id": str(service.pk),
                    "source": service.funding,
                }
            ]
        prices = [
            _compact(
                {
                    "id": str(option.pk),
                    "service_id": str(service.pk),
                    "option": option.option_en,
                    "amount": float(option.amount) if option.amount is not None else None,
                    "currency": "GBP",
                    "amount_description": option.amount_description_en,
                    "valid_from": _date(option.valid_from),
                    "valid_to": _date(option.valid_to),
                }
            )
            for option in service.cost_options.all()
        ]
        if service.is_free and not prices:
            prices = [
                {
                    "id": derived_id(service.pk, "free"),
                    "service_id": str(service.pk),
                    "option": "Free",
                    "amount": 0,
                    "currency": "GBP",
                }
            ]
        data["cost_options"] = prices
        data["contacts"] = [
            _compact(
                {
                    "id": str(contact.pk),
                    "service_id": str(service.pk),
                    "name": contact.name,
                    "title": contact.title,
                    "email": contact.email,
                    "phones": [{"id": derived_id(contact.pk, "phone"), "number": contact.phone}]
                    if contact.phone
                    else None,
                }
            )
            for contact in service.contacts.all()
        ]
        data["attributes"] = [
            {
                "id": derived_id(service.pk, "attribute", term.pk),
                "link_id": str(service.pk),
                "link_type": "service",
                "link_entity": "service",
                "taxonomy_term_id": str(term.pk),
                "taxonomy_term": self.taxonomy_term(term),
            }
            for term in service.categories.all()
        ]
        return data
