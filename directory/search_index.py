"""Keeping the stored search documents current: built when a listing, or something it shows,
is saved, so there is no rebuild step to forget (`manage.py rebuild_search` exists for data
loaded in bulk, which skips signals).

Each app declares its listings on its AppConfig (`search_documents`, see
`newham_connect.contributions`) as `Source`s: which fields are the name and the description,
where the organisation, categories, venues and areas are. The directory builds every document
the same way from those.
"""

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Exists, OuterRef
from django.db.models.signals import m2m_changed, post_delete, post_save
from psycopg2.extras import execute_values

from newham_connect.contributions import contributions

from .models import SearchDocument, SearchWord, TaxonomyTerm
from .search_text import LONGEST_WORD, category_lexeme, config, languages, searchable, words

SOURCES = "search_documents"


@dataclass
class Source:
    """A kind of listing the search finds. Field names are the untranslated ones ("name")."""

    model: type
    door: str
    title: str = "name"
    bodies: tuple = ("description",)
    organisation: str | None = "organisation"
    terms: tuple = ("categories",)  # many-to-many fields to TaxonomyTerm
    venues: tuple = ()  # foreign keys or many-to-many fields to Location
    areas: tuple = ()  # many-to-many fields to Ward
    # Saving one of these changes what the listing's document says: {lookup: model}.
    depends_on: dict = field(default_factory=dict)

    def queryset(self):
        model = self.model
        single = [v for v in self.venues if not model._meta.get_field(v).many_to_many]
        many = [v for v in self.venues if model._meta.get_field(v).many_to_many]
        related = ([self.organisation] if self.organisation else []) + [
            f"{v}__ward" for v in single
        ]
        return model.objects.select_related(*related).prefetch_related(
            *self.terms, *self.areas, *(f"{v}__ward" for v in many)
        )

    def venues_of(self, obj):
        found = []
        for name in self.venues:
            if self.model._meta.get_field(name).many_to_many:
                found.extend(sorted(getattr(obj, name).all(), key=lambda v: v.name_en or ""))
            elif getattr(obj, name) is not None:
                found.append(getattr(obj, name))
        return found


def sources():
    return contributions(SOURCES)


def source_for(model):
    return next((s for s in sources() if s.model is model), None)


def _text(obj, name, language):
    return getattr(obj, f"{name}_{language}", None) or ""


def _term_codes(terms, parents):
    """The codes of the terms and of every term above them (a search for "food" finds food
    banks)."""
    codes = set()
    for term in terms:
        code, parent = term.code, term.parent_id
        codes.add(code)
        while parent in parents:
            code, parent = parents[parent]
            codes.add(code)
    return codes


def _documents(source, obj, parents):
    """(language, serves, weighted parts, point) for each document of `obj`."""
    terms = [t for name in source.terms for t in getattr(obj, name).all()]
    venues = source.venues_of(obj)
    organisation = getattr(obj, source.organisation) if source.organisation else None
    areas = [w.name for name in source.areas for w in getattr(obj, name).all()]
    places = [p for v in venues for p in (v.address, v.postcode, v.ward.name)] + areas
    point = (float(venues[0].latitude), float(venues[0].longitude)) if venues else None
    codes = " ".join(category_lexeme(c) for c in sorted(_term_codes(terms, parents)))

    def parts(language):
        texts = {
            "A": [_text(obj, source.title, language)],
            "B": [_text(t, "name", language) for t in terms],
            "C": [_text(organisation, "name", language) if organisation else ""]
            + [_text(v, "name", language) for v in venues],
            "D": [_text(obj, body, language) for body in source.bodies],
        }
        return {weight: searchable(" ".join(filter(None, t))) for weight, t in texts.items()}

    translated = [
        code
        for code in languages()[1:]
        if _text(obj, source.title, code) or any(_text(obj, b, code) for b in source.bodies)
    ]
    english = parts("en")
    english["C"] = " ".join(filter(None, [english["C"], searchable(" ".join(places))]))
    serves = ["en"] + [code for code in languages()[1:] if code not in translated]
    found = [("en", serves, {}, english, codes, point)]
    found += [(code, [code], parts(code), english, codes, point) for code in translated]
    return found


# One document: its own language's parts with that language's stemmer, the English parts
# with the English one (so an English word finds a translated listing too), the category
# codes as made-up words, each part weighted (name A, categories B, organisation and
# places C, description D).
_CODES = " || to_tsvector('simple', %s)"
_VECTOR = " || ".join(
    f"setweight(to_tsvector(%s::regconfig, %s) || to_tsvector('english', %s)"
    f"{_CODES if weight == 'B' else ''}, '{weight}')"
    for weight in "ABCD"
)


def index(source, pks):
    """Write the documents of these listings (of one source), replacing what was there."""
    pks = list(pks)
    if not pks:
        return
    objs = list(source.queryset().filter(pk__in=pks))
    parents = {
        pk: (code, parent)
        for pk, code, parent in TaxonomyTerm.objects.values_list("id", "code", "parent_id")
    }
    content_type = ContentType.objects.get_for_model(source.model)
    rows, vocabulary = [], set()
    for obj in objs:
        for language, serves, own, english, codes, point in _documents(source, obj, parents):
            params = [content_type.pk, obj.pk, language, serves]
            for weight in "ABCD":
                params += [config(language), own.get(weight, ""), english[weight]]
                if weight == "B":
                    params.append(codes)
                vocabulary.update(words(own.get(weight, "")))
            vocabulary.update(words(" ".join(english.values())))
            params += list(point) if point else [None, None]
            rows.append(params)
    table = SearchDocument._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute(
            f"DELETE FROM {table} WHERE content_type_id = %s AND object_id = ANY(%s::uuid[])",  # noqa: S608 - the model's table
            [content_type.pk, [str(pk) for pk in pks]],
        )
        execute_values(
            cursor,
            f"INSERT INTO {table} (content_type_id, object_id, language, serves, vector, "  # noqa: S608 - the model's table
            "latitude, longitude, updated) VALUES %s",
            rows,
            template=f"(%s, %s, %s, %s::varchar[], {_VECTOR}, %s, %s, now())",
            page_size=500,
        )
        remember_words(cursor, vocabulary)


def remember_words(cursor, vocabulary):
    """Add words to the typo-correction vocabulary (never removed: a word a listing no longer
    uses still corrects a typo to something real, and the table stays small)."""
    found = sorted(w for w in vocabulary if 2 <= len(w) <= LONGEST_WORD and not w.isdigit())
    if found:
        execute_values(
            cursor,
            f"INSERT INTO {SearchWord._meta.db_table} (word) VALUES %s ON CONFLICT DO NOTHING",  # noqa: S608 - the model's table
            [(w,) for w in found],
            page_size=1000,
        )


def rebuild(everything=True, batch=1000):
    """Write documents in batches: every listing's (to adopt a new weighting), or only of
    listings that have none (after a bulk load or an upgrade, which skip the signals).
    Returns how many listings were indexed."""
    done = 0
    for source in sources():
        listings = source.model.objects.order_by("pk")
        if not everything:
            content_type = ContentType.objects.get_for_model(source.model)
            listings = listings.exclude(
                Exists(
                    SearchDocument.objects.filter(
                        content_type=content_type, object_id=OuterRef("pk"), language="en"
                    )
                )
            )
        pks = list(listings.values_list("pk", flat=True))
        for start in range(0, len(pks), batch):
            index(source, pks[start : start + batch])
        done += len(pks)
    return done


def index_missing(**kwargs):
    """After `migrate` (post_migrate): documents for listings that have none, so an upgrade
    needs no extra step."""
    return rebuild(everything=False)


# Keeping documents current ----------------------------------------------------------------


def _listing_saved(sender, instance, raw=False, **kwargs):
    if not raw:
        index(source_for(sender), [instance.pk])


def _related_saved(source, lookup):
    def handler(sender, instance, raw=False, **kwargs):
        if raw:
            return
        # A link row (a service at a venue) names its listing: after a delete, only that does.
        direct = getattr(instance, f"{source.model._meta.model_name}_id", None)
        if direct is not None:
            index(source, [direct])
        else:
            index(
                source,
                source.model.objects.filter(**{lookup: instance}).values_list("pk", flat=True),
            )

    return handler


def _listing_links_changed(source):
    def handler(sender, instance, action, reverse, pk_set, **kwargs):
        if action not in ("post_add", "post_remove", "post_clear"):
            return
        if not reverse:
            index(source, [instance.pk])
        elif pk_set:
            index(source, pk_set)

    return handler


_handlers = []  # signals hold receivers weakly: keep the closures alive


def connect():
    """Wire the signals for every declared source (called from DirectoryConfig.ready), and
    forget the synonyms and category names the search knows when one changes."""
    from .models import SynonymGroup
    from .search_query import vocabulary_changed

    for model in (SynonymGroup, TaxonomyTerm):
        post_save.connect(vocabulary_changed, sender=model, dispatch_uid=f"vocabulary-{model}")
        post_delete.connect(vocabulary_changed, sender=model, dispatch_uid=f"vocabulary-{model}")
    m2m_changed.connect(
        vocabulary_changed, sender=SynonymGroup.categories.through, dispatch_uid="vocabulary-m2m"
    )
    for source in sources():
        post_save.connect(_listing_saved, sender=source.model, dispatch_uid=f"search-{source.door}")
        for lookup, model in source.depends_on.items():
            handler = _related_saved(source, lookup)
            _handlers.append(handler)
            post_save.connect(handler, sender=model, dispatch_uid=f"search-{source.door}-{lookup}")
            post_delete.connect(
                handler, sender=model, dispatch_uid=f"search-{source.door}-{lookup}"
            )
        for name in (*source.terms, *source.venues, *source.areas):
            model_field = source.model._meta.get_field(name)
            if model_field.many_to_many:
                handler = _listing_links_changed(source)
                _handlers.append(handler)
                m2m_changed.connect(
                    handler,
                    sender=model_field.remote_field.through,
                    dispatch_uid=f"search-{source.door}-{name}",
                )
