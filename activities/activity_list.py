"""Import the OpenActive Activity List (SKOS concepts) as directory TaxonomyTerms.

Each concept becomes a term in the vocabulary "openactive-activity-list" whose primary key is
the concept's own UUID (so the feed can write its `@id` back), `code` its notation, `name` its
preferred label and `description` its definition; `parent` is its first broader concept.
Idempotent: unchanged terms are not written.
"""

import json
import uuid
from pathlib import Path

from django.db import transaction
from django.utils import translation

from directory.models import TaxonomyTerm

from .choices import ACTIVITY_LIST_TAXONOMY

ACTIVITY_LIST_FILE = Path(__file__).resolve().parent / "data" / "activity-list.jsonld"
CONCEPT_PREFIX = "https://openactive.io/activity-list#"


def _concept_uuid(url):
    return uuid.UUID(url.removeprefix(CONCEPT_PREFIX))


@transaction.atomic
def import_activity_list(path=ACTIVITY_LIST_FILE):
    """Create or update a term per concept. Returns {"created": n, "updated": n, "total": n}."""
    concepts = json.loads(Path(path).read_text(encoding="utf-8"))["concept"]
    existing = {t.pk: t for t in TaxonomyTerm.objects.filter(taxonomy=ACTIVITY_LIST_TAXONOMY)}
    wanted = {}
    for concept in concepts:
        pk = uuid.UUID(concept["identifier"])
        broader = concept.get("broader") or []
        wanted[pk] = {
            "code": concept["notation"],
            "name": concept["prefLabel"],
            "description": concept.get("definition", ""),
            "parent_id": _concept_uuid(broader[0]) if broader else None,
        }

    to_create, to_update = [], []
    # Saving writes the untranslated columns from the active language, so pin it to English.
    with translation.override("en"):
        for pk, values in wanted.items():
            term = existing.get(pk)
            if term is None:
                term = TaxonomyTerm(pk=pk, taxonomy=ACTIVITY_LIST_TAXONOMY)
                to_create.append(term)
            elif all(
                getattr(term, field) == value
                for field, value in (
                    ("code", values["code"]),
                    ("name_en", values["name"]),
                    ("description_en", values["description"]),
                    ("parent_id", values["parent_id"]),
                )
            ):
                continue
            else:
                to_update.append(term)
            term.code = values["code"]
            term.name = term.name_en = values["name"]
            term.description = term.description_en = values["description"]
            term.parent_id = values["parent_id"]
        # One INSERT for the new terms, parents and all: PostgreSQL checks Django's foreign
        # keys at commit (DEFERRABLE INITIALLY DEFERRED), so a child may come before its
        # parent. Only changed terms get the (much slower) CASE-per-row bulk update.
        TaxonomyTerm.objects.bulk_create(to_create, batch_size=1000)
        TaxonomyTerm.objects.bulk_update(
            to_update,
            ["code", "name", "name_en", "description", "description_en", "parent_id"],
            batch_size=500,
        )
    return {"created": len(to_create), "updated": len(to_update), "total": len(wanted)}


def load(stdout=None):
    """The reference-data loader (`manage.py load_reference_data`)."""
    counts = import_activity_list()
    if stdout is not None:
        stdout.write(f"Activity List: {counts['created']} created, {counts['updated']} updated")
    return counts
