"""What a resident's query means, and the listings it finds.

`understand()` reads a query the way a person would: a place in it ("yoga E7", "near East
Ham") is taken out and becomes "sort by distance"; words and phrases of a synonym group or a
category name, in any of the portal's languages, stand for the whole group; a word no listing
uses is corrected to the nearest one that some listing does ("yogha" → "yoga") or split into
two ("foodbank" → "food bank"). `find()` then runs it against the stored documents.
"""

import uuid
from dataclasses import dataclass, field

from django.conf import settings
from django.contrib.postgres.aggregates import ArrayAgg
from django.contrib.postgres.search import SearchQuery, SearchQueryField, SearchRank
from django.core.cache import cache
from django.db import connection
from django.db.models import ExpressionWrapper, F, FilteredRelation, FloatField, Func, Q, Value
from django.db.models.functions import Coalesce, Power, Sqrt
from django.utils.translation import get_language

from .models import SearchWord, SynonymGroup, TaxonomyTerm
from .places import get_geocoder
from .search_text import (
    LONGEST_WORD,
    category_lexeme,
    config,
    fold,
    languages,
    searchable,
    words,
)

LONGEST_PHRASE = 5  # words in the longest synonym or category name matched
SHORTEST_CORRECTED = 4  # shorter words are too ambiguous to correct ("bus" → "bun")
VOCABULARY_VERSION = "search:vocabulary-version"
# Kilometres in a degree of latitude, and of longitude at Newham's latitude (51.5° N).
KM_PER_DEGREE = (111.2, 69.2)
NO_VENUE_KM = 3.0
# A query that is only a place finds what is within this of it.
NEAR_KM = 2.0


@dataclass
class Concept:
    """Words that mean one thing: [(language, phrase)] and the category codes it stands for."""

    phrases: list = field(default_factory=list)
    codes: set = field(default_factory=set)


def _build_vocabulary():
    vocabulary = {}

    def add(phrase, concept):
        key = tuple(words(phrase))
        if key and len(key) <= LONGEST_PHRASE:
            found = vocabulary.setdefault(key, [])
            if not any(c is concept for c in found):
                found.append(concept)

    terms = [f"terms_{code}" for code in languages()]
    groups = SynonymGroup.objects.annotate(codes=ArrayAgg("categories__code", default=[]))
    for group in groups.only(*terms):
        concept = Concept(codes={code for code in group.codes if code})
        for language in languages():
            for line in (getattr(group, f"terms_{language}") or "").splitlines():
                if line.strip():
                    concept.phrases.append((language, line.strip()))
                    add(line, concept)
    names = [f"name_{code}" for code in languages()]
    for code, *translations in TaxonomyTerm.objects.values_list("code", *names):
        concept = Concept(
            phrases=[
                (lang, name) for lang, name in zip(languages(), translations, strict=True) if name
            ],
            codes={code},
        )
        for name in translations:
            if name:
                add(name, concept)
    return vocabulary


# Not yet built: no version read from the cache (which may be None) equals this.
_NOT_BUILT = object()
_vocabulary = {"version": _NOT_BUILT, "table": {}}


def vocabulary():
    """{folded words: [Concept]}, kept in the process until a synonym or category changes
    (a version token in the shared cache, so every app server sees the change)."""
    version = cache.get(VOCABULARY_VERSION)
    if _vocabulary["version"] != version:
        _vocabulary.update(version=version, table=_build_vocabulary())
    return _vocabulary["table"]


def vocabulary_changed(**kwargs):
    # A random token, not a counter: once the cache is emptied a counter starts again and can
    # come back to the very number a server built its words at, which then never rebuilds.
    cache.set(VOCABULARY_VERSION, uuid.uuid4().hex, None)


class Joined(SearchQuery):
    """Text-search queries joined flat by || (any) or && (all). Django's | and & nest one
    level a query, and a synonym group has a hundred phrases: too deep to copy."""

    def __init__(self, queries, joiner):
        Func.__init__(self, *queries, output_field=SearchQueryField())
        self.joiner = joiner
        self.invert = False

    def as_sql(self, compiler, connection, **extra_context):
        parts, params = [], []
        for query in self.get_source_expressions():
            sql, more = compiler.compile(query)
            parts.append(sql)
            params += more
        return "(" + f" {self.joiner} ".join(parts) + ")", params


@dataclass
class Understood:
    text: str
    language: str
    place: object = None  # a directory.places.Place
    terms: list = field(default_factory=list)  # [[(config, phrase)]]: all, each any of
    corrected: dict = field(default_factory=dict)  # {typed: meant}
    ignored: list = field(default_factory=list)  # words nothing uses, left out
    understood_words: list = field(default_factory=list)
    # A place in the words finds what is near it; one from a list's "near" box only sorts.
    place_filters: bool = True

    @property
    def query(self):
        """The text-search query (every term, each any of its alternatives), or None."""
        if not self.terms:
            return None
        return Joined(
            [Joined([_as_query(a) for a in alternatives], "||") for alternatives in self.terms],
            "&&",
        )

    @property
    def searches(self):
        return bool(self.terms) or self.place is not None


def _phrase(language, phrase):
    """An alternative: (text-search configuration, folded phrase). A word of a third
    language is matched as written (language None): stemmed by its own rules it can become
    an English stem (Lithuanian "joga", yoga, stems to "jog")."""
    return (config(language) if language else "simple", fold(phrase))


def _as_query(alternative):
    cfg, text = alternative
    return SearchQuery(text, search_type="phrase", config=cfg)


def _word_alternatives(language, word):
    found = [_phrase(language, word)]
    if config(language) != "english":
        found.append(_phrase("en", word))
    return found


def _match_concepts(tokens, table):
    """Longest synonym/category phrases first: [(concepts or None, words)] covering tokens."""
    found, i = [], 0
    while i < len(tokens):
        for size in range(min(LONGEST_PHRASE, len(tokens) - i), 0, -1):
            key = tuple(tokens[i : i + size])
            if key in table:
                found.append((table[key], list(key)))
                i += size
                break
        else:
            found.append((None, [tokens[i]]))
            i += 1
    return found


def _known_and_corrections(tokens):
    """One query: which tokens (and two-word splits of them) some listing uses, and the
    nearest used word to each unknown one."""
    splits = {t: [(t[:n], t[n:]) for n in range(2, len(t) - 1)] for t in tokens if len(t) >= 6}
    halves = {w for pairs in splits.values() for pair in pairs for w in pair}
    candidates = sorted(set(tokens) | halves)
    table = SearchWord._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"""SELECT c, EXISTS (SELECT 1 FROM {table} w WHERE w.word = c),
                       CASE WHEN char_length(c) >= %s THEN
                         (SELECT w.word FROM {table} w WHERE w.word %% c
                          ORDER BY similarity(w.word, c) DESC, w.word LIMIT 1) END
                FROM unnest(%s::text[]) AS c""",  # noqa: S608 - the model's table
            [SHORTEST_CORRECTED, candidates],
        )
        rows = cursor.fetchall()
    known = {c for c, exists, _near in rows if exists}
    nearest = {c: near for c, _exists, near in rows if near}
    return known, nearest, splits


def understand(text, language, places=True):
    """The query `text` on a page in `language`, as terms to search for. `places=False`
    reads place names as plain words (the ORUK API's `search` is a text search)."""
    text = " ".join(str(text or "").split())[:200]
    rest, place = get_geocoder().split_place(text) if places else (text, None)
    understood = Understood(text=text, language=language, place=place)
    parts = _match_concepts(words(rest), vocabulary())
    loose = [
        ws[0]
        for concepts, ws in parts
        if concepts is None and not ws[0].isdigit() and len(ws[0]) <= LONGEST_WORD
    ]
    known, nearest, splits = _known_and_corrections(loose) if loose else (set(), {}, {})
    for concepts, ws in parts:
        if concepts:
            alternatives = [_phrase(language, " ".join(ws))]
            for concept in concepts:
                # The group's words in English and the page's language: a listing's documents
                # hold only those two (a third language's word would match only as typed,
                # and makes the query, which every candidate is tested against, longer).
                alternatives += [
                    _phrase(lang, phrase)
                    for lang, phrase in concept.phrases
                    if lang in ("en", language)
                ]
                alternatives += [("simple", category_lexeme(c)) for c in concept.codes]
            understood.terms.append(list(dict.fromkeys(alternatives)))
            understood.understood_words += ws
            continue
        word = ws[0]
        if len(word) > LONGEST_WORD:
            # Stored in pieces (search_text.searchable): the whole pieces, as a phrase.
            pieces = searchable(word).split()
            whole = " ".join(pieces if len(pieces) == 1 else pieces[:-1])
            understood.terms.append(_word_alternatives(language, whole))
        elif word in known or word.isdigit():
            understood.terms.append(_word_alternatives(language, word))
        elif pair := next((p for p in splits.get(word, []) if set(p) <= known), None):
            understood.corrected[word] = " ".join(pair)
            understood.terms.append(_word_alternatives(language, " ".join(pair)))
        elif word in nearest:
            understood.corrected[word] = nearest[word]
            understood.terms.append(_word_alternatives(language, nearest[word]))
        else:
            understood.ignored.append(word)
        understood.understood_words.append(word)
    if understood.ignored and not understood.terms and place is None:
        # Nothing we know: search for the words as typed, so the page says "nothing found"
        # for what they asked, not for nothing.
        understood.terms = [_word_alternatives(language, w) for w in understood.ignored]
    return understood


def understand_on_page(text):
    """The site search's interpreter (DirectoryConfig.search_interpreter): the page's language."""
    return understand(text, get_language() or settings.LANGUAGE_CODE)


def understand_with_place(text, near, near_filters=False):
    """A list's keyword and "near" box together, or None when neither is given. The box
    wins over a place in the words, and sorts by distance without leaving anything out
    (unless `near_filters`: then only what is near it, as for a place typed alone)."""
    text = (text or "").strip()
    if not text and near is None:
        return None
    understood = (
        understand_on_page(text)
        if text
        else Understood(text="", language=get_language() or settings.LANGUAGE_CODE)
    )
    if near is not None:
        understood.place, understood.place_filters = near, near_filters
    return understood


def find(queryset, understood):
    """`queryset`'s listings matching `understood`, with `rank`, and `distance_km` when the
    query names a place (None for listings with no venue: phone, online, borough-wide)."""
    found = queryset.annotate(
        doc=FilteredRelation(
            "search_documents",
            condition=Q(search_documents__serves__contains=[understood.language]),
        )
    )
    query = understood.query
    if query is not None:
        found = found.filter(doc__vector=query).annotate(rank=SearchRank(F("doc__vector"), query))
    else:
        found = found.annotate(rank=Value(0.0, output_field=FloatField()))
    place = understood.place
    if place is not None and query is None and understood.place_filters:
        # Only a place ("Beckton", "E7"): what is there, and what names it ("Beckton
        # Community Food Bank", whose venue may be elsewhere).
        near = _bounding_box(place, NEAR_KM)
        if place.kind != "point":  # a shared location has no name to look for
            named = Joined([_as_query(_phrase("en", place.label))], "||")
            near |= Q(doc__vector=named)
        found = found.filter(near)
    if place is not None:
        lat_km, lon_km = KM_PER_DEGREE
        found = found.annotate(
            distance_km=Sqrt(
                Power((F("doc__latitude") - understood.place.latitude) * lat_km, 2.0)
                + Power((F("doc__longitude") - understood.place.longitude) * lon_km, 2.0),
                output_field=FloatField(),
            )
        )
    return found


def _bounding_box(place, km):
    """Within `km` north, south, east and west: index-friendly, and near enough a circle for
    "what is around here"."""
    lat_km, lon_km = KM_PER_DEGREE
    return Q(
        doc__latitude__range=(place.latitude - km / lat_km, place.latitude + km / lat_km),
        doc__longitude__range=(place.longitude - km / lon_km, place.longitude + km / lon_km),
    )


def ordered(found, understood, *names):
    """Best first. With a place and words: how well it matches, less the further away it
    is (a yoga class round the corner before a slightly better match across the borough;
    listings with no venue count as 3 km off, so borough-wide ones stay in view). With
    only a place: nearest first, those with no venue after."""
    if understood.place is None:
        return found.order_by("-rank", *names)
    if understood.query is None:
        return found.order_by(F("distance_km").asc(nulls_last=True), *names)
    return found.annotate(
        score=ExpressionWrapper(
            F("rank") / (1.0 + Coalesce(F("distance_km"), Value(NO_VENUE_KM))),
            output_field=FloatField(),
        )
    ).order_by("-score", *names)
