"""Python run in a fresh interpreter under the production settings: what a test cannot see
from inside its own process, whose settings are the test ones."""

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# What production.py requires, so it starts; a test gives its own value to check one of them.
REQUIRED = {"SECRET_KEY": "p" * 60, "ALLOWED_HOSTS": "connect.example.org"}
# Set for or by the test run; never part of what a production server is given here.
NOT_PASSED_ON = ("DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL", "DATABASE_REPLICA_URL")


def run_with_production_settings(
    script, timeout=120, settings_module="newham_connect.settings.production", **env
):
    """Run `script` under `settings_module` (production's unless told), with `env` on top of
    the settings production requires. Fails the test on a non-zero exit; returns stdout."""
    environ = {k: v for k, v in os.environ.items() if k not in NOT_PASSED_ON}
    environ.update(REQUIRED, DJANGO_SETTINGS_MODULE=settings_module, **env)
    done = subprocess.run(  # noqa: S603 - our own interpreter and the test's own script
        [sys.executable, "-c", script], cwd=ROOT, env=environ, capture_output=True, text=True,
        timeout=timeout,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    return done.stdout


def last_json_line(stdout):
    import json

    return json.loads(stdout.strip().splitlines()[-1])
