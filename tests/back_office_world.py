"""One record of every kind the back office lists, for organisation A and for organisation B.

Shared by the back-office hole tests, the generic lookup test and the permission matrix, so
each of them meets every registered ModelAdmin with real rows (and a new model without a row
here fails loudly instead of being skipped).
"""

import datetime

from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone

from activities.models import ActivitySeries, Campaign
from directory.models import (
    AccessibilityFeature,
    ListingReport,
    Location,
    Organisation,
    PendingChange,
    Service,
    ServiceAtLocation,
    SpokenLanguage,
    SynonymGroup,
    TaxonomyTerm,
    UnmetSearch,
    Ward,
)
from tests import factories
from volunteering.models import (
    ApplicantDataAccess,
    BeneficiaryFeedback,
    EmployerTeam,
    HoursLog,
    Interest,
    Opportunity,
    TeamBooking,
    VolunteerFeedback,
)

SUPERUSER_EMAIL = "root@example.org"


def _superuser():
    user = get_user_model().objects.create_superuser(
        username=SUPERUSER_EMAIL, email=SUPERUSER_EMAIL, password="not-used-signs-in-by-force"
    )
    EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)
    from tests.conftest import activate_totp  # superusers need the app code, as moderators do

    return activate_totp(user)


def build_world(personas, org_a, org_b):
    """{model: (record of org A, record of org B)}; shared reference data is the same record
    twice. Adds personas["root"], a superuser."""
    root = personas.setdefault("root", _superuser())
    ward = factories.ward("World Ward", "world-ward")
    language = SpokenLanguage.objects.create(code="x-world", name="World language")
    feature = AccessibilityFeature.objects.create(code="world-feature", name="World feature")
    category = TaxonomyTerm.objects.create(code="world-category", name="World category")
    location = factories.location(ward, name="World Hall", slug="world-hall")
    location.accessibility.set([feature])
    for org in (org_a, org_b):
        org.wards.set([ward])
        org.languages.set([language])
        org.categories.set([category])
    synonyms = SynonymGroup.objects.create(name="World words", terms_en="world\nglobe")
    synonyms.categories.set([category])
    unmet = UnmetSearch.objects.create(
        query="world tuba", language="en", door="activities", day=timezone.localdate()
    )
    campaign = Campaign.objects.create(name="World Campaign", slug="world-campaign")
    team = factories.employer_team(personas["rita"], business_name="World Works", staff_count=6)
    world = {
        Group: (Group.objects.get(name=settings.MODERATORS_GROUP),) * 2,
        get_user_model(): (personas["bob"], personas["charlie"]),
        EmailAddress: (
            EmailAddress.objects.get(user=personas["bob"]),
            EmailAddress.objects.get(user=personas["charlie"]),
        ),
        Location: (location, location),
        Ward: (ward, ward),
        TaxonomyTerm: (category, category),
        SpokenLanguage: (language, language),
        AccessibilityFeature: (feature, feature),
        # The search's vocabulary and unmet searches are the council's, shared by no one.
        SynonymGroup: (synonyms, synonyms),
        UnmetSearch: (unmet, unmet),
        Campaign: (campaign, campaign),
        EmployerTeam: (team, team),
    }
    world[Organisation] = (org_a, org_b)
    pairs = [
        _listings(org, personas, location, team, campaign, tag)
        for org, tag in ((org_a, "a"), (org_b, "b"))
    ]
    for model in pairs[0]:
        world[model] = (pairs[0][model], pairs[1][model])
    interest_a = world[Interest][0]
    access = ApplicantDataAccess.objects.create(
        user=root,
        interest=interest_a,
        organisation=org_a,
        reason="Checking the world is complete.",
    )
    world[ApplicantDataAccess] = (access, access)
    if apps.is_installed("allauth.mfa"):
        from allauth.mfa.models import Authenticator

        world[Authenticator] = tuple(
            Authenticator.objects.create(user=personas[name], type="recovery_codes", data={})
            for name in ("bob", "charlie")
        )
    if apps.is_installed("post_office"):  # the mail queue: council operators only
        world.update(_mail_queue())
    return world


def _mail_queue():
    from post_office.models import Attachment, Email, EmailTemplate, Log

    email = Email.objects.create(
        to=["someone@example.org"], from_email="no-reply@example.org", subject="World mail"
    )
    # A name only: no file is written anywhere by building the world.
    attachment = Attachment.objects.create(name="world.txt", file="world/world.txt")
    records = {
        Email: email,
        Log: Log.objects.create(email=email, status=1, message="World failure"),
        EmailTemplate: EmailTemplate.objects.create(name="world-template", subject="World"),
        Attachment: attachment,
    }
    return {model: (record, record) for model, record in records.items()}


def _listings(org, personas, location, team, campaign, tag):
    editor = personas["bob" if tag == "a" else "charlie"]
    service = factories.service(
        org, f"World service {tag}", slug=f"world-service-{tag}", description="Helps."
    )
    series = factories.activity(
        org, f"World activity {tag}", slug=f"world-activity-{tag}", location=location
    )
    series.campaigns.set([campaign])
    opportunity = factories.opportunity(
        org, f"World opportunity {tag}", slug=f"world-opportunity-{tag}", location=location
    )
    interest = factories.interest(
        opportunity,
        name=f"Applicant {tag.upper()}",
        email=f"applicant-{tag}@example.org",
        phone="020 7946 0000",
        message="I would like to help.",
    )
    return {
        Service: service,
        ServiceAtLocation: ServiceAtLocation.objects.create(service=service, location=location),
        ListingReport: ListingReport.objects.create(
            service=service,
            reason="closed",
            details="It was shut.",
            email=f"reporter-{tag}@example.org",
        ),
        PendingChange: PendingChange.objects.create(
            content_type=ContentType.objects.get_for_model(Service),
            object_id=str(service.pk),
            organisation=org,
            title=service.name,
            data={},
            submitted_by=editor,
        ),
        ActivitySeries: series,
        Opportunity: opportunity,
        Interest: interest,
        HoursLog: HoursLog.objects.create(interest=interest, date=timezone.localdate(), hours="2"),
        TeamBooking: TeamBooking.objects.create(
            team=team,
            opportunity=opportunity,
            date=timezone.localdate() + datetime.timedelta(days=7),
            team_size=4,
        ),
        VolunteerFeedback: VolunteerFeedback.objects.create(
            interest=interest,
            life_satisfaction=7,
            worthwhile=8,
            happiness=7,
            anxiety=3,
            connectedness=6,
        ),
        BeneficiaryFeedback: BeneficiaryFeedback.objects.create(
            opportunity=opportunity, needs_met="yes", rating=9
        ),
    }
