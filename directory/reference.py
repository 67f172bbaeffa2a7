"""Load the directory's reference data (directory.reference_data): Newham's wards, spoken
languages, accessibility features and the borough's categories. Production needs these, the
demo builds on them. Idempotent: rows are found by slug or code and saved only when they differ.
"""

import json
from pathlib import Path

from django.db import transaction
from django.utils import translation

from . import reference_data
from .models import AccessibilityFeature, SpokenLanguage, SynonymGroup, TaxonomyTerm, Ward
from .sync import Tally, translated_values

SYNONYMS = Path(__file__).resolve().parent / "data" / "synonyms.json"


def upsert_all(tally):
    """Write the reference rows through `tally`; returns them by kind and natural key, so the
    demo can refer to them: {"wards": {slug: Ward}, "languages", "features", "categories"}."""
    wards = {
        slug: tally.upsert(Ward, {"slug": slug}, {"name": name})
        for name, slug in reference_data.WARDS
    }
    languages = {
        lang["code"]: tally.upsert(
            SpokenLanguage,
            {"code": lang["code"]},
            {"endonym": lang["endonym"], **translated_values("name", lang["name"])},
        )
        for lang in reference_data.SPOKEN_LANGUAGES
    }
    features = {
        feature["code"]: tally.upsert(
            AccessibilityFeature,
            {"code": feature["code"]},
            {
                **translated_values("name", feature["name"]),
                **translated_values("description", feature["description"]),
            },
        )
        for feature in reference_data.ACCESSIBILITY_FEATURES
    }
    categories = {}

    def add_term(term, parent):
        values = {"parent_id": parent.pk if parent else None}
        values.update(translated_values("name", term["name"]))
        if "description" in term:
            values.update(translated_values("description", term["description"]))
        categories[term["code"]] = obj = tally.upsert(
            TaxonomyTerm, {"taxonomy": reference_data.TAXONOMY, "code": term["code"]}, values
        )
        for child in term.get("children", []):
            add_term(child, obj)

    for term in reference_data.CATEGORIES:
        add_term(term, None)
    synonyms = add_synonym_groups(categories)
    return {
        "wards": wards,
        "languages": languages,
        "features": features,
        "categories": categories,
        "synonym groups": synonyms,
    }


def add_synonym_groups(categories):
    """The search's starting synonym groups (data/synonyms.json). Staff edit them in the back
    office, so a group that exists is left as it is: a reload never undoes their work."""
    data = json.loads(SYNONYMS.read_text(encoding="utf-8"))
    existing = set(SynonymGroup.objects.values_list("name", flat=True))
    added = {}
    for group in data["groups"]:
        if group["name"] in existing:
            continue
        terms = {f"terms_{code}": "\n".join(words) for code, words in group["terms"].items()}
        added[group["name"]] = created = SynonymGroup.objects.create(name=group["name"], **terms)
        created.categories.set([categories[code] for code in group["categories"]])
    return added


def load(stdout=None):
    """Load or refresh the reference data. Returns counts, with created/updated rows."""
    tally = Tally()
    # Saving writes the untranslated column from the active language, so pin it to English.
    with translation.override("en"), transaction.atomic():
        rows = upsert_all(tally)
    counts = {kind: len(found) for kind, found in rows.items()}
    counts.update(created=tally.created, updated=tally.updated)
    if stdout is not None:
        stdout.write(f"Directory reference data: {tally.created} created, {tally.updated} updated")
    return counts
