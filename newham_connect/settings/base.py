"""Settings shared by every environment. Environment files only change what differs."""

import os
from pathlib import Path

import dj_database_url
import django.conf.locale

from newham_connect.formats import named_month as _uk_formats

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = [h for h in os.environ.get("ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    # modeltranslation patches the admin, so it must come before django.contrib.admin.
    "modeltranslation",
    # django.contrib.admin with our site (newham_connect.admin.BackOfficeSite).
    "newham_connect.apps.BackOfficeAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_filters",
    "simple_history",
    "csp",
    "newham_connect",
    "directory",
    "activities",
    "volunteering",
    # Outgoing mail queued in PostgreSQL and sent by `send_queued_mail` (settings.services).
    "post_office",
]

MIDDLEWARE = [
    # Outermost, so its time and status are what the client got (newham_connect.service).
    "newham_connect.service.RequestLogMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    # After LocaleMiddleware, so its 400 page is in the address's language, and after
    # CSPMiddleware, so that page's script carries the nonce the policy allows.
    "newham_connect.control_characters.RefuseControlCharactersMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # After authentication and messages: the back office's second step and idle time-out.
    "newham_connect.mfa.BackOfficeGuardMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last: a kept public page is answered after every check above has run.
    "newham_connect.page_cache.PublicPageCacheMiddleware",
]

ROOT_URLCONF = "newham_connect.urls"
WSGI_APPLICATION = "newham_connect.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "newham_connect.context_processors.site",
            ],
        },
    },
]

# --- Database: real PostgreSQL always. DATABASE_URL, or the embedded server. ---
if os.environ.get("DATABASE_URL"):
    # Health checks: a connection kept across requests is tested before reuse, so after a
    # database restart each worker reconnects instead of failing its next request.
    DATABASES = {
        "default": dj_database_url.parse(
            os.environ["DATABASE_URL"], conn_max_age=60, conn_health_checks=True
        )
    }
else:
    from newham_connect.embedded_db import embedded_database_settings

    DATABASES = {
        "default": embedded_database_settings(
            Path(os.environ.get("EMBEDDED_PG_DIR", BASE_DIR / ".pgdata"))
        )
    }
# A streaming replica for the public pages' reads, when one is given (newham_connect/replica.py:
# anonymous GETs outside the back office; a form sent pins that browser to the primary for a
# few seconds). In tests it mirrors the default database instead of being created.
if os.environ.get("DATABASE_REPLICA_URL"):
    DATABASES["replica"] = {
        **dj_database_url.parse(
            os.environ["DATABASE_REPLICA_URL"], conn_max_age=60, conn_health_checks=True
        ),
        "TEST": {"MIRROR": "default"},
    }
    DATABASE_ROUTERS = ["newham_connect.replica.ReplicaRouter"]
    MIDDLEWARE.append("newham_connect.replica.ReplicaReadsMiddleware")
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]

# --- Languages. The order is the switcher's order; names are each language's own name. ---
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("bn", "বাংলা"),
    ("ur", "اردو"),
    ("gu", "ગુજરાતી"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("ta", "தமிழ்"),
    ("pl", "Polski"),
    ("ro", "Română"),
    ("pt", "Português"),
    ("lt", "Lietuvių"),
    ("so", "Soomaali"),
    ("ar", "العربية"),
]
# Django knows no Gujarati or Somali; the admin and {% get_language_info %} need these.
django.conf.locale.LANG_INFO.update(
    {
        "gu": {"bidi": False, "code": "gu", "name": "Gujarati", "name_local": "ગુજરાતી"},
        "so": {"bidi": False, "code": "so", "name": "Somali", "name_local": "Soomaali"},
    }
)
# Explicit, so the base template's dir="rtl" does not depend on Django's defaults.
LANGUAGES_BIDI = ["ur", "ar"]
LOCALE_PATHS = [BASE_DIR / "locale"]
# UK dates and times in every language: newham_connect/formats/<language>/formats.py first,
# then Django's own. The defaults below are for a language with neither, never American.
FORMAT_MODULE_PATH = ["newham_connect.formats"]
DATE_INPUT_FORMATS = _uk_formats.DATE_INPUT_FORMATS
TIME_INPUT_FORMATS = _uk_formats.TIME_INPUT_FORMATS
DATETIME_INPUT_FORMATS = _uk_formats.DATETIME_INPUT_FORMATS
DATE_FORMAT = _uk_formats.DATE_FORMAT
DATETIME_FORMAT = _uk_formats.DATETIME_FORMAT
TIME_FORMAT = _uk_formats.TIME_FORMAT
SHORT_DATE_FORMAT = _uk_formats.SHORT_DATE_FORMAT
SHORT_DATETIME_FORMAT = _uk_formats.SHORT_DATETIME_FORMAT
FIRST_DAY_OF_WEEK = _uk_formats.FIRST_DAY_OF_WEEK
USE_I18N = True
TIME_ZONE = "Europe/London"
USE_TZ = True

# English is the content fallback: an untranslated name shows in English (with a note).
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)

# --- Static files: GOV.UK Frontend is vendored into static/vendor/govuk-frontend. ---
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Accounts (django-allauth): email + password, verified email, rate-limited login. ---
SITE_NAME = "Newham Connect"
LOGIN_REDIRECT_URL = "home"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_CONFIRM_EMAIL_ON_GET = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_LOGOUT_REDIRECT_URL = "home"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Newham Connect] "
ACCOUNT_PRESERVE_USERNAME_CASING = False
ACCOUNT_ADAPTER = "newham_connect.accounts.AccountAdapter"
ACCOUNT_FORMS = {
    "login": "newham_connect.accounts.LoginForm",
    "signup": "newham_connect.accounts.SignupForm",
    "reset_password": "newham_connect.accounts.ResetPasswordForm",
    "reset_password_from_key": "newham_connect.accounts.ResetPasswordKeyForm",
    "change_password": "newham_connect.accounts.ChangePasswordForm",
    "request_login_code": "newham_connect.accounts.RequestLoginCodeForm",
    "confirm_login_code": "newham_connect.accounts.ConfirmLoginCodeForm",
}
# Sign in with a code sent by email, for partners who struggle with passwords: six digits
# (a phone shows its number pad), valid for 15 minutes (the email may be slow to arrive, and
# read on another device), 3 tries per code. Someone who must use an app code (moderators,
# organisation administrators) is still asked for it afterwards.
ACCOUNT_LOGIN_BY_CODE_ENABLED = True
ACCOUNT_LOGIN_BY_CODE_FORMAT = {"numeric": True, "length": 6, "dashed": False}
ACCOUNT_LOGIN_BY_CODE_TIMEOUT = 15 * 60
ACCOUNT_LOGIN_BY_CODE_MAX_ATTEMPTS = 3
# allauth's defaults, written out so the limits are visible and tested:
# failed logins are limited per IP and per account.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
    "confirm_email": "1/3m/key",
    "request_login_code": "20/m/ip,3/m/key",
    # Public forms anyone may send without an account. Generous, because a library's or a
    # community centre's computers share one address while staff help many residents.
    "volunteering_interest": "30/h/ip",
    "listing_report": "30/h/ip",
    # Site searches: generous for a shared library computer, far below what slows the site.
    "search": "120/m/ip",
}
# Behind nginx every request comes from 127.0.0.1: "per IP" limits would be one limit for the
# whole borough. nginx writes the visitor's address into this header (deploy/nginx), over
# anything the visitor sent; set it only where the app servers are reachable through the
# proxy alone, or a visitor could choose their own address.
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = os.environ.get("TRUSTED_CLIENT_IP_HEADER") or None

# A second sign-in step (allauth.mfa) for moderators and organisation administrators
# (permissions.must_use_mfa): an authenticator app and printed recovery codes. No security keys
# (WebAuthn): they need a package (fido2) and hardware most partners do not have.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = SITE_NAME
# Only the code of the current 30 seconds: allauth remembers a used code for one period only,
# so accepting neighbouring periods would let somebody who saw a code use it again.
# Wrong codes count towards ACCOUNT_RATE_LIMITS["login_failed"] per account (allauth keys them
# "mfa-auth-user-<id>"), so guessing is limited like passwords.
MFA_TOTP_TOLERANCE = 0
MFA_ADAPTER = "newham_connect.accounts.MFAAdapter"
MFA_FORMS = {
    "authenticate": "newham_connect.accounts.MFAAuthenticateForm",
    "reauthenticate": "newham_connect.accounts.MFAReauthenticateForm",
    "activate_totp": "newham_connect.accounts.ActivateTOTPForm",
}
# The back office signs its user out after this many minutes without a back-office request.
BACK_OFFICE_IDLE_MINUTES = 30

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Newham Connect <no-reply@localhost>")

MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# --- Whole public pages for visitors with no session (newham_connect.page_cache). ---
PUBLIC_PAGE_CACHE = {
    # Longest a kept page is used; any change to a listing's tables ends it at once.
    "SECONDS": int(os.environ.get("PUBLIC_PAGE_CACHE_SECONDS", "300")),
    "APPS": ["directory", "activities", "volunteering"],
    "VIEWS": [
        "home",
        "search",
        "directory:services",
        "directory:service",
        "directory:organisation",
        "activities:index",
        "activities:detail",
        "volunteering:index",
        "volunteering:opportunity",
        # OpenActive's RPDE pages: a consumer's poll of the last page is the busiest address.
        "openactive:session_series",
        "openactive:scheduled_sessions",
    ],
}

# --- Content Security Policy: no inline script without the per-request nonce. ---
from csp.constants import NONCE, NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

# A form sent without its security token gets our 403 page, in the page's language.
CSRF_FAILURE_VIEW = "newham_connect.errors.csrf_failure"

# The roles that are data: the council moderators' group (created by a migration).
MODERATORS_GROUP = "Council moderators"

# An old version is only looked at: putting one back would bypass roles and moderation (the
# back office's version page is read only and refuses posts, newham_connect/admin.py).
SIMPLE_HISTORY_REVERT_DISABLED = True

# Which app server answered: its X-App-Server header and its request log lines.
APP_SERVER_NAME = os.environ.get("APP_SERVER_NAME", "")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"bare": {"format": "%(message)s"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        # One JSON object a line (newham_connect.service.RequestLogMiddleware).
        "requests": {"class": "logging.StreamHandler", "formatter": "bare"},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "newham_connect.requests": {
            "handlers": ["requests"],
            "level": os.environ.get("REQUEST_LOG_LEVEL", "INFO"),
            "propagate": False,
        },
        # Every failed send attempt, besides its row in the back office.
        "post_office": {"handlers": ["console"], "level": "WARNING", "propagate": False},
    },
}

# Where the phase banner's "feedback" link and the accessibility statement send people.
FEEDBACK_EMAIL = os.environ.get("FEEDBACK_EMAIL", "newham.connect@example.org")

# The public address, for links in emails (sent from commands, where there is no request).
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000")

# Volunteering Hub: an extra address escalations go to (besides the council moderators), and
# how long finished applications keep their personal data before the purge removes it.
VOLUNTEERING_HUB_EMAIL = os.environ.get("VOLUNTEERING_HUB_EMAIL", "")
VOLUNTEERING_RETENTION_MONTHS = int(os.environ.get("VOLUNTEERING_RETENTION_MONTHS", "24"))
