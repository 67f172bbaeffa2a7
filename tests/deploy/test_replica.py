"""The read replica (newham_connect/replica.py): which requests read from it, that writes never
go there, and that the settings install it only when DATABASE_REPLICA_URL is given."""

import pytest
from django.http import HttpResponse
from django.test import RequestFactory

from directory.models import Organisation
from newham_connect import replica
from tests.production import last_json_line, run_with_production_settings


def _seen_by_a_view(request):
    """Where a view of this request would read and write an organisation, and the response."""
    seen = {}

    def view(request):
        router = replica.ReplicaRouter()
        seen["read"] = router.db_for_read(Organisation)
        seen["write"] = router.db_for_write(Organisation)
        return HttpResponse("ok")

    response = replica.ReplicaReadsMiddleware(view)(request)
    return seen, response


def _request(method, path, user=None, cookies=None):
    from django.contrib.auth.models import AnonymousUser

    request = getattr(RequestFactory(), method.lower())(path)
    request.user = user or AnonymousUser()
    request.COOKIES.update(cookies or {})
    return request


@pytest.mark.parametrize("method", ["GET", "HEAD"])
def test_an_anonymous_public_read_goes_to_the_replica(method):
    seen, response = _seen_by_a_view(_request(method, "/en/activities/"))
    assert seen == {"read": "replica", "write": "default"}
    assert replica.PIN_COOKIE not in response.cookies


@pytest.mark.parametrize(
    ("method", "path", "cookies", "signed_in"),
    [
        ("POST", "/en/volunteering/x/interest/", {}, False),
        ("GET", "/en/activities/", {replica.PIN_COOKIE: "1"}, False),  # just sent a form
        ("GET", "/admin/directory/service/", {}, False),
        ("GET", "/ur/admin/", {}, False),
        ("GET", "/en/activities/", {}, True),
    ],
    ids=["a form sent", "pinned after a form", "back office", "back office in Urdu", "signed in"],
)
def test_everything_else_reads_from_the_primary(method, path, cookies, signed_in):
    user = None
    if signed_in:
        from django.contrib.auth import get_user_model

        user = get_user_model()(username="someone")  # unsaved: is_authenticated is True
    seen, _response = _seen_by_a_view(_request(method, path, user, cookies))
    assert seen == {"read": "default", "write": "default"}


def test_a_form_sent_pins_the_browser_to_the_primary_for_a_few_seconds():
    _seen, response = _seen_by_a_view(_request("POST", "/en/report/"))
    cookie = response.cookies[replica.PIN_COOKIE]
    assert cookie["max-age"] == replica.PIN_SECONDS
    assert cookie["httponly"] and cookie["samesite"] == "Lax"


def test_outside_a_request_everything_uses_the_primary():
    router = replica.ReplicaRouter()
    assert router.db_for_read(Organisation) == "default"
    assert router.allow_migrate("replica", "directory") is False
    assert router.allow_migrate("default", "directory") is True


def _settings_with(env):
    script = (
        "import json, django; django.setup(); from django.conf import settings as s; "
        "print(json.dumps([sorted(s.DATABASES), s.DATABASE_ROUTERS, "
        "'newham_connect.replica.ReplicaReadsMiddleware' in s.MIDDLEWARE, "
        "s.DATABASES.get('replica', {}).get('HOST')]))"
    )
    return last_json_line(
        run_with_production_settings(
            script, DATABASE_URL="postgres://app@primary.example.org:5432/nc", **env
        )
    )


def test_the_replica_is_installed_only_when_its_address_is_given():
    assert _settings_with({}) == [["default"], [], False, None]
    given = _settings_with({"DATABASE_REPLICA_URL": "postgres://app@replica.example.org/nc"})
    assert given == [
        ["default", "replica"],
        ["newham_connect.replica.ReplicaRouter"],
        True,
        "replica.example.org",
    ]
