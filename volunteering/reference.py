"""Load the Volunteering Hub's reference data: the skills taxonomy. Idempotent."""

from django.db import transaction
from django.utils import translation

from directory.models import TaxonomyTerm
from directory.sync import Tally, translated_values

from . import reference_data
from .models import SKILLS_TAXONOMY


def upsert_all(tally):
    return {
        skill["code"]: tally.upsert(
            TaxonomyTerm,
            {"taxonomy": SKILLS_TAXONOMY, "code": skill["code"]},
            translated_values("name", skill["name"]),
        )
        for skill in reference_data.SKILLS
    }


def load(stdout=None):
    tally = Tally()
    with translation.override("en"), transaction.atomic():
        skills = upsert_all(tally)
    if stdout is not None:
        stdout.write(
            f"Volunteering reference data: {tally.created} created, {tally.updated} updated."
        )
    return {"skills": len(skills), "created": tally.created, "updated": tally.updated}
