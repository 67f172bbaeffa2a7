"""One builder for each kind of record the tests make: people and memberships, organisations,
wards and venues, services, activities, opportunities, interests, hours and employer teams.

Plain functions rather than fixtures, so the same builder serves a single test (through the
`make_*` fixtures in the conftest files, which add per-test defaults) and data written once for
a module (`module_data`, or a rolled-back module transaction), where function fixtures cannot
be used. Defaults are what no test reads; a test that cares passes the value.
"""

import datetime
import itertools

from allauth.account.models import EmailAddress
from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from activities.models import ACTIVITY_LIST_TAXONOMY, ActivitySeries
from activities.models import Schedule as ActivitySchedule
from directory.models import (
    Location,
    Organisation,
    OrganisationMembership,
    Schedule,
    Service,
    ServiceAtLocation,
    TaxonomyTerm,
    Ward,
)
from newham_connect.moderation import ModerationStatus
from volunteering.models import CONSENT_VERSION, EmployerTeam, HoursLog, Interest, Opportunity

PASSWORD = "correct-horse-battery-staple"
# One counter for every default name and slug, so two builders never pick the same one.
_n = itertools.count(1)

# The statuses an interest passes through to reach each one (see INTEREST_TRANSITIONS).
INTEREST_PATH = {
    "new": [],
    "contacted": ["contacted"],
    "onboarding": ["contacted", "onboarding"],
    "active": ["contacted", "active"],
    "finished": ["contacted", "active", "finished"],
    "not_progressed": ["not_progressed"],
}


def user(email=None, verified=True, password=PASSWORD, **extra):
    """A person who can sign in: the address is the username, with its allauth EmailAddress."""
    email = email or f"person{next(_n)}@example.org"
    person = get_user_model().objects.create_user(
        username=email, email=email, password=password, **extra
    )
    EmailAddress.objects.create(user=person, email=email, verified=verified, primary=True)
    return person


def member(person, organisation, role):
    """`person` gets `role` in `organisation`; returned fresh, as a request would load it."""
    OrganisationMembership.objects.create(user=person, organisation=organisation, role=role)
    person.refresh_from_db()
    return person


def activate_totp(person):
    """Give `person` an authenticator app and recovery codes, as finishing the set-up does."""
    TOTP.activate(person, generate_totp_secret())
    RecoveryCodes.activate(person)
    return person


def personas(org_a, org_b):
    """Alice admins org A, Bob edits org A, Vic only reads org A, Charlie edits org B,
    Mo is a council moderator, Rita is a resident with no role. Alice and Mo must sign in with
    an app code, so they have an authenticator app set up already."""

    def role(name, org, role):
        return member(user(f"{name}@example.org"), org, role)

    moderator = user("mo@example.org")
    # A migration makes the group, and post_migrate puts it back after a flush.
    moderator.groups.add(Group.objects.get(name=settings.MODERATORS_GROUP))
    moderator.refresh_from_db()
    return {
        "alice": activate_totp(role("alice", org_a, "admin")),
        "bob": role("bob", org_a, "editor"),
        "vic": role("vic", org_a, "viewer"),
        "charlie": role("charlie", org_b, "editor"),
        "mo": activate_totp(moderator),
        "rita": user("rita@example.org"),
    }


def org_a():
    return organisation(name="Beckton Community Food Bank", slug="beckton-food-bank")


def org_b():
    return organisation(name="Forest Gate Tamil Elders", slug="forest-gate-tamil-elders")


def two_organisations():
    """(org A, org B, their personas, the Stratford ward): the start of every permission
    matrix's records."""
    a, b = org_a(), org_b()
    return a, b, personas(a, b), ward("Stratford")


def organisation(name=None, status=ModerationStatus.PUBLISHED, **fields):
    n = next(_n)
    return Organisation.objects.create(
        name=name or f"Test Organisation {n}",
        slug=fields.pop("slug", f"test-org-{n}"),
        kind=fields.pop("kind", "charity"),
        status=status,
        **fields,
    )


def ward(name="Stratford", slug=None):
    return Ward.objects.create(name=name, slug=slug or name.lower().replace(" ", "-"))


def location(ward, **fields):
    """A venue in `ward`, by default a library in Stratford (inside the Newham bounds)."""
    n = next(_n)
    defaults = {
        "name": f"Venue {n}",
        "slug": f"venue-{n}",
        "kind": "library",
        "address": "3 The Grove",
        "postcode": "E15 1EL",
        "ward": ward,
        "latitude": "51.5420",
        "longitude": "0.0020",
    }
    return Location.objects.create(**{**defaults, **fields})


def service(
    organisation,
    name=None,
    status=ModerationStatus.PUBLISHED,
    categories=(),
    languages=(),
    wards=(),
    venues=(),
    schedules=(),
    **fields,
):
    """A service with its categories, languages, wards, venues and opening times
    (schedules=[{"byday": [...], ...}])."""
    n = next(_n)
    made = Service.objects.create(
        organisation=organisation,
        name=name or f"Service {n}",
        slug=fields.pop("slug", f"service-{n}"),
        description=fields.pop("description", f"What service {n} does."),
        status=status,
        **fields,
    )
    made.categories.set(categories)
    made.languages.set(languages)
    made.wards.set(wards)
    for venue in venues:
        ServiceAtLocation.objects.create(service=made, location=venue)
    for schedule in schedules:
        Schedule.objects.create(service=made, **schedule)
    return made


def activity_schedule(series, **fields):
    defaults = {
        "days": [1],
        "start_time": datetime.time(10, 0),
        "end_time": datetime.time(11, 30),
    }
    return ActivitySchedule.objects.create(series=series, **{**defaults, **fields})


def activity(organisation, name=None, *, types=(), schedule=None, **fields):
    """An activity series (published unless `status` says otherwise); `types` are OpenActive
    activity codes, `schedule` the fields of one schedule."""
    n = next(_n)
    series = ActivitySeries.objects.create(
        name=name or f"Activity {n}",
        slug=fields.pop("slug", f"activity-{n}"),
        organisation=organisation,
        status=fields.pop("status", "published"),
        **fields,
    )
    if types:
        series.activity_types.set(
            TaxonomyTerm.objects.filter(taxonomy=ACTIVITY_LIST_TAXONOMY, code__in=types)
        )
    if schedule is not None:
        activity_schedule(series, **schedule)
    series.refresh_from_db()
    return series


def opportunity(organisation, title=None, status="published", **fields):
    n = next(_n)
    return Opportunity.objects.create(
        organisation=organisation,
        title=title or f"Opportunity {n}",
        slug=fields.pop("slug", f"opportunity-{n}"),
        description=fields.pop("description", "Help out."),
        status=status,
        **fields,
    )


def interest(opportunity, user=None, status="new", created=None, **fields):
    """An expression of interest with consent, moved along the pipeline to `status` an hour
    after it was sent."""
    n = next(_n)
    created = created or timezone.now()
    made = Interest(
        opportunity=opportunity,
        user=user,
        name=fields.pop("name", f"Applicant {n}"),
        email=fields.pop("email", f"applicant{n}@example.org"),
        consent_given_at=created,
        consent_version=CONSENT_VERSION,
        created=created,
        status_changed_at=created,
        **fields,
    )
    for step in INTEREST_PATH[status]:
        made.move_to(step, now=created + datetime.timedelta(hours=1))
    made.save()
    return made


def hours(interest, hours="2", confirmed=True, date=None, by=None):
    return HoursLog.objects.create(
        interest=interest,
        date=date or timezone.localdate(),
        hours=hours,
        confirmed_at=timezone.now() if confirmed else None,
        confirmed_by=by if confirmed else None,
    )


def employer_team(registered_by, **fields):
    n = next(_n)
    defaults = {
        "business_name": f"Team {n} Ltd",
        "contact_name": "Sam",
        "contact_email": f"team{n}@example.org",
        "staff_count": 5,
    }
    return EmployerTeam.objects.create(registered_by=registered_by, **{**defaults, **fields})
