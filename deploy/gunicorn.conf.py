"""gunicorn for one Newham Connect app server (systemd: newham-connect@PORT; deploy/up).

Everything varies by environment, so one file serves every app server:
  NC_BIND            address to listen on (default 127.0.0.1:8101)
  WEB_CONCURRENCY    worker processes (default: 2 per core, plus 1)
  GUNICORN_THREADS   threads per worker (default 2: requests mostly wait on PostgreSQL)
"""

import multiprocessing
import os

wsgi_app = "newham_connect.wsgi:application"
bind = os.environ.get("NC_BIND", "127.0.0.1:8101")
workers = int(os.environ.get("WEB_CONCURRENCY", multiprocessing.cpu_count() * 2 + 1))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
worker_class = "gthread"
# A request that takes longer than this is stuck (the slowest page is well under a second).
timeout = 30
# SIGTERM and SIGHUP let the requests in flight finish: what a rolling restart relies on.
graceful_timeout = 30
keepalive = 5  # nginx keeps upstream connections open (keepalive in the upstream block)
# A fresh worker now and then, so a slow leak can never grow for weeks.
max_requests = 5000
max_requests_jitter = 500
# The app logs one JSON line per request itself (newham_connect.service), without the
# address and query string gunicorn's access log would add; errors still go to stderr.
accesslog = None
errorlog = "-"
loglevel = "info"
# nginx is the only client; it sets X-Forwarded-Proto (SECURE_PROXY_SSL_HEADER).
forwarded_allow_ips = "127.0.0.1"
proc_name = f"newham-connect-{bind.rsplit(':', 1)[-1]}"
