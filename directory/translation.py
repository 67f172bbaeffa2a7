"""Content fields translated with django-modeltranslation (one column per language)."""

from modeltranslation.translator import TranslationOptions, register

from newham_connect.history import register as register_history

from .models import (
    AccessibilityFeature,
    CostOption,
    Location,
    Organisation,
    Schedule,
    Service,
    ServiceAtLocation,
    SpokenLanguage,
    SynonymGroup,
    TaxonomyTerm,
)


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


@register(Service)
class ServiceTranslation(TranslationOptions):
    fields = (
        "name",
        "description",
        "alert",
        "eligibility_description",
        "application_process",
        "fees_description",
    )


@register(SynonymGroup)
class SynonymGroupTranslation(TranslationOptions):
    fields = ("terms",)


@register(ServiceAtLocation)
class ServiceAtLocationTranslation(TranslationOptions):
    fields = ("description",)


@register(Schedule)
class ScheduleTranslation(TranslationOptions):
    fields = ("description",)


@register(CostOption)
class CostOptionTranslation(TranslationOptions):
    fields = ("option", "amount_description")


# History must be registered after the translation fields exist (see STACK-NOTES),
# so every change to a listing is kept with who made it. app= keeps the history models in
# directory.models, where they lived before the models became a package.
register_history(Organisation, app="directory")
register_history(Location, app="directory")
register_history(Service, app="directory")
