"""Reads from a PostgreSQL streaming replica, when there is one (DATABASE_REPLICA_URL).

Only reads that may be a moment stale go there: GET and HEAD requests of people who are not
signed in, outside the back office, and not just after they sent a form. A form sent pins that
browser to the primary for PIN_SECONDS (a cookie), so the "thank you" page and whatever it
shows are read where they were written. Everything else, every write, signed-in people, the
back office, commands and timers, uses the primary. Without DATABASE_REPLICA_URL neither the
router nor the middleware is installed (settings/base.py).
"""

import contextvars

from .mfa import is_back_office

REPLICA = "replica"
PRIMARY = "default"
PIN_COOKIE = "nc_primary"
PIN_SECONDS = 10
SAFE_METHODS = ("GET", "HEAD")

_reads_from_replica = contextvars.ContextVar("nc_reads_from_replica", default=False)


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        return REPLICA if _reads_from_replica.get() else PRIMARY

    def db_for_write(self, model, **hints):
        # Always the primary, also for a record that was read from the replica (Django would
        # otherwise write it back where it came from).
        return PRIMARY

    def allow_relation(self, obj1, obj2, **hints):
        return True  # the same data, a moment apart

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db != REPLICA  # the replica follows the primary's schema by itself


def may_read_from_replica(request):
    return (
        request.method in SAFE_METHODS
        and not request.COOKIES.get(PIN_COOKIE)
        and not is_back_office(request.path_info)
        and not request.user.is_authenticated
    )


class ReplicaReadsMiddleware:
    """After authentication (it reads request.user, from the primary)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _reads_from_replica.set(may_read_from_replica(request))
        try:
            response = self.get_response(request)
        finally:
            _reads_from_replica.reset(token)
        if request.method not in SAFE_METHODS:
            response.set_cookie(
                PIN_COOKIE,
                "1",
                max_age=PIN_SECONDS,
                secure=request.is_secure(),
                httponly=True,
                samesite="Lax",
            )
        return response
