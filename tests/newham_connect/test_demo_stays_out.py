"""Production never loads demo content: the demo app is installed in development and tests
only, and no runtime module (the apps, newham_connect, the root URLconf) imports it."""

import pytest
from django.conf import settings
from django.core.management import get_commands

from tests.production import last_json_line, run_with_production_settings

RUNTIME_PACKAGES = ("newham_connect", "directory", "activities", "volunteering")

# Run in a fresh interpreter, because this test process has the demo app installed. The
# database address leads nowhere: importing code must not need a database, and no embedded
# server is started for it.
PROBE = """
import importlib, json, pkgutil, sys
import django
django.setup()
from django.conf import settings
from django.core.management import get_commands
from django.urls import get_resolver

imported = []
for name in PACKAGES:
    package = importlib.import_module(name)
    for info in pkgutil.walk_packages(package.__path__, name + "."):
        importlib.import_module(info.name)
        imported.append(info.name)
importlib.import_module(settings.ROOT_URLCONF)
get_resolver().url_patterns  # follows every include(), loading each app's URL modules
print(json.dumps({
    "installed_apps": list(settings.INSTALLED_APPS),
    "imported": imported,
    "demo_modules": sorted(m for m in sys.modules if m == "demo" or m.startswith("demo.")),
    "commands": get_commands(),
}))
"""


def probe(settings_module):
    # The walk imports production.py under any settings, so its requirements are given too.
    script = f"PACKAGES = {RUNTIME_PACKAGES!r}\n" + PROBE
    stdout = run_with_production_settings(
        script,
        timeout=300,
        settings_module=settings_module,
        DATABASE_URL="postgres://nobody@127.0.0.1:9/nothing",
    )
    return last_json_line(stdout)


@pytest.fixture(scope="module")
def production():
    return probe("newham_connect.settings.production")


def test_production_does_not_install_the_demo_app(production):
    assert not [app for app in production["installed_apps"] if app.split(".")[0] == "demo"]
    # The same settings still install every runtime app (the probe read the real list).
    for app in ("directory", "activities", "volunteering", "newham_connect"):
        assert app in production["installed_apps"]


def test_no_runtime_module_imports_the_demo(production):
    imported = set(production["imported"])
    # The walk really went through the apps, their commands and the reference data.
    for module in (
        "directory.reference_data",
        "activities.views",
        "volunteering.admin",
        "newham_connect.management.commands.load_reference_data",
    ):
        assert module in imported
    assert production["demo_modules"] == []


def test_production_has_no_demo_commands_but_loads_reference_data(production):
    commands = production["commands"]
    assert "seed_demo" not in commands
    assert "seed_bulk" not in commands
    assert commands["load_reference_data"] == "newham_connect"


def test_development_and_tests_install_the_demo_app():
    """The other side: `./dev run` (dev settings) and the tests have the demo and its commands."""
    dev = probe("newham_connect.settings.dev")
    assert dev["installed_apps"][-1] == "demo"
    assert dev["commands"]["seed_demo"] == dev["commands"]["seed_bulk"] == "demo"
    assert "demo" in settings.INSTALLED_APPS
    assert get_commands()["seed_demo"] == "demo"
