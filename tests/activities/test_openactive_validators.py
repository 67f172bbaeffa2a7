"""The official OpenActive validators from npm (@openactive/data-model-validator and
@openactive/rpde-validator, pinned in tests/node/package.json) find 0 failures in our feeds.

They run offline: tests/node/openactive-validate.js seeds the model validator's cache with the
Activity List from tests/standards and refuses every other network request (and reports it).
"""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.validators

NODE_DIR = Path(__file__).resolve().parents[1] / "node"
SCRIPT = NODE_DIR / "openactive-validate.js"
SAMPLES = Path(__file__).resolve().parents[1] / "standards" / "openactive" / "samples"


def run_validator(mode, target):
    if shutil.which("node") is None or not (NODE_DIR / "node_modules" / "@openactive").is_dir():
        pytest.fail("The OpenActive validators are not installed: run `npm ci` in tests/node.")
    done = subprocess.run(  # noqa: S603 - fixed script, our own arguments
        ["node", str(SCRIPT), mode, str(target)],  # noqa: S607 - node from PATH, as ./dev installs it
        cwd=NODE_DIR,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    result = json.loads(done.stdout)
    assert result["blockedRequests"] == []  # nothing tried to reach the network
    return result


def failures(results):
    return [(r.get("id"), f["path"], f["message"][:200]) for r in results for f in r["failures"]]


def test_the_model_validator_catches_invalid_data(tmp_path):
    """Guards the guard: a broken session and an activity not in the list both fail."""
    activity = json.loads((SAMPLES / "sessionseries.json").read_text())
    activity["activity"][0]["@id"] = "https://openactive.io/activity-list#not-a-concept"
    activity["activity"][0]["prefLabel"] = "Extreme Knitting"
    bad = json.loads((SAMPLES / "bad_scheduledsession.json").read_text())
    good = json.loads((SAMPLES / "sessionseries.json").read_text())
    path = tmp_path / "items.json"
    path.write_text(json.dumps([activity, bad, good]))
    results = run_validator("model", path)["results"]
    assert [f["type"] for f in results[0]["failures"]] == ["activity_not_in_activity_list"]
    assert {f["path"] for f in results[1]["failures"]} == {
        "$.startDate",
        "$.maximumAttendeeCapacity",
        "$.eventStatus",
    }
    assert results[2]["failures"] == []


def _demo_with_a_deletion():
    from activities.models import ActivitySeries
    from demo.activities import seed

    seed()
    archived = ActivitySeries.objects.filter(feed_listed=True).order_by("slug").first()
    archived.move_to("archived")
    archived.save()
    return archived


@pytest.fixture(scope="module")
def demo(module_data):
    """The full demo data, with one series archived so the feeds carry deletions too."""
    return module_data(_demo_with_a_deletion)


@pytest.mark.parametrize("feed", ["session-series", "scheduled-sessions"])
def test_demo_feeds_walk_cleanly_and_every_item_validates(shared_server, demo, feed):
    result = run_validator("feed", f"{shared_server.url}/openactive/feeds/{feed}")
    page_failures = [(p["url"], f["message"][:200]) for p in result["pages"] for f in p["failures"]]
    assert page_failures == []
    items = result["items"]
    assert len(items) > (50 if feed == "session-series" else 1000)
    assert failures(items) == []
    states = {item.get("state", "updated") for item in items}
    assert states == {"updated", "deleted"}
    # The walker reached the last page and checked it against OpenActive's rules.
    assert any(re.search(r"afterTimestamp=\d+&afterId=", p["url"]) for p in result["pages"])


def test_dataset_description_validates(shared_server, demo, tmp_path):
    from activities.dataset import dataset_jsonld

    path = tmp_path / "dataset.json"
    path.write_text(json.dumps(dataset_jsonld(shared_server.url)))
    [result] = run_validator("model", path)["results"]
    assert result["failures"] == []
