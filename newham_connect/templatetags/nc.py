import copy

from django import template
from django.utils.formats import number_format

from newham_connect.i18n import translated

register = template.Library()


@register.simple_tag
def tr(obj, field):
    """{% tr org "name" as name %}: the text in the page's language, or English as a fallback."""
    return translated(obj, field)


@register.inclusion_tag("includes/translated_block.html")
def translated_block(obj, field, css_class="govuk-body"):
    """A paragraph block of content with the fallback note and lang/dir set when in English."""
    return {"text": translated(obj, field), "css_class": css_class}


@register.simple_tag(takes_context=True)
def query_replace(context, **kwargs):
    """The current query string with some parameters replaced (for pagination links)."""
    query = context["request"].GET.copy()
    for key, value in kwargs.items():
        query[key] = value
    return query.urlencode()


KM_PER_MILE = 1.609344


@register.filter
def miles(km):
    """A distance in kilometres as miles with one decimal, in the page's number format."""
    return number_format(float(km) / KM_PER_MILE, 1)


@register.filter
def in_section(path, href):
    """True when the page is the link's page or below it (for the navigation's current item)."""
    return bool(href) and path.startswith(href)


WIDGET_CLASSES = {
    "checkbox": "govuk-checkboxes__input",
    "select": "govuk-select",
    "textarea": "govuk-textarea",
}
KINDS = {"radioselect": "radios", "checkboxselectmultiple": "checkboxes", "checkbox": "checkbox"}


def _widget(field, css, described_by):
    """The field's own widget with GOV.UK classes and error state, and no placeholder (GOV.UK
    guidance: a placeholder vanishes as you type)."""
    widget = copy.copy(field.field.widget)
    widget.attrs = {k: v for k, v in widget.attrs.items() if k != "placeholder"}
    base = WIDGET_CLASSES.get(field.widget_type, "govuk-input")
    classes = [base]
    if field.errors and base != "govuk-checkboxes__input":
        classes.append(f"{base}--error")
    if css:
        classes.append(css)
    attrs = {"class": " ".join(classes)}
    if described_by:
        attrs["aria-describedby"] = described_by
    return field.as_widget(widget=widget, attrs=attrs)


@register.inclusion_tag("includes/field.html")
def govuk_field(
    field, label=None, hint=None, size="s", css="", button="", small=True, inline=None, item=False
):
    """Any form field in GOV.UK Frontend markup: its label (a legend for radios and checkbox
    lists), hint, error message and the value the resident gave, tied together with
    aria-describedby. The one way every form and filter panel renders a field.

    label/hint replace the field's own; size is the label's (s, m, l); css adds classes to the
    input; button puts a submit button beside it (a search box); item renders a single
    checkbox alone, for a group of them under one legend; inline=None puts more than three
    radios on one line."""
    kind = KINDS.get(field.widget_type, "input")
    hint = field.help_text if hint is None else hint
    hint_id = f"{field.auto_id}-hint" if hint else ""
    error_id = f"{field.auto_id}-error" if field.errors else ""
    described_by = " ".join(i for i in (hint_id, error_id) if i)
    if inline is None:
        inline = kind == "radios" and len(field.field.choices) > 3
    return {
        "field": field,
        "kind": kind,
        "label": field.label if label is None else label,
        "hint": hint,
        "hint_id": hint_id,
        "error_id": error_id,
        "described_by": described_by,
        "size": size,
        "small": small,
        "inline": inline,
        "item": item,
        "button": button,
        "widget": "" if kind in ("radios", "checkboxes") else _widget(field, css, described_by),
    }
