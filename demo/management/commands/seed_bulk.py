"""manage.py seed_bulk [--scale N]: the demo data plus N generated copies of it, for benchmarks.

Runs every seed_demo seeder first, then each function in BULK_SEEDERS (dotted paths taking
(scale, stdout=) and returning a dict of counts). Deterministic and safe to re-run.
"""

import time

from django.core.management.base import BaseCommand, CommandError
from django.db import connection

from directory.search_index import rebuild

from .seed_demo import SEEDERS, run_seeders, write_counts

BULK_SEEDERS = [
    "demo.directory_bulk.seed_bulk",
    "demo.activities.seed_bulk",
    "demo.volunteering.seed_bulk",
]


class Command(BaseCommand):
    help = "Load the demo data and N extra generated copies of it (for benchmarks)."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale", type=int, default=10, help="How many copies of the demo data (default 10)."
        )

    def handle(self, *args, scale=10, **options):
        if scale < 0:
            raise CommandError("--scale must be 0 or more.")
        started = time.perf_counter()
        results = run_seeders(SEEDERS, self.stdout)
        results.update(run_seeders(BULK_SEEDERS, self.stdout, scale))
        # The bulk seeders write with bulk_create, which sends no signals: index what they made.
        results["search documents"] = {"listings": rebuild(everything=False)}
        # Fresh statistics and visibility maps for every table just grown many times over:
        # the planner's row estimates, and index-only scans of the published rows' indexes
        # (without a vacuum they read every row anyway). VACUUM cannot run in a transaction,
        # so a caller's transaction (a test's) gets ANALYZE alone.
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE")
        write_counts(self.stdout, results)
        self.stdout.write(f"Finished in {time.perf_counter() - started:.2f} seconds.")
