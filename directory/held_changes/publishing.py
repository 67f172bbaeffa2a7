"""A partner's edit of a published listing waits for a moderator while the published version
stays live (the design's "pending revision").

The edit is kept as the back-office form exactly as it was sent (a `directory.PendingChange`).
To show or publish it, the same admin form and inlines are rebuilt from that data *as the sender
saw them* (their organisations, their read-only fields) and validated again. So every rule the
form has applies at publishing time too, and a change that no longer fits (a venue deleted
meanwhile, the sender no longer an editor) is refused with the form's own errors, never half
applied. The admin side is `HoldChangesToPublishedMixin` in `directory/held_changes/mixins.py`.
"""

import copy
import dataclasses
import json

from django import forms
from django.contrib.admin.models import LogEntry
from django.contrib.admin.utils import construct_change_message, flatten_fieldsets
from django.contrib.contenttypes.models import ContentType
from django.db import models, transaction
from django.forms.formsets import all_valid
from django.http import QueryDict
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from newham_connect import admin_internals, request_notes
from newham_connect.mail import best_effort, send_templated, site_url

from ..models import PendingChange, PendingChangeState
from .state import Replay

# Buttons and the CSRF token are how the form was sent, not what it says.
NOT_FORM_DATA = {"csrfmiddlewaretoken", "_save", "_continue", "_addanother", "_saveasnew"}


class CannotPublish(Exception):
    """The change cannot be published as it was sent; the message says why."""


def form_data(post, skip_prefixes=()):
    """What the form said, as {name: [values]}, without inlines that are saved at once."""
    return {
        name: post.getlist(name)
        for name in post
        if name not in NOT_FORM_DATA
        and not any(name.startswith(f"{prefix}-") for prefix in skip_prefixes)
    }


def hold(model_admin, request, original, form, formsets, skip_prefixes=()):
    """Keep this edit for a moderator, replacing any earlier one still waiting."""
    content_type = ContentType.objects.get_for_model(original)
    summary = _summary(form, formsets)
    with transaction.atomic():
        # Two colleagues saving at the same moment take turns on the listing's row, so the
        # second replaces the first instead of meeting the one-waiting-change constraint.
        type(original)._default_manager.select_for_update().filter(pk=original.pk).exists()
        PendingChange.objects.waiting().for_listing(original, original.pk).update(
            state=PendingChangeState.REPLACED, decided_at=timezone.now()
        )
        return PendingChange.objects.create(
            content_type=content_type,
            object_id=str(original.pk),
            organisation_id=model_admin._organisation_id(original),
            title=str(original)[:300],
            data=form_data(request.POST, skip_prefixes),
            summary=summary,
            submitted_by=request.user,
        )


def _summary(form, formsets):
    """Django's history message for this edit (LogEntry's JSON, translated when shown). The
    admin's own builder reads what formsets *saved*, and nothing is saved yet."""
    message = construct_change_message(form, [], False)
    with translation.override(None):
        for formset in formsets:
            name = str(formset.model._meta.verbose_name)
            initial = set(map(id, formset.initial_forms))
            for f in formset.forms:
                if id(f) in initial and admin_internals.will_delete(formset, f):
                    message.append({"deleted": {"name": name, "object": str(f.instance)}})
                elif not f.has_changed():
                    continue
                elif id(f) not in initial:
                    message.append({"added": {"name": name, "object": str(f.instance)}})
                else:
                    labels = [str(f.fields[n].label or n) for n in f.changed_data]
                    message.append(
                        {"changed": {"name": name, "object": str(f.instance), "fields": labels}}
                    )
    return message


def summary_text(change):
    """The changed fields in words, translated as the admin's own history is."""
    return LogEntry(change_message=json.dumps(change.summary)).get_change_message()


def admin_for(admin_site, change):
    return admin_site.get_model_admin(change.content_type.model_class())


def _as_sender(request, change):
    """A copy of the moderator's request that posts the stored form as its sender."""
    if change.submitted_by is None or not change.submitted_by.is_active:
        raise CannotPublish(_("The person who sent this change no longer has an account."))
    replay = copy.copy(request)
    replay.user = change.submitted_by
    replay.method = "POST"
    post = QueryDict(mutable=True)
    for name, values in change.data.items():
        post.setlist(name, values)
    admin_internals.set_post(replay, post)
    request_notes.forget_all(replay)
    request_notes.note(replay, Replay(change))
    return replay


@dataclasses.dataclass
class Bound:
    obj: models.Model
    form: object
    formsets: list
    inlines: list

    def is_valid(self):
        # Every form is checked (all_valid does not stop at the first), so all errors show.
        return all([self.form.is_valid(), all_valid(self.formsets)])

    def errors(self):
        found = []
        for name, errors in self.form.errors.items():
            label = self.form.fields[name].label if name in self.form.fields else ""
            found += [f"{label}: {error}" if label else str(error) for error in errors]
        for formset in self.formsets:
            part = formset.model._meta.verbose_name
            found += [f"{part}: {error}" for error in formset.non_form_errors()]
            for form in formset.forms:
                found += [f"{part}: {error}" for errors in form.errors.values() for error in errors]
        return found


def bind(model_admin, request, change):
    """The listing's admin form and inlines, filled in with the change as it was sent."""
    replay = _as_sender(request, change)
    # The sender's view of the listing: gone if it was deleted or left their organisation.
    obj = model_admin.get_object(replay, change.object_id)
    if obj is None:
        raise CannotPublish(
            _("The listing was deleted, or its sender no longer works for its organisation.")
        )
    fieldsets = model_admin.get_fieldsets(replay, obj)
    ModelForm = model_admin.get_form(replay, obj, change=True, fields=flatten_fieldsets(fieldsets))
    form = ModelForm(replay.POST, replay.FILES, instance=obj)
    # The admin's own formset builder, so inline permissions and prefixes are as in the view.
    formsets, inlines = admin_internals.admin_formsets(model_admin, replay, form.instance)
    return Bound(obj, form, formsets, inlines)


@dataclasses.dataclass
class Difference:
    section: str
    field: str
    before: str
    after: str


def _flat(choices):
    for value, label in choices:
        if isinstance(label, list | tuple):  # an option group
            yield from _flat(label)
        else:
            yield value, label


def _show(field, value):
    """A form value in words: choice labels, related objects' names, Yes/No, "—" for empty."""
    if isinstance(value, bool):
        return _("Yes") if value else _("No")
    if value is None or value == "" or value == [] or value == ():
        return "—"
    if hasattr(value, "all"):
        value = list(value.all())
    many = isinstance(value, list | tuple | set)
    items = list(value) if many else [value]
    if isinstance(field, forms.ModelChoiceField):
        # The initial value is an id; the cleaned one is already the object.
        ids = [item for item in items if not isinstance(item, models.Model)]
        if ids:
            found = {
                str(obj.pk): obj for obj in field.queryset.model._default_manager.filter(pk__in=ids)
            }
            items = [found.get(str(item), item) for item in items]
        return ", ".join(str(item) for item in items)
    choices = {str(v): label for v, label in _flat(getattr(field, "choices", ()))}
    return ", ".join(str(choices.get(str(item), item)) for item in items)


def _form_rows(section, prefix, form):
    rows = []
    for name in form.changed_data:
        field = form.fields[name]
        after = (
            form.cleaned_data[name]
            if name in getattr(form, "cleaned_data", {})
            else form[name].value()
        )
        rows.append(
            Difference(
                section,
                f"{prefix}{field.label}",
                _show(field, form.get_initial_for_field(field, name)),
                _show(field, after),
            )
        )
    return rows


def differences(bound):
    """What publishing would change, field by field: published value → proposed value.

    "Before" is each form's initial value, read from the published rows when the form was
    built, which is also what Django compares to decide a field has changed."""
    names = {id(form): str(form.instance) for fs in bound.formsets for form in fs.initial_forms}
    valid = bound.is_valid()
    rows = _form_rows("", "", bound.form)
    for formset, inline in zip(bound.formsets, bound.inlines, strict=True):
        section = str(inline.verbose_name_plural or formset.model._meta.verbose_name_plural)
        for form in formset.forms:
            name = names.get(id(form))
            if name is not None and admin_internals.will_delete(formset, form):
                rows.append(Difference(section, name, name, _("Removed")))
            elif form.has_changed():
                rows += _form_rows(section, f"{name}: " if name else _("New: "), form)
    return valid, rows


def publish(model_admin, request, change):
    """Apply the change through the admin as the moderator, who is recorded as publishing it."""
    with transaction.atomic():
        change = PendingChange.objects.select_for_update().get(pk=change.pk)
        if change.state != PendingChangeState.WAITING:
            raise CannotPublish(_("This change has already been decided."))
        bound = bind(model_admin, request, change)
        if not bound.is_valid():
            raise CannotPublish(" ".join(bound.errors()))
        obj = model_admin.save_form(request, bound.form, change=True)
        obj._change_reason = (
            f"Change sent by {change.submitted_by} on {change.submitted_at:%d %b %Y}"
        )
        model_admin.save_model(request, obj, bound.form, True)
        model_admin.save_related(request, bound.form, bound.formsets, True)
        model_admin.log_change(request, obj, change.summary)
        _decide(change, request.user, PendingChangeState.PUBLISHED)
    transaction.on_commit(lambda: notify_sender(change, model_admin))
    return obj


def send_back(model_admin, request, change, note):
    with transaction.atomic():
        change = PendingChange.objects.select_for_update().get(pk=change.pk)
        if change.state != PendingChangeState.WAITING:
            raise CannotPublish(_("This change has already been decided."))
        _decide(change, request.user, PendingChangeState.SENT_BACK, note)
    transaction.on_commit(lambda: notify_sender(change, model_admin))


def _decide(change, user, state, note=""):
    change.state, change.decided_by, change.decided_at = state, user, timezone.now()
    change.note = note
    change.save(update_fields=["state", "decided_by", "decided_at", "note"])


@best_effort
def notify_sender(change, model_admin):
    """Tell the partner who sent the change what became of it (back office emails are in
    English, like the rest of the organisations' email)."""
    if not (change.submitted_by and change.submitted_by.email):
        return
    opts = model_admin.model._meta
    context = {
        "change": change,
        "listing_link": site_url()
        + reverse(f"admin:{opts.app_label}_{opts.model_name}_change", args=[change.object_id]),
    }
    send_templated(
        f"newham_connect/email/change_{change.state}", [change.submitted_by.email], context
    )
