"""Content fields translated with django-modeltranslation (one column per language)."""

from modeltranslation.translator import TranslationOptions, register

from newham_connect.history import register as register_history

from .models import Opportunity


@register(Opportunity)
class OpportunityTranslation(TranslationOptions):
    fields = ("title", "description", "benefits", "schedule", "accessibility_notes")


# After the translation fields exist (see STACK-NOTES): every change to a listing is kept.
# Interests are deliberately not historied: a history table would keep personal data that
# deletion and the retention purge must remove. app= keeps the history model in
# volunteering.models, where it lived before the models became a package.
register_history(Opportunity, app="volunteering")
