from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewhamConnectConfig(AppConfig):
    """Cross-cutting code with no data of its own: moderation, i18n helpers, site pages."""

    name = "newham_connect"
    verbose_name = _("Newham Connect")
