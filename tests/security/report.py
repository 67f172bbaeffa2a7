"""The counts of the hostile-corpus and fuzz runs, printed at the end of every pytest run that
ran them (the issue notes quote them). Tests record what they checked in user_properties (see
tests.hostile.tally), which xdist workers send back with each report, so the counts are whole
whichever process ran which test. Hooked in from tests/conftest.py."""

from collections import defaultdict

_tallies = []


def pytest_runtest_logreport(report):
    if report.when != "call":
        return
    for name, data in report.user_properties:
        if name == "hostile":
            _tallies.append({**data, "known": hasattr(report, "wasxfail")})


def _errors(rows):
    errors = sum(row["server_errors"] for row in rows)
    known = sum(row["server_errors"] for row in rows if row["known"])
    text = f"{errors} server errors"
    return f"{text} ({known} in known holes marked xfail)" if known else text


def summary_lines(tallies):
    suites = defaultdict(list)
    for data in tallies:
        suites[data["suite"]].append(data)
    lines = []
    for suite, rows in sorted(suites.items()):
        surfaces = {surface for row in rows for surface in row["surfaces"]}
        checks = sum(row["checks"] for row in rows)
        if suite.startswith("fuzz"):
            lines.append(f"{suite}: {checks} requests to {len(surfaces)} URLs, {_errors(rows)}")
            continue
        inputs = {row["input"] for row in rows}
        executions = sum(row["executions"] for row in rows)
        lines.append(
            f"{suite}: {len(inputs)} inputs × {len(surfaces)} surfaces = {checks} checks, "
            f"{executions} executions, {_errors(rows)}"
        )
    return lines


def pytest_terminal_summary(terminalreporter):
    lines = summary_lines(_tallies)
    if lines:
        terminalreporter.section("hostile input and fuzzing")
        for line in lines:
            terminalreporter.write_line(line)
