"""Back-office template tags."""

from django import template
from django.forms.forms import NON_FIELD_ERRORS
from django.utils.text import capfirst

register = template.Library()


def _field_link(form, name, errors, prefix=""):
    field = form.fields.get(name)
    bound = form[name] if field is not None else None
    widget_id = bound.id_for_label if bound is not None else ""
    return {
        "href": f"#{widget_id}" if widget_id else "",
        "label": f"{prefix}{field.label if field is not None else name}",
        "message": errors[0],
    }


@register.simple_tag
def error_links(adminform, inline_admin_formsets=()):
    """Every error on a change form as (where, what, link to the field), for the summary at the
    top of the form: Django's own only says "Please correct the errors below."."""
    rows = []
    form = adminform.form
    for message in form.errors.get(NON_FIELD_ERRORS, []):
        rows.append({"href": "", "label": "", "message": message})
    for name, errors in form.errors.items():
        if name != NON_FIELD_ERRORS:
            rows.append(_field_link(form, name, errors))
    for inline in inline_admin_formsets:
        formset = inline.formset
        section = capfirst(inline.opts.verbose_name_plural)
        for message in formset.non_form_errors():
            rows.append({"href": f"#{formset.prefix}-group", "label": section, "message": message})
        for number, inline_form in enumerate(formset.forms, start=1):
            # "Opening times 2: …": which one of the section's forms, counted as people do.
            prefix = f"{capfirst(inline.opts.verbose_name)} {number}: "
            for name, errors in inline_form.errors.items():
                if name == NON_FIELD_ERRORS:
                    href = f"#{formset.prefix}-{number - 1}"
                    rows += [
                        {"href": href, "label": prefix.rstrip(": "), "message": m} for m in errors
                    ]
                else:
                    rows.append(_field_link(inline_form, name, errors, prefix))
    return rows
