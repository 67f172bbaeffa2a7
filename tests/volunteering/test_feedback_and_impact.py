"""Feedback after volunteering (volunteer, host, people helped) and the impact dashboard."""

import datetime

import pytest
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone, translation

from tests import factories
from volunteering import pipeline, stats
from volunteering.models import BeneficiaryFeedback, HostFeedback, VolunteerFeedback

from .conftest import london

pytestmark = pytest.mark.django_db

ANSWERS = {
    "life_satisfaction": "7",
    "worthwhile": "9",
    "happiness": "6",
    "anxiety": "2",
    "connectedness": "8",
    "would_recommend": "True",
}


def feedback_url(interest, language="en"):
    return f"/{language}/volunteering/feedback/{pipeline.feedback_token(interest)}/"


def test_volunteer_feedback_with_a_signed_link_and_no_account(
    client, make_interest, opportunity_a, make_skill
):
    cooking = make_skill("cooking", "Cooking")
    interest = make_interest(opportunity_a, status="finished")
    url = feedback_url(interest, "ur")
    html = client.get(url).content.decode()
    with translation.override("ur"):
        question = translation.gettext("Overall, how satisfied are you with your life nowadays?")
    assert question != "Overall, how satisfied are you with your life nowadays?"
    assert question in html
    assert 'type="radio" value="10"' in html
    response = client.post(url, {**ANSWERS, "skills_gained": [cooking.pk]})
    assert response.status_code == 302
    assert response["Location"] == "/ur/volunteering/feedback/thanks/"
    feedback = VolunteerFeedback.objects.get()
    assert (feedback.life_satisfaction, feedback.anxiety, feedback.would_recommend) == (7, 2, True)
    assert list(feedback.skills_gained.all()) == [cooking]
    # Answering twice keeps the first answers.
    client.post(url, {**ANSWERS, "life_satisfaction": "1"})
    assert VolunteerFeedback.objects.get().life_satisfaction == 7
    with translation.override("ur"):
        already = translation.gettext("You have already told us. Thank you!")
    assert already in client.get(url).content.decode()


def test_volunteer_feedback_errors_keep_answers(client, make_interest, opportunity_a):
    interest = make_interest(opportunity_a, status="finished")
    data = {**ANSWERS, "anxiety": "11", "comments": "Lovely team"}
    del data["worthwhile"]
    response = client.post(feedback_url(interest), data)
    html = response.content.decode()
    assert response.status_code == 200
    # In the summary and by the field: worthwhile is missing, anxiety 11 is not an answer.
    assert html.count("Answer this question.") == 2
    assert html.count("Choose one of the answers.") == 2
    assert 'value="7" checked' in html  # life satisfaction, kept
    assert "Lovely team</textarea>" in html
    assert not VolunteerFeedback.objects.exists()


@pytest.mark.parametrize("token", ["nonsense", "abc:def", ""])
def test_bad_feedback_links_are_not_found(client, token):
    assert client.get(f"/en/volunteering/feedback/{token}x/").status_code == 404


def test_feedback_only_after_finishing(client, make_interest, opportunity_a):
    interest = make_interest(opportunity_a, status="active")
    assert client.get(feedback_url(interest)).status_code == 404
    # A link signed for something else (the beneficiary survey) does not open this one.
    other = signing.dumps(str(interest.pk), salt=pipeline.BENEFICIARY_SALT)
    assert client.get(f"/en/volunteering/feedback/{other}/").status_code == 404


def test_finishing_in_the_back_office_emails_the_feedback_link(
    client, personas, make_interest, opportunity_a, django_capture_on_commit_callbacks
):
    interest = make_interest(opportunity_a, status="active", email="vol@example.org", language="pl")
    client.force_login(personas["bob"])
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            reverse("admin:volunteering_interest_changelist"),
            {"action": "mark_finished", "_selected_action": [interest.pk]},
        )
    [message] = [m for m in mail.outbox if m.to == ["vol@example.org"]]
    assert "/pl/volunteering/feedback/" in message.body
    link = message.body.split("http://127.0.0.1:8000", 1)[1].split()[0]
    assert client.get(link).status_code == 200


def test_beneficiary_feedback_is_anonymous(client, opportunity_a):
    token = pipeline.beneficiary_token(opportunity_a)
    url = f"/en/volunteering/beneficiaries/{token}/"
    assert "Did the help meet your needs?" in client.get(url).content.decode()
    response = client.post(url, {"needs_met": "partly", "rating": "6", "comments": "Helpful"})
    assert response.status_code == 302
    feedback = BeneficiaryFeedback.objects.get()
    assert (feedback.opportunity, feedback.needs_met, feedback.rating) == (
        opportunity_a,
        "partly",
        6,
    )
    assert client.get("/en/volunteering/beneficiaries/forged/").status_code == 404


def _finished_with_feedback(make_interest, opportunity, n, **answers):
    for _ in range(n):
        interest = make_interest(opportunity, status="finished")
        VolunteerFeedback.objects.create(
            interest=interest,
            **{
                "life_satisfaction": 7,
                "worthwhile": 8,
                "happiness": 6,
                "anxiety": 3,
                "connectedness": 5,
                **answers,
            },
        )


def test_impact_aggregates_and_hides_small_numbers(
    make_interest, opportunity_a, opportunity_b, make_hours
):
    _finished_with_feedback(make_interest, opportunity_a, 3, connectedness=9)
    _finished_with_feedback(make_interest, opportunity_b, 1, connectedness=1)
    interest = opportunity_a.interests.first()
    make_hours(interest, "6")
    make_hours(interest, "1", confirmed=False)
    HostFeedback.objects.create(interest=interest, needs_met="yes", rating=9)
    BeneficiaryFeedback.objects.create(opportunity=opportunity_b, needs_met="no", rating=2)
    BeneficiaryFeedback.objects.create(opportunity=opportunity_b, needs_met="yes", rating=8)
    figures = stats.impact(timezone.now())
    borough = figures["borough"]
    assert borough["hours"] == 6
    assert borough["wellbeing"]["answers"] == 4
    assert borough["wellbeing"]["connectedness"] == pytest.approx((9 * 3 + 1) / 4)
    assert borough["beneficiaries"]["met_share"] == 50
    rows = {r["organisation"]: r for r in figures["organisations"]}
    a, b = rows[opportunity_a.organisation], rows[opportunity_b.organisation]
    assert a["wellbeing"]["hidden"] is False and a["wellbeing"]["connectedness"] == 9
    assert b["wellbeing"] == {"answers": 1, "hidden": True}  # one person: not shown
    assert a["host"]["met_share"] == 100


def test_share_contacted_within_five_working_days(make_interest, opportunity_a, opportunity_b):
    now = london(2026, 11, 23, 12)  # Monday
    sent = london(2026, 11, 9, 10)  # two weeks earlier, a Monday

    def contacted_after(opportunity, moment):
        interest = make_interest(opportunity, created=sent)
        interest.move_to("contacted", now=moment)
        interest.save()

    contacted_after(opportunity_a, london(2026, 11, 10, 9))  # 0 working days: within
    contacted_after(opportunity_a, london(2026, 11, 13, 11))  # 4: within
    contacted_after(opportunity_a, london(2026, 11, 16, 10))  # 5: late
    make_interest(opportunity_b, created=sent)  # never contacted, 10 working days: late
    make_interest(opportunity_b, created=london(2026, 11, 20, 10))  # 1 day: not judged yet
    figures = stats.impact(now)
    borough = figures["borough"]
    assert (borough["within"], borough["judged"], borough["within_share"]) == (2, 4, 50)
    assert borough["overdue"] == 1 and borough["waiting"] == 2
    rows = {r["organisation"]: r for r in figures["organisations"]}
    assert rows[opportunity_a.organisation]["within_share"] == 67
    assert rows[opportunity_b.organisation]["within_share"] == 0


@pytest.mark.parametrize(
    "persona,expected", [(None, 302), ("rita", 404), ("vic", 200), ("bob", 200), ("mo", 200)]
)
def test_dashboard_access(client, personas, opportunity_a, opportunity_b, persona, expected):
    if persona:
        client.force_login(personas[persona])
    response = client.get("/en/volunteering/dashboard/")
    assert response.status_code == expected
    if expected == 200:
        html = response.content.decode()
        table = html.split('id="organisation-figures"', 1)[1]
        assert "Beckton Community Food Bank" in table
        # Partners see their own organisation's row; the council sees every organisation.
        assert ("Forest Gate Tamil Elders" in table) is (persona == "mo")
        assert 'id="within-share"' in html


def test_dashboard_query_count_does_not_grow(
    client, personas, make_org, make_opportunity, make_interest, django_assert_max_num_queries
):
    client.force_login(personas["mo"])

    def add(n):
        for _ in range(n):
            opportunity = make_opportunity(make_org())
            make_interest(opportunity, status="contacted")
            _finished_with_feedback(make_interest, opportunity, 1)

    add(3)
    with django_assert_max_num_queries(16):
        client.get("/en/volunteering/dashboard/")
    add(30)
    with django_assert_max_num_queries(16):
        response = client.get("/en/volunteering/dashboard/")
    assert response.content.decode().count('<th scope="row"') == 33


# --- employer teams ---


def test_register_a_team_needs_an_account(client):
    html = client.get("/en/volunteering/teams/").content.decode()
    assert "To register a team" in html
    response = client.post("/en/volunteering/teams/", {"business_name": "Acme"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_team_registers_browses_and_books(
    client, personas, make_opportunity, org_a, django_capture_on_commit_callbacks
):
    org_a.email = "team@beckton.example.org"
    org_a.save()
    group_day = make_opportunity(
        org_a,
        title="Team planting day",
        suitable_for_groups=True,
        suitable_for_employer_teams=True,
        places_available=12,
    )
    make_opportunity(org_a, title="One person only")
    client.force_login(personas["rita"])
    response = client.post(
        "/en/volunteering/teams/",
        {
            "business_name": "Docklands Bank",
            "contact_name": "Rita",
            "contact_email": "rita@bank.example.org",
            "staff_count": "15",
        },
    )
    assert response.status_code == 302
    team_url = response["Location"]
    html = client.get(team_url).content.decode()
    assert "Team planting day" in html and "One person only" not in html
    book_url = f"{team_url}book/{group_day.slug}/"
    tomorrow = (timezone.localdate() + datetime.timedelta(days=1)).isoformat()
    # More people than places: explained, input kept.
    response = client.post(book_url, {"date": tomorrow, "team_size": "14", "message": "Hi"})
    assert "This opportunity has room for 12 people." in response.content.decode()
    response = client.post(book_url, {"date": tomorrow, "team_size": "10", "message": "Hi"})
    assert response.status_code == 302
    booking = group_day.team_bookings.get()
    assert (booking.team.business_name, booking.team_size, booking.status) == (
        "Docklands Bank",
        10,
        "requested",
    )
    assert any("team@beckton.example.org" in m.to for m in mail.outbox)
    # The same day twice is explained, not a crash.
    response = client.post(book_url, {"date": tomorrow, "team_size": "10"})
    assert "Your team has already asked for this day." in response.content.decode()
    # Another person cannot see or use this team.
    client.force_login(personas["charlie"])
    assert client.get(team_url).status_code == 404
    assert client.post(book_url, {"date": tomorrow, "team_size": "3"}).status_code == 404


def test_only_group_opportunities_can_be_booked(client, personas, opportunity_a):
    team = factories.employer_team(
        personas["rita"],
        business_name="X",
        contact_email="y@example.org",
        staff_count=4,
    )
    client.force_login(personas["rita"])
    url = f"/en/volunteering/teams/{team.pk}/book/{opportunity_a.slug}/"
    assert client.get(url).status_code == 404
