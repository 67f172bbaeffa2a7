import json

from django import template
from django.utils.html import format_html
from django.utils.safestring import mark_safe

from activities.recurrence import describe

register = template.Library()

# The characters that could end a <script> block or start markup, as JSON escapes.
_JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


@register.simple_tag(takes_context=True)
def json_ld(context, data):
    """A <script type="application/ld+json"> block; stored text inside is JSON-escaped."""
    text = json.dumps(data, ensure_ascii=False, indent=1).translate(_JSON_ESCAPES)
    return format_html(
        '<script type="application/ld+json" nonce="{}">{}</script>',
        context["request"].csp_nonce,
        mark_safe(text),  # noqa: S308 - escaped above, so it cannot close the script element
    )


@register.filter
def schedule_text(schedule):
    """ "Every week on Tuesday, 10:00 to 11:30" in the page's language."""
    return describe(schedule)
