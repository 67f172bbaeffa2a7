"""The shared cache: chosen by REDIS_URL, shared by every app server, and never the reason
someone is signed out (sessions are cached_db) or a page fails (Redis away is a miss)."""

import os
import shutil
import subprocess
import tempfile
import time

import pytest
from django.core.cache import caches
from django.core.cache.backends.redis import RedisCache
from django.test import override_settings
from django.urls import reverse

from newham_connect.cache import TolerantRedisCache
from newham_connect.settings.services import caches_and_sessions
from tests.production import run_with_production_settings

REDIS = "newham_connect.cache.TolerantRedisCache"


def test_without_redis_url_the_database_cache_and_sessions_stay():
    caches_, engine = caches_and_sessions("")
    assert caches_["default"]["BACKEND"] == "django.core.cache.backends.db.DatabaseCache"
    assert engine == "django.contrib.sessions.backends.db"


def test_with_redis_url_redis_carries_cache_and_session_copies():
    caches_, engine = caches_and_sessions("redis://10.0.0.5:6379/0")
    assert caches_["default"]["BACKEND"] == REDIS
    assert caches_["default"]["LOCATION"] == "redis://10.0.0.5:6379/0"
    assert engine == "django.contrib.sessions.backends.cached_db"
    assert issubclass(TolerantRedisCache, RedisCache)  # Django's own backend underneath


@pytest.mark.parametrize(
    ("redis_url", "backend", "engine"),
    [
        ("", "django.core.cache.backends.db.DatabaseCache", "db"),
        ("redis://127.0.0.1:6379/1", REDIS, "cached_db"),
    ],
)
def test_production_settings_read_redis_url(redis_url, backend, engine):
    script = (
        "import django; django.setup(); from django.conf import settings; "
        "print(settings.CACHES['default']['BACKEND'], settings.SESSION_ENGINE)"
    )
    stdout = run_with_production_settings(script, REDIS_URL=redis_url)
    assert stdout.split() == [backend, f"django.contrib.sessions.backends.{engine}"]


@pytest.fixture
def redis_server():
    """A real redis-server on a socket of its own (apt's redis-server; ./dev test installs it)."""
    binary = shutil.which("redis-server")
    if binary is None:
        pytest.skip("redis-server is not installed (apt-get install redis-server)")
    folder = tempfile.mkdtemp(prefix="nc-redis-")  # short: a socket path has 108 characters
    socket_path = os.path.join(folder, "redis.sock")
    process = subprocess.Popen(  # noqa: S603
        [binary, "--port", "0", "--unixsocket", socket_path, "--save", "", "--appendonly", "no"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    deadline = time.monotonic() + 10
    while not os.path.exists(socket_path):
        assert process.poll() is None and time.monotonic() < deadline, "redis-server did not start"
        time.sleep(0.05)
    url = f"unix://{socket_path}"
    caches_, engine = caches_and_sessions(url)
    with override_settings(CACHES=caches_, SESSION_ENGINE=engine):
        yield process, url, caches_["default"]
    process.kill()
    process.wait()
    shutil.rmtree(folder, ignore_errors=True)


def _signed_in(client):
    return client.get("/en/").wsgi_request.user.is_authenticated


@pytest.mark.django_db
def test_a_session_survives_the_cache_being_flushed(client, make_user, redis_server):
    client.force_login(make_user("rosa@example.org"))
    assert _signed_in(client)
    assert caches["default"].clear()  # FLUSHDB: every copy gone
    assert _signed_in(client)


@pytest.mark.django_db
def test_pages_serve_and_sessions_hold_while_redis_is_stopped(client, make_user, redis_server):
    process, _url, _config = redis_server
    client.force_login(make_user("rosa@example.org"))
    process.kill()
    process.wait()
    response = client.get("/en/")
    assert response.status_code == 200
    assert response.wsgi_request.user.is_authenticated
    assert client.get("/healthz").json()["cache"] == "unavailable"


@pytest.mark.django_db
def test_rate_limits_count_across_two_servers_sharing_redis(redis_server, settings):
    from django.test import Client

    _process, url, config = redis_server
    settings.ACCOUNT_RATE_LIMITS = {**settings.ACCOUNT_RATE_LIMITS, "signup": "2/m/ip"}

    def sign_up(client, n):
        password = "a long pass phrase 7"
        return client.post(
            reverse("account_signup"),
            {"email": f"new{n}@example.org", "password1": password, "password2": password},
        ).status_code

    assert [sign_up(Client(), n) for n in (1, 2)] == [302, 302]
    # The second app server: its own connection to the same Redis, nothing of the first's.
    caches["default"] = TolerantRedisCache(url, {k: v for k, v in config.items() if k != "BACKEND"})
    assert sign_up(Client(), 3) == 429
