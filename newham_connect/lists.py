"""What every list page shares: a GET filter form, pages that forgive, chips that remove one
filter each. The services, what's on and volunteering lists are built on FilteredListView, so
a fix to any of these reaches all three."""

from datetime import date
from decimal import Decimal

from django.core.paginator import Paginator
from django.db.models import Model, QuerySet
from django.utils.formats import date_format
from django.views.generic import ListView

from .i18n import translated


def forgiving_page(paginator, raw):
    """The page someone most likely meant: no number or not a number is the first page, below
    the first the first, past the end the last. An old bookmark is never an error page."""
    try:
        number = int(raw)
    except (TypeError, ValueError):
        number = 1
    return paginator.page(min(max(number, 1), paginator.num_pages))


class KeysFirstPaginator(Paginator):
    """A page's rows in two steps: the keys of the page, in the list's order (a sort of the
    narrow columns it orders by), then those rows with all they show. One query sorting every
    matching row whole (each language's name and description) is what made a list slow."""

    def _get_page(self, object_list, number, paginator):
        if isinstance(object_list, QuerySet):
            keys = list(object_list.prefetch_related(None).values_list("pk", flat=True))
            rows = self.object_list.order_by().filter(pk__in=keys) if keys else []
            place = {key: i for i, key in enumerate(keys)}
            object_list = sorted(rows, key=lambda row: place[row.pk])
        return super()._get_page(object_list, number, paginator)


class ForgivingPaginationMixin:
    """For a ListView: ?page=abc, ?page=0 or ?page=999 shows a real page, never a 404."""

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(queryset, page_size, allow_empty_first_page=True)
        page = forgiving_page(paginator, self.request.GET.get("page"))
        return paginator, page, page.object_list, page.has_other_pages()


def _in_use(value):
    # Not `value in (None, "", False)`: an age of 0 equals False and is a real filter.
    if value is None or value is False or (isinstance(value, str) and not value):
        return False
    return not (isinstance(value, list | tuple | QuerySet) and not value)


def _shown(field, value):
    """A filter's value as the resident chose it, in their language."""
    if value is True:
        return ""
    if isinstance(value, Model):
        return translated(value, "name") if hasattr(value, "name_en") else str(value)
    if isinstance(value, date):
        return date_format(value, "j F Y")
    if isinstance(value, Decimal):  # a whole number (an age) cleaned by a DecimalField
        return str(int(value))
    choices = {str(key): label for key, label in getattr(field, "choices", [])}
    return choices.get(str(value), value)


def _as_sent(field, item):
    """One chosen value as it stands in the address, to find it among the field's values."""
    if isinstance(item, Model):
        return str(getattr(item, getattr(field, "to_field_name", None) or "pk"))
    return str(item)


def filter_chips(form, query):
    """Each filter value in use, labelled, with the address of the list without it (back on
    the first page). A field with several values gives a chip for each, removing only that one.
    `form` is bound and validated; `query` is request.GET."""
    query = query.copy()
    query.pop("page", None)
    chips = []
    for name, field in form.fields.items():
        value = form.cleaned_data.get(name)
        if not _in_use(value):
            continue
        several = isinstance(value, list | tuple | QuerySet)
        for item in value if several else [value]:
            without = query.copy()
            if several:
                sent = _as_sent(field, item)
                without.setlist(name, [v for v in without.getlist(name) if v != sent])
            else:
                without.pop(name, None)
            shown = _shown(field, item)
            chips.append(
                {
                    "name": name,
                    "label": field.label,
                    "value": shown,
                    # One phrase for a link's text, telling apart two values of one filter.
                    "title": f"{field.label}: {shown}" if shown else str(field.label),
                    "remove_url": f"?{without.urlencode()}",
                }
            )
    return chips


class FilteredListView(ForgivingPaginationMixin, ListView):
    """A list filtered by a django-filter FilterSet from the query string.

    Subclasses set `filterset_class` and give `get_base_queryset()`; `order()` sorts what the
    filters left. The context has `filter`, `form`, `active_filters` (chips) and
    `query_string` (the filters without the page, for links such as a calendar feed)."""

    filterset_class = None
    paginator_class = KeysFirstPaginator

    def get_base_queryset(self):
        raise NotImplementedError

    def order(self, queryset):
        return queryset

    def get_filterset(self, queryset):
        return self.filterset_class(
            self.request.GET or None, queryset=queryset, request=self.request
        )

    def get_queryset(self):
        self.filterset = self.get_filterset(self.get_base_queryset())
        return self.order(self.filterset.qs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filterset = self.filterset
        query = self.request.GET.copy()
        query.pop("page", None)
        chips = []
        if filterset.is_bound:
            filterset.form.is_valid()  # cleaned_data holds the good filters even beside bad ones
            chips = filter_chips(filterset.form, self.request.GET)
        context.update(
            filter=filterset,
            form=filterset.form,
            active_filters=chips,
            query_string=query.urlencode(),
        )
        return context
