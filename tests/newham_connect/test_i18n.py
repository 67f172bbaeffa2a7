"""Every language: complete catalogue, right lang/dir, translated text, working switcher."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.utils import translation

from newham_connect.i18n import translated

LOCALE = Path(settings.BASE_DIR) / "locale"
OTHER_LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]
HOME_HEADING = "Find activities, support and volunteering in Newham"


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_catalogue_is_complete(code):
    po = polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))
    untranslated = [e.msgid for e in po.untranslated_entries()]
    fuzzy = [e.msgid for e in po.fuzzy_entries()]
    assert not untranslated, f"{code}: untranslated {untranslated[:5]}"
    assert not fuzzy, f"{code}: fuzzy {fuzzy[:5]}"
    assert len(po) > 200


@pytest.mark.parametrize("code", OTHER_LANGUAGES)
def test_placeholders_survive_translation(code):
    """A translation that drops or renames %(email)s would crash or mislead at run time."""
    po = polib.pofile(str(LOCALE / code / "LC_MESSAGES" / "django.po"))
    pattern = re.compile(r"%\(\w+\)[sd]")
    for entry in po.translated_entries():
        wanted = sorted(pattern.findall(entry.msgid))
        # Every plural form is given the same variables, so any form may use the plural's.
        allowed = set(wanted) | set(pattern.findall(entry.msgid_plural or ""))
        strings = list(entry.msgstr_plural.values()) if entry.msgid_plural else [entry.msgstr]
        for text in strings:
            found = sorted(set(pattern.findall(text)))
            # Plural forms may omit the number (e.g. Arabic "one"), never invent new names.
            assert set(found) <= allowed, f"{code}: {entry.msgid!r} -> {text!r}"
            if not entry.msgid_plural:
                assert sorted(set(wanted)) == found, f"{code}: {entry.msgid!r} -> {text!r}"


@pytest.mark.django_db
@pytest.mark.parametrize("code,name", settings.LANGUAGES)
def test_home_page_in_each_language(client, code, name):
    response = client.get(f"/{code}/")
    assert response.status_code == 200
    assert response["Content-Language"] == code
    html = response.content.decode()
    direction = "rtl" if code in ("ur", "ar") else "ltr"
    assert f'<html lang="{code}" dir="{direction}"' in html
    with translation.override(code):
        heading = translation.gettext(HOME_HEADING)
    if code != "en":
        assert heading != HOME_HEADING, f"{code} home heading is not translated"
    assert heading in html
    # The switcher names this language in its own script and marks it current.
    assert f'lang="{code}" dir="{direction}" aria-current="true">{name}</span>' in html


@pytest.mark.django_db
def test_urdu_and_bengali_render_their_own_script(client):
    urdu = client.get("/ur/").content.decode()
    bengali = client.get("/bn/").content.decode()
    assert re.search(r"[\u0600-\u06FF]{3,}", urdu.split("<main", 1)[1])
    assert re.search(r"[\u0980-\u09FF]{3,}", bengali.split("<main", 1)[1])


@pytest.mark.django_db
def test_switcher_keeps_the_current_page_and_query(client):
    html = client.get("/bn/search/?q=food").content.decode()
    assert 'href="/ur/search/?q=food" lang="ur" hreflang="ur" dir="rtl"' in html
    assert 'href="/en/search/?q=food" lang="en"' in html


@pytest.mark.django_db
@pytest.mark.parametrize(
    "path",
    ["/ur/search/?q=food%20bank", "/bn/services/", "/pl/no-such-page/?x=1", "/en/whats-on/"],
)
def test_switcher_gives_what_django_translate_url_gives(client, path):
    """The switcher resolves the page once, not once per language; the addresses are still
    exactly Django's own translate_url answers, for every language."""
    from django.conf import settings
    from django.urls import translate_url
    from django.utils import translation

    response = client.get(path)
    links = response.context["language_links"]
    # The request's language is the one the address starts with, as translate_url needs.
    with translation.override(path.split("/")[1]):
        expected = [translate_url(path, code) for code, _name in settings.LANGUAGES]
    assert [link["url"] for link in links] == expected
    assert sum(link["current"] for link in links) == 1


@pytest.mark.django_db
@pytest.mark.parametrize(
    "accept,expected", [("bn,en;q=0.5", "/bn/"), ("pl-PL", "/pl/"), ("", "/en/")]
)
def test_root_redirects_to_the_browser_language(client, accept, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=accept)
    assert response.status_code == 302
    assert response["Location"] == expected


@pytest.mark.django_db
def test_missing_content_translation_falls_back_to_english_with_a_note(client, make_org):
    org = make_org(
        name="Plaistow Food Bank",
        slug="plaistow-food-bank",
        description="Free food parcels every Tuesday.",
    )
    org.name_bn = "প্লেস্টো খাদ্য ব্যাংক"
    org.save()
    html = client.get("/bn/organisations/plaistow-food-bank/").content.decode()
    assert "প্লেস্টো খাদ্য ব্যাংক" in html
    fallback = '<div class="govuk-body-l" lang="en" dir="ltr">'
    assert f"{fallback}<p>Free food parcels every Tuesday.</p></div>" in html
    with translation.override("bn"):
        note = translation.gettext(
            "This has not been translated into your language yet, so it is shown in English."
        )
    assert note in html
    # In English there is nothing to flag.
    english = client.get("/en/organisations/plaistow-food-bank/").content.decode()
    assert "has not been translated" not in english


def test_translated_helper_marks_fallback():
    class Obj:
        name_en, name_pl, name_ur = "Library", "Biblioteka", ""

    assert translated(Obj(), "name", "pl") == "Biblioteka"
    assert not translated(Obj(), "name", "pl").fallback
    assert translated(Obj(), "name", "ur") == "Library"
    assert translated(Obj(), "name", "ur").fallback
    assert not translated(Obj(), "name", "en").fallback
