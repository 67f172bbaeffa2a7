"""A shared corpus of hostile strings, and the checks every surface that shows them must pass.

Used by tests/security/: each value goes through every public form and into every translated
field, then every page, JSON-LD block, API response, calendar, feed and email that shows it.
The ids are fixed words (never random), so test ids are stable under xdist and random order.
"""

import json
import re
from html.parser import HTMLParser

from django.utils.html import escape

# Issue 10, hole 5: a NUL in a GET parameter reaches PostgreSQL (a 500) until the middleware
# another branch adds answers 400. Set to True once it is merged: the corpus's strict xfail then
# stops being expected and the fuzzers start sending NUL too.
NUL_IN_REQUESTS_ANSWERS_400 = True

HUGE = ("Lorem ipsum dolor sit amet, " * 3700)[:102_400]  # 100 KB
LONG_WORD = "Pneumonoultramicroscopicsilicovolcanoconiosis" * 120

# (id, value). Values a person could type or paste into a form, or an import could bring.
CORPUS = [
    ("script-close", "</script>"),
    ("attribute-breakout", '"><img src=x onerror=alert(1)>'),
    ("script-tag", "<script>alert(1)</script>"),
    ("jsonld-breaker", '"}]}</script><script>alert(1)</script>'),
    ("line-separators", "one\u2028two\u2029three"),
    ("backslashes-quotes", 'back\\slash \\\\ \\" \\u003C \' " ` end\\'),
    ("rtl-override", "\u202egnp.exe\u202c invoice"),
    (
        "zero-width",
        "zero\u200bwidth \u2066isolate\u2069 \u2067rtl\u2069 \u2068first\u2069 \ufeffbom",
    ),
    ("huge", HUGE),
    ("long-word", LONG_WORD),
    ("nul", "before\x00after"),
    ("controls", "bell\x01 escape\x1b[31m red\x7f delete"),
    ("emoji", "Family 👩‍👩‍👧‍👦 rainbow 🏳️‍🌈 flags 🇬🇧🇧🇩🇵🇰 skin 👋🏾"),
    ("sql-drop", "'; DROP TABLE directory_service; --"),
    ("sql-or", "%' OR 1=1 --"),
    ("template-variable", "{{ settings.SECRET_KEY }}"),
    ("template-tag", "{% debug %}"),
    ("template-maths", "{{7*7}}"),
    ("crlf-bcc", "x\r\nBcc: evil@example.com"),
    ("lf-subject", "a\nSubject: hi"),
    ("cr-ics-line", "a\rX-INJECTED:1"),
    ("html-entities", "&lt;b&gt; &amp; &#x3C;i&#62; &nbsp; &quot;"),
    ("javascript-url", "javascript:alert(document.domain)"),
    ("urdu-arabic", "اردو میں خوش آمدید — مرحبا"),
]
IDS = [name for name, _value in CORPUS]
VALUES = dict(CORPUS)

# Raw markup that would run if it reached a page unescaped.
DANGEROUS = ["<script>alert(1)", "<img src=x onerror", "onerror=alert(1)>"]
CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def has_control(value):
    """NUL or another control character (tab, newlines and carriage returns excepted)."""
    return bool(CONTROL.search(value))


def storable(value, max_length=None):
    """What a text column can hold: PostgreSQL refuses NUL; a varchar has its length."""
    value = value.replace("\x00", "")
    return value[:max_length] if max_length else value


# --- "nothing executes" -------------------------------------------------------------------


class _ExecutableFinder(HTMLParser):
    """Everything in a page that a browser would run: inline scripts without the page's nonce,
    any script mentioning alert(), event-handler attributes and javascript: addresses."""

    URL_ATTRIBUTES = {"href", "src", "action", "formaction", "xlink:href", "data", "srcdoc"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.found = []
        self._script = None

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"<{tag} {name}=…>")
            if name in self.URL_ATTRIBUTES and value:
                scheme = re.sub(r"[\s\x00-\x1f]", "", value).lower()
                if scheme.startswith(("javascript:", "vbscript:", "data:text/html")):
                    self.found.append(f"<{tag} {name}={value[:40]!r}>")
        if tag == "img" and attributes.get("src") == "x":
            self.found.append("<img src=x>")
        if tag == "script":
            self._script = attributes
            self._script_text = []

    def handle_data(self, data):
        if self._script is not None:
            self._script_text.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            text = "".join(self._script_text)
            json_block = self._script.get("type") == "application/ld+json"
            if "alert(" in text and not json_block:
                self.found.append(f"<script>{text[:40]!r}")
            if not self._script.get("src") and not self._script.get("nonce") and text.strip():
                self.found.append(f"<script> without a nonce: {text[:40]!r}")
            self._script = None


def executables(html):
    """What in `html` would execute; [] for a safe page."""
    finder = _ExecutableFinder()
    finder.feed(html)
    finder.close()
    found = list(finder.found)
    found += [f"raw {markup!r}" for markup in DANGEROUS if markup in html]
    return found


def shown_escaped(value, html):
    """`value` is on the page exactly as typed, HTML-escaped (as {{ value }} writes it)."""
    return escape(value) in html


def shown_in_lines(value, html):
    """`value` is on the page escaped, allowing |linebreaks to turn line ends into markup."""
    lines = [line for line in re.split(r"[\r\n\u2028\u2029]+", value) if line.strip()]
    return all(escape(line.strip()) in html for line in lines)


# --- JSON-LD ------------------------------------------------------------------------------

_LD_BLOCK = re.compile(
    r'<script type="application/ld\+json"[^>]*>(.*?)</script', re.DOTALL | re.IGNORECASE
)


def jsonld_blocks(html):
    """Every JSON-LD block of a page, parsed. Cut at the first "</script", as a browser does,
    so data that could close the element makes the block fail to parse."""
    return [json.loads(text) for text in _LD_BLOCK.findall(html)]


def strings_in(data):
    """Every string anywhere in parsed JSON."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            yield key
            yield from strings_in(value)
    elif isinstance(data, list):
        for item in data:
            yield from strings_in(item)


# --- the counts printed at the end of a run ------------------------------------------------


def tally(request, suite, input_id, surfaces, executions=0, server_errors=0, checks=None):
    """Record what one test checked; tests/security/conftest.py adds it up (also across xdist
    workers, which send user_properties back with each report)."""
    request.node.user_properties.append(
        (
            "hostile",
            {
                "suite": suite,
                "input": input_id,
                "surfaces": sorted(set(surfaces)),
                "checks": len(surfaces) if checks is None else checks,
                "executions": executions,
                "server_errors": server_errors,
            },
        )
    )


class Checker:
    """Collects every problem over many surfaces, so one run reports them all with counts."""

    def __init__(self, request, suite, input_id):
        self.request, self.suite, self.input_id = request, suite, input_id
        self.surfaces, self.problems = [], []
        self.executions = self.server_errors = 0

    def expect(self, condition, surface, message):
        if not condition:
            self.problems.append(f"{surface}: {message}")
        return condition

    def status(self, surface, response, allowed=(200,)):
        self.surfaces.append(surface)
        if response.status_code >= 500:
            self.server_errors += 1
        return self.expect(
            response.status_code in allowed,
            surface,
            f"status {response.status_code}, expected {allowed}",
        )

    def page(self, surface, response, shown=(), allowed=(200,), lines=()):
        """An HTML page: the status, nothing that executes, and each of `shown` escaped on it
        (`lines`: shown through |linebreaks)."""
        if not self.status(surface, response, allowed) or response.status_code != 200:
            return ""
        html = response.content.decode()
        self.expect(
            response["Content-Type"].startswith("text/html"), surface, response["Content-Type"]
        )
        found = executables(html)
        self.executions += len(found)
        self.expect(not found, surface, f"would execute: {found[:3]}")
        for value in shown:
            self.expect(shown_escaped(value, html), surface, f"not shown escaped: {value[:60]!r}")
        for value in lines:
            self.expect(shown_in_lines(value, html), surface, f"text lost: {value[:60]!r}")
        return html

    def json(self, surface, response, allowed=(200,)):
        """A JSON response with a JSON content type; returns the parsed data (or None)."""
        if not self.status(surface, response, allowed):
            return None
        content_type = response["Content-Type"]
        self.expect("json" in content_type, surface, f"content type {content_type}")
        try:
            return json.loads(response.content)
        except ValueError as error:
            self.expect(False, surface, f"not JSON: {error}")
            return None

    def finish(self, inputs=None):
        """Record the counts (for each of `inputs` when one page showed them all), then fail
        with every problem found."""
        for index, input_id in enumerate(inputs or [self.input_id]):
            first = index == 0
            tally(
                self.request,
                self.suite,
                input_id,
                self.surfaces,
                executions=self.executions if first else 0,
                server_errors=self.server_errors if first else 0,
            )
        assert not self.problems, "\n".join(self.problems[:40])
