"""Services list filters: one GET form (bookmarkable, works without JavaScript).

Readable values in the address (?category=food-banks&ward=beckton&language=bn). A value that
cannot be used (an unknown category, an age that is not a number) becomes a form error in the
resident's language and is left out; the other filters still apply, so the page never breaks.
"""

import re

import django_filters
from django import forms
from django.core.exceptions import ValidationError
from django.db.models.functions import Coalesce, Lower
from django.forms.models import ModelChoiceIterator
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from .models import (
    NEWHAM_TAXONOMY,
    WEEKDAY_CODES,
    AudienceGroup,
    DeliveryMethod,
    SpokenLanguage,
    TaxonomyTerm,
    Ward,
)
from .opening_times import WEEKDAY_NAMES
from .places import Place
from .places import find as find_place
from .search import search_services
from .search_query import understand_with_place

CHOICE_ERROR = _("Choose one of the options in the list.")
DAY_VALUES = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
DAY_CHOICES = [
    (value, WEEKDAY_NAMES[code]) for value, code in zip(DAY_VALUES, WEEKDAY_CODES, strict=True)
]


class ListedChoiceIterator(ModelChoiceIterator):
    """The choices from the field's own queryset, as loaded (not a fresh query)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        for obj in self.queryset:
            yield self.choice(obj)


class ListedChoiceField(forms.ModelChoiceField):
    """A choice from a short reference list (wards, categories, languages): the chosen value
    is looked up among the listed choices, so checking it and listing them is one query."""

    iterator = ListedChoiceIterator

    def to_python(self, value):
        if value in self.empty_values:
            return None
        key = self.to_field_name or "pk"
        for obj in self.queryset:  # loads the list once; the widget lists the same rows
            if str(getattr(obj, key)) == str(value):
                return obj
        raise ValidationError(
            self.error_messages["invalid_choice"], code="invalid_choice", params={"value": value}
        )


class ListedChoiceFilter(django_filters.ModelChoiceFilter):
    field_class = ListedChoiceField


class TreeChoiceIterator(ModelChoiceIterator):
    """Categories in tree order, each child indented under its parent (one query)."""

    def __iter__(self):
        if self.field.empty_label is not None:
            yield ("", self.field.empty_label)
        children = {}
        for term in self.queryset:
            children.setdefault(term.parent_id, []).append(term)

        def walk(parent_id, depth):
            for term in sorted(children.get(parent_id, []), key=lambda t: str(t.name).lower()):
                yield (term.code, "– " * depth + str(term.name))
                yield from walk(term.pk, depth + 1)

        yield from walk(None, 0)


class CategoryField(ListedChoiceField):
    iterator = TreeChoiceIterator


class CategoryFilter(django_filters.ModelChoiceFilter):
    field_class = CategoryField


# "Use my location" sends latitude,longitude (rounded in the browser to about 100 m).
POINT = re.compile(r"^\s*(-?\d{1,2}\.\d{1,6})\s*,\s*(-?\d{1,3}\.\d{1,6})\s*$")
# Around Newham, with its neighbours: a point further away is not somewhere to sort from.
NEAR_NEWHAM = ((51.40, 51.65), (-0.20, 0.25))


class PlaceField(forms.CharField):
    """A postcode, sector, district, ward or a shared location, cleaned to a places.Place."""

    default_error_messages = {
        "unknown": _(
            "We could not find that place. Enter a postcode, like E6 2RT, or an area of "
            "Newham, like Beckton."
        ),
        "far": _("That location is outside Newham. Enter a postcode or an area of Newham."),
    }

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        if point := POINT.match(text):
            latitude, longitude = float(point[1]), float(point[2])
            (south, north), (west, east) = NEAR_NEWHAM
            if not (south <= latitude <= north and west <= longitude <= east):
                raise ValidationError(self.error_messages["far"], code="far")
            return Place("point", str(_("your location")), latitude, longitude)
        place = find_place(text)
        if place is None:
            raise ValidationError(self.error_messages["unknown"], code="unknown")
        return place


class NearFilter(django_filters.CharFilter):
    """ "Near": sorts the list by distance from a place. The list applies it together with
    the words searched for (directory.search_query.understand_with_place)."""

    field_class = PlaceField

    def __init__(self, **kwargs):
        widget = forms.TextInput(
            attrs={
                "autocomplete": "postal-code",
                "data-nc-near": "",
                "data-nc-near-label": _("Use my location"),
                "data-nc-near-error": _(
                    "We could not get your location. Type a postcode or an area instead."
                ),
            }
        )
        kwargs.setdefault("label", _("Near"))
        kwargs.setdefault(
            "help_text", _("A postcode or an area, like E6 2RT or Beckton. Nearest first.")
        )
        kwargs.setdefault("method", lambda queryset, name, value: queryset)
        super().__init__(max_length=60, widget=widget, **kwargs)


class WordsAndPlaceMixin:
    """For a list's FilterSet with `q` and `near`: the site search's reading of the words
    (typos, synonyms, other languages, places) and the place together, applied after the
    other filters. `understood` is what the list sorts by (None: neither was given)."""

    search = None  # staticmethod(callable(understood, queryset))
    understood = None

    def filter_text(self, queryset, name, value):
        return queryset  # in filter_queryset, with "near"

    def filter_queryset(self, queryset):
        queryset = super().filter_queryset(queryset)
        data = self.form.cleaned_data
        self.understood = understand_with_place(data.get("q"), data.get("near"))
        return self.search(self.understood, queryset) if self.understood else queryset


class ServiceFilter(WordsAndPlaceMixin, django_filters.FilterSet):
    search = staticmethod(search_services)

    q = django_filters.CharFilter(
        label=_("Search"),
        method="filter_text",
        max_length=200,
        strip=True,
        widget=forms.SearchInput(attrs={"enterkeyhint": "search"}),
    )
    near = NearFilter()
    category = CategoryFilter(
        label=_("Category"),
        queryset=TaxonomyTerm.objects.filter(taxonomy=NEWHAM_TAXONOMY),
        to_field_name="code",
        empty_label=_("All categories"),
        method="filter_category",
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    group = django_filters.MultipleChoiceFilter(
        label=_("Who it is for"),
        choices=AudienceGroup.choices,
        widget=forms.CheckboxSelectMultiple,
        method="filter_group",
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    age = django_filters.NumberFilter(
        label=_("Age"),
        help_text=_("Services open to someone of this age."),
        method="filter_age",
        min_value=0,
        max_value=120,
        error_messages={
            "invalid": _("Enter an age as a whole number, like 35."),
            "min_value": _("Enter an age from 0 to 120."),
            "max_value": _("Enter an age from 0 to 120."),
            "max_decimal_places": _("Enter an age as a whole number, like 35."),
        },
        decimal_places=0,
        # Not type="number": it drops what was typed when it is not a number, and spins.
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    free = django_filters.BooleanFilter(
        label=_("Free services only"), widget=forms.CheckboxInput, method="filter_free"
    )
    language = ListedChoiceFilter(
        label=_("Language spoken"),
        queryset=SpokenLanguage.objects.all(),
        to_field_name="code",
        empty_label=_("Any language"),
        method="filter_language",
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    ward = ListedChoiceFilter(
        label=_("Area (ward)"),
        queryset=Ward.objects.all(),
        to_field_name="slug",
        empty_label=_("All of Newham"),
        method="filter_ward",
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    day = django_filters.ChoiceFilter(
        label=_("Open on"),
        choices=DAY_CHOICES,
        empty_label=_("Any day"),
        method="filter_day",
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    open_now = django_filters.BooleanFilter(
        label=_("Open now"), widget=forms.CheckboxInput, method="filter_open_now"
    )
    delivery = django_filters.MultipleChoiceFilter(
        label=_("How you get help"),
        choices=DeliveryMethod.choices,
        widget=forms.CheckboxSelectMultiple,
        method="filter_delivery",
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    wheelchair = django_filters.BooleanFilter(
        label=_("Wheelchair accessible venue"),
        widget=forms.CheckboxInput,
        method="filter_wheelchair",
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        language = get_language()
        # Languages by their name in the page's language, with English where there is none.
        self.filters["language"].queryset = SpokenLanguage.objects.order_by(
            Lower(Coalesce(f"name_{language}", "name_en"))
        )

    def filter_category(self, queryset, name, value):
        return queryset.in_categories([value]) if value else queryset

    def filter_group(self, queryset, name, value):
        return queryset.for_groups(value) if value else queryset

    def filter_age(self, queryset, name, value):
        return queryset.for_age(int(value)) if value is not None else queryset

    def filter_free(self, queryset, name, value):
        return queryset.free() if value else queryset

    def filter_language(self, queryset, name, value):
        return queryset.speaking([value]) if value else queryset

    def filter_ward(self, queryset, name, value):
        return queryset.in_ward(value) if value else queryset

    def filter_day(self, queryset, name, value):
        if not value:
            return queryset
        return queryset.open_on(DAY_VALUES.index(value))

    def filter_open_now(self, queryset, name, value):
        return queryset.open_at(timezone.now()) if value else queryset

    def filter_delivery(self, queryset, name, value):
        return queryset.delivered(value) if value else queryset

    def filter_wheelchair(self, queryset, name, value):
        return queryset.wheelchair_accessible() if value else queryset
