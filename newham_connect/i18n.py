"""Content-language helpers: which language a translated field really came from."""

from django.conf import settings
from django.utils.translation import get_language
from modeltranslation.utils import build_localized_fieldname


class TranslatedText(str):
    """A string that knows whether it fell back to English, so templates can say so."""

    def __new__(cls, value, language, fallback):
        obj = super().__new__(cls, value)
        obj.language = language
        obj.fallback = fallback
        return obj


def translated(obj, field, language=None):
    """The field in the resident's language, else English, marked as a fallback."""
    language = language or get_language() or settings.LANGUAGE_CODE
    value = getattr(obj, build_localized_fieldname(field, language), None)
    if value:
        return TranslatedText(value, language, fallback=False)
    default = settings.MODELTRANSLATION_DEFAULT_LANGUAGE
    value = getattr(obj, build_localized_fieldname(field, default), "") or ""
    # An empty English value is nothing to flag; there is simply no text.
    return TranslatedText(value, default, fallback=bool(value) and language != default)


def language_columns(*fields):
    """Every language's column of `fields` ("name" → name_en, name_bn, …), for `.only()`, so
    `translated()` can fall back to English without another query."""
    return [
        build_localized_fieldname(f, code) for f in fields for code, _name in settings.LANGUAGES
    ]
