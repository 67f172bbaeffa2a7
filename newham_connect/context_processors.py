from urllib.parse import unquote, urlsplit, urlunsplit

from django.conf import settings
from django.urls import NoReverseMatch, Resolver404, resolve, reverse
from django.utils.functional import SimpleLazyObject
from django.utils.translation import get_language, override


def _language_links(request):
    """The current page's address in every language, as django.urls.translate_url gives it,
    but resolving the path once rather than once per language (12 on every page)."""
    current = get_language()
    full_path = request.get_full_path()
    parts = urlsplit(full_path)
    try:
        match = resolve(unquote(parts.path))
    except Resolver404:
        match = None
    links = []
    for code, name in settings.LANGUAGES:
        url = full_path
        if match is not None:
            view = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
            with override(code):
                try:
                    path = reverse(view, args=match.args, kwargs=match.kwargs)
                except NoReverseMatch:
                    pass
                else:
                    url = urlunsplit(
                        (parts.scheme, parts.netloc, path, parts.query, parts.fragment)
                    )
        links.append(
            {
                "code": code,
                "name": name,
                "url": url,
                "current": code == current,
                "dir": "rtl" if code in settings.LANGUAGES_BIDI else "ltr",
            }
        )
    return links


def site(request):
    """The language switcher: the current page's address in every language, worked out only
    if the page shows it (a lazy list: worked out on first use, once)."""
    return {
        "language_links": SimpleLazyObject(lambda: _language_links(request)),
        "feedback_email": settings.FEEDBACK_EMAIL,
    }
