"""Figures for residents (typical response time) and the impact dashboard.

Everything is aggregated in the database with a fixed number of queries, whatever the number of
organisations. Averages of wellbeing answers are only shown from MIN_ANSWERS answers up, so an
organisation cannot read one volunteer's answers off the dashboard.
"""

import datetime
import math

from django.db.models import Aggregate, Avg, Count, FloatField, Q, Sum

from .models import (
    CONTACT_TARGET_WORKING_DAYS,
    BeneficiaryFeedback,
    HostFeedback,
    HoursLog,
    Interest,
    InterestStatus,
    NeedsMet,
    VolunteerFeedback,
)
from .workdays import add_working_days

WINDOW = datetime.timedelta(days=365)
# A typical response time needs a few contacted interests to mean anything.
MIN_CONTACTED = 3
MIN_ANSWERS = 3
WELLBEING_FIELDS = ["life_satisfaction", "worthwhile", "happiness", "anxiety", "connectedness"]
ORG = "opportunity__organisation_id"


class Median(Aggregate):
    """PostgreSQL's continuous median."""

    function = "PERCENTILE_CONT"
    template = "%(function)s(0.5) WITHIN GROUP (ORDER BY %(expressions)s)"
    output_field = FloatField()


def response_days(median):
    """ "Within N working days" for a median of whole working days waited (0 means same day)."""
    return math.ceil(median) + 1


def typical_response_times(organisation_ids, now):
    """{organisation id: N} meaning "usually contacts people within N working days"."""
    rows = (
        Interest.objects.filter(
            **{f"{ORG}__in": list(organisation_ids)},
            first_contact_working_days__isnull=False,
            created__gte=now - WINDOW,
        )
        .values(ORG)
        .annotate(median=Median("first_contact_working_days"), n=Count("pk"))
        .order_by()
    )
    return {r[ORG]: response_days(r["median"]) for r in rows if r["n"] >= MIN_CONTACTED}


def _overdue_waiting(interests, now, days):
    """Uncontacted interests already past `days` working days, counted per organisation."""
    counts = {}
    rows = (
        interests.waiting()
        .filter(created__lte=now - datetime.timedelta(days=days))
        .values_list(ORG, "created")
    )
    for org_id, created in rows:
        if add_working_days(created, days) <= now:
            counts[org_id] = counts.get(org_id, 0) + 1
    return counts


def _share(part, whole):
    return round(100 * part / whole) if whole else None


def impact(now, organisation_ids=None):
    """Borough-wide figures and one row per organisation (all, or only those given)."""
    target = CONTACT_TARGET_WORKING_DAYS
    interests = Interest.objects.filter(created__gte=now - WINDOW)
    hours = HoursLog.objects.confirmed().filter(date__gte=(now - WINDOW).date())
    vfb = VolunteerFeedback.objects.filter(created__gte=now - WINDOW)
    hfb = HostFeedback.objects.filter(created__gte=now - WINDOW)
    bfb = BeneficiaryFeedback.objects.filter(created__gte=now - WINDOW)

    interest_figures = {
        "interests": Count("pk"),
        "contacted": Count("pk", filter=Q(first_contact_working_days__isnull=False)),
        "within": Count("pk", filter=Q(first_contact_working_days__lt=target)),
        "waiting": Count("pk", filter=Q(status=InterestStatus.NEW)),
        "volunteering": Count("pk", filter=Q(status=InterestStatus.ACTIVE)),
        "median": Median("first_contact_working_days"),
    }
    wellbeing = {f: Avg(f) for f in WELLBEING_FIELDS} | {"answers": Count("pk")}
    needs = {
        "answers": Count("pk"),
        "met": Count("pk", filter=Q(needs_met=NeedsMet.YES)),
        "partly": Count("pk", filter=Q(needs_met=NeedsMet.PARTLY)),
    }

    def finish(row, overdue):
        row = dict(row)
        judged = row["contacted"] + overdue
        row["overdue"] = overdue
        row["judged"] = judged
        row["within_share"] = _share(row["within"], judged)
        row["typical_days"] = (
            response_days(row["median"])
            if row["median"] is not None and row["contacted"] >= MIN_CONTACTED
            else None
        )
        return row

    def feedback(row):
        row = dict(row or {})
        if row.get("answers", 0) < MIN_ANSWERS:
            return {"answers": row.get("answers", 0), "hidden": True}
        return row | {"hidden": False}

    def needs_row(row):
        row = dict(row or {"answers": 0, "met": 0, "partly": 0})
        row["met_share"] = _share(row["met"], row["answers"])
        return row

    overdue = _overdue_waiting(interests, now, target)
    borough = finish(interests.aggregate(**interest_figures), sum(overdue.values()))
    borough["hours"] = hours.aggregate(total=Sum("hours"))["total"] or 0
    borough["wellbeing"] = feedback(vfb.aggregate(**wellbeing))
    borough["host"] = needs_row(hfb.aggregate(**needs))
    borough["beneficiaries"] = needs_row(bfb.aggregate(**needs))

    from directory.models import Organisation

    organisations = Organisation.objects.filter(opportunities__isnull=False).distinct()
    if organisation_ids is not None:
        organisations = organisations.filter(pk__in=list(organisation_ids))
    ids = [o.pk for o in organisations]

    def grouped(qs, key, **aggregates):
        return {
            r[key]: r
            for r in qs.filter(**{f"{key}__in": ids}).values(key).annotate(**aggregates).order_by()
        }

    by_interest = grouped(interests, ORG, **interest_figures)
    by_hours = grouped(hours, f"interest__{ORG}", total=Sum("hours"))
    by_wellbeing = grouped(vfb, f"interest__{ORG}", **wellbeing)
    by_host = grouped(hfb, f"interest__{ORG}", **needs)
    by_beneficiary = grouped(bfb, ORG, **needs)
    empty = dict.fromkeys(["interests", "contacted", "within", "waiting", "volunteering"], 0)
    rows = []
    for organisation in organisations:
        pk = organisation.pk
        row = finish(by_interest.get(pk) or {**empty, "median": None}, overdue.get(pk, 0))
        row["organisation"] = organisation
        row["hours"] = (by_hours.get(pk) or {}).get("total") or 0
        row["wellbeing"] = feedback(by_wellbeing.get(pk))
        row["host"] = needs_row(by_host.get(pk))
        row["beneficiaries"] = needs_row(by_beneficiary.get(pk))
        rows.append(row)
    return {"borough": borough, "organisations": rows, "target_days": target}
