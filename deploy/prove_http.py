"""deploy/prove's measuring instruments: wrk's figures, a small HTTP client that keeps its
cookies, the probers and the form poster. Only the standard library, so that what is measured
is the set-up, not a client library. Times are time.monotonic() seconds.
"""

# The commands run are built here from fixed parts (wrk, its options, loopback addresses).
# ruff: noqa: S603, S607

import http.client
import os
import re
import subprocess
import threading
import time
from urllib.parse import urlencode

PORT = int(os.environ.get("NC_NGINX_PORT", "8180"))
LUA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "prove.lua")
PROVE_LINE = re.compile(r"^PROVE (.*)$", re.M)
CSRF_INPUT = re.compile(r'name="csrfmiddlewaretoken" value="([^"]+)"')


# Pure parsing (tests/deploy/test_prove.py) ------------------------------------------------


def parse_wrk(output):
    """wrk's output with prove.lua's line -> req/s, p95 (ms), socket errors, non-2xx."""
    match = PROVE_LINE.search(output)
    if not match:
        raise ValueError(f"no PROVE line in wrk's output:\n{output}")
    v = {k: int(n) for k, n in (pair.split("=") for pair in match[1].split())}
    seconds = v["duration_us"] / 1e6 or 1
    return {
        "requests": v["requests"],
        "rps": v["requests"] / seconds,
        "p95_ms": v["p95_us"] / 1000,
        "socket_errors": v["connect"] + v["read"] + v["write"] + v["timeout"],
        "non2xx": v["status"],
    }


def cookies_from(set_cookie_headers):
    """Set-Cookie values -> {name: value} (deleted cookies, empty values, are dropped)."""
    jar = {}
    for header in set_cookie_headers:
        name, _, rest = header.partition("=")
        jar[name.strip()] = rest.split(";", 1)[0]
    return jar


def fault_figures(records, start, back, end):
    """Probe records [(t, status)] in [start, end] -> errors, their statuses, errors from 5 s
    after `back`, the recovery time (last error after `back`, 0 if none) and how long the errors
    lasted (first to last)."""
    window = [(t, s) for t, s in records if start <= t <= end]
    errors = [(t, s) for t, s in window if not 200 <= s < 300]
    return {
        "requests": len(window),
        "errors": len(errors),
        "statuses": sorted({s for _, s in errors}),
        "errors_after_5s": sum(1 for t, _ in errors if t >= back + 5),
        "recovery_s": max([t - back for t, _ in errors if t >= back] or [0.0]),
        "outage_s": errors[-1][0] - errors[0][0] if errors else 0.0,
    }


# HTTP --------------------------------------------------------------------------------------


class Client:
    """One visitor through nginx: keeps its cookies by hand (they are Secure, the loopback
    set-up is plain http behind a TLS end that is not there)."""

    def __init__(self, port=PORT):
        self.port, self.cookies = port, {}

    def request(self, method, path, fields=None, referer=None, timeout=15):
        headers = {"Host": f"localhost:{self.port}"}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"https://localhost:{self.port}{referer or path}"
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        try:
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            text = response.read().decode("utf-8", "replace")
            self.cookies.update(cookies_from(response.headers.get_all("Set-Cookie") or []))
            self.cookies = {k: v for k, v in self.cookies.items() if v and v != '""'}
            return response.status, response.headers, text
        except (OSError, http.client.HTTPException):
            return 0, {}, ""
        finally:
            conn.close()

    def get(self, path):
        return self.request("GET", path)

    def post_form(self, path, fields):
        """GET the form (CSRF cookie and token), then POST it."""
        status, _, html = self.get(path)
        token = CSRF_INPUT.search(html)
        if status != 200 or not token:
            return status or -1, {}, html
        return self.request("POST", path, {"csrfmiddlewaretoken": token[1], **fields})

    def cookie_header(self):
        return "; ".join(f"{k}={v}" for k, v in self.cookies.items())


def sign_in(email, password):
    client = Client()
    status, headers, _ = client.post_form(
        "/en/accounts/login/", {"login": email, "password": password}
    )
    if status != 302 or "sessionid" not in client.cookies:
        raise RuntimeError(f"sign-in failed: {status}")
    return client, headers.get("X-App-Server")


class Prober(threading.Thread):
    """A request every `interval` seconds; records (time, status) and the answering server."""

    def __init__(self, client, path_for, interval=0.05):
        super().__init__(daemon=True)
        self.client, self.path_for, self.interval = client, path_for, interval
        self.records, self.servers, self.stop = [], set(), threading.Event()

    def run(self):
        n = 0
        while not self.stop.is_set():
            n += 1
            status, headers, _ = self.client.get(self.path_for(n))
            self.records.append((time.monotonic(), status))
            if headers:
                self.servers.add(headers.get("X-App-Server"))
            time.sleep(self.interval)


class Poster(threading.Thread):
    """N expressions of interest and N problem reports, spread over `seconds`; keeps the
    markers of those acknowledged (the redirect to the thank-you page)."""

    def __init__(self, run_id, n, seconds, fixtures):
        super().__init__(daemon=True)
        self.run_id, self.n, self.gap, self.fx = run_id, n, seconds / (2 * n), fixtures
        self.acked = {"interest": [], "report": []}
        self.refused = {"interest": [], "report": []}

    def run(self):
        for i in range(self.n):
            for kind in ("interest", "report"):
                marker = f"prove-{self.run_id}-{kind}-{i}"
                if kind == "interest":
                    path = f"/en/volunteering/{self.fx['opportunity']}/interest/"
                    fields = {
                        "name": "Prove Run",
                        "email": f"{marker}@example.org",
                        "message": marker,
                        "consent": "on",
                    }
                else:
                    path = f"/en/services/{self.fx['service']}/report/"
                    fields = {"reason": "wrong_contact", "details": marker, "website": ""}
                status, _, _ = Client().post_form(path, fields)
                (self.acked if status == 302 else self.refused)[kind].append((marker, status))
                time.sleep(self.gap)


def wrk(path, seconds, connections, port=PORT, cookie=None):
    command = ["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", LUA]
    command += ["-H", f"Cookie: {cookie}"] if cookie else []
    done = subprocess.run(
        command + [f"http://localhost:{port}{path}"], capture_output=True, text=True
    )
    return parse_wrk(done.stdout)
