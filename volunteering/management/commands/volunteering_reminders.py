"""manage.py volunteering_reminders [--now ISO-DATETIME]

Run every working day (cron). Emails the organisation about each expression of interest left
uncontacted for 3 working days, and the council moderators about those left for 7; each only
once. --now pretends the clock says otherwise (for tests and for catching up).
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from volunteering.pipeline import send_reminders


def parse_now(value):
    if not value:
        return timezone.now()
    moment = parse_datetime(value)
    if moment is None:
        raise CommandError(f"--now must be a date and time like 2026-11-23T09:00, not {value!r}.")
    return moment if timezone.is_aware(moment) else timezone.make_aware(moment)


class Command(BaseCommand):
    help = "Remind organisations after 3 working days, escalate to the council after 7."

    def add_arguments(self, parser):
        parser.add_argument("--now", help="Act as if it were this date and time (ISO 8601).")

    def handle(self, *args, now=None, **options):
        send_reminders(parse_now(now), stdout=self.stdout)
