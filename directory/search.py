from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from newham_connect.search import section, text_search

from .models import Organisation, Service


def search_organisations(query, language=None):
    """Published organisations matching `query` in English or the page's language."""
    found = text_search(Organisation.objects.public(), query, language=language)
    return found.order_by("-rank", "name")


def search_services(query, queryset=None, language=None):
    """Services matching `query` (published ones unless a queryset is given); adds `rank`."""
    queryset = Service.objects.public() if queryset is None else queryset
    return text_search(queryset, query, language=language)


def services_section(query, limit):
    """The site-wide search's "Services and support" section."""
    more = f"{reverse('directory:services')}?{urlencode({'q': query})}"
    found = search_services(query).order_by("-rank", "name_en")
    return section(_("Services and support"), found, limit, more_url=more)


def organisations_section(query, limit):
    return section(_("Organisations"), search_organisations(query), limit)
