"""The activities app's choices and constants, with no models: the modules that expand
schedules (recurrence) and write the feeds need them, and importing them from here instead of
`models` is what keeps `models → occurrences → openactive → recurrence → models` from being a
circle.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

# TaxonomyTerm.taxonomy values this app uses.
ACTIVITY_LIST_TAXONOMY = "openactive-activity-list"
LOCAL_CATEGORIES_TAXONOMY = "newham-categories"

# How long a removed item stays in the OpenActive feeds as "deleted" (OpenActive's guidance).
FEED_TOMBSTONE_DAYS = 7


class SeriesKind(models.TextChoices):
    # Values are the OpenActive type names, so the feed can use them as they are.
    SESSION_SERIES = "SessionSeries", _("Regular sessions")
    COURSE = "CourseInstance", _("Course")
    EVENT = "Event", _("One-off event")


class GenderRestriction(models.TextChoices):
    NONE = "none", _("Everyone")
    FEMALE = "female", _("Women and girls only")
    MALE = "male", _("Men and boys only")


class Frequency(models.TextChoices):
    WEEKLY = "weekly", _("Every week")
    FORTNIGHTLY = "fortnightly", _("Every two weeks")
    MONTHLY = "monthly", _("Once a month on a weekday, for example the first Monday")
    DATES = "dates", _("On particular dates only")


class Weekday(models.IntegerChoices):
    MONDAY = 0, _("Monday")
    TUESDAY = 1, _("Tuesday")
    WEDNESDAY = 2, _("Wednesday")
    THURSDAY = 3, _("Thursday")
    FRIDAY = 4, _("Friday")
    SATURDAY = 5, _("Saturday")
    SUNDAY = 6, _("Sunday")


class WeekOfMonth(models.IntegerChoices):
    FIRST = 1, _("First")
    SECOND = 2, _("Second")
    THIRD = 3, _("Third")
    FOURTH = 4, _("Fourth")
    LAST = -1, _("Last")


class FeedKind(models.TextChoices):
    SESSION_SERIES = "session-series", "SessionSeries"
    SCHEDULED_SESSION = "scheduled-sessions", "ScheduledSession"
