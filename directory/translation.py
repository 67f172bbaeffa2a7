"""Content fields translated with django-modeltranslation (one column per language)."""

from modeltranslation.translator import TranslationOptions, register
from simple_history import register as register_history

from .models import AccessibilityFeature, Location, Organisation, SpokenLanguage, TaxonomyTerm


@register(Organisation)
class OrganisationTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Location)
class LocationTranslation(TranslationOptions):
    fields = ("name", "description")


@register(TaxonomyTerm)
class TaxonomyTermTranslation(TranslationOptions):
    fields = ("name", "description")


@register(AccessibilityFeature)
class AccessibilityFeatureTranslation(TranslationOptions):
    fields = ("name", "description")


@register(SpokenLanguage)
class SpokenLanguageTranslation(TranslationOptions):
    fields = ("name",)


# History must be registered after the translation fields exist (see STACK-NOTES),
# so every change to a listing is kept with who made it.
register_history(Organisation)
register_history(Location)
