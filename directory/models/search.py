"""What the site search reads: a stored, indexed document per listing and language, the words
it can correct a typo to, the staff's synonym groups, and the searches that found nothing.

The documents are written by `directory.search_index` whenever a listing (or what it shows:
its organisation, venue, categories) is saved; the search never computes a listing's text at
query time. Whether a listing may be shown is still decided by its model's `public()` rule
when the search runs, so a document is never a second public rule.
"""

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.contrib.postgres.fields import ArrayField
from django.contrib.postgres.indexes import GinIndex, OpClass
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.utils.translation import gettext_lazy as _

from .reference import TaxonomyTerm


class SearchDocument(models.Model):
    """One listing's searchable text for the pages in some languages.

    A listing has an English document, serving English and every language it has no
    translation in, and one document per language it is translated into. `serves` lists the
    page languages a document answers for, so a search reads exactly one document a listing.
    """

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.UUIDField()
    listing = GenericForeignKey("content_type", "object_id")
    language = models.CharField(max_length=8)
    serves = ArrayField(models.CharField(max_length=8))
    vector = SearchVectorField()
    # Where the listing happens, for distance; empty for phone, online and borough-wide ones.
    latitude = models.FloatField(null=True)
    longitude = models.FloatField(null=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "language"], name="one_document_a_language"
            )
        ]
        indexes = [
            # What a search asks, in one index: documents for the page's language that match
            # the query. With the vector alone PostgreSQL fetched every language's matching
            # documents (or scanned the table) and threw most away. (The content type would
            # need btree_gin, which the embedded PostgreSQL does not ship.)
            GinIndex(fields=["serves", "vector"], name="search_document_matching"),
            models.Index(fields=["object_id"], name="search_document_listing"),
        ]

    def __str__(self):
        return f"{self.content_type.model} {self.object_id} ({self.language})"


class SearchWord(models.Model):
    """A word (folded: lower case, accents off) that some listing uses: what a misspelt word in
    a query is corrected to, and what a joined word ("foodbank") is split into."""

    word = models.CharField(max_length=60, primary_key=True)

    class Meta:
        indexes = [
            GinIndex(OpClass("word", name="gin_trgm_ops"), name="search_word_trigrams"),
        ]

    def __str__(self):
        return self.word


class SynonymGroup(models.Model):
    """Words residents use for one need, in any of the portal's languages, and the categories
    they mean. A query with any of the words finds listings with any other, or in a category."""

    name = models.CharField(_("name"), max_length=100, unique=True)
    # One word or phrase a line, per language (a translated field: terms_en, terms_bn, …).
    terms = models.TextField(
        _("words and phrases"),
        blank=True,
        help_text=_("One word or phrase on each line, as residents would type it."),
    )
    categories = models.ManyToManyField(
        TaxonomyTerm,
        verbose_name=_("categories"),
        blank=True,
        help_text=_("A search for any of the words also finds listings in these categories."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("search synonym group")
        verbose_name_plural = _("search synonym groups")

    def __str__(self):
        return self.name


class UnmetSearch(models.Model):
    """A search that found nothing in one part of the site, counted per day: for the council
    to see what residents look for and do not find. Nothing about who searched is kept."""

    query = models.CharField(_("search"), max_length=200)
    language = models.CharField(_("language"), max_length=8)
    door = models.CharField(_("part of the site"), max_length=30)
    day = models.DateField(_("day"))
    results = models.PositiveIntegerField(_("results"), default=0)
    times = models.PositiveIntegerField(_("times searched"), default=1)

    class Meta:
        ordering = ["-day", "-times"]
        verbose_name = _("unmet search")
        verbose_name_plural = _("unmet searches")
        constraints = [
            models.UniqueConstraint(
                fields=["query", "language", "door", "day"], name="one_unmet_search_a_day"
            )
        ]

    def __str__(self):
        return self.query
