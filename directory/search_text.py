"""How text is made comparable for search, the same way for listings and for queries."""

import hashlib
import re
import unicodedata

from django.conf import settings

# PostgreSQL's Snowball stemmers for the portal's languages; the others are matched as whole
# words ("simple") after folding. Checked on PostgreSQL 15 and 18 (`SELECT cfgname FROM
# pg_ts_config`).
CONFIGS = {
    "en": "english",
    "pt": "portuguese",
    "ro": "romanian",
    "lt": "lithuanian",
    "ta": "tamil",
    "ar": "arabic",
}
SIMPLE = "simple"
# Longer words are not kept for correcting typos to (a code, a web address): a query word this
# long is searched as typed.
LONGEST_WORD = 60

# Latin combining accents, and Arabic short vowels and the stretching mark (tatweel): people
# type without them. Marks of Indic scripts are letters' vowels, never dropped.
_MARKS = re.compile("[\u0300-\u036f\u064b-\u065f\u0670\u0640]")
# Letters and digits of any script, with the marks that belong to them (vowel signs).
WORD = re.compile(r"[^\W_][\w\u0900-\u0dff\u0600-\u06ff\u200c\u200d]*")


def config(language):
    return CONFIGS.get(language, SIMPLE)


def fold(text):
    """Lower case, accents off (é → e, ż → z), Arabic diacritics off, spaces squeezed."""
    text = unicodedata.normalize("NFKD", str(text or "").casefold())
    text = _MARKS.sub("", text)
    return " ".join(unicodedata.normalize("NFC", text).split())


def searchable(text):
    """Folded text with every word over LONGEST_WORD letters cut into pieces of that length:
    PostgreSQL indexes no word over 2,047 bytes, and a query can then find the first pieces."""
    text = fold(text)
    if len(text) <= LONGEST_WORD:
        return text
    return re.sub(
        rf"\S{{{LONGEST_WORD + 1},}}",
        lambda m: " ".join(
            m.group()[i : i + LONGEST_WORD] for i in range(0, len(m.group()), LONGEST_WORD)
        ),
        text,
    )


def words(text):
    """The folded words of `text`, in order."""
    return WORD.findall(fold(text))


def category_lexeme(code):
    """A category as one made-up word in a document, so a query can ask for "in this
    category" inside the same text-search query (letters and digits only: one token)."""
    return "zc" + hashlib.blake2s(code.encode(), digest_size=6).hexdigest()


def languages():
    return [code for code, _name in settings.LANGUAGES]
