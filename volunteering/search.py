"""The Volunteering section of the site-wide search: published, still-open opportunities."""

from urllib.parse import urlencode

from django.urls import reverse
from django.utils.translation import gettext as _

from newham_connect.i18n import language_columns
from newham_connect.search import results, section, text_search

from .models import Opportunity


def search_opportunities(query, language=None):
    """Published, still-open opportunities matching `query` (titles, descriptions)."""
    found = text_search(
        Opportunity.objects.public().open().select_related("organisation"),
        query,
        title="title",
        language=language,
    )
    return found.order_by("-rank", "-created")


def opportunities_section(query, limit):
    more = f"{reverse('volunteering:index')}?{urlencode({'q': query})}"
    return section(
        _("Volunteering"), search_opportunities(query), limit, title="title", more_url=more
    )


def organisation_section(organisation):
    """The organisation page's open volunteering roles (a provider for directory.views)."""
    found = (
        Opportunity.objects.public()
        .open()
        .filter(organisation=organisation)
        .order_by("title_en", "pk")
        .only("slug", *language_columns("title", "description"))
    )
    return {"title": _("Volunteering"), "results": results(found, title="title")}
