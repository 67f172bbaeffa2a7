"""What running as a service needs from every request: one log line, and which server answered.

The log line is JSON with the method, the path without its query string (searches and
filters are what residents typed), the status, the time in milliseconds and the app server.
No address, no user, no cookie: nothing that identifies a person.
"""

import json
import logging
import time

from django.conf import settings

log = logging.getLogger("newham_connect.requests")


class RequestLogMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        started = time.monotonic()
        response = self.get_response(request)
        server = settings.APP_SERVER_NAME
        if server:
            response["X-App-Server"] = server
        log.info(
            json.dumps(
                {
                    "method": request.method,
                    "path": request.path,
                    "status": response.status_code,
                    "ms": round((time.monotonic() - started) * 1000, 1),
                    "server": server,
                },
                ensure_ascii=False,
            )
        )
        return response
