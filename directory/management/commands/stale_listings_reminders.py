"""manage.py stale_listings_reminders [--today YYYY-MM-DD]

Run daily (deploy/systemd/newham-connect-stale_listings_reminders.timer). Emails each
organisation the published listings it has not checked for 6 months (again every 30 days
while they stay unchecked) and the moderators those not checked for 12 months, once.
--today pretends the calendar says otherwise (for tests and for catching up).
"""

from django.core.management.base import BaseCommand, CommandError
from django.utils.dateparse import parse_date

from directory.freshness import send_stale_reminders


class Command(BaseCommand):
    help = "Remind organisations of listings not checked for 6 months; tell moderators at 12."

    def add_arguments(self, parser):
        parser.add_argument("--today", help="Act as if it were this day (YYYY-MM-DD).")

    def handle(self, *args, today=None, **options):
        day = None
        if today:
            try:
                day = parse_date(today)
            except ValueError:
                day = None
            if day is None:
                raise CommandError(f"--today must be a date like 2026-12-07, not {today!r}.")
        send_stale_reminders(day, stdout=self.stdout)
