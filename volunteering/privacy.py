"""A volunteer's own data: download it, delete it; and the retention purge.

"Delete" empties the personal columns of each interest (anonymise) rather than deleting rows,
so the organisation's anonymous figures (how many, how quickly contacted, hours given) stay
true. Profiles, employer teams and their bookings are deleted outright.
"""

from urllib.parse import urlencode

from dateutil.relativedelta import relativedelta
from django.db import transaction
from django.utils import timezone

from .models import EmployerTeam, HoursLog, Interest, VolunteerProfile, retention_months


def interest_data(i):
    """One expression of interest as plain data (hours prefetched or fetched here)."""
    return {
        "reference": i.reference,
        "opportunity": i.opportunity.title,
        "organisation": i.opportunity.organisation.name,
        "sent": i.created,
        "name": i.name,
        "email": i.email,
        "phone": i.phone,
        "message": i.message,
        "consent_given_at": i.consent_given_at,
        "consent_wording_version": i.consent_version,
        "status": i.status,
        "first_contacted_at": i.first_contacted_at,
        "training_done_on": i.training_done_on,
        "dbs_checked_on": i.dbs_checked_on,
        "finished_at": i.finished_at,
        "hours": [
            {
                "date": h.date,
                "hours": h.hours,
                "description": h.description,
                "confirmed_at": h.confirmed_at,
            }
            for h in i.hours.all()
        ],
    }


def export_interest_data(interest):
    """What an applicant without an account can download through their signed link."""
    return {"exported_at": timezone.now(), "expressions_of_interest": [interest_data(interest)]}


def export_user_data(user):
    """Everything the Volunteering Hub holds about a signed-in person, as plain data."""
    interests = (
        Interest.objects.for_user(user)
        .select_related("opportunity__organisation")
        .prefetch_related("hours")
        .order_by("created")
    )
    profile = (
        VolunteerProfile.objects.filter(user=user)
        .prefetch_related("causes", "skills", "languages")
        .first()
    )
    return {
        "exported_at": timezone.now(),
        "account_email": user.email,
        "expressions_of_interest": [interest_data(i) for i in interests],
        "profile": None
        if profile is None
        else {
            "causes": [t.name for t in profile.causes.all()],
            "skills": [t.name for t in profile.skills.all()],
            "languages": [lang.name for lang in profile.languages.all()],
            "weekdays": profile.on_weekdays,
            "evenings": profile.on_evenings,
            "weekends": profile.on_weekends,
            "from_home": profile.from_home,
        },
        "employer_teams": [
            {
                "business_name": t.business_name,
                "contact_name": t.contact_name,
                "contact_email": t.contact_email,
                "contact_phone": t.contact_phone,
                "staff_count": t.staff_count,
                "bookings": [
                    {"opportunity": b.opportunity.title, "date": b.date, "status": b.status}
                    for b in t.bookings.all()
                ],
            }
            for t in EmployerTeam.objects.filter(registered_by=user).prefetch_related(
                "bookings__opportunity"
            )
        ],
    }


def _anonymise(interests, now):
    """Empty the personal columns of `interests` (locked), and the volunteer's own words in
    their hours; the anonymous facts (status, dates, hours) stay. Returns the interests."""
    locked = list(interests.select_for_update())
    for interest in locked:
        interest.anonymise(now)
        interest.save()
    HoursLog.objects.filter(interest__in=locked).update(description="", logged_by=None)
    return locked


@transaction.atomic
def delete_user_data(user, now=None):
    """Remove a person's volunteering data; returns how many interests were anonymised."""
    now = now or timezone.now()
    interests = _anonymise(Interest.objects.for_user(user), now)
    VolunteerProfile.objects.filter(user=user).delete()
    EmployerTeam.objects.filter(registered_by=user).delete()
    return len(interests)


@transaction.atomic
def delete_interest_data(interest, now=None):
    """Remove one applicant's personal data (their signed "your application" link)."""
    _anonymise(Interest.objects.with_personal_data().filter(pk=interest.pk), now)


def purge_cutoff(now, months=None):
    return now - relativedelta(months=retention_months() if months is None else months)


@transaction.atomic
def purge_closed_interests(now=None, months=None, dry_run=False):
    """Anonymise finished or not-progressed interests closed more than `months` ago."""
    now = now or timezone.now()
    due = Interest.objects.with_personal_data().closed_before(purge_cutoff(now, months))
    if dry_run:
        return due.count()
    return len(_anonymise(due, now))


def profile_query(profile):
    """The opportunity list's filters that match a volunteer's stated preferences."""
    params = []
    cause = profile.causes.order_by("name").first()
    if cause:
        params.append(("cause", cause.code))
    for flag, value in (
        (profile.on_weekdays, "weekdays"),
        (profile.on_evenings, "evenings"),
        (profile.on_weekends, "weekends"),
    ):
        if flag:
            params.append(("when", value))
    if profile.from_home:
        params.append(("from_home", "on"))
    return urlencode(params)
