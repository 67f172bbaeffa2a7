"""Content fields translated with django-modeltranslation (one column per language)."""

from modeltranslation.translator import TranslationOptions, register

from newham_connect.history import register as register_history

from .models import ActivitySeries, Campaign, Schedule


@register(ActivitySeries)
class ActivitySeriesTranslation(TranslationOptions):
    fields = ("name", "description", "how_to_join", "what_to_bring", "price_note")


@register(Campaign)
class CampaignTranslation(TranslationOptions):
    fields = ("name", "description")


# After the translation fields exist (see STACK-NOTES): every change to a listing is kept.
register_history(ActivitySeries)
register_history(Schedule)
