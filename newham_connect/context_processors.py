from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language


def site(request):
    """The language switcher: the current page's address in every language."""
    current = get_language()
    path = request.get_full_path()
    links = [
        {
            "code": code,
            "name": name,
            "url": translate_url(path, code),
            "current": code == current,
            "dir": "rtl" if code in settings.LANGUAGES_BIDI else "ltr",
        }
        for code, name in settings.LANGUAGES
    ]
    return {
        "language_links": links,
        "feedback_email": settings.FEEDBACK_EMAIL,
    }
