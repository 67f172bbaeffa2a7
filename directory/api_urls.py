"""Open Referral UK 3.0 read API (issue 4). Paths as in the ORUK openapi.json, no trailing slash."""

from django.urls import path, re_path

from . import api

app_name = "oruk"

urlpatterns = [
    path("", api.api_details, name="api_details"),
    path("services", api.services, name="services"),
    path("services/<str:pk>", api.service, name="service"),
    path("taxonomies", api.taxonomies, name="taxonomies"),
    path("taxonomies/<str:pk>", api.taxonomy, name="taxonomy"),
    path("taxonomy_terms", api.taxonomy_terms, name="taxonomy_terms"),
    path("taxonomy_terms/<str:pk>", api.taxonomy_term, name="taxonomy_term"),
    path("organizations", api.organizations, name="organizations"),
    path("organizations/<str:pk>", api.organization, name="organization"),
    path("service_at_locations", api.service_at_locations, name="service_at_locations"),
    path("service_at_locations/<str:pk>", api.service_at_location, name="service_at_location"),
    re_path(r"", api.not_found, name="not_found"),  # last: whatever nothing above matched
]
