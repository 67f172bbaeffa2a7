"""manage.py import_activity_list [--file PATH]: load the OpenActive Activity List as categories."""

from django.core.management.base import BaseCommand

from activities.activity_list import ACTIVITY_LIST_FILE, import_activity_list


class Command(BaseCommand):
    help = "Import the OpenActive Activity List into the taxonomy (safe to run again)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--file",
            default=str(ACTIVITY_LIST_FILE),
            help="Activity list JSON-LD (default: the copy shipped in activities/data/).",
        )

    def handle(self, *args, file, **options):
        counts = import_activity_list(file)
        self.stdout.write(
            f"OpenActive activity list: {counts['total']} concepts, "
            f"{counts['created']} created, {counts['updated']} updated."
        )
