"""Hostile text in every translated field of every model of a published listing, then every
page, JSON-LD block, API response, calendar, feed and email that shows it: no 500, nothing
executes, JSON-LD and .ics still parse, and the text arrives whole."""

import email
import re

import pytest
from django.core import mail
from django.utils import timezone, translation
from icalendar import Calendar
from modeltranslation.translator import translator

from activities.models import ActivitySeries, Campaign
from directory.models import (
    AccessibilityFeature,
    CostOption,
    Location,
    Organisation,
    Schedule,
    Service,
    ServiceAtLocation,
    SpokenLanguage,
    TaxonomyTerm,
)
from tests.conftest import PASSWORD
from tests.hostile import (
    CONTROL,
    CORPUS,
    IDS,
    Checker,
    has_control,
    jsonld_blocks,
    shown_escaped,
    storable,
    strings_in,
)
from tests.security.fixtures import module_fixture
from tests.security.world import LANGUAGES, World, translated_fields
from volunteering import pipeline
from volunteering.models import CONSENT_VERSION, HoursLog, Interest, Opportunity

pytestmark = pytest.mark.django_db

worlds = module_fixture(
    lambda: {key: World(index, key, value) for index, (key, value) in enumerate(CORPUS)}
)

# (model, field) shown as typed on each page; LINES are shown through |linebreaks.
SERVICE_PAGE = [
    (Service, "name"),
    (Service, "alert"),
    (Organisation, "name"),
    (Location, "name"),
    (TaxonomyTerm, "name"),
    (ServiceAtLocation, "description"),
    (Schedule, "description"),
    (CostOption, "option"),
    (CostOption, "amount_description"),
    (AccessibilityFeature, "name"),
]
SERVICE_LINES = [
    (Service, "description"),
    (Service, "eligibility_description"),
    (Service, "application_process"),
    (Service, "fees_description"),
]
ACTIVITY_PAGE = [
    (ActivitySeries, "name"),
    (Organisation, "name"),
    (Location, "name"),
    (Campaign, "name"),
    (TaxonomyTerm, "name"),
    (AccessibilityFeature, "name"),
]
ACTIVITY_LINES = [
    (ActivitySeries, "description"),
    (ActivitySeries, "how_to_join"),
    (ActivitySeries, "what_to_bring"),
]
OPPORTUNITY_PAGE = [
    (Opportunity, "title"),
    (Opportunity, "schedule"),
    (Organisation, "name"),
    (Location, "name"),
    (TaxonomyTerm, "name"),
    (AccessibilityFeature, "name"),
]
OPPORTUNITY_LINES = [(Opportunity, "description"), (Opportunity, "benefits")]
ORGANISATION_PAGE = [
    (Organisation, "name"),
    (Service, "name"),
    (ActivitySeries, "name"),
    (Opportunity, "title"),
    (TaxonomyTerm, "name"),
]
ORGANISATION_LINES = [(Organisation, "description")]
# In schema.org JSON-LD, exactly as stored.
SERVICE_JSONLD = [
    (Service, "name"),
    (Service, "description"),
    (Organisation, "name"),
    (Location, "name"),
    (TaxonomyTerm, "name"),
    (SpokenLanguage, "name"),
    (CostOption, "option"),
    (AccessibilityFeature, "name"),
]
ACTIVITY_JSONLD = [
    (ActivitySeries, "name"),
    (ActivitySeries, "description"),
    (Organisation, "name"),
    (Location, "name"),
    (TaxonomyTerm, "name"),
]


def test_the_world_fills_every_translated_field(worlds):
    """A model or field translated later must be added to the world (and so checked)."""
    world = worlds["script-tag"]
    for model in translator.get_registered_models():
        for field in translated_fields(model):
            for language in LANGUAGES:
                text = world.name(model, language, field)
                column = f"{field}_{language}"
                assert model.objects.filter(**{column: text}).exists(), (model, column)


def _url(obj, language):
    with translation.override(language):
        return obj.get_absolute_url()


def _texts(world, pairs, language):
    return [world.name(model, language, field) for model, field in pairs]


def _check_jsonld(check, surface, html, expected):
    try:
        blocks = jsonld_blocks(html)
    except ValueError as error:
        check.expect(False, surface, f"JSON-LD does not parse: {error}")
        return
    check.expect(blocks, surface, "no JSON-LD block")
    found = {s for block in blocks for s in strings_in(block)}
    for text in expected:
        check.expect(text in found, surface, f"JSON-LD lost {text[:60]!r}")


def _normalise_lines(text):
    """As a calendar can carry text: one kind of line end, no control characters."""
    return CONTROL.sub("", re.sub(r"\r\n?", "\n", text))


def _check_ics(check, surface, response, expected_summary):
    if not check.status(surface, response):
        return
    body = response.content.decode()
    check.expect(response["Content-Type"].startswith("text/calendar"), surface, "content type")
    try:
        events = Calendar.from_ical(body).walk("VEVENT")
    except ValueError as error:
        check.expect(False, surface, f".ics does not parse: {error}")
        return
    check.expect(events, surface, "no events")
    for event in events:
        check.expect(
            _normalise_lines(str(event["summary"])) == _normalise_lines(expected_summary),
            surface,
            f"summary {str(event['summary'])[:60]!r}",
        )
    # RFC 5545 text has no control characters but tab (a strict reader refuses the file).
    check.expect(not has_control(body), surface, "control characters in the file")
    # Any line end a calendar program might honour must begin a real property line.
    injected = [
        line
        for line in re.split(r"\r\n|\r|\n", body)
        if re.match(r"(X-INJECTED|BCC|SUBJECT)", line)
    ]
    check.expect(not injected, surface, f"injected lines {injected}")


@pytest.mark.parametrize("key", IDS)
def test_listing_pages_show_hostile_text_safely(client, worlds, key, request):
    world, check = worlds[key], Checker(request, "hostile corpus: listings", key)
    for language in ("en", "ur"):
        suffix = f" ({language})"
        html = check.page(
            "service page" + suffix,
            client.get(_url(world.service, language)),
            shown=[*_texts(world, SERVICE_PAGE, language), storable(world.value, 150)],
            lines=_texts(world, SERVICE_LINES, language),
        )
        _check_jsonld(
            check, "service JSON-LD" + suffix, html, _texts(world, SERVICE_JSONLD, language)
        )
        html = check.page(
            "activity page" + suffix,
            client.get(_url(world.series, language)),
            shown=_texts(world, ACTIVITY_PAGE, language),
            lines=_texts(world, ACTIVITY_LINES, language),
        )
        _check_jsonld(
            check, "activity JSON-LD" + suffix, html, _texts(world, ACTIVITY_JSONLD, language)
        )
        check.page(
            "opportunity page" + suffix,
            client.get(_url(world.opportunity, language)),
            shown=_texts(world, OPPORTUNITY_PAGE, language),
            lines=_texts(world, OPPORTUNITY_LINES, language),
        )
        check.page(
            "organisation page" + suffix,
            client.get(_url(world.organisation, language)),
            shown=_texts(world, ORGANISATION_PAGE, language),
            lines=_texts(world, ORGANISATION_LINES, language),
        )
    slug = world.service.slug
    check.page(
        "report a problem form",
        client.get(f"/en/services/{slug}/report/"),
        shown=[world.name(Service)],
    )
    check.page(
        "interest form",
        client.get(f"/en/volunteering/{slug}/interest/"),
        shown=[world.name(Opportunity, field="title"), world.name(Organisation)],
    )
    _check_ics(
        check,
        "activity .ics",
        client.get(f"/en/activities/{slug}/calendar.ics"),
        world.name(ActivitySeries),
    )
    _check_ics(
        check,
        "session .ics",
        client.get(f"/en/activities/{slug}/sessions/{world.occurrence.pk}.ics"),
        world.name(ActivitySeries),
    )
    _check_ics(
        check,
        "what's on .ics",
        client.get(f"/en/activities/calendar.ics?campaign={slug}"),
        world.name(ActivitySeries),
    )
    check.page(
        "what's on",
        client.get(f"/en/activities/?campaign={slug}"),
        shown=[world.name(ActivitySeries), world.name(Campaign)],
    )
    # Control characters in a search are refused whole (400, tested in test_hostile_forms):
    # here the stored text is the point, so search for the words around them.
    query = re.sub(r"[\x00-\x08\x0b\x0c\x0e-\x1f]", " ", storable(world.value)).strip()[:100]
    for surface, url, shown in [
        ("site search", "/en/search/", [Service, ActivitySeries, Organisation]),
        ("services search", "/en/services/", [Service]),
    ]:
        check.page(
            surface,
            client.get(url, {"q": query}),
            shown=[world.name(model) for model in shown] + [query],
        )
    check.page(
        "volunteering search",
        client.get("/en/volunteering/", {"q": query}),
        shown=[query],
    )
    _check_api_records(check, client, world)
    check.finish()


def _check_api_records(check, client, world):
    records = [
        ("services", world.service.pk, [(Service, "name"), (Service, "description")]),
        ("organizations", world.organisation.pk, [(Organisation, "name")]),
        ("service_at_locations", world.sal.pk, [(Location, "name"), (Service, "name")]),
        ("taxonomy_terms", world.category.pk, [(TaxonomyTerm, "name")]),
    ]
    for path, pk, expected in records:
        surface = f"ORUK {path}/{{id}}"
        data = check.json(surface, client.get(f"/api/oruk/{path}/{pk}"))
        found = set(strings_in(data))
        for model, field in expected:
            text = world.name(model, "en", field)
            check.expect(text in found, surface, f"lost {text[:60]!r}")


# (surface, whether the subject names the opportunity), in the order they are sent.
EMAILS = [
    ("email: someone is interested", True),
    ("email: interest received", True),
    ("email: how did it go", False),
]


def _finished_volunteer(world, make_user):
    user = make_user(f"volunteer-{world.key}@example.org")
    interest = Interest.objects.create(
        opportunity=world.opportunity,
        user=user,
        name=storable(world.value, 150),
        email=user.email,
        message=storable(world.value),
        consent_given_at=timezone.now(),
        consent_version=CONSENT_VERSION,
    )
    for step in ("contacted", "active", "finished"):
        interest.move_to(step)
    interest.save()
    HoursLog.objects.create(
        interest=interest,
        date=timezone.localdate(),
        hours="2",
        description=storable(world.value, 300),
        confirmed_at=timezone.now(),
    )
    return user, interest


def _check_email(check, surface, message, title, title_in_subject):
    headers = email.message_from_bytes(message.message().as_bytes())
    check.expect(not headers.get_all("Bcc"), surface, "a Bcc header")
    check.expect(len(headers.get_all("Subject") or []) == 1, surface, "not one Subject")
    check.expect(not re.search(r"[\r\n]", message.subject), surface, "subject over lines")
    # Plain text: the title as typed, never HTML-escaped.
    check.expect(title in message.body, surface, f"body lost {title[:60]!r}")
    if title_in_subject:
        one_line = " ".join(title.split())
        check.expect(one_line in message.subject, surface, f"subject {message.subject[:80]!r}")


@pytest.mark.parametrize("key", IDS)
def test_volunteer_pages_and_emails_show_hostile_text_safely(
    client, worlds, key, request, make_user
):
    world, check = worlds[key], Checker(request, "hostile corpus: volunteer pages", key)
    user, interest = _finished_volunteer(world, make_user)
    client.login(username=user.email, password=PASSWORD)
    title = world.name(Opportunity, field="title")
    check.page(
        "certificate",
        client.get("/en/volunteering/my/certificate/"),
        shown=[title, world.name(Organisation), storable(world.value, 150)],
    )
    check.page("my volunteering", client.get("/en/volunteering/my/"), shown=[title])
    token = pipeline.feedback_token(interest)
    check.page("survey", client.get(f"/en/volunteering/feedback/{token}/"), shown=[title])
    beneficiary = pipeline.beneficiary_token(world.opportunity)
    check.page(
        "beneficiary survey",
        client.get(f"/en/volunteering/beneficiaries/{beneficiary}/"),
        shown=[title],
    )
    data = check.json("my data.json", client.get("/en/volunteering/my/data.json"))
    check.expect(storable(world.value) in set(strings_in(data)), "my data.json", "lost the message")
    mail.outbox.clear()
    pipeline.notify_new_interest(interest)
    pipeline.notify_finished(interest)
    check.expect(len(mail.outbox) == 3, "emails", f"{len(mail.outbox)} emails, expected 3")
    for (surface, title_in_subject), message in zip(EMAILS, mail.outbox, strict=False):
        check.surfaces.append(surface)
        _check_email(check, surface, message, title, title_in_subject)
    check.finish()


def _pages(client, url, params=None, limit=5):
    """Every page of a paginated list (page 1, 2, … while there is a next page)."""
    for number in range(1, limit + 1):
        response = client.get(url, {**(params or {}), "page": number})
        yield number, response
        if response.status_code != 200 or f"page={number + 1}" not in response.content.decode():
            return


def _feed(check, client, path, names):
    """An RPDE feed, followed to its last page: valid JSON, and every name in it as stored."""
    url, found, pages = path, set(), 0
    while url and pages < 5:
        data = check.json(f"OpenActive {path}", client.get(url))
        if not data:
            return
        found |= set(strings_in(data["items"]))
        pages += 1
        url = data["next"].removeprefix("http://testserver") if data["items"] else None
    for name in names:
        check.expect(name in found, path, f"lost {name[:60]!r}")


def test_lists_feeds_and_apis_show_every_hostile_value_safely(client, worlds, request):
    check = Checker(request, "hostile corpus: listings", "all")
    every = list(worlds.values())
    for language in ("en", "ur"):
        for surface, url, model, field in [
            ("services list", "/en/services/", Service, "name"),
            ("what's on", "/en/activities/", ActivitySeries, "name"),
            ("volunteering list", "/en/volunteering/", Opportunity, "title"),
        ]:
            url = url.replace("/en/", f"/{language}/")
            html = "".join(
                check.page(f"{surface} ({language}) page {number}", response)
                for number, response in _pages(client, url)
            )
            for world in every:
                text = world.name(model, language, field)
                check.expect(shown_escaped(text, html), surface, f"lost {text[:60]!r}")
    check.page("home", client.get("/en/"))
    check.page("OpenActive dataset site", client.get("/openactive/"))
    response = client.get("/en/activities/calendar.ics")
    if check.status("what's on .ics (all)", response):
        summaries = {
            _normalise_lines(str(event["summary"]))
            for event in Calendar.from_ical(response.content.decode()).walk("VEVENT")
        }
        for world in every:
            text = _normalise_lines(world.name(ActivitySeries))
            check.expect(text in summaries, "what's on .ics", f"lost {text[:60]!r}")
    names = [w.name(ActivitySeries) for w in every]
    _feed(check, client, "/openactive/feeds/session-series", names)
    _feed(check, client, "/openactive/feeds/scheduled-sessions", [])
    full = {"per_page": 200, "full": "true"}
    for path, params, model, field in [
        ("services", full, Service, "name"),
        ("organizations", full, Organisation, "name"),
        ("taxonomy_terms", {"per_page": 200}, TaxonomyTerm, "name"),
        ("service_at_locations", full, Location, "name"),
        ("taxonomies", {}, None, None),
    ]:
        data = check.json(f"ORUK {path}", client.get(f"/api/oruk/{path}", params))
        found = set(strings_in(data))
        for world in every if model else []:
            text = world.name(model, "en", field)
            check.expect(text in found, f"ORUK {path}", f"lost {text[:60]!r}")
    check.finish(inputs=IDS)
