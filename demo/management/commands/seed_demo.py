"""manage.py seed_demo [--with-demo-users]: load the demo data of every app, safely re-runnable.

The demo app (installed in development and tests, never in production) holds one seed module
per app; SEEDERS names their functions (dotted path, in dependency order; each takes stdout= and
returns a dict of counts). USER_SEEDERS run only with --with-demo-users.
"""

from django.core.management.base import BaseCommand
from django.utils.module_loading import import_string

SEEDERS = [
    "demo.directory.seed",
    "demo.activities.seed",
    "demo.volunteering.seed",
]

USER_SEEDERS = [
    "demo.directory.seed_users",
]


def run_seeders(paths, stdout, *args):
    """Call each seed function in turn; returns {dotted path: counts}."""
    results = {}
    for path in paths:
        results[path] = import_string(path)(*args, stdout=stdout)
    return results


def write_counts(stdout, results):
    for path, counts in results.items():
        stdout.write(f"{path}:")
        for name, value in (counts or {}).items():
            stdout.write(f"  {name}: {value}")


class Command(BaseCommand):
    help = "Load the demo data (wards, venues, organisations...). Safe to run more than once."

    def add_arguments(self, parser):
        parser.add_argument(
            "--with-demo-users",
            action="store_true",
            help="Also create a demo moderator, partner editor and partner viewer "
            "(passwords are printed once, when the users are created).",
        )

    def handle(self, *args, with_demo_users=False, **options):
        results = run_seeders(SEEDERS, self.stdout)
        if with_demo_users:
            results.update(run_seeders(USER_SEEDERS, self.stdout))
        write_counts(self.stdout, results)
