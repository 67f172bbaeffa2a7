"""manage.py expand_occurrences: refresh the dated sessions of every activity (run daily)."""

from django.core.management.base import BaseCommand

from activities.occurrences import WINDOW_DAYS, purge_past, regenerate


class Command(BaseCommand):
    help = (
        f"Create, update or remove dated sessions so they match the schedules for the next "
        f"{WINDOW_DAYS} days, and remove old ones. Safe to run again; run it once a day."
    )

    def handle(self, *args, **options):
        counts = regenerate()
        counts.update(purge_past())
        self.stdout.write(", ".join(f"{name}: {value}" for name, value in counts.items()))
