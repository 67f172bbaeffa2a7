"""What's on filters: a GET form that works without JavaScript.

Values that cannot be used (an unknown ward, a date that is not a date) become form errors in
the resident's language; the other filters still apply, so the page never breaks.
"""

from datetime import datetime, time, timedelta

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.filters import NearFilter
from directory.models import AccessibilityFeature, SpokenLanguage, TaxonomyTerm, Ward
from directory.search_query import find, understand_on_page, understand_with_place

from .models import (
    ACTIVITY_LIST_TAXONOMY,
    LOCAL_CATEGORIES_TAXONOMY,
    ActivitySeries,
    Campaign,
    Occurrence,
    Weekday,
)
from .recurrence import LONDON

CHOICE_ERROR = _("Choose one of the options in the list.")
DATE_ERROR = _("Enter a real date, for example 2025-06-14.")

WHEN_CHOICES = [
    ("today", _("Today")),
    ("tomorrow", _("Tomorrow")),
    ("this_week", _("This week")),
    ("weekend", _("This weekend")),
    ("next_week", _("Next week")),
]
TIME_OF_DAY = {
    # (choice label, first hour, hour after the last)
    "morning": (_("Morning (before 12 noon)"), 0, 12),
    "afternoon": (_("Afternoon (12 noon to 5pm)"), 12, 17),
    "evening": (_("Evening (after 5pm)"), 17, 24),
}
AGE_GROUPS = {
    # (choice label, youngest, oldest) - an activity fits if its age range overlaps the group.
    "children": (_("Children (under 11)"), 0, 10),
    "young_people": (_("Young people (11 to 19)"), 11, 19),
    "adults": (_("Adults"), 18, 64),
    "older_people": (_("Older people (60 and over)"), 60, 120),
}
ATTENDANCE_CHOICES = [("in_person", _("In person")), ("online", _("Online"))]


def _tick():
    # A ticked box sends free=true, as the addresses people have shared and bookmarked say.
    return forms.CheckboxInput(attrs={"value": "true"})


def _day_bounds(first, last):
    """Aware datetimes from the start of `first` to the start of the day after `last`."""
    return (
        datetime.combine(first, time(), tzinfo=LONDON),
        datetime.combine(last + timedelta(days=1), time(), tzinfo=LONDON),
    )


def when_range(choice, today):
    monday = today - timedelta(days=today.weekday())
    if choice == "today":
        return today, today
    if choice == "tomorrow":
        return today + timedelta(days=1), today + timedelta(days=1)
    if choice == "this_week":
        return today, monday + timedelta(days=6)
    if choice == "weekend":
        saturday = monday + timedelta(days=5)
        return max(today, saturday), saturday + timedelta(days=1)
    return monday + timedelta(days=7), monday + timedelta(days=13)  # next_week


def _series_link(through, field, values):
    """Exists(): the session's series is linked through `through` to one of `values`."""
    return Exists(
        through.objects.filter(activityseries_id=OuterRef("series_id"), **{f"{field}__in": values})
    )


class WhatsOnFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(
        label=_("Search"), method="filter_text", max_length=200, widget=forms.SearchInput
    )
    near = NearFilter(
        # 2 km: directory.search_query.NEAR_KM, what "near" finds.
        help_text=_("A postcode or an area, like E6 2RT or Beckton: sessions within 2 km."),
        method="filter_near",
    )
    when = django_filters.ChoiceFilter(
        label=_("When"),
        choices=WHEN_CHOICES,
        method="filter_when",
        empty_label=_("Any time"),
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    date = django_filters.DateFilter(
        label=_("On a particular day"),
        method="filter_date",
        widget=forms.DateInput(attrs={"type": "date"}),
        error_messages={"invalid": DATE_ERROR},
    )
    time_of_day = django_filters.MultipleChoiceFilter(
        label=_("Time of day"),
        choices=[(key, label) for key, (label, _a, _b) in TIME_OF_DAY.items()],
        method="filter_time_of_day",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    day = django_filters.MultipleChoiceFilter(
        label=_("Day of the week"),
        choices=[(str(d.value), d.label) for d in Weekday],
        method="filter_day",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    category = django_filters.ModelChoiceFilter(
        label=_("Category"),
        queryset=TaxonomyTerm.objects.none(),
        to_field_name="code",
        method="filter_category",
        empty_label=_("All categories"),
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    type = django_filters.ModelChoiceFilter(
        label=_("Activity"),
        queryset=TaxonomyTerm.objects.none(),
        to_field_name="code",
        method="filter_type",
        empty_label=_("All activities"),
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    age = django_filters.ChoiceFilter(
        label=_("Age group"),
        choices=[(key, label) for key, (label, _a, _b) in AGE_GROUPS.items()],
        method="filter_age",
        empty_label=_("All ages"),
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    ward = django_filters.ModelChoiceFilter(
        label=_("Area (ward)"),
        queryset=Ward.objects.none(),
        to_field_name="slug",
        field_name="series__location__ward",
        empty_label=_("All of Newham"),
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    language = django_filters.ModelChoiceFilter(
        label=_("Language spoken"),
        queryset=SpokenLanguage.objects.none(),
        to_field_name="code",
        method="filter_language",
        empty_label=_("Any language"),
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    access = django_filters.ModelMultipleChoiceFilter(
        label=_("Accessibility"),
        queryset=AccessibilityFeature.objects.none(),
        to_field_name="code",
        method="filter_access",
        widget=forms.CheckboxSelectMultiple,
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    attendance = django_filters.ChoiceFilter(
        label=_("Online or in person"),
        choices=ATTENDANCE_CHOICES,
        method="filter_attendance",
        empty_label=_("Both"),
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    campaign = django_filters.ModelChoiceFilter(
        label=_("Campaign"),
        queryset=Campaign.objects.none(),
        to_field_name="slug",
        field_name="series__campaigns",
        empty_label=_("All"),
        error_messages={"invalid_choice": CHOICE_ERROR},
    )
    free = django_filters.BooleanFilter(label=_("Free only"), method="filter_free", widget=_tick())
    drop_in = django_filters.BooleanFilter(
        label=_("Drop-in only (no need to book)"),
        method="filter_drop_in",
        widget=_tick(),
    )
    meet_people = django_filters.BooleanFilter(
        label=_("Good for meeting people"), method="filter_meet_people", widget=_tick()
    )

    class Meta:
        model = Occurrence
        fields = []

    def __init__(self, *args, today=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.today = today or timezone.localdate()
        fields = self.form.fields
        fields["category"].queryset = TaxonomyTerm.objects.filter(
            taxonomy=LOCAL_CATEGORIES_TAXONOMY
        ).order_by("name")
        # Only activity types that published activities use, and their broader types ("Yoga"
        # for "Chair Yoga"): the full list has 768.
        # The used ones are worked out once, here: as a subquery PostgreSQL ran it twice (for
        # the types and for their parents), 46 ms at seed_bulk --scale 100.
        used = list(
            ActivitySeries.activity_types.through.objects.filter(
                activityseries__in=ActivitySeries.objects.public()
            )
            .values_list("taxonomyterm_id", flat=True)
            .distinct()
        )
        fields["type"].queryset = TaxonomyTerm.objects.filter(
            Q(pk__in=used) | Q(pk__in=TaxonomyTerm.objects.filter(pk__in=used).values("parent")),
            taxonomy=ACTIVITY_LIST_TAXONOMY,
        ).order_by("name")
        fields["ward"].queryset = Ward.objects.order_by("name")
        fields["language"].queryset = SpokenLanguage.objects.order_by("name")
        fields["access"].queryset = AccessibilityFeature.objects.order_by("name")
        fields["campaign"].queryset = Campaign.objects.order_by("name")

    def filter_text(self, queryset, name, value):
        # The site search's reading of the words (typos, synonyms, other languages, places).
        if not value.strip():
            return queryset
        found = find(ActivitySeries.objects.all(), understand_on_page(value))
        return queryset.filter(series__in=found.values("pk"))

    def filter_near(self, queryset, name, place):
        # Sessions are in date order, so "near" here means near enough, not nearest first.
        nearby = find(ActivitySeries.objects.all(), understand_with_place("", place, True))
        return queryset.filter(series__in=nearby.values("pk"))

    def filter_when(self, queryset, name, value):
        start, end = _day_bounds(*when_range(value, self.today))
        return queryset.filter(start__gte=start, start__lt=end)

    def filter_date(self, queryset, name, value):
        start, end = _day_bounds(value, value)
        return queryset.filter(start__gte=start, start__lt=end)

    def filter_time_of_day(self, queryset, name, value):
        # __hour uses the current time zone (Europe/London), so 10:00 BST is "morning".
        condition = Q()
        for key in value:
            _label, first, after_last = TIME_OF_DAY[key]
            condition |= Q(start__hour__gte=first, start__hour__lt=after_last)
        return queryset.filter(condition)

    def filter_day(self, queryset, name, value):
        # Django's iso_week_day: Monday is 1; ours (Python's weekday()) Monday is 0.
        return queryset.filter(start__iso_week_day__in=[int(d) + 1 for d in value])

    def filter_category(self, queryset, name, term):
        # A top-level category also finds activities filed under its sub-categories.
        terms = TaxonomyTerm.objects.filter(Q(pk=term.pk) | Q(parent=term.pk)).values("pk")
        return queryset.filter(
            _series_link(ActivitySeries.categories.through, "taxonomyterm_id", terms)
        )

    def filter_type(self, queryset, name, term):
        # "Yoga" also finds "Chair Yoga": include narrower concepts, two levels down.
        terms = TaxonomyTerm.objects.filter(
            Q(pk=term.pk) | Q(parent=term.pk) | Q(parent__parent=term.pk)
        ).values("pk")
        return queryset.filter(
            _series_link(ActivitySeries.activity_types.through, "taxonomyterm_id", terms)
        )

    def filter_age(self, queryset, name, value):
        _label, youngest, oldest = AGE_GROUPS[value]
        return queryset.filter(
            Q(series__min_age__isnull=True) | Q(series__min_age__lte=oldest),
            Q(series__max_age__isnull=True) | Q(series__max_age__gte=youngest),
        )

    def filter_language(self, queryset, name, language):
        return queryset.filter(
            _series_link(ActivitySeries.languages.through, "spokenlanguage_id", [language.pk])
        )

    def filter_access(self, queryset, name, features):
        # Each chosen feature must be offered by the activity itself or by its venue.
        for feature in features:
            at_venue = Exists(
                AccessibilityFeature.location_set.through.objects.filter(
                    location_id=OuterRef("series__location_id"), accessibilityfeature_id=feature.pk
                )
            )
            by_activity = _series_link(
                ActivitySeries.accessibility.through, "accessibilityfeature_id", [feature.pk]
            )
            queryset = queryset.filter(at_venue | by_activity)
        return queryset

    def filter_attendance(self, queryset, name, value):
        if value == "online":
            return queryset.filter(series__is_online=True)
        return queryset.filter(series__location__isnull=False)

    def filter_free(self, queryset, name, value):
        return queryset.filter(series__is_free=True) if value else queryset

    def filter_drop_in(self, queryset, name, value):
        return queryset.filter(series__booking_required=False) if value else queryset

    def filter_meet_people(self, queryset, name, value):
        return queryset.filter(series__good_for_meeting_people=True) if value else queryset
