from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class NewhamConnectConfig(AppConfig):
    """Cross-cutting code with no data of its own: moderation, i18n helpers, site pages."""

    name = "newham_connect"
    verbose_name = _("Newham Connect")


class BackOfficeAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with our site, so every ModelAdmin follows the back-office rules."""

    default = False  # not the default config of this module: NewhamConnectConfig is
    default_site = "newham_connect.admin.BackOfficeSite"
