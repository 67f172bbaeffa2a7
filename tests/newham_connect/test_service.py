"""Running as a service: /healthz, the X-App-Server header and one log line per request."""

import json
import logging

import pytest
from django.core.cache import cache
from django.db import OperationalError, connection

pytestmark = pytest.mark.django_db


def test_healthz_reports_database_and_cache(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.json() == {"status": "ok", "database": "ok", "cache": "ok"}
    assert response["Cache-Control"] == "no-store"


def test_healthz_is_503_when_the_database_does_not_answer(client):
    def refuse(execute, sql, params, many, context):
        raise OperationalError("could not connect to server")

    with connection.execute_wrapper(refuse):
        response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json() == {"status": "unavailable", "database": "unavailable", "cache": "ok"}


def test_healthz_is_503_when_the_cache_loses_what_it_is_given(client, monkeypatch):
    monkeypatch.setattr(cache, "get", lambda *args, **kwargs: None)  # as Redis away answers
    response = client.get("/healthz")
    assert response.status_code == 503
    assert response.json()["cache"] == "unavailable"
    assert response.json()["database"] == "ok"


def test_x_app_server_names_the_server_that_answered(client, settings):
    settings.APP_SERVER_NAME = "app2"
    assert client.get("/en/")["X-App-Server"] == "app2"
    assert client.get("/healthz")["X-App-Server"] == "app2"


def test_no_x_app_server_header_without_a_name(client, settings):
    settings.APP_SERVER_NAME = ""
    assert "X-App-Server" not in client.get("/en/")


def test_one_log_line_per_request_without_query_or_person(client, make_user, caplog, settings):
    settings.APP_SERVER_NAME = "app1"
    client.force_login(make_user("private.person@example.org"))
    logger = logging.getLogger("newham_connect.requests")  # not propagated: listen directly
    logger.addHandler(caplog.handler)
    try:
        client.get("/en/search/?q=food+bank+near+E6+1AA", REMOTE_ADDR="203.0.113.9")
    finally:
        logger.removeHandler(caplog.handler)
    lines = [r.getMessage() for r in caplog.records if r.name == "newham_connect.requests"]
    assert len(lines) == 1
    entry = json.loads(lines[0])
    assert entry.keys() == {"method", "path", "status", "ms", "server"}
    assert (entry["method"], entry["path"], entry["status"], entry["server"]) == (
        "GET",
        "/en/search/",
        200,
        "app1",
    )
    assert isinstance(entry["ms"], float) and entry["ms"] >= 0
    for private in ("food", "E6", "203.0.113.9", "private.person", "sessionid"):
        assert private not in lines[0]
