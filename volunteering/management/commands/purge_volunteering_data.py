"""manage.py purge_volunteering_data [--dry-run] [--now ISO-DATETIME]

Deletes the personal data (name, contact details, messages, notes, account link) of expressions
of interest that finished or did not go ahead more than settings.VOLUNTEERING_RETENTION_MONTHS
ago (default 24). Anonymous facts (status, dates, hours) stay for the impact figures.
"""

from django.core.management.base import BaseCommand

from volunteering.models import retention_months
from volunteering.privacy import purge_closed_interests

from .volunteering_reminders import parse_now


class Command(BaseCommand):
    help = "Delete personal data of finished expressions of interest after the retention period."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count, change nothing.")
        parser.add_argument("--now", help="Act as if it were this date and time (ISO 8601).")

    def handle(self, *args, dry_run=False, now=None, **options):
        count = purge_closed_interests(parse_now(now), dry_run=dry_run)
        months = retention_months()
        verb = "would be" if dry_run else "were"
        self.stdout.write(
            f"{count} finished expressions of interest older than {months} months {verb} "
            "anonymised."
        )
