"""The shared services a deployment may add, chosen from the environment.

Functions, so tests can ask what a given environment gives without reloading settings.
"""


def caches_and_sessions(redis_url):
    """(CACHES, SESSION_ENGINE) for production.

    With REDIS_URL every app server shares Redis for pages, fragments, rate limits (allauth
    uses the default cache) and session copies; sessions are `cached_db`, so the database
    stays their truth and nobody is signed out if Redis is lost or flushed. Without it, the
    database cache table (`manage.py createcachetable`) and database sessions, as before:
    nothing depends on one worker's memory either way.
    """
    if redis_url:
        caches = {
            "default": {
                "BACKEND": "newham_connect.cache.TolerantRedisCache",
                "LOCATION": redis_url,
                "KEY_PREFIX": "nc",
                # Short socket time-outs: a Redis that is away costs a request milliseconds,
                # not the 20 s a blocked connect would (the cache then answers "miss").
                "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.5},
            }
        }
        return caches, "django.contrib.sessions.backends.cached_db"
    caches = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "nc_cache",
        }
    }
    return caches, "django.contrib.sessions.backends.db"


def post_office_config(email_backend):
    """django-post-office: mail is queued in PostgreSQL and `send_queued_mail` (a timer)
    sends it through `email_backend`, retrying failures."""
    import datetime

    return {
        "BACKENDS": {"default": email_backend},
        "DEFAULT_PRIORITY": "medium",  # queued, never sent inside the request
        "MAX_RETRIES": 6,
        "RETRY_INTERVAL": datetime.timedelta(minutes=10),
        # One log row per attempt, failures and successes, in the back office.
        "LOG_LEVEL": 2,
        "MESSAGE_ID_ENABLED": True,
    }
