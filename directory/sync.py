"""Write a wanted state to the database, touching only what differs (demo seed, feed import).

Nothing is saved when nothing changed, so running a sync twice writes nothing the second time
and `last_modified` stamps stay true.
"""

from django.conf import settings
from django.utils import timezone

from newham_connect.history import is_change


def translated_values(field, values):
    """{"en": "Food", "bn": "খাবার"} -> {"name_en": "Food", "name_bn": "খাবার"}."""
    unknown = set(values) - {code for code, _name in settings.LANGUAGES}
    if unknown or "en" not in values:
        raise ValueError(f"{field}: needs English and only site languages, got {sorted(values)}")
    return {f"{field}_{lang}": value for lang, value in values.items()}


class Tally:
    """Counts the rows a sync (the demo seed, a feed import) created and changed."""

    def __init__(self):
        self.created = 0
        self.updated = 0
        self._new = set()  # (model, pk) created in this run: their links are not "updates"

    def upsert(self, model, lookup, values, create_only=None):
        """Like update_or_create, but validates new rows and saves only when a value differs.
        `create_only` values are set on a new row and never compared or changed after."""
        obj = model._default_manager.filter(**lookup).first()
        if obj is None:
            obj = model(**lookup, **values, **(create_only or {}))
            obj.full_clean()
            obj.save()
            self.created += 1
            self._new.add((model, obj.pk))
            return obj
        changed = [name for name, value in values.items() if is_change(getattr(obj, name), value)]
        if changed:
            for name in changed:
                setattr(obj, name, values[name])
            if "status" in changed and hasattr(obj, "status_changed_at"):
                obj.status_changed_at = timezone.now()
            obj.full_clean()
            obj.save()
            self.updated += 1
        return obj

    def sync_children(self, manager, rows):
        """Make a reverse relation hold exactly `rows` ({"id": ..., field: value}): upsert each
        by its (derived) id and delete the rest. Returns the saved objects."""
        saved = [
            self.upsert(
                manager.model, {"id": row["id"]}, {k: v for k, v in row.items() if k != "id"}
            )
            for row in rows
        ]
        extra = manager.exclude(pk__in=[obj.pk for obj in saved])
        if extra.exists():
            extra.delete()
            self.updated += 1
        return saved

    def set_m2m(self, manager, objects):
        """manager.set(), counting the owner as updated only if an existing set changes."""
        owner = manager.instance
        if (type(owner), owner.pk) in self._new:
            manager.set(objects)
        elif set(manager.values_list("pk", flat=True)) != {o.pk for o in objects}:
            manager.set(objects)
            self.updated += 1
