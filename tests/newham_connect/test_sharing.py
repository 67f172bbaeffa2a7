"""One share builder for every listing page: the message in the page's language, the
address intact inside every link, nothing that needs JavaScript."""

from urllib.parse import parse_qs, urlsplit

import pytest
from django.utils import translation

from newham_connect.sharing import share_links

URL = "https://connect.newham.example/en/services/baby-bank/?from=a&to=b"


def _params(link):
    return {k: v[0] for k, v in parse_qs(urlsplit(link.replace("sms:?&", "sms:?")).query).items()}


def test_every_link_carries_the_whole_address():
    with translation.override("en"):
        links = share_links("Baby bank & toys", URL)
    assert set(links) == {"whatsapp", "sms", "email", "facebook", "x"}
    message = "Baby bank & toys on Newham Connect: " + URL
    assert _params(links["whatsapp"]) == {"text": message}
    assert _params(links["sms"]) == {"body": message}
    assert _params(links["email"]) == {"subject": "Baby bank & toys", "body": message}
    assert _params(links["facebook"]) == {"u": URL}
    assert _params(links["x"]) == {"text": "Baby bank & toys", "url": URL}
    # Spaces as %20: some mail and SMS apps show a "+" as it is.
    assert "+" not in links["email"] and "%20" in links["email"]


@pytest.mark.parametrize("language", ["ur", "bn", "pl"])
def test_the_message_is_in_the_pages_language(language):
    with translation.override(language):
        text = _params(share_links("Baby bank", URL)["whatsapp"])["text"]
        expected = translation.gettext("%(name)s on Newham Connect: %(url)s") % {
            "name": "Baby bank",
            "url": URL,
        }
    assert text == expected and "on Newham Connect" not in text and text.endswith(URL)
