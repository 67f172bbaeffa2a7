"""Back-office test helpers: what a persona meets at an address, and a change form filled in
the way a browser would send it back unchanged."""

from django import forms
from django.urls import reverse


def _field_value(bound_field):
    widget = bound_field.field.widget
    value = bound_field.value()
    if isinstance(widget, forms.CheckboxInput):
        return "on" if value else None
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return [str(v) for v in value]
    formatted = widget.format_value(value)
    return "" if formatted is None else formatted


def _add_form(data, form):
    for bound_field in form:
        value = _field_value(bound_field)
        if value is not None:
            data[bound_field.html_name] = value


def changeform_data(response, **changes):
    """The POST data of the change form in `response` (a GET of the admin change page), with
    `changes` applied on top: `{"name_en": "New name", "schedules-0-opens_at": "11:00"}`."""
    context = response.context
    data = {}
    _add_form(data, context["adminform"].form)
    for inline in context["inline_admin_formsets"]:
        formset = inline.formset
        _add_form(data, formset.management_form)
        for form in formset.forms:
            _add_form(data, form)
    for name, value in changes.items():
        if value is None:
            data.pop(name, None)
        else:
            data[name] = value
    return data


def change_url(obj):
    opts = obj._meta
    return reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[obj.pk])


def review_url(change):
    return reverse("admin:directory_pendingchange_change", args=[change.pk])


def edit(client, user, obj, **changes):
    client.force_login(user)
    page = client.get(change_url(obj))
    assert page.status_code == 200
    return client.post(change_url(obj), changeform_data(page, **changes), follow=True)


# What a back-office address gives a persona, in the words of the permission tables.
OK, FORBIDDEN, LOGIN, MISSING, REASON = 200, 403, "login", "missing", "reason"


def admin_outcome(client, user, url):
    """OK, FORBIDDEN, LOGIN (sent to sign in), MISSING (404: another organisation's record is
    not found), REASON (asked why before personal data is shown) or any other status code.
    user=None: signed out."""
    if user is not None:
        client.force_login(user)
    response = client.get(url)
    if response.status_code == 302:
        location = response["Location"]
        if "/admin/login/" in location:
            return LOGIN
        if location.endswith("/reason/"):
            return REASON
    if response.status_code == 404:
        return MISSING
    return response.status_code


def assert_matrix_cell(client, personas, urls, expected, persona, url_name, *args):
    """One cell of a permission matrix: the address `urls[url_name](*args)` as `persona`
    (None: not signed in). `expected[persona]` is a dict by URL name, or a list in the order
    of `urls`."""
    row = expected[persona]
    want = row[url_name] if isinstance(row, dict) else row[list(urls).index(url_name)]
    user = personas[persona] if persona else None
    assert admin_outcome(client, user, urls[url_name](*args)) == want, f"{persona} {url_name}"
