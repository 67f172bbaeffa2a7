"""Issue 12's bench: public pages at `seed_bulk --scale N`, one table from one run.

    .venv/bin/python bench/scale.py [--scale 100] [--duration 10] [--no-up] [--down]
                                    [--out bench/RESULTS.md]

For each page: its SQL queries and PostgreSQL's own time for them (EXPLAIN ANALYZE), then wrk
at one gunicorn app server past every cache, the same page without a cookie (what a page cache
would answer), and the same HTML as a file from nginx. bench/README.md says what each column
means; the set-up is deploy/up's, and the instruments are deploy/prove's.
"""

# The commands run are built here from fixed parts (deploy/ scripts, wrk, git, nginx).
# ruff: noqa: S603, S607

import argparse
import datetime
import http.client
import json
import os
import re
import shlex
import subprocess
import sys
import threading
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
sys.path.insert(0, os.path.join(ROOT, "deploy"))

# Reused, not copied: lib.sh through prove.sh, the set-up's Django through prove.django, the
# static nginx through prove.static_server, wrk's p95 and error counts through prove.lua.
import prove  # noqa: E402
from prove_http import LUA, parse_wrk  # noqa: E402

APP_PORT = int(prove.APP_PORTS[0])  # ONE app server: nginx's micro-cache is not in the way
CONNECTIONS, THREADS = 8, 2
# wrk's own default (2 s) drops the slowest answers from the latencies and counts them as
# errors; gunicorn's timeout (30 s) is where a request is stuck, so wait that long.
WRK_TIMEOUT = "30s"
# A session cookie that names no session: any page cache for anonymous visitors steps aside
# (as nginx's micro-cache does), and Django still sees an anonymous visitor.
UNCACHED_COOKIE = "sessionid=bench-uncached-no-such-session"
# nginx says this to the app servers; without it the production settings redirect to https.
PROXY_HEADERS = {"X-Forwarded-Proto": "https"}

# (label, address). {service} and the like are filled with real slugs from the database.
# Add a page here and it is measured, in this order.
PAGES = [
    ("search", "/en/search/?q=coffee+morning"),
    ("search, Bengali", "/bn/search/?q=food"),
    ("search, misspelt", "/en/search/?q=yogha"),
    ("search, postcode", "/en/search/?q=E7"),
    ("search, Urdu", "/ur/search/?q=yoga"),
    ("services", "/en/services/"),
    ("services, filtered", "/en/services/?category=food-banks&ward=beckton"),
    ("what's on", "/en/activities/"),
    ("volunteering", "/en/volunteering/"),
    ("one service", "{service}"),
    ("one activity", "{activity}"),
    ("one opportunity", "{opportunity}"),
    ("one organisation", "{organisation}"),
    ("OpenActive feed", "/openactive/feeds/scheduled-sessions"),
]

# The targets, per page.
SQL_TARGET_MS, P95_FACTOR, P95_SLACK_MS, QUERY_TARGET, CACHE_FACTOR = 25, 3, 15, 10, 10

# Run by `manage shell` with the set-up's environment (the production settings, its
# database). Fills PAGES' slugs, checks the filters' values exist, then for each page: one
# warming request, one captured (the steady state wrk measures), and EXPLAIN ANALYZE of each
# SELECT with its own parameters, three times. Prints one JSON line.
IN_PROCESS = """
import json
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import translation
from activities.models import ActivitySeries, Occurrence
from directory.models import Organisation, Service, TaxonomyTerm, Ward
from directory.models.reference import NEWHAM_TAXONOMY
from volunteering.models import Opportunity

pages, cookie = json.loads({pages!r}), {cookie!r}
with translation.override("en"):
    urls = {{
        "service": Service.objects.public().order_by("slug").first().get_absolute_url(),
        "activity": ActivitySeries.objects.public().order_by("slug").first().get_absolute_url(),
        "opportunity": next(
            o for o in Opportunity.objects.public().order_by("slug") if o.is_open
        ).get_absolute_url(),
        "organisation": Organisation.objects.public().order_by("slug").first().get_absolute_url(),
    }}
missing = []
if not TaxonomyTerm.objects.filter(taxonomy=NEWHAM_TAXONOMY, code="food-banks").exists():
    missing.append("category food-banks")
if not Ward.objects.filter(slug="beckton").exists():
    missing.append("ward beckton")
# Its own address, so its searches do not count against wrk's (127.0.0.1).
client = Client(HTTP_HOST="localhost", REMOTE_ADDR="192.0.2.12")
client.cookies["sessionid"] = cookie.split("=", 1)[1]
results = []
for template in pages:
    path = template.format(**urls)
    client.get(path, secure=True)
    statements = []

    def keep(execute, sql, params, many, context):
        if not many:
            statements.append((sql, params))
        return execute(sql, params, many, context)

    with CaptureQueriesContext(connection) as captured, connection.execute_wrapper(keep):
        status = client.get(path, secure=True).status_code
    # execute_values (psycopg2) sends its INSERTs as bytes: not SELECTs either way.
    selects = [
        s for s in statements
        if isinstance(s[0], str) and s[0].lstrip().upper().startswith(("SELECT", "WITH"))
    ]
    rounds = []
    for _ in range(3):
        total = 0.0
        with connection.cursor() as cursor:
            for sql, params in selects:
                cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql, params)
                plan = cursor.fetchone()[0]
                plan = (json.loads(plan) if isinstance(plan, str) else plan)[0]
                total += plan["Planning Time"] + plan["Execution Time"]
        rounds.append(total)
    results.append({{
        "path": path, "status": status, "queries": len(captured.captured_queries),
        "explained": len(selects), "sql_ms": min(rounds),
    }})
counts = {{
    "organisations": Organisation.objects.public().count(),
    "services": Service.objects.public().count(),
    "activity series": ActivitySeries.objects.public().count(),
    "sessions": Occurrence.objects.public().count(),
    "opportunities": Opportunity.objects.public().count(),
}}
print(json.dumps({{"pages": results, "missing": missing, "counts": counts}}))
"""


# Talking to the set-up ---------------------------------------------------------------------


def fetch(port, path, cookie=None):
    """One GET straight to a server on loopback, as nginx would send it: (status, body)."""
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
    headers = {"Host": f"localhost:{port}", **PROXY_HEADERS}
    if cookie:
        headers["Cookie"] = cookie
    try:
        conn.request("GET", path, headers=headers)
        response = conn.getresponse()
        return response.status, response.read().decode("utf-8", "replace")
    finally:
        conn.close()


class AppPage:
    """For prove.static_server: the HTML the app server gives past the caches (not through
    nginx), so the static copy is byte for byte what the uncached column measured."""

    def get(self, path):
        status, body = fetch(APP_PORT, path, UNCACHED_COOKIE)
        return status, {}, body


LATENCY_50 = re.compile(r"^\s*50(?:\.0+)?%\s+([\d.]+)(us|ms|s|m)\s*$", re.M)
UNIT_MS = {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}


def wrk(port, path, seconds, cookie=None, headers=PROXY_HEADERS):
    """wrk at the issue's settings -> prove's figures (req/s, p95, errors) plus p50, from
    --latency's distribution (prove.lua reports p95 only)."""
    command = ["wrk", f"-t{THREADS}", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency"]
    command += ["--timeout", WRK_TIMEOUT]
    command += ["-s", LUA]
    for name, value in {**headers, **({"Cookie": cookie} if cookie else {})}.items():
        command += ["-H", f"{name}: {value}"]
    out = subprocess.run(
        command + [f"http://localhost:{port}{path}"], capture_output=True, text=True
    ).stdout
    figures = parse_wrk(out)
    p50 = LATENCY_50.search(out)
    figures["p50_ms"] = float(p50[1]) * UNIT_MS[p50[2]] if p50 else float("nan")
    figures["timeouts"] = int(re.search(r"timeout=(\d+)", out)[1])
    return figures


class SearchLimitReset(threading.Thread):
    """Empties the search rate limit's counter for 127.0.0.1 every 50 ms while wrk runs.

    The limit (120 a minute per address) would otherwise answer wrk's searches with 429 after
    the first 120. Each request still takes the limit's lock and reads and writes its counter
    in Redis, as a real visitor's does; only the count is forgotten."""

    PATTERN = "*:allauth:rl:*:search:*:ip:127.0.0.1"

    def __init__(self, redis_url):
        import redis

        super().__init__(daemon=True)
        self.redis, self.stop = redis.Redis.from_url(redis_url), threading.Event()

    def run(self):
        while not self.stop.wait(0.05):
            for key in self.redis.scan_iter(match=self.PATTERN, count=1000):
                self.redis.delete(key)


# The run -----------------------------------------------------------------------------------


def bring_up(scale):
    started = time.monotonic()
    subprocess.run([os.path.join(ROOT, "deploy", "up"), "--scale", str(scale)], check=True)
    return time.monotonic() - started


def measure(pages, seconds, redis_url):
    """wrk for each page: uncached, cached (after one warming request), static."""
    statics = {f"p{i:02d}": (p["path"], AppPage()) for i, p in enumerate(pages)}
    stale = os.path.join(prove.NC_RUN, "prove-static.pid")
    if os.path.exists(stale):  # a run that was interrupted left its static nginx running
        prove.sh(f'kill -QUIT "$(cat {shlex.quote(stale)})" || true; sleep 0.5', check=False)
    reset = SearchLimitReset(redis_url)
    reset.start()
    conf = prove.static_server(statics)
    try:
        for (name, _), page in zip(statics.items(), pages, strict=True):
            print(f"  wrk {page['path']}", file=sys.stderr)
            page["uncached"] = wrk(APP_PORT, page["path"], seconds, cookie=UNCACHED_COOKIE)
            page["warm_status"] = fetch(APP_PORT, page["path"])[0]
            page["cached"] = wrk(APP_PORT, page["path"], seconds)
            page["static"] = wrk(prove.STATIC_PORT, f"/{name}.html", seconds, headers={})
    finally:
        subprocess.run(["nginx", "-c", conf, "-s", "quit"], check=False)
        reset.stop.set()
        reset.join()


def verdict(page):
    """The issue's targets this page misses (empty: all met)."""
    u, c = page["uncached"], page["cached"]
    misses = []
    if page["sql_ms"] > SQL_TARGET_MS:
        misses.append(f"SQL > {SQL_TARGET_MS} ms")
    if u["p95_ms"] > P95_FACTOR * page["sql_ms"] + P95_SLACK_MS:
        misses.append(f"p95 > {P95_FACTOR}×SQL+{P95_SLACK_MS}")
    if page["queries"] > QUERY_TARGET:
        misses.append(f"> {QUERY_TARGET} queries")
    if c["rps"] < CACHE_FACTOR * u["rps"]:
        misses.append(f"cached < {CACHE_FACTOR}× uncached")
    return misses


def notes(page):
    """Anything that makes a row's figures suspect: statuses, wrk's errors."""
    out = []
    if page["status"] != 200:
        out.append(f"in-process status {page['status']}")
    if page["warm_status"] != 200:
        out.append(f"warming request {page['warm_status']}")
    for column in ("uncached", "cached", "static"):
        w = page[column]
        errors = w["socket_errors"] - w["timeouts"]
        for count, what in ((w["non2xx"], "non-2xx"), (w["timeouts"], "timeouts")):
            if count:
                out.append(f"{column}: {count} {what}")
        if errors:
            out.append(f"{column}: {errors} socket errors")
    if page["explained"] != page["queries"]:
        out.append(f"{page['queries'] - page['explained']} not SELECT (not explained)")
    return "; ".join(out)


def table(pages):
    head = (
        "| page | queries | raw SQL ms | p50 ms | p95 ms | req/s | cached req/s "
        "| cached p95 ms | nginx static req/s | targets | notes |"
    )
    lines = [head, "|" + " --- |" * 11]
    for p in pages:
        u, misses = p["uncached"], verdict(p)
        targets = "pass" if not misses else "FAIL: " + ", ".join(misses)
        lines.append(
            f"| {p['label']} `{p['path']}` | {p['queries']} | {p['sql_ms']:.1f} "
            f"| {u['p50_ms']:.1f} | {u['p95_ms']:.1f} | {u['rps']:.0f} | {p['cached']['rps']:.0f} "
            f"| {p['cached']['p95_ms']:.1f} | {p['static']['rps']:.0f} | {targets} "
            f"| {notes(p)} |"
        )
    return "\n".join(lines) + "\n"


def machine():
    with open("/proc/cpuinfo") as f:
        cpuinfo = f.read()
    models = re.findall(r"^model name\s*:\s*(.+)$", cpuinfo, re.M)
    cores = len(re.findall(r"^processor\s*:", cpuinfo, re.M))
    with open("/proc/meminfo") as f:
        kib = int(re.search(r"^MemTotal:\s*(\d+)", f.read(), re.M)[1])
    return f"{models[0] if models else 'unknown CPU'}, {cores} cores, {kib / 1024**2:.1f} GiB RAM"


def commit():
    git = ["git", "-C", ROOT]
    head = subprocess.run(git + ["rev-parse", "--short", "HEAD"], capture_output=True, text=True)
    # The bench's own files do not change what is measured; anything else uncommitted does.
    dirty = subprocess.run(
        git + ["status", "--porcelain", "--", ".", ":!bench"], capture_output=True, text=True
    )
    changed = " (with uncommitted changes outside bench/)" if dirty.stdout.strip() else ""
    return head.stdout.strip() + changed


HOW_TO_READ = f"""## How to read it

- **queries**, **raw SQL ms**: one request for the page in-process (Django's test client, the
  production settings, this database) after a warming one, its queries captured; raw SQL is
  PostgreSQL's own Planning + Execution Time from `EXPLAIN (ANALYZE, FORMAT JSON)` of each
  SELECT with its parameters, summed, best of 3. What the database must do, with no network,
  Python or queueing.
- **p50 ms**, **p95 ms**, **req/s**: wrk ({THREADS} threads, {CONNECTIONS} connections,
  timeout {WRK_TIMEOUT}) straight
  at one app server (gunicorn, production settings, 2 workers × 2 threads), with a session
  cookie that names no session, so neither nginx's micro-cache nor a page cache answers.
- **cached req/s**, **cached p95 ms**: the same, without a cookie, after one warming
  request: what the page cache for anonymous visitors gives.
- **nginx static req/s**: the same HTML saved as a file and served by nginx: the ceiling on
  this machine. Ratios to it hold on a noisy machine; absolute times do not.
- **targets** (issue 12): raw SQL ≤ {SQL_TARGET_MS} ms; p95 ≤ {P95_FACTOR} × raw SQL +
  {P95_SLACK_MS} ms; ≤ {QUERY_TARGET} queries; cached req/s ≥ {CACHE_FACTOR} × req/s.
- wrk, nginx, PostgreSQL, Redis and the app servers share the machine's cores, so req/s is low
  against a machine that runs only the app; p95 at {CONNECTIONS} connections on few cores is
  mostly queueing when the page is slow.
- Searches: the search limit (120 a minute per address) would refuse wrk's searches after the
  first 120, so its counter for 127.0.0.1 is emptied every 50 ms during the run. Each search
  still pays for the limit's lock and counter in Redis.
"""


def report(args, pages, counts, seconds, up_seconds):
    command = "bench/scale.py " + " ".join(shlex.quote(a) for a in sys.argv[1:])
    data = ", ".join(f"{n:,} {what}" for what, n in counts.items())
    up = f"deploy/up --scale {args.scale} took {up_seconds:.0f} s; " if up_seconds else ""
    return (
        f"# Newham Connect: public pages at `seed_bulk --scale {args.scale}`\n\n"
        f"- date: {datetime.datetime.now(datetime.UTC):%Y-%m-%d %H:%M UTC}\n"
        f"- machine: {machine()}\n"
        f"- commit: {commit()}\n"
        f"- command: `{command.strip()}`\n"
        f"- data (published): {data}\n"
        f"- wrk: {args.duration} s per measurement, {THREADS} threads, {CONNECTIONS} "
        f"connections; app server 127.0.0.1:{APP_PORT}; static nginx 127.0.0.1:"
        f"{prove.STATIC_PORT}\n"
        f"- run: {up}measuring took {seconds / 60:.1f} min\n\n"
        f"{table(pages)}\n{HOW_TO_READ}"
    )


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--scale", type=int, default=100, help="seed_bulk --scale (100)")
    parser.add_argument("--duration", type=int, default=10, help="wrk seconds each (10)")
    parser.add_argument("--out", default=os.path.join(ROOT, "bench", "RESULTS.md"))
    parser.add_argument(
        "--no-up", action="store_true", help="reuse a running set-up; do not run deploy/up"
    )
    parser.add_argument("--down", action="store_true", help="deploy/down when done")
    parser.add_argument("--only", help="only the pages whose label or address contains this")
    args = parser.parse_args()
    chosen = [p for p in PAGES if not args.only or any(args.only in part for part in p)]

    up_seconds = None if args.no_up else bring_up(args.scale)
    if not os.path.exists(os.path.join(prove.NC_RUN, "env")):
        sys.exit(f"No set-up in {prove.NC_RUN}: run deploy/up --scale {args.scale}")
    prove.sh("need_apt wrk")
    prove.sh(f"wait_healthy http://127.0.0.1:{APP_PORT}/healthz 30")
    redis_url = prove.sh('load_env && printf %s "$REDIS_URL"')
    started = time.monotonic()

    print("queries and EXPLAIN ANALYZE, in-process", file=sys.stderr)
    code = IN_PROCESS.format(pages=json.dumps([p for _, p in chosen]), cookie=UNCACHED_COOKIE)
    found = prove.django(code)
    if found["missing"]:
        sys.exit(f"Not in the database: {', '.join(found['missing'])}: adapt PAGES")
    pages = [{"label": label, **p} for (label, _), p in zip(chosen, found["pages"], strict=True)]
    measure(pages, args.duration, redis_url)

    text = report(args, pages, found["counts"], time.monotonic() - started, up_seconds)
    print(text)
    with open(args.out, "w") as f:
        f.write(text)
    print(f"Written to {args.out}", file=sys.stderr)
    if args.down:
        subprocess.run([os.path.join(ROOT, "deploy", "down")], check=False)
    return 0


if __name__ == "__main__":
    sys.exit(main())
