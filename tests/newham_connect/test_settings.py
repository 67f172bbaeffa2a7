"""Production settings refuse to start without their secrets; no SQLite anywhere."""

import os
import subprocess
import sys
from pathlib import Path

from django.conf import settings

from tests.production import run_with_production_settings

ROOT = Path(settings.BASE_DIR)


def _check(env_overrides):
    unset = ("SECRET_KEY", "ALLOWED_HOSTS", "DJANGO_ALLOW_ASYNC_UNSAFE")  # the last is for tests
    env = {k: v for k, v in os.environ.items() if k not in unset}
    env.update(env_overrides, DJANGO_SETTINGS_MODULE="newham_connect.settings.production")
    return subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_needs_a_secret_key():
    result = _check({"ALLOWED_HOSTS": "connect.example.org"})
    assert result.returncode != 0
    assert "Set the SECRET_KEY environment variable for production." in result.stderr


def test_production_settings_pass_check_deploy():
    result = _check(
        {"SECRET_KEY": "x" * 20 + "-a-long-random-test-value-" + "y" * 30, "ALLOWED_HOSTS": "a.org"}
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_no_sqlite_in_any_settings_file():
    for path in (ROOT / "newham_connect" / "settings").glob("*.py"):
        assert "sqlite" not in path.read_text().lower(), path
    assert settings.DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql"


def test_production_static_files_build_with_hashed_names(tmp_path):
    """whitenoise's manifest storage fails on a missing referenced file (e.g. a font or map)."""
    script = (
        f"from django.conf import settings; settings.STATIC_ROOT = r'{tmp_path}'; "
        "from django.core.management import call_command; "
        "call_command('collectstatic', interactive=False, verbosity=0)"
    )
    run_with_production_settings("import django; django.setup(); " + script, timeout=300)
    manifest = (tmp_path / "staticfiles.json").read_text()
    assert "vendor/govuk-frontend/govuk-frontend.min.css" in manifest
    assert "css/newham.css" in manifest
