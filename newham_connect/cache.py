"""The shared Redis cache, tolerant of Redis being away.

Django's RedisCache raises when Redis cannot be reached, and Django's own callers do not all
expect that: the `cached_db` session store writes the cache after reading the database without
a guard, and allauth's rate-limit lock loops on `cache.add`. Everything this cache holds can be
rebuilt (pages, fragments, session copies whose truth is the database, rate-limit counters), so
while Redis is down a read is a miss and a write is dropped, with one warning per call. Rate
limits then do not count until Redis is back: a short gap, preferred to a site that is down.
"""

import functools
import logging

from django.core.cache.backends.redis import RedisCache
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

log = logging.getLogger(__name__)
UNREACHABLE = (RedisConnectionError, RedisTimeoutError)


def _tolerant(name, fallback):
    method = getattr(RedisCache, name)

    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            return method(self, *args, **kwargs)
        except UNREACHABLE as exc:
            log.warning("Cache unavailable for %s: %s", name, exc.__class__.__name__)
            return fallback(*args, **kwargs) if callable(fallback) else fallback

    return wrapper


class TolerantRedisCache(RedisCache):
    # get: the caller's default; add: "added", so a lock-taker (allauth) goes ahead instead of
    # waiting for a lock nobody can hold; incr keeps its contract of raising for a missing key.
    get = _tolerant("get", lambda key, default=None, version=None: default)
    add = _tolerant("add", True)
    set = _tolerant("set", False)
    touch = _tolerant("touch", False)
    delete = _tolerant("delete", False)
    get_many = _tolerant("get_many", lambda *args, **kwargs: {})
    has_key = _tolerant("has_key", False)
    set_many = _tolerant("set_many", lambda data, *args, **kwargs: list(data))
    delete_many = _tolerant("delete_many", None)

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except UNREACHABLE as exc:
            raise ValueError(f"Key '{key}' not found (cache unavailable)") from exc
