"""Site-wide search: each app offers a section; this module runs them in a fixed order.

Sections are plain dicts so the template stays simple:
{"title": str, "results": [{"title", "url", "summary"}], "count": int, "more_url": str | None}
"""

from django.utils.module_loading import import_string

# Each entry is a callable(query, limit) returning one section. Apps add theirs here.
SECTION_PROVIDERS = [
    "activities.search.activities_section",
    "directory.search.services_section",
    "directory.search.organisations_section",
    "volunteering.search.opportunities_section",
]

RESULTS_PER_SECTION = 10


def run(query):
    return [import_string(path)(query, RESULTS_PER_SECTION) for path in SECTION_PROVIDERS]
