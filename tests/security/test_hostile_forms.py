"""Every public form, and every list's GET filters, given each hostile value: no 500, an error
page keeps what was typed (escaped), nothing executes, and emails carry no injected headers.

NUL and control characters in a request may also be refused whole with a 400 (a middleware
does that); a 500 is never right."""

import datetime
import email

import pytest
from django.core import mail
from django.utils import timezone

from directory.models import ListingReport
from tests import factories
from tests.hostile import IDS, NUL_IN_REQUESTS_ANSWERS_400, VALUES, Checker, has_control
from tests.security.fixtures import module_fixture
from volunteering import pipeline
from volunteering.models import EmployerTeam, Interest

pytestmark = pytest.mark.django_db


def _build():
    organisation = factories.organisation(
        "Forms Org", slug="forms-org", email="forms-org@example.org"
    )
    ward = factories.ward("Forms ward", "forms-ward")
    location = factories.location(ward, name="Forms venue", slug="forms-venue")
    service = factories.service(
        organisation, "Forms service", slug="forms-service", description="Help."
    )
    opportunity = factories.opportunity(
        organisation,
        "Forms helper",
        slug="forms-helper",
        location=location,
        suitable_for_groups=True,
        suitable_for_employer_teams=True,
    )
    volunteer = factories.user("forms-volunteer@example.org")
    # Sent an hour ago, so it moved to "finished" just now.
    interest = factories.interest(
        opportunity,
        volunteer,
        "finished",
        created=timezone.now() - datetime.timedelta(hours=1),
        name="Vera",
        email=volunteer.email,
    )
    employer = factories.user("forms-employer@example.org")
    team = factories.employer_team(
        employer, business_name="Forms Ltd", contact_email=employer.email, staff_count=10
    )
    return {
        "service": service,
        "opportunity": opportunity,
        "volunteer": volunteer,
        "interest": interest,
        "employer": employer,
        "team": team,
    }


data = module_fixture(_build)


class FormChecks(Checker):
    """A form posted with hostile values: its page, and what it saved or sent."""

    def __init__(self, request, key):
        super().__init__(request, "hostile corpus: forms", key)
        self.value = VALUES[key]
        self.control = has_control(self.value)

    def refused(self, surface, response, echoed=()):
        """Not accepted: the form again with what was typed, or (control characters) a 400."""
        allowed = (200, 400) if self.control else (200,)
        html = self.page(surface, response, allowed=allowed)
        if response.status_code == 200:
            for value in echoed:
                self.expect(value and _escaped(value) in html, surface, f"lost {value[:50]!r}")
            self.expect("govuk-error-summary" in html, surface, "no error summary")

    def accepted(self, surface, response, saved):
        """Accepted (a redirect) and saved whole; NUL is refused with a message or a 400."""
        if "\x00" in self.value:
            return self.refused(surface, response)
        allowed = (302, 400) if self.control else (302,)
        if self.status(surface, response, allowed) and response.status_code == 302:
            self.expect(saved(), surface, "not saved as typed")

    def emails(self, surface, recipients):
        for message in mail.outbox:
            self.surfaces.append(surface)
            headers = email.message_from_bytes(message.message().as_bytes())
            self.expect(not headers.get_all("Bcc"), surface, "a Bcc header")
            self.expect(len(headers.get_all("Subject")) == 1, surface, "more than one Subject")
            self.expect(set(message.recipients()) <= recipients, surface, message.recipients())
            self.expect("\n" not in message.subject, surface, "subject over lines")
        mail.outbox.clear()


def _escaped(value):
    from django.utils.html import escape

    return escape(value)


def _post(client, url, fields):
    mail.outbox.clear()
    return client.post(url, fields)


@pytest.mark.parametrize("key", IDS)
def test_public_forms_refuse_or_keep_hostile_text(
    client, data, key, request, django_capture_on_commit_callbacks
):
    check, value = FormChecks(request, key), VALUES[key]
    opportunity, service = data["opportunity"], data["service"]
    interest_url = f"/en/volunteering/{opportunity.slug}/interest/"
    hostile = {"name": value, "email": value, "phone": value, "message": value, "consent": "on"}
    check.refused(
        "interest (all hostile)",
        _post(client, interest_url, hostile),
        echoed=[value[:100_000]] if "\x00" not in value else [],
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = _post(
            client,
            interest_url,
            {
                "name": value[:150],
                "email": "applicant@example.org",
                "message": value,
                "consent": "on",
            },
        )
    check.accepted(
        "interest (hostile name and message)",
        response,
        lambda: Interest.objects.filter(opportunity=opportunity, message=value.strip()).exists(),
    )
    check.emails("interest emails", {"applicant@example.org", "forms-org@example.org"})

    report_url = f"/en/services/{service.slug}/report/"
    check.refused(
        "report (all hostile)",
        _post(client, report_url, {"reason": value, "details": value, "email": value}),
        echoed=[value] if len(value) <= 2000 and "\x00" not in value else [],
    )
    check.accepted(
        "report (hostile details)",
        _post(client, report_url, {"reason": "other", "details": value[:2000]}),
        lambda: ListingReport.objects.filter(details=value[:2000].strip()).exists(),
    )
    echo = [value] if "\x00" not in value else []
    check.refused(
        "sign up",
        _post(
            client,
            "/en/accounts/signup/",
            {
                "email": value,
                "password1": value,
                "password2": value,
            },
        ),
        echoed=echo,
    )
    password = "Hx9-" + value[:120]
    response = _post(
        client,
        "/en/accounts/signup/",
        {"email": "newcomer@example.org", "password1": password, "password2": password},
    )
    # A hostile password is a password: an account (and its email) or a message, never a 500.
    check.status("sign up (hostile password)", response, (200, 302, 400))
    check.emails("sign-up email", {"newcomer@example.org"})
    check.refused(
        "password reset",
        _post(client, "/en/accounts/password/reset/", {"email": value}),
        echoed=echo,
    )
    check.refused(
        "sign in",
        _post(client, "/en/accounts/login/", {"login": value, "password": value}),
        echoed=echo,
    )
    check.emails("account emails", set())
    _signed_in_forms(check, client, data, value)
    _signed_link_forms(check, client, data, value)
    check.finish()


def _signed_in_forms(check, client, data, value):
    team, opportunity = data["team"], data["opportunity"]
    client.force_login(data["employer"])
    hostile_team = dict.fromkeys(
        ["business_name", "contact_name", "contact_email", "contact_phone", "staff_count"], value
    )
    echo = [value] if "\x00" not in value else []
    check.refused(
        "employer team", _post(client, "/en/volunteering/teams/", hostile_team), echoed=echo
    )
    check.accepted(
        "employer team (hostile names)",
        _post(
            client,
            "/en/volunteering/teams/",
            {
                "business_name": value[:200],
                "contact_name": value[:150],
                "contact_email": "boss@example.org",
                "staff_count": "5",
            },
        ),
        lambda: EmployerTeam.objects.filter(business_name=value[:200].strip()).exists(),
    )
    book_url = f"/en/volunteering/teams/{team.pk}/book/{opportunity.slug}/"
    check.refused(
        "team booking",
        _post(client, book_url, {"date": value, "team_size": value, "message": value}),
        echoed=echo,
    )
    day = timezone.localdate() + datetime.timedelta(days=3)
    check.accepted(
        "team booking (hostile message)",
        _post(client, book_url, {"date": day.isoformat(), "team_size": "2", "message": value}),
        lambda: team.bookings.filter(message=value.strip()).exists(),
    )
    check.emails("team booking email", {"forms-org@example.org"})
    client.force_login(data["volunteer"])
    check.refused(
        "hours",
        _post(
            client,
            "/en/volunteering/my/",
            {
                "interest": value,
                "date": value,
                "hours": value,
                "description": value,
            },
        ),
        echoed=[value] if len(value) <= 300 and "\x00" not in value else [],
    )
    response = _post(
        client,
        "/en/volunteering/my/preferences/",
        {
            "causes": value,
            "skills": value,
            "languages": value,
            "on_weekdays": value,
        },
    )
    check.status("preferences", response, (200, 302, 400) if check.control else (200, 302))
    check.refused(
        "change password",
        _post(
            client,
            "/en/accounts/password/change/",
            {
                "oldpassword": value,
                "password1": value,
                "password2": value,
            },
        ),
    )
    response = _post(client, "/en/volunteering/my/delete/", {"confirm": value})
    check.page("delete my data", response, allowed=(200, 400) if check.control else (200,))
    check.expect(
        Interest.objects.filter(pk=data["interest"].pk, name="Vera").exists(),
        "delete my data",
        "deleted without a yes",
    )
    client.logout()


def _signed_link_forms(check, client, data, value):
    interest = data["interest"]
    url = f"/en/volunteering/feedback/{pipeline.feedback_token(interest)}/"
    scale = dict.fromkeys(
        ["life_satisfaction", "worthwhile", "happiness", "anxiety", "connectedness"], "7"
    )
    echo = [value] if "\x00" not in value else []
    check.refused(
        "volunteer survey",
        _post(
            client,
            url,
            {
                **dict.fromkeys(scale, value),
                "other_skills": value[:300],
                "comments": value,
                "would_recommend": value,
            },
        ),
        echoed=[value[:300]] if echo else [],
    )
    check.accepted(
        "volunteer survey (hostile comments)",
        _post(
            client,
            url,
            {**scale, "would_recommend": "True", "other_skills": value[:300], "comments": value},
        ),
        lambda: interest.__class__.objects.filter(
            pk=interest.pk, volunteer_feedback__comments=value.strip()
        ).exists(),
    )
    url = f"/en/volunteering/beneficiaries/{pipeline.beneficiary_token(data['opportunity'])}/"
    check.refused(
        "beneficiary survey",
        _post(client, url, {"needs_met": value, "rating": value, "comments": value}),
        echoed=echo,
    )
    check.accepted(
        "beneficiary survey (hostile comments)",
        _post(client, url, {"needs_met": "yes", "rating": "8", "comments": value}),
        lambda: data["opportunity"].beneficiary_feedback.filter(comments=value.strip()).exists(),
    )


def _filter_names(filterset_class):
    return sorted(filterset_class.base_filters)


# Issue 10, hole 5: a NUL in the site search or an ORUK search is a 500 until the NUL/control
# character middleware (another branch) answers 400. Strict, so the merge shows it is fixed.
NUL_IN_REQUEST_IS_A_500 = pytest.mark.xfail(
    strict=True, reason="NUL in a GET parameter reaches PostgreSQL (issue 10, hole 5)"
)
FILTER_CASES = [
    pytest.param(key, marks=NUL_IN_REQUEST_IS_A_500)
    if key == "nul" and not NUL_IN_REQUESTS_ANSWERS_400
    else key
    for key in IDS
]


@pytest.mark.parametrize("key", FILTER_CASES)
def test_search_and_list_filters_take_hostile_values(client, data, key, request):
    from activities.filters import WhatsOnFilter
    from directory.filters import ServiceFilter
    from volunteering.filters import OpportunityFilter

    check, value = FormChecks(request, key), VALUES[key]
    allowed = (200, 400) if check.control else (200,)
    query = value.strip()[:100]
    echo = [query] if query and "\x00" not in value else []
    check.page(
        "site search",
        client.get("/en/search/", {"q": value}),
        allowed=allowed,
        shown=[value.strip()[:200]] if echo else [],
    )
    for surface, url, filterset in [
        ("services filters", "/en/services/", ServiceFilter),
        ("what's on filters", "/en/activities/", WhatsOnFilter),
        ("volunteering filters", "/en/volunteering/", OpportunityFilter),
    ]:
        params = {**dict.fromkeys(_filter_names(filterset), value), "page": value}
        html = check.page(surface, client.get(url, params), allowed=allowed)
        if html and "q" in params and echo:
            check.expect(_escaped(query) in html, surface, "the search words are lost")
    params = dict.fromkeys(_filter_names(WhatsOnFilter), value)
    response = client.get("/en/activities/calendar.ics", params)
    if check.status("what's on .ics filters", response, allowed) and response.status_code == 200:
        check.expect(response["Content-Type"].startswith("text/calendar"), "ics", "not .ics")
    for path in ["services", "organizations", "taxonomy_terms", "service_at_locations"]:
        check.json(
            f"ORUK {path} search",
            client.get(f"/api/oruk/{path}", {"search": value}),
            allowed=(200, 400),
        )
    check.finish()
