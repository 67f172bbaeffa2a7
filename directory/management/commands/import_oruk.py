"""manage.py import_oruk <url-or-file> --organisation <slug>: import an ORUK 3.0 feed."""

from django.core.management.base import BaseCommand, CommandError

from directory.importer import import_feed
from directory.models import Organisation
from directory.oruk_feed import FeedError


class Command(BaseCommand):
    help = (
        "Import services from another directory's Open Referral UK 3.0 API (its address, e.g. "
        "https://example.org/api/) or a saved JSON file, as services of one of our "
        "organisations waiting for review. Safe to run again: records are matched by id."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="The API's address (or its /services), or a file.")
        parser.add_argument(
            "--organisation",
            required=True,
            help="Web address name (slug) of the organisation the services belong to.",
        )
        parser.add_argument(
            "--no-details",
            action="store_true",
            help="Use the list pages only; do not fetch /services/{id} for each service.",
        )

    def handle(self, *args, source, organisation, no_details=False, **options):
        try:
            owner = Organisation.objects.get(slug=organisation)
        except Organisation.DoesNotExist:
            raise CommandError(f"There is no organisation {organisation!r}.") from None
        try:
            report = import_feed(source, owner, details=not no_details)
        except FeedError as error:
            raise CommandError(f"Nothing was imported: {error}") from None
        for line in report.lines():
            self.stdout.write(line)
