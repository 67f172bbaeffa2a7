"""Nobody left waiting (reminders with fixed clocks); deleting data after the retention period."""

from io import StringIO

import pytest
from django.core import mail
from django.core.management import CommandError, call_command

from volunteering.models import HoursLog, Interest

from .conftest import london

pytestmark = pytest.mark.django_db

SENT = london(2026, 11, 23, 10)  # Monday 10:00


def remind(now):
    out = StringIO()
    mail.outbox.clear()
    call_command("volunteering_reminders", now=now.isoformat(), stdout=out)
    return out.getvalue()


@pytest.fixture
def waiting(personas, org_a, make_interest, opportunity_a):
    org_a.email = "team@beckton.example.org"
    org_a.save()
    return make_interest(opportunity_a, created=SENT, name="Waiting Person")


def org_mail():
    return [m for m in mail.outbox if "team@beckton.example.org" in m.to]


def council_mail():
    return [m for m in mail.outbox if "mo@example.org" in m.to]


def test_reminder_after_three_working_days_then_escalation_after_seven_once_each(waiting):
    # Thursday 09:59: not yet three working days.
    assert "0 reminders" in remind(london(2026, 11, 26, 9, 59))
    assert mail.outbox == []
    # Thursday 10:00: the organisation is reminded (its address and its editors).
    assert "1 reminders sent" in remind(london(2026, 11, 26, 10))
    [message] = org_mail()
    assert {"team@beckton.example.org", "alice@example.org", "bob@example.org"} <= set(message.to)
    assert "has waited 3 working days" in message.body
    assert "Waiting Person" not in message.body  # no personal data in email
    assert f"/admin/volunteering/interest/{waiting.pk}/change/" in message.body
    waiting.refresh_from_db()
    assert waiting.reminder_sent_at == london(2026, 11, 26, 10)
    # Running again sends nothing.
    remind(london(2026, 11, 27, 10))
    assert mail.outbox == []
    # Seven working days (the next Wednesday 10:00) escalates to the council, once.
    remind(london(2026, 12, 2, 9, 59))
    assert council_mail() == []
    assert "1 interests escalated" in remind(london(2026, 12, 2, 10))
    [escalation] = council_mail()
    assert waiting.reference in escalation.body
    assert org_mail() == []  # the organisation was already reminded
    remind(london(2026, 12, 9, 10))
    assert mail.outbox == []
    waiting.refresh_from_db()
    assert waiting.escalated_at == london(2026, 12, 2, 10)


def test_weekends_and_bank_holidays_do_not_count(make_interest, opportunity_a, personas):
    # Wednesday 23 December: 25 Dec, the weekend and 28 Dec (Boxing Day observed) are skipped,
    # so three working days end on Wednesday 30 December.
    interest = make_interest(opportunity_a, created=london(2026, 12, 23, 15))
    remind(london(2026, 12, 29, 23))
    interest.refresh_from_db()
    assert interest.reminder_sent_at is None
    remind(london(2026, 12, 30, 15))
    interest.refresh_from_db()
    assert interest.reminder_sent_at is not None


def test_contacted_interests_are_never_chased(waiting):
    waiting.move_to("contacted", now=london(2026, 11, 24, 9))
    waiting.save()
    remind(london(2026, 12, 10, 10))
    assert mail.outbox == []


def test_a_late_first_run_sends_both(waiting):
    out = remind(london(2026, 12, 3, 10))
    assert "1 reminders sent" in out and "1 interests escalated" in out
    assert len(org_mail()) == 1 and len(council_mail()) == 1


def test_nobody_to_remind_still_escalates(make_org, make_opportunity, make_interest, personas):
    lonely = make_opportunity(make_org(email=""))
    interest = make_interest(lonely, created=SENT)
    remind(london(2026, 12, 3, 10))
    interest.refresh_from_db()
    assert interest.reminder_sent_at is not None and interest.escalated_at is not None
    assert len(council_mail()) == 1


def test_a_failed_email_leaves_the_interest_for_the_next_run(waiting, monkeypatch):

    def broken(*args, **kwargs):
        raise ConnectionError("mail server down")

    monkeypatch.setattr("newham_connect.mail.send_mail", broken)
    with pytest.raises(ConnectionError):
        remind(london(2026, 11, 26, 10))
    waiting.refresh_from_db()
    assert waiting.reminder_sent_at is None
    monkeypatch.undo()
    remind(london(2026, 11, 26, 11))
    waiting.refresh_from_db()
    assert waiting.reminder_sent_at is not None


def test_bad_clock_is_a_clear_error():
    with pytest.raises(CommandError, match="--now must be a date and time"):
        call_command("volunteering_reminders", now="next tuesday")


# --- retention ---


def purge(now, *extra):
    out = StringIO()
    call_command("purge_volunteering_data", "--now", now.isoformat(), *extra, stdout=out)
    return out.getvalue()


@pytest.fixture
def history(make_interest, opportunity_a, make_hours, make_user):
    """Closed 26 and 23 months before 1 Dec 2026, one still active, one not progressed long ago."""
    old = make_interest(
        opportunity_a,
        status="finished",
        created=london(2024, 10, 1, 10),
        name="Old Finisher",
        user=make_user(),
    )
    make_hours(old, "5")
    return {
        "old": old,
        "recent": make_interest(
            opportunity_a, status="finished", created=london(2025, 1, 1, 10), name="Recent"
        ),
        "active": make_interest(
            opportunity_a, status="active", created=london(2023, 1, 1, 10), name="Still Active"
        ),
        "declined": make_interest(
            opportunity_a,
            status="not_progressed",
            created=london(2024, 6, 1, 10),
            name="Declined Long Ago",
        ),
    }


def test_purge_deletes_personal_data_of_long_finished_applications(history):
    assert "2 finished expressions of interest older than 24 months would be" in purge(
        london(2026, 12, 1), "--dry-run"
    )
    assert Interest.objects.filter(anonymised_at__isnull=False).count() == 0
    assert "2 finished" in purge(london(2026, 12, 1))
    names = dict(Interest.objects.values_list("pk", "name"))
    assert names[history["old"].pk] == "" and names[history["declined"].pk] == ""
    assert names[history["recent"].pk] == "Recent"
    assert names[history["active"].pk] == "Still Active"
    old = Interest.objects.get(pk=history["old"].pk)
    assert old.email == "" and old.user is None and old.status == "finished"
    assert HoursLog.objects.get(interest=old).hours == 5  # anonymous facts stay
    assert "0 finished" in purge(london(2026, 12, 1))  # nothing twice


def test_retention_period_is_configurable(history, settings):
    settings.VOLUNTEERING_RETENTION_MONTHS = 12
    assert "3 finished expressions of interest older than 12 months" in purge(london(2026, 12, 1))
    assert Interest.objects.get(pk=history["recent"].pk).name == ""
