"""Measure public pages in-process: median and 95th-percentile time, and SQL queries.

    .venv/bin/python bench/pages.py [--scale 10] [--repeat 30]

Runs against the development database (embedded PostgreSQL, or DATABASE_URL), after loading
the demo data and `seed_bulk --scale N`. Prints one line per page. Figures are for comparing
changes on the same machine, not promises.
"""

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "newham_connect.settings.dev")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from activities.models import ActivitySeries  # noqa: E402
from directory.models import Organisation, Service  # noqa: E402
from volunteering.models import Opportunity  # noqa: E402


def measure(client, path, repeat):
    timings, queries, status = [], 0, None
    for _ in range(repeat):
        with CaptureQueriesContext(connection) as ctx:
            start = time.perf_counter()
            response = client.get(path, HTTP_HOST="127.0.0.1")
            timings.append((time.perf_counter() - start) * 1000)
        queries, status = len(ctx.captured_queries), response.status_code
    timings.sort()
    p95 = timings[max(0, int(len(timings) * 0.95) - 1)]
    return status, statistics.median(timings), p95, queries


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--repeat", type=int, default=30)
    args = parser.parse_args()

    call_command("migrate", verbosity=0)
    call_command("seed_bulk", scale=args.scale)
    org = Organisation.objects.public().order_by("slug").first()
    paths = [
        "/en/",
        "/ur/",
        "/en/services/",
        "/en/services/?page=3",
        "/en/search/?q=food",
        "/bn/search/?q=forrest+gate",
        f"/en/organisations/{org.slug}/",
        f"/pl/organisations/{org.slug}/",
        "/en/services/?category=food&ward=beckton&free=on",
        "/en/services/?open_now=on&language=bn",
        "/api/oruk/services",
        "/api/oruk/services?full=true&per_page=50",
        "/en/activities/",
        "/bn/activities/?when=week&free=on",
        "/en/activities/calendar.ics?when=week",
        "/openactive/feeds/session-series",
        "/openactive/feeds/scheduled-sessions",
        "/en/volunteering/",
        "/pl/volunteering/?when=weekends",
    ]
    service = Service.objects.public().order_by("slug").first()
    series = ActivitySeries.objects.public().order_by("slug").first()
    opportunity = Opportunity.objects.public().order_by("slug").first()
    paths += [
        service.get_absolute_url(),
        series.get_absolute_url(),
        opportunity.get_absolute_url(),
    ]
    client = Client()
    print(f"published organisations: {Organisation.objects.public().count()}")
    print(f"{'page':48} {'status':>6} {'median ms':>10} {'p95 ms':>8} {'queries':>8}")
    for path in paths:
        client.get(path, HTTP_HOST="127.0.0.1")  # warm templates and connection
        status, median, p95, queries = measure(client, path, args.repeat)
        print(f"{path:48} {status:>6} {median:>10.1f} {p95:>8.1f} {queries:>8}")


if __name__ == "__main__":
    main()
