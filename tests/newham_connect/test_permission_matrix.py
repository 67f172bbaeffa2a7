"""docs/permissions.md is what the back office does: regenerated here, it must not differ.

NC_WRITE_PERMISSION_MATRIX=1 rewrites the file instead of comparing (then review the diff).
"""

import os
from pathlib import Path

import pytest
from django.conf import settings
from django.contrib import admin
from django.urls import URLResolver

from tests import permission_matrix
from tests.back_office_world import build_world

pytestmark = pytest.mark.django_db

DOC = Path(settings.BASE_DIR) / "docs" / "permissions.md"


@pytest.fixture
def world(personas, org_a, org_b):
    return build_world(personas, org_a, org_b)


def _every_pattern(site):
    """(prefix, pattern) for each URL pattern of the site, the ModelAdmins' included."""
    for pattern in site.get_urls():
        if isinstance(pattern, URLResolver):
            for inner in pattern.url_patterns:
                yield str(pattern.pattern), inner
        else:
            yield "", pattern


def test_every_back_office_url_pattern_has_a_row(world):
    rows = permission_matrix.rows(admin.site, world)
    named = {row.name for row in rows}
    unnamed = [row for row in rows if not row.name]
    for prefix, pattern in _every_pattern(admin.site):
        if pattern.name:
            assert pattern.name in named, f"{prefix}{pattern.pattern} has no row"
    # Unnamed: each model's old change address, and the catch-all.
    unnamed_patterns = [p for _prefix, p in _every_pattern(admin.site) if not p.name]
    assert len(unnamed) == len(unnamed_patterns)
    documented = DOC.read_text()
    missing = [row.pattern for row in rows if f"| `{row.pattern}` |" not in documented]
    assert missing == [], "regenerate docs/permissions.md (see its header)"


def test_the_permission_matrix_document_matches_the_code(personas, world):
    generated = permission_matrix.render(
        permission_matrix.measure(personas, permission_matrix.rows(admin.site, world))
    )
    if os.environ.get("NC_WRITE_PERMISSION_MATRIX"):
        DOC.write_text(generated)
    assert DOC.read_text() == generated, "regenerate docs/permissions.md (see its header)"
