from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import gettext_lazy as _
from django.views.i18n import set_language

from . import mfa, views

# One sign-in for everyone: allauth's, which is rate-limited (Django's admin login is not).
admin.site.login = views.admin_login
admin.site.site_header = _("Newham Connect back office")
admin.site.site_title = _("Newham Connect back office")
admin.site.index_title = _("Listings and organisations")

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    # Browsers and the admin ask for /favicon.ico whatever the page says.
    path("favicon.ico", views.favicon),
    # The back office has a language-free address; its switcher (templates/admin/base_site.html)
    # keeps the choice in the language cookie through Django's set_language.
    path("admin/", admin.site.urls),
    path("language/", set_language, name="set_language"),
    # Machine-readable open data: no language prefix (translated fields in English).
    path("api/oruk/", include("directory.api_urls")),
    path("openactive/", include("activities.openactive_urls")),
]

# Every page a resident sees carries its language, so a shared link opens in that language.
urlpatterns += i18n_patterns(
    path("", views.HomeView.as_view(), name="home"),
    path("search/", views.SearchView.as_view(), name="search"),
    path("accessibility/", views.page("accessibility"), name="accessibility"),
    path("privacy/", views.page("privacy"), name="privacy"),
    # Our guide into allauth's set-up of the second step, and the way on after it.
    path("accounts/2fa/start/", mfa.setup_start, name="mfa_setup_start"),
    path("accounts/2fa/continue/", mfa.setup_continue, name="mfa_continue"),
    path("accounts/", include("allauth.urls")),
    path("", include("directory.urls")),
    path("activities/", include("activities.urls")),
    path("volunteering/", include("volunteering.urls")),
    prefix_default_language=True,
)

# Our pages whatever went wrong (JSON under /api/ and /openactive/); allauth's rate limits
# answer through handler429 too.
handler400 = "newham_connect.errors.bad_request"
handler403 = "newham_connect.errors.permission_denied"
handler404 = "newham_connect.errors.page_not_found"
handler429 = "newham_connect.ratelimit.handler429"
handler500 = "newham_connect.errors.server_error"
