"""Phase 1 of an ORUK import: fetch every service record of a feed (or read a saved file) and
check that the feed as a whole can be used. Any problem here raises FeedError before anything
is written (see directory/importer.py for phase 2).
"""

import json
import re
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import urlencode, urlsplit, urlunsplit

PER_PAGE = 100
MAX_PAGES = 500
MAX_BYTES = 20 * 1024 * 1024
TIMEOUT = 30


class FeedError(Exception):
    """The feed as a whole cannot be used; nothing is written."""


def _fetch_json(url):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https"):
        raise FeedError(f"{url}: only http and https addresses can be imported.")
    request = urllib.request.Request(  # noqa: S310 - scheme checked above
        url, headers={"Accept": "application/json", "User-Agent": "NewhamConnect-import/1.0"}
    )
    try:
        with urllib.request.urlopen(request, timeout=TIMEOUT) as response:  # noqa: S310
            body = response.read(MAX_BYTES + 1)
    except urllib.error.HTTPError as error:
        raise FeedError(f"{url}: the server answered HTTP {error.code}.") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise FeedError(
            f"{url}: could not be fetched ({getattr(error, 'reason', error)})."
        ) from None
    if len(body) > MAX_BYTES:
        raise FeedError(f"{url}: the answer is larger than {MAX_BYTES // 1024 // 1024} MB.")
    return _parse(body, url)


def _parse(body, where):
    try:
        return json.loads(body)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise FeedError(f"{where}: not valid JSON ({error}).") from None


def _page_contents(page, where):
    if not isinstance(page, dict) or not isinstance(page.get("contents"), list):
        raise FeedError(f'{where}: not an ORUK service list (no "contents" list).')
    return page["contents"]


def api_base(url):
    """The API root from either the root or its /services address."""
    parts = urlsplit(url)
    path = re.sub(r"/services/?$", "", parts.path).rstrip("/")
    return urlunsplit((parts.scheme, parts.netloc, path, "", ""))


def load_feed(source, details=True):
    """(records, where each came from): every service record in the feed or file."""
    if re.match(r"^https?://", source):
        base = api_base(source)
        records, page, total_pages = [], 1, 1
        while page <= total_pages:
            where = f"{base}/services?{urlencode({'page': page, 'per_page': PER_PAGE})}"
            data = _fetch_json(where)
            contents = _page_contents(data, where)
            records += contents
            total_pages = data.get("total_pages") if isinstance(data.get("total_pages"), int) else 1
            if page >= MAX_PAGES:
                raise FeedError(f"{base}: more than {MAX_PAGES} pages; import it in parts.")
            if not contents:
                break
            page += 1
        if details:
            records = [_details(base, record) for record in records]
        return records
    path = Path(source)
    if not path.is_file():
        raise FeedError(f"{source}: no such file, and not an http(s) address.")
    data = _parse(path.read_bytes(), source)
    if isinstance(data, list):
        return data
    if isinstance(data, dict) and "contents" in data:
        return _page_contents(data, source)
    if isinstance(data, dict) and "id" in data:
        return [data]
    raise FeedError(f"{source}: not an ORUK service, list of services or page of services.")


def _details(base, record):
    """The fully nested service for a list entry (kept as it is if its id is unusable)."""
    pk = record.get("id") if isinstance(record, dict) else None
    try:
        uuid.UUID(str(pk))
    except ValueError:
        return record  # rejected later, with the reason
    try:
        full = _fetch_json(f"{base}/services/{pk}")
    except FeedError as error:
        if "HTTP 404" in str(error):
            return {**record, "_details_missing": True}
        raise
    if not isinstance(full, dict):
        raise FeedError(f"{base}/services/{pk}: not a service object.")
    return full
