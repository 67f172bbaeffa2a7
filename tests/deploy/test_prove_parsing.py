"""deploy/prove's pure parsing: wrk's figures, cookies and the fault windows. The proof itself
needs the brought-up set-up and is not run in CI."""

import importlib.util
from pathlib import Path

import pytest

_PATH = Path(__file__).resolve().parents[2] / "deploy" / "prove_http.py"
_SPEC = importlib.util.spec_from_file_location("prove_http", _PATH)
prove_http = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(prove_http)

WRK_OUTPUT = """Running 5s test @ http://localhost:8180/en/
  2 threads and 50 connections
  Latency Distribution
     50%    2.10ms
     99%   40.00ms
  50000 requests in 5.00s, 1.2GB read
PROVE requests=50000 duration_us=5000000 p95_us=12500 connect=1 read=2 write=0 timeout=3 status=7
"""


def test_parse_wrk_gives_rate_p95_socket_errors_and_non_2xx():
    figures = prove_http.parse_wrk(WRK_OUTPUT)
    assert figures == {
        "requests": 50000,
        "rps": 10000.0,
        "p95_ms": 12.5,
        "socket_errors": 6,
        "non2xx": 7,
    }


def test_parse_wrk_without_the_lua_line_is_an_error():
    with pytest.raises(ValueError, match="no PROVE line"):
        prove_http.parse_wrk("Running 5s test\n")


def test_cookies_from_set_cookie_headers():
    jar = prove_http.cookies_from(
        [
            "csrftoken=abc; Path=/; Secure",
            "sessionid=s1; HttpOnly; Secure",
            'messages=""; Max-Age=0',
        ]
    )
    assert jar == {"csrftoken": "abc", "sessionid": "s1", "messages": '""'}


def test_fault_figures_count_only_the_window_and_measure_recovery():
    records = [(1.0, 500), (10.0, 200), (11.0, 503), (12.0, 503), (13.5, 200), (17.0, 502)]
    figures = prove_http.fault_figures(records, start=10.0, back=12.5, end=18.0)
    assert figures["requests"] == 5
    assert figures["errors"] == 3
    assert figures["statuses"] == [502, 503]
    assert figures["errors_after_5s"] == 0
    assert figures["recovery_s"] == pytest.approx(4.5)
    assert figures["outage_s"] == pytest.approx(6.0)


def test_fault_figures_without_errors():
    figures = prove_http.fault_figures([(1.0, 200), (2.0, 204)], start=0, back=1, end=3)
    assert (figures["errors"], figures["recovery_s"], figures["outage_s"]) == (0, 0.0, 0.0)
