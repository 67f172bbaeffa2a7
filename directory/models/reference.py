"""Reference vocabularies every app shares: wards, spoken languages, accessibility features
and the category tree (HSDS taxonomy_term).
"""

import uuid

from django.db import connection, models
from django.utils.translation import gettext_lazy as _

# Newham's own vocabulary (directory/reference_data.py); terms from other feeds keep theirs.
NEWHAM_TAXONOMY = "newham-categories"
# A venue with this feature counts as wheelchair accessible for the services filter.
WHEELCHAIR_FEATURE = "wheelchair-accessible-entrance"


class Ward(models.Model):
    """One of Newham's 24 electoral wards (boundaries from May 2022)."""

    name = models.CharField(_("name"), max_length=80, unique=True)
    slug = models.SlugField(_("slug"), max_length=80, unique=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("ward")
        verbose_name_plural = _("wards")

    def __str__(self):
        return self.name


class SpokenLanguage(models.Model):
    """A language a service or activity is delivered in (ISO 639 code)."""

    code = models.CharField(_("code"), max_length=12, unique=True)
    name = models.CharField(_("name"), max_length=80)
    endonym = models.CharField(_("name in the language itself"), max_length=80, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("spoken language")
        verbose_name_plural = _("spoken languages")

    def __str__(self):
        return self.name


class AccessibilityFeature(models.Model):
    code = models.SlugField(_("code"), max_length=50, unique=True)
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("accessibility feature")
        verbose_name_plural = _("accessibility features")

    def __str__(self):
        return self.name


class TaxonomyTermQuerySet(models.QuerySet):
    def with_descendants(self, terms):
        """Ids of these terms and every term below them in the tree (one recursive query)."""
        ids = [getattr(term, "pk", term) for term in terms]
        if not ids:
            return []
        table = connection.ops.quote_name(self.model._meta.db_table)
        with connection.cursor() as cursor:
            cursor.execute(
                f"WITH RECURSIVE tree(id) AS (SELECT id FROM {table} WHERE id = ANY(%s::uuid[]) "  # noqa: S608 - table name from the model, values are parameters
                f"UNION SELECT t.id FROM {table} t JOIN tree ON t.parent_id = tree.id) "
                "SELECT id FROM tree",
                [[str(i) for i in ids]],
            )
            return [row[0] for row in cursor.fetchall()]


class TaxonomyTerm(models.Model):
    """A category in a tree (HSDS taxonomy_term). `taxonomy` names the vocabulary it is from."""

    id = models.UUIDField(primary_key=True, default=uuid.uuid4, editable=False)
    taxonomy = models.SlugField(_("vocabulary"), max_length=60, default="newham-categories")
    code = models.SlugField(_("code"), max_length=100)
    name = models.CharField(_("name"), max_length=150)
    description = models.TextField(_("description"), blank=True)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="children",
    )

    objects = TaxonomyTermQuerySet.as_manager()

    class Meta:
        ordering = ["taxonomy", "name"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        constraints = [
            models.UniqueConstraint(fields=["taxonomy", "code"], name="taxonomy_term_code_unique"),
        ]

    def __str__(self):
        return self.name
