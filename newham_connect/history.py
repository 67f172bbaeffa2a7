"""Listing history (django-simple-history) that records only real changes.

Publishing one held change saved the listing and each of its inline rows through the admin,
and simple-history wrote a history row for every save, changed or not: about 40 rows of
fields that did not change, which buried the one real change. `register` keeps a save out of
the history when no recorded field differs from the newest history row. Fields Django sets on
every save (`auto_now`) are not a change on their own.

Most of those "changes" were an untranslated field going from empty (None, as the importers
and the ORM store it) to empty ("", as an admin form sends it). Both mean "not translated,
show English" to modeltranslation, so a listing's untranslated fields are stored as None
whichever way they were saved.
"""

from django.db.models import CharField, TextField
from django.db.models.signals import pre_save
from modeltranslation.fields import TranslationField
from simple_history import register as register_history
from simple_history.models import HistoricalRecords


def is_change(old, new):
    """Whether a field really changed: "" and None are both "empty" (not translated)."""
    return old != new and not (old in ("", None) and new in ("", None))


class RealChangesOnly(HistoricalRecords):
    def post_save(self, instance, created, using=None, **kwargs):
        if not created and not kwargs.get("raw", False) and not self.has_changed(instance):
            return
        super().post_save(instance, created, using=using, **kwargs)

    def has_changed(self, instance):
        manager = getattr(instance, self.manager_name)
        latest = manager.order_by("-history_date", "-history_id").first()
        if latest is None:
            return True
        return any(
            is_change(getattr(latest, field.attname), getattr(instance, field.attname))
            for field in self.fields_included(instance)
            if not getattr(field, "auto_now", False)
        )


def _untranslated_fields(model):
    return [
        field.attname
        for field in model._meta.concrete_fields
        if isinstance(field, TranslationField)
        and isinstance(field, CharField | TextField)
        and field.null
    ]


def _store_untranslated_as_none(sender, instance, raw=False, **kwargs):
    for attname in sender._nc_untranslated_fields:
        if getattr(instance, attname) == "":
            setattr(instance, attname, None)


def register(model, **options):
    """simple_history.register, recording only saves that change something. Call it after
    the model's translation fields exist (in translation.py, after modeltranslation's)."""
    # Bookkeeping a model names in `history_excluded_fields` (when a reminder went out) is
    # not part of what the listing says.
    options.setdefault("excluded_fields", list(getattr(model, "history_excluded_fields", ())))
    register_history(model, records_class=RealChangesOnly, **options)
    model._nc_untranslated_fields = _untranslated_fields(model)
    pre_save.connect(_store_untranslated_as_none, sender=model, weak=False)


def stored_empty_as_none(app_label, *model_names):
    """A data migration's function: untranslated fields already stored as "" become None, in
    the listing and its history, so the first save after it is not a 40-field "change"."""
    from django.conf import settings

    others = [code for code, _name in settings.LANGUAGES if code != settings.LANGUAGE_CODE]

    def forwards(apps, schema_editor):
        for name in model_names:
            for model in (
                apps.get_model(app_label, name),
                apps.get_model(app_label, f"Historical{name}"),
            ):
                for field in model._meta.concrete_fields:
                    if not (field.null and isinstance(field, CharField | TextField)):
                        continue
                    if not any(field.name.endswith(f"_{code}") for code in others):
                        continue
                    model.objects.filter(**{field.name: ""}).update(**{field.name: None})

    return forwards
