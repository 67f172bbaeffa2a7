"""The list-page base (newham_connect/lists.py) and the three lists built on it: services,
what's on and volunteering. Bad page numbers show a real page, each chip removes only its own
filter value, and the number of queries stays bounded with filters in use."""

from datetime import time, timedelta

import pytest
from django import forms
from django.core.paginator import Paginator
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone
from django.utils.html import escape

from activities.models import ActivitySeries, Schedule
from directory.models import Service
from newham_connect.lists import filter_chips, forgiving_page
from volunteering.models import Opportunity

# page: the number shown, of 3 pages
PAGES = {
    None: 1,
    "": 1,
    "abc": 1,
    "1.5": 1,
    "-1": 1,
    "0": 1,
    "1": 1,
    "2": 2,
    "3": 3,
    "4": 3,
    "999": 3,
}


@pytest.mark.parametrize("raw", list(PAGES), ids=repr)
def test_a_bad_page_number_is_the_nearest_real_page(raw):
    paginator = Paginator(range(45), 20)
    assert forgiving_page(paginator, raw).number == PAGES[raw]


def test_an_empty_list_still_has_its_first_page():
    assert forgiving_page(Paginator([], 20), "7").number == 1


class _Filters(forms.Form):
    q = forms.CharField(label="Search", required=False)
    day = forms.MultipleChoiceField(
        label="Day", choices=[("1", "Monday"), ("3", "Wednesday")], required=False
    )
    free = forms.BooleanField(label="Free only", required=False)
    date = forms.DateField(label="On", required=False)
    age = forms.DecimalField(label="Age", required=False, decimal_places=0)


def _pairs(query):
    return sorted((k, v) for k in query for v in query.getlist(k))


def _removed(original, remove_url):
    """The (name, value) pairs a chip's link leaves out of the original address."""
    left = _pairs(QueryDict(remove_url.lstrip("?")))
    return [pair for pair in _pairs(original) if pair not in left]


def test_each_chip_removes_only_its_own_value_and_goes_back_to_page_one():
    query = QueryDict("q=walk&day=1&day=3&free=on&date=2025-06-14&age=0&page=3")
    form = _Filters(query)
    assert form.is_valid()
    chips = filter_chips(form, query)
    assert [(c["label"], str(c["value"])) for c in chips] == [
        ("Search", "walk"),
        ("Day", "Monday"),
        ("Day", "Wednesday"),
        ("Free only", ""),
        ("On", "14 June 2025"),
        ("Age", "0"),  # an age of 0 is a filter in use, not "nothing"
    ]
    removed = [_removed(query, c["remove_url"]) for c in chips]
    assert removed == [
        [("page", "3"), ("q", "walk")],
        [("day", "1"), ("page", "3")],
        [("day", "3"), ("page", "3")],
        [("free", "on"), ("page", "3")],
        [("date", "2025-06-14"), ("page", "3")],
        [("age", "0"), ("page", "3")],
    ]
    assert chips[1]["title"] == "Day: Monday" and chips[3]["title"] == "Free only"


def test_a_refused_value_has_no_chip_and_the_good_ones_keep_theirs():
    query = QueryDict("day=9&free=on&age=abc")
    form = _Filters(query)
    assert not form.is_valid()
    assert [c["name"] for c in filter_chips(form, query)] == ["free"]


def test_the_last_chip_leads_to_the_bare_list():
    query = QueryDict("free=on")
    form = _Filters(query)
    form.is_valid()
    assert filter_chips(form, query)[0]["remove_url"] == "?"


# --- The three lists ---------------------------------------------------------------------

LISTS = {
    # url name: (page size, a filter address with two values of one filter and a flag, max queries)
    "directory:services": (20, "group=carers&group=young_people&free=on", 16),
    "activities:index": (25, "day=1&day=3&free=true", 12),
    "volunteering:index": (20, "when=weekdays&when=evenings&groups=on", 9),
}


@pytest.fixture
def lists(db, make_org, make_location):
    """More than one page in each list, every item matching the filters in LISTS."""
    organisation, venue = make_org(), make_location()
    for n in range(45):
        Service.objects.create(
            organisation=organisation,
            name=f"Service {n:02d}",
            slug=f"service-{n:02d}",
            status="published",
            is_free=True,
            groups=["carers", "young_people"],
        )
        Opportunity.objects.create(
            organisation=organisation,
            title=f"Role {n:02d}",
            slug=f"role-{n:02d}",
            description="Help out.",
            status="published",
            location=venue,
            on_weekdays=True,
            suitable_for_groups=True,
        )
    series = ActivitySeries.objects.create(
        name="Daily walk",
        slug="daily-walk",
        organisation=organisation,
        location=venue,
        status="published",
        is_free=True,
    )
    Schedule.objects.create(
        series=series,
        frequency="weekly",
        days=[1, 3],
        start_date=timezone.localdate() + timedelta(days=1),
        start_time=time(10, 0),
        end_time=time(11, 0),
    )


@pytest.mark.parametrize("name", list(LISTS))
@pytest.mark.parametrize("page", ["abc", "-1", "0", "1.5", "999"])
def test_bad_page_numbers_show_a_page_in_each_list(client, lists, name, page):
    response = client.get(f"{reverse(name)}?page={page}")
    assert response.status_code == 200
    shown = response.context["page_obj"]
    paginator = response.context["paginator"]
    assert paginator.num_pages > 1
    assert shown.number == (paginator.num_pages if page == "999" else 1)
    assert len(shown.object_list) > 0


@pytest.mark.parametrize("name", list(LISTS))
def test_each_lists_chips_remove_only_their_filter(client, lists, name):
    _size, filters, _queries = LISTS[name]
    query = QueryDict(f"{filters}&page=2")
    response = client.get(f"{reverse(name)}?{query.urlencode()}")
    assert response.status_code == 200
    chips = response.context["active_filters"]
    html = response.content.decode()
    removed = [_removed(query, chip["remove_url"]) for chip in chips]
    # One chip per value sent; each link leaves out that value (and the page), nothing else.
    assert sorted(pair for pairs in removed for pair in pairs if pair[0] != "page") == sorted(
        pair for pair in _pairs(query) if pair[0] != "page"
    )
    for chip, pairs in zip(chips, removed, strict=True):
        others = [pair for pair in pairs if pair[0] != "page"]
        assert len(others) == 1 and others[0][0] == chip["name"], (chip, pairs)
        assert f'href="{escape(chip["remove_url"])}"' in html
        assert client.get(f"{reverse(name)}{chip['remove_url']}").status_code == 200


@pytest.mark.parametrize("name", list(LISTS))
def test_each_list_runs_a_bounded_number_of_queries_with_filters_in_use(
    client, lists, name, django_assert_max_num_queries
):
    size, filters, most = LISTS[name]
    with django_assert_max_num_queries(most):
        response = client.get(f"{reverse(name)}?{filters}&page=2")
    assert response.status_code == 200
    assert len(response.context["active_filters"]) == 3
    assert 0 < len(response.context["page_obj"].object_list) <= size
