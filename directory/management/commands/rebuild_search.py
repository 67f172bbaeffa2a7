"""manage.py rebuild_search [--missing]: write the stored search documents again.

Saving a listing keeps its documents current; this is for data written in bulk (which skips
signals) or after a change to how documents are built."""

import time

from django.core.management.base import BaseCommand

from directory.search_index import rebuild


class Command(BaseCommand):
    help = "Write every listing's search documents again (or, with --missing, only absent ones)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--missing", action="store_true", help="Only listings that have no documents yet."
        )

    def handle(self, *args, missing=False, **options):
        started = time.perf_counter()
        done = rebuild(everything=not missing)
        self.stdout.write(
            f"Search documents written for {done} listings "
            f"in {time.perf_counter() - started:.1f} seconds."
        )
