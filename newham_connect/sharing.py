"""Share links for a public page: one builder, so every listing shares the same way.

Plain links (no JavaScript, no tracking scripts): a resident or a link worker sends the page
by WhatsApp, text message or email, or posts it. The message names the listing and the site
in the page's language, with the address last so phones make it a link.
"""

from urllib.parse import quote, urlencode

from django.utils.translation import gettext as _


def _query(**params):
    # quote_via=quote: spaces as %20, which mail and SMS apps read (some show "+" literally).
    return urlencode(params, quote_via=quote)


def share_links(name, page_url):
    name = str(name)
    text = _("%(name)s on Newham Connect: %(url)s") % {"name": name, "url": page_url}
    return {
        "whatsapp": "https://wa.me/?" + _query(text=text),
        "sms": "sms:?&" + _query(body=text),
        "email": "mailto:?" + _query(subject=name, body=text),
        "facebook": "https://www.facebook.com/sharer/sharer.php?" + _query(u=page_url),
        "x": "https://x.com/intent/post?" + _query(text=name, url=page_url),
    }
