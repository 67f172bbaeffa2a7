from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.utils.translation import gettext_lazy as _


class NewhamConnectConfig(AppConfig):
    """Cross-cutting code with no data of its own: moderation, i18n helpers, site pages."""

    name = "newham_connect"
    verbose_name = _("Newham Connect")

    def ready(self):
        from allauth.mfa.signals import authenticator_added
        from django.contrib.auth.signals import user_logged_in

        from . import mail_admin, mfa

        mail_admin.register()
        authenticator_added.connect(mfa.after_set_up, dispatch_uid="nc_mfa_after_set_up")
        user_logged_in.connect(mfa.after_sign_in, dispatch_uid="nc_mfa_after_sign_in")


class BackOfficeAdminConfig(admin_apps.AdminConfig):
    """django.contrib.admin with our site, so every ModelAdmin follows the back-office rules."""

    default = False  # not the default config of this module: NewhamConnectConfig is
    default_site = "newham_connect.admin.BackOfficeSite"
