import copy

from django import template

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


@register.filter
def in_section(path, href):
    """True when the page is the link's page or below it (for the navigation's current item)."""
    return bool(href) and path.startswith(href)


WIDGET_CLASSES = {
    "checkbox": "govuk-checkboxes__input",
    "select": "govuk-select",
    "textarea": "govuk-textarea",
    "radioselect": "govuk-radios__input",
    "checkboxselectmultiple": "govuk-checkboxes__input",
}


@register.filter
def govuk_widget(field):
    """Render a form field's widget with GOV.UK classes, error state and hint links."""
    widget = copy.copy(field.field.widget)
    widget.attrs = {k: v for k, v in widget.attrs.items() if k != "placeholder"}
    css = WIDGET_CLASSES.get(field.widget_type, "govuk-input")
    if field.errors and css in ("govuk-input", "govuk-select", "govuk-textarea"):
        css += f" {css}--error"
    described_by = []
    if field.help_text:
        described_by.append(f"{field.auto_id}-hint")
    if field.errors:
        described_by.append(f"{field.auto_id}-error")
    attrs = {"class": css}
    if described_by:
        attrs["aria-describedby"] = " ".join(described_by)
    return field.as_widget(widget=widget, attrs=attrs)
