"""The corpus checks themselves catch what they are meant to (a check that cannot fail would
make every count above meaningless)."""

import json

import pytest
from django.utils.html import escape

from tests.hostile import executables, jsonld_blocks, shown_escaped, shown_in_lines
from tests.security.report import summary_lines

SAFE_PAGE = (
    '<html><head><script nonce="abc">document.body.className += " js"</script>'
    '<script type="module" src="/static/js/init.js"></script>'
    '<script type="application/ld+json" nonce="abc">{"name": "\\u003C/script\\u003E"}</script>'
    "</head><body><p>{}</p></body></html>"
)


@pytest.mark.parametrize(
    "markup",
    [
        "<script>alert(1)</script>",
        '"><img src=x onerror=alert(1)>',
        '<a href=" java\tscript:alert(1)">x</a>',
        "<div onmouseover='go()'>x</div>",
        "<script>steal()</script>",
        '<iframe src="data:text/html,hi"></iframe>',
    ],
)
def test_anything_that_would_run_is_found(markup):
    assert executables(SAFE_PAGE.replace("{}", markup))


def test_escaped_markup_and_the_pages_own_scripts_are_not_counted():
    for value in ["<script>alert(1)</script>", '"><img src=x onerror=alert(1)>', "javascript:x"]:
        assert executables(SAFE_PAGE.replace("{}", escape(value))) == []
        assert shown_escaped(value, SAFE_PAGE.replace("{}", escape(value)))
        if escape(value) != value:
            assert not shown_escaped(value, SAFE_PAGE.replace("{}", value))


def test_text_through_linebreaks_is_still_found():
    html = "<p>a<br>Subject: hi &amp; bye</p>"
    assert shown_in_lines("a\nSubject: hi & bye", html)
    assert not shown_in_lines("a\nSubject: lost", html)


def test_json_ld_that_a_browser_would_cut_short_does_not_parse():
    text = json.dumps({"name": '"}]}</script><script>alert(1)</script>'})
    with pytest.raises(ValueError):
        jsonld_blocks(f'<script type="application/ld+json">{text}</script>')
    assert jsonld_blocks(SAFE_PAGE) == [{"name": "</script>"}]


def test_the_summary_line():
    row = {"suite": "s", "surfaces": ["a", "b"], "checks": 2, "executions": 0, "known": False}
    rows = [{**row, "input": "x", "server_errors": 0}, {**row, "input": "y", "server_errors": 1}]
    assert summary_lines(rows) == [
        "s: 2 inputs × 2 surfaces = 4 checks, 0 executions, 1 server errors"
    ]
