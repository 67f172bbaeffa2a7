"""Find opportunities: every filter is a plain GET parameter, so results can be shared."""

import django_filters
from django import forms
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from directory.filters import NearFilter, WordsAndPlaceMixin
from directory.models import SpokenLanguage, TaxonomyTerm, Ward

from .models import CAUSES_TAXONOMY, SKILLS_TAXONOMY, Opportunity, TimeCommitment
from .search import search_opportunities

WHEN_CHOICES = [
    ("weekdays", _("Weekdays")),
    ("evenings", _("Evenings")),
    ("weekends", _("Weekends")),
]
WHEN_FIELDS = {"weekdays": "on_weekdays", "evenings": "on_evenings", "weekends": "on_weekends"}


class TermChoiceFilter(django_filters.ModelChoiceFilter):
    """A category by its code; a parent category also finds its children."""

    def filter(self, qs, value):
        if not value:
            return qs
        return qs.filter(
            Q(**{f"{self.field_name}": value}) | Q(**{f"{self.field_name}__parent": value})
        ).distinct()


def _terms(taxonomy, **extra):
    def queryset(request):
        return TaxonomyTerm.objects.filter(taxonomy=taxonomy, **extra)

    return queryset


class OpportunityFilter(WordsAndPlaceMixin, django_filters.FilterSet):
    search = staticmethod(search_opportunities)
    q = django_filters.CharFilter(
        label=_("Search"), method="filter_text", max_length=100, widget=forms.SearchInput
    )
    near = NearFilter()
    cause = TermChoiceFilter(
        label=_("Cause"),
        field_name="causes",
        to_field_name="code",
        queryset=_terms(CAUSES_TAXONOMY, parent__isnull=True),
        empty_label=_("Any cause"),
    )
    skill = TermChoiceFilter(
        label=_("Skill"),
        field_name="skills",
        to_field_name="code",
        queryset=_terms(SKILLS_TAXONOMY),
        empty_label=_("Any skill"),
    )
    commitment = django_filters.MultipleChoiceFilter(
        label=_("Time you can give"),
        field_name="time_commitment",
        choices=TimeCommitment.choices,
        widget=forms.CheckboxSelectMultiple,
    )
    when = django_filters.MultipleChoiceFilter(
        label=_("When you are free"),
        choices=WHEN_CHOICES,
        method="filter_when",
        widget=forms.CheckboxSelectMultiple,
    )
    ward = django_filters.ModelChoiceFilter(
        label=_("Area (ward)"),
        field_name="location__ward",
        to_field_name="slug",
        queryset=Ward.objects.all(),
        empty_label=_("Anywhere in Newham"),
        method="filter_place",
    )
    from_home = django_filters.BooleanFilter(
        label=_("From home"), widget=forms.CheckboxInput, method="filter_place"
    )
    under_18 = django_filters.BooleanFilter(
        label=_("Open to under-18s"), widget=forms.CheckboxInput, method="filter_under_18"
    )
    no_dbs = django_filters.BooleanFilter(
        label=_("No DBS check needed"), widget=forms.CheckboxInput, method="filter_no_dbs"
    )
    groups = django_filters.BooleanFilter(
        label=_("Good for groups"), widget=forms.CheckboxInput, method="filter_groups"
    )
    mutual_aid = django_filters.BooleanFilter(
        label=_("Helping neighbours (mutual aid)"),
        widget=forms.CheckboxInput,
        method="filter_mutual_aid",
    )
    language = django_filters.ModelChoiceFilter(
        label=_("Language you speak"),
        field_name="languages_welcome",
        to_field_name="code",
        queryset=SpokenLanguage.objects.all(),
        empty_label=_("Any language"),
    )

    class Meta:
        model = Opportunity
        fields = []

    def filter_when(self, qs, name, value):
        match = Q()
        for choice in value:
            match |= Q(**{WHEN_FIELDS[choice]: True})
        return qs.filter(match) if value else qs

    def filter_place(self, qs, name, value):
        # Ward and "from home" are one question ("where?"), answered together below.
        return qs

    def filter_under_18(self, qs, name, value):
        return qs.filter(minimum_age__lt=18) if value else qs

    def filter_no_dbs(self, qs, name, value):
        return qs.filter(dbs_check_needed=False) if value else qs

    def filter_groups(self, qs, name, value):
        return qs.filter(suitable_for_groups=True) if value else qs

    def filter_mutual_aid(self, qs, name, value):
        return qs.filter(is_mutual_aid=True) if value else qs

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        ward = self.form.cleaned_data.get("ward")
        from_home = self.form.cleaned_data.get("from_home")
        # "In Stratford or from home" is what someone ticking both means.
        if ward and from_home:
            return queryset.filter(Q(location__ward=ward) | Q(from_home=True))
        if ward:
            return queryset.filter(location__ward=ward)
        if from_home:
            return queryset.filter(from_home=True)
        return queryset

    @property
    def active(self):
        """True when any filter has a value (so the page can offer "clear filters")."""
        return any(v not in (None, "", [], False) for v in self.form.cleaned_data.values())
