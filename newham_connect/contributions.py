"""What apps add to shared pages, collected from their AppConfigs.

An app declares, on its AppConfig, the callables it offers (dotted paths or callables), under
an attribute the shared page names, and `page_order`: where its offerings come on shared pages
(lowest first; equal orders keep INSTALLED_APPS order). So the search page and the
organisation page list no app by name, and a new app registers itself in its own apps.py:

    class ActivitiesConfig(AppConfig):
        page_order = 10
        search_sections = ["activities.search.activities_section"]
"""

import functools

from django.apps import apps
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.utils.module_loading import import_string

# Apps that declare no order come after those that do.
LAST = 1000


@functools.cache
def contributions(attribute):
    """Every installed app's `attribute` entries, as callables, in page order."""
    configs = sorted(
        (config for config in apps.get_app_configs() if getattr(config, attribute, None)),
        key=lambda config: getattr(config, "page_order", LAST),  # sorted() is stable
    )
    return tuple(
        import_string(entry) if isinstance(entry, str) else entry
        for config in configs
        for entry in getattr(config, attribute)
    )


@receiver(setting_changed, dispatch_uid="nc-contributions-installed-apps")
def _forget_when_apps_change(setting, **kwargs):
    if setting == "INSTALLED_APPS":
        contributions.cache_clear()
