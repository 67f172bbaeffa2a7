"""Back office for the site search's vocabulary and its unmet searches: the council's own.

Partners never see either: the synonym groups are the council's words for residents' needs,
and the unmet searches are what residents typed. Both are answered as the mail queue and the
record of who read applicants' details are: not allowed (403), and absent from the index.
"""

from django.contrib import admin
from django.db.models import Count
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _
from modeltranslation.admin import TranslationAdmin

from newham_connect.permissions import is_council, is_operator

from .admin import CouncilOnlyAdmin
from .models import SynonymGroup, UnmetSearch

# How much of a group's English words its row shows: enough to tell groups apart.
PREVIEW_WORDS = 4
PREVIEW_CHARACTERS = 60


class CouncilPrivateAdmin(CouncilOnlyAdmin):
    """Records only the council works with: moderators and superusers; partners may not even
    look (CouncilOnlyAdmin lets them read reference data)."""

    def has_view_permission(self, request, obj=None):
        return is_council(request.user)


@admin.register(SynonymGroup)
class SynonymGroupAdmin(CouncilPrivateAdmin, TranslationAdmin):
    # TranslationAdmin shows one "words and phrases" box per portal language (terms_en, …).
    list_display = ["name", "category_count", "english_preview"]
    search_fields = ["name", "terms_en"]
    filter_horizontal = ["categories"]

    def get_queryset(self, request):
        # Counted in the list's one query, not one query a row.
        return super().get_queryset(request).annotate(category_count=Count("categories"))

    @admin.display(description=_("categories"), ordering="category_count")
    def category_count(self, obj):
        return obj.category_count

    @admin.display(description=_("English words"))
    def english_preview(self, obj):
        lines = [line.strip() for line in (obj.terms_en or "").splitlines() if line.strip()]
        shown = ", ".join(lines[:PREVIEW_WORDS])
        if len(lines) > PREVIEW_WORDS:
            shown += ", …"
        return Truncator(shown).chars(PREVIEW_CHARACTERS)


@admin.register(UnmetSearch)
class UnmetSearchAdmin(CouncilPrivateAdmin):
    """What residents looked for and did not find. The search writes these; nobody edits
    them, or the counts would no longer be what residents did."""

    list_display = ["query", "language", "door", "day", "results", "times"]
    list_filter = ["door", "language", "day"]
    date_hierarchy = "day"
    search_fields = ["query"]
    ordering = ["-day", "-times"]

    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        # A resident may type a name or a phone number into the search box: an operator
        # removes it. Moderators only read.
        return is_operator(request.user)
