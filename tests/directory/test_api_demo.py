"""The ORUK read API over the whole demo directory: every service, organisation and taxonomy
term validates. Apart from tests/directory/test_api.py because it reads the demo, written once
for this module (module_data), where those tests build their own small directory."""

from directory.models import Organisation, Service, TaxonomyTerm

from .oruk_schemas import errors
from .test_api import assert_valid_list, get_json


def test_every_demo_service_validates(client, directory_demo):
    data = get_json(client, "/api/oruk/services?full=true&per_page=200")
    assert data["total_items"] == Service.objects.public().count() >= 60
    assert_valid_list(data, "service_list.json", "service.json")
    for org in Organisation.objects.public():
        assert (
            errors(get_json(client, f"/api/oruk/organizations/{org.pk}"), "organization.json") == []
        )
    terms = get_json(client, "/api/oruk/taxonomy_terms?per_page=200")
    assert_valid_list(terms, "taxonomy_term_list.json", "taxonomy_term.json")
    assert terms["total_items"] == TaxonomyTerm.objects.count()
