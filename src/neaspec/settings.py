"""One settings module, driven by environment variables (see README, "Configuration")."""

import datetime
import os
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import dj_database_url
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _
from whitenoise.compress import Compressor

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent.parent
VAR_DIR = Path(os.environ.get("NEASPEC_VAR_DIR", PROJECT_DIR / "var"))


def env_bool(name: str, default: bool = False) -> bool:
    """A yes or a no, said plainly: a misspelt `DEBUG=ture` stops the start instead of being
    read as off."""
    value = os.environ.get(name, "").strip().lower()
    if not value:
        return default
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    raise ValueError(
        f"{name} must be 1, true, yes or on, or 0, false, no or off, not {os.environ[name]!r}"
    )


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip()
    if not value:
        return default
    try:
        return int(value)
    except ValueError as error:
        raise ValueError(f"{name} must be a whole number, not {value!r}") from error


def env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG")
# The fallback key is for a local machine only; production sets SECRET_KEY (README), and
# `neaspec check --deploy` flags the fallback because it is short and prefixed "django-insecure".
SECRET_KEY = os.environ.get("SECRET_KEY") or "django-insecure-neaspec-local-only"
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,testserver")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    # Registers the translatable fields of each app's translation.py (neaspec.multilingual);
    # it must come before the admin.
    "modeltranslation",
    "neaspec.apps.SecretariatAdminConfig",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    # sitemap.xml of the public pages (its template).
    "django.contrib.sitemaps",
    "rules.apps.AutodiscoverRulesConfig",
    "simple_history",
    "django_tasks_db",
    "axes",
    # Two-factor sign-in: an authenticator app (TOTP) and one-time recovery codes.
    "django_htmx",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "ninja",
    "neaspec.apps.NeaspecConfig",
    "neaspec.accounts",
    "neaspec.mail",
    "neaspec.people",
    "neaspec.imports",
    "neaspec.directory",
    "neaspec.programme",
    "neaspec.meetings",
    "neaspec.decisions",
    "neaspec.consultations",
    "neaspec.extraction",
    "neaspec.library",
    "neaspec.finance",
    "neaspec.projects",
    "neaspec.networks",
    "neaspec.proceedings",
    "neaspec.reports",
    "neaspec.translations",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # The page cache stores signed-out answers here, as the others left them, and serves
    # them at the end of the list, once the language is known (caching.py).
    "neaspec.caching.PageCacheUpdate",
    # HTML and JSON go compressed to a client that accepts it (Django's gzip, with its BREACH
    # mitigation); static files come precompressed from WhiteNoise. Before the ETag, as
    # Django's middleware ordering asks, so the ETag is of the uncompressed body.
    "django.middleware.gzip.GZipMiddleware",
    # An ETag for every GET answer (computed from the body unless the view gave one), and 304
    # Not Modified when the client already holds it: a slow connection downloads nothing twice.
    "django.middleware.http.ConditionalGetMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "neaspec.languages.RequestedLanguage",
    "django.middleware.common.CommonMiddleware",
    # request.htmx: whether htmx asked, so a view answers with a page's part (neaspec/htmx.py).
    "django_htmx.middleware.HtmxMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Whether the session gave its two-factor code (request.user.is_verified()); then a
    # session that owes one, or a Secretariat account without two-factor sign-in, is sent to
    # the page that settles it before any other; then the session is noted as in use.
    "django_otp.middleware.OTPMiddleware",
    "neaspec.accounts.middleware.TwoFactorRequired",
    "neaspec.accounts.middleware.SignInSeen",
    # A signed-out htmx request sent to sign in loads the sign-in page whole (HX-Redirect).
    "neaspec.accounts.middleware.SignInWholePage",
    # An API call with `Authorization: Bearer <token>` acts as the token's owner (after the
    # session's middleware, which it overrides; before the caches, which then keep nothing).
    "neaspec.accounts.middleware.BearerToken",
    # Signed-out pages are public for a shared cache; everything else is private.
    "neaspec.caching.PublicCacheMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    # A GET on a form's address: the site's page saying so, or the API's JSON error.
    "neaspec.not_allowed.MethodNotAllowedPage",
    # A signed-in person's page again, unchanged since: from the cache, keyed by the record's
    # version in the database (caching.py, record_version.py).
    "neaspec.caching.SignedInPageCache",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "neaspec.caching.PageCacheFetch",
    # Last, as django-axes asks: it turns a locked-out sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "neaspec.urls"


def cache_from_url(url: str) -> dict[str, Any]:
    """Django's own cache backends from a URL: none → this process's memory;
    redis://host:6379/0 (or rediss://) → Redis; memcached://host:11211 → Memcached (pymemcache).
    A cache shared by every app server is what lets more than one serve the same site."""
    if not url:
        # Django's default of 300 entries holds one page kind's addresses in six languages, and
        # the pages kept for signed-in sessions besides: a few thousand pages of 7 to 20 KB.
        return {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "neaspec",
            "OPTIONS": {"MAX_ENTRIES": 3000},
        }
    parts = urlsplit(url)
    if parts.scheme in ("redis", "rediss"):
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if parts.scheme == "memcached":
        return {
            "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
            "LOCATION": parts.netloc,
        }
    raise ValueError(f"CACHE_URL: unknown cache {parts.scheme!r} (redis://, memcached://)")


CACHES = {"default": cache_from_url(os.environ.get("CACHE_URL", ""))}
# The calendar feeds reach this many years back (a feed asks for more with ?since=YEAR).
NEASPEC_CALENDAR_YEARS = env_int("NEASPEC_CALENDAR_YEARS", 5)
# The Hub's address as its e-mails link to it (invitations are sent by the worker, which has no
# request to take the address from): given, or the address `neaspec serve` listens on
# (NEASPEC_ADDRPORT, which `make run PORT=...` sets). `neaspec check` warns of a mismatch.
NEASPEC_SITE_URL = (
    os.environ.get("NEASPEC_SITE_URL")
    or f"http://{os.environ.get('NEASPEC_ADDRPORT') or '127.0.0.1:8000'}"
).rstrip("/")
# An invitation to join the Hub can be used this many days (then the Secretariat sends another).
NEASPEC_INVITATION_DAYS = env_int("NEASPEC_INVITATION_DAYS", 14)
# A draft report circulated without a date for replies is due back after this many days.
NEASPEC_REPORT_REPLY_DAYS = env_int("NEASPEC_REPORT_REPLY_DAYS", 14)
# The States that have not answered a consultation are reminded this many days before it closes.
NEASPEC_CONSULTATION_REMIND_DAYS = env_int("NEASPEC_CONSULTATION_REMIND_DAYS", 3)
# How long a shared cache may keep a page a signed-out visitor sees (seconds).
NEASPEC_PUBLIC_MAX_AGE = env_int("NEASPEC_PUBLIC_MAX_AGE", 60)
# How long the Hub's own page cache keeps a signed-out visitor's page (0: not at all).
NEASPEC_PAGE_CACHE_SECONDS = env_int("NEASPEC_PAGE_CACHE_SECONDS", 60)
CACHE_MIDDLEWARE_KEY_PREFIX = "page"
# How long a signed-in person's page is kept for them while the record is unchanged
# (caching.SignedInPageCache; 0: not at all). Any change to the record passes over it at once.
NEASPEC_SIGNED_IN_CACHE_SECONDS = env_int("NEASPEC_SIGNED_IN_CACHE_SECONDS", 600)
WSGI_APPLICATION = "neaspec.wsgi.application"
ASGI_APPLICATION = "neaspec.asgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            # `|cite` shows a source by its title wherever a page names one; `|money` and `|figure`
            # show amounts and values with the reader's separators.
            "builtins": ["neaspec.templatetags.sources", "neaspec.templatetags.figures"],
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "neaspec.accounts.context_processors.roles",
                "neaspec.languages.selector",
                # Last: a page kept for a person has a placeholder for its forms' CSRF token.
                "neaspec.caching.csrf_hole",
            ],
        },
    },
]

# SQLite by default (WAL, IMMEDIATE transactions so concurrent writers queue instead of failing);
# DATABASE_URL=postgres://... switches to PostgreSQL.
DATABASE_URL = os.environ.get("DATABASE_URL", "")
if DATABASE_URL:
    # Persistent connections suit gunicorn's long-lived workers; `neaspec serve` (the
    # development server, one thread per request) turns them off, or every request would
    # leave a connection open.
    DATABASES = {
        "default": dj_database_url.parse(
            DATABASE_URL,
            conn_max_age=env_int("NEASPEC_DB_CONN_MAX_AGE", 60),
            conn_health_checks=True,
        )
    }
else:
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.sqlite3",
            "NAME": str(VAR_DIR / "neaspec.sqlite3"),
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                # Writers wait this long for the lock instead of failing at once.
                "timeout": env_int("NEASPEC_SQLITE_TIMEOUT", 30),
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            },
            # A file, not memory, so that `make test` can keep it between runs (--reuse-db).
            "TEST": {"NAME": str(VAR_DIR / "test.sqlite3")},
        }
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "accounts.User"
AUTHENTICATION_BACKENDS = [
    # First: django-axes refuses a sign-in while the account or the address is locked out.
    "axes.backends.AxesStandaloneBackend",
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", _("English")),
    ("zh-hans", _("Simplified Chinese")),
    ("ja", _("Japanese")),
    ("ko", _("Korean")),
    ("mn", _("Mongolian")),
    ("ru", _("Russian")),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# Content: English is the source of every translatable field and the fallback of the others.
MODELTRANSLATION_DEFAULT_LANGUAGE = "en"
MODELTRANSLATION_FALLBACK_LANGUAGES = ("en",)
TIME_ZONE = "Asia/Seoul"  # the Secretariat sits at ESCAP's office in Incheon
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise expects it even before collectstatic
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
# Uploads (library documents, import files) go through Django's storage API only: on this
# machine's disk by default, or in an S3-compatible bucket (django-storages) when
# NEASPEC_S3_BUCKET is set, so that every app server and task worker sees the same files.
NEASPEC_S3_BUCKET = os.environ.get("NEASPEC_S3_BUCKET", "")
UPLOADS: dict[str, Any] = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
if NEASPEC_S3_BUCKET:
    UPLOADS = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": NEASPEC_S3_BUCKET,
            # Another provider or a local server (MinIO, moto): its URL; empty for AWS itself.
            "endpoint_url": os.environ.get("NEASPEC_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("NEASPEC_S3_REGION") or None,
            "access_key": os.environ.get("NEASPEC_S3_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("NEASPEC_S3_SECRET_ACCESS_KEY") or None,
            # Private objects, handed out only through the app's permission-checked views.
            "default_acl": "private",
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
STORAGES = {
    "default": UPLOADS,
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG and env_bool("NEASPEC_MANIFEST_STATIC", False)
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
WHITENOISE_USE_FINDERS = True
# Source maps (the API docs' bundles carry 5 MB of them) are read by developers' tools only:
# compressing them took half of `collectstatic`'s time.
WHITENOISE_SKIP_COMPRESS_EXTENSIONS = [*Compressor.SKIP_COMPRESS_EXTENSIONS, "map"]

NEASPEC_MAX_UPLOAD_BYTES = int(os.environ.get("NEASPEC_MAX_UPLOAD_MB", "50")) * 2**20
DATA_UPLOAD_MAX_MEMORY_SIZE = NEASPEC_MAX_UPLOAD_BYTES + 2**20
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 2**20

TASKS = {
    "default": {
        "BACKEND": os.environ.get("NEASPEC_TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
        "QUEUES": ["default"],
    }
}

# Strict Content Security Policy: no inline script or style anywhere; htmx and Chart.js are
# served from our own origin.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.NONE],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES")
CSRF_COOKIE_SECURE = env_bool("SECURE_COOKIES")
if env_bool("BEHIND_TLS_PROXY"):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    # Behind TLS the browser is told to come back over HTTPS only (a year, as `check --deploy`
    # expects); SECURE_SSL_REDIRECT=1 also redirects plain HTTP when the proxy does not.
    SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 31_536_000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT")

# Sign-in throttling (django-axes, with the handler of accounts/throttle.py): after
# NEASPEC_LOGIN_FAILURES wrong passwords or two-factor codes for one account, from wherever they
# come, or NEASPEC_LOGIN_ADDRESS_FAILURES from one address on whatever accounts, sign-in is
# refused for NEASPEC_LOGIN_COOLOFF_MINUTES. A good sign-in forgives its own account's failures
# only, never those of the address or of other accounts.
# The address limit is three times the account's by default: a ministry, an office or a
# meeting room signs in from one address, and ten mistyped passwords among its people within a
# quarter of an hour would shut all of them out; one person's typos stop counting against the
# address when that person gets in. Guessing at many accounts from one address is still
# stopped after 30 tries; guessing at one account after 10, however many addresses share it.
AXES_FAILURE_LIMIT = env_int("NEASPEC_LOGIN_FAILURES", 10)
NEASPEC_LOGIN_ADDRESS_FAILURES = env_int("NEASPEC_LOGIN_ADDRESS_FAILURES", 3 * AXES_FAILURE_LIMIT)
AXES_COOLOFF_TIME = datetime.timedelta(minutes=env_int("NEASPEC_LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = True
AXES_HANDLER = "neaspec.accounts.throttle.SignInThrottle"
# A wrong two-factor code is kept with the failure masked, like the password (and, as axes does
# by default, the username and address in the copied form data).
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address", "code"]
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
AXES_VERBOSE = False
AXES_IPWARE_PROXY_COUNT = 1 if env_bool("BEHIND_TLS_PROXY") else None
# Two-factor sign-in (django-otp): the name an authenticator app shows beside the account; the
# admin never shows the apps' secrets or the recovery codes.
OTP_TOTP_ISSUER = "NEASPEC Hub"
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

# E-mail (invitations, reminders, password reset ...: every message goes through the outbox,
# neaspec.mail): the SMTP server EMAIL_HOST names, else printed to the console (and `neaspec
# check` says so). Django 6.1's MAILERS, from the environment variables of earlier versions.
EMAIL_SMTP = "django.core.mail.backends.smtp.EmailBackend"
_email_backend = os.environ.get(
    "EMAIL_BACKEND",
    EMAIL_SMTP
    if os.environ.get("EMAIL_HOST")
    else "django.core.mail.backends.console.EmailBackend",
)
MAILERS = {
    # Every message, Django's own too (password reset), is recorded in the outbox first; the
    # task worker hands it to "delivery", which talks to the mail server.
    "default": {"BACKEND": "neaspec.mail.backends.OutboxBackend"},
    "delivery": {
        "BACKEND": _email_backend,
        "OPTIONS": {
            "host": os.environ.get("EMAIL_HOST", "localhost"),
            "port": env_int("EMAIL_PORT", 25),
            "username": os.environ.get("EMAIL_HOST_USER", ""),
            "password": os.environ.get("EMAIL_HOST_PASSWORD", ""),
            "use_tls": env_bool("EMAIL_USE_TLS"),
            # A server that does not answer fails the attempt (tried again later), not the worker.
            "timeout": env_int("EMAIL_TIMEOUT_SECONDS", 30),
        }
        if _email_backend == EMAIL_SMTP
        else {},
    },
}
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "NEASPEC Hub <no-reply@localhost>")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
    # django-axes logs every failed sign-in at INFO; lockouts still show as warnings.
    # WeasyPrint logs each step of every PDF at INFO ("Step 5 - Creating layout").
    "loggers": {"axes": {"level": "WARNING"}, "weasyprint": {"level": "WARNING"}},
}

# The reporting organization's IATI identifier, prefixed to every exported project's identifier.
# Set it to ESCAP's registered IATI organization identifier before publishing to the Registry.
NEASPEC_IATI_ORG_REF = os.environ.get("NEASPEC_IATI_ORG_REF", "")

# A site sheet validated longer ago than this is flagged stale (Ramsar asks for an update at
# least every six years).
NEASPEC_SITE_SHEET_STALE_YEARS = int(os.environ.get("NEASPEC_SITE_SHEET_STALE_YEARS", "6"))

# The longest text the library keeps from one document (characters); longer ones are refused.
NEASPEC_MAX_TEXT_CHARS = env_int("NEASPEC_MAX_TEXT_CHARS", 20_000_000)

# A document still waiting or being read this long after its reading started is taken to have
# lost its worker, and is queued again (`neaspec serve` sweeps every minute).
NEASPEC_TASK_STALE_MINUTES = env_int("NEASPEC_TASK_STALE_MINUTES", 10)
# Rows an import writes per transaction: small enough that other writers never wait long.
NEASPEC_IMPORT_BATCH_ROWS = env_int("NEASPEC_IMPORT_BATCH_ROWS", 200)
# A report holding more rows than this is built by the task worker while the reader watches its
# progress; a smaller one is built at once (bench/reports.py: today's largest, the progress
# report, holds about 60 rows and takes under a second as a PDF).
NEASPEC_REPORT_INLINE_ROWS = env_int("NEASPEC_REPORT_INLINE_ROWS", 1000)
# A PDF of more rows is refused with a reason (Word and the print view are not limited).
NEASPEC_REPORT_MAX_PDF_ROWS = env_int("NEASPEC_REPORT_MAX_PDF_ROWS", 10_000)
# On SQLite, the pause between an import's batches that lets other writers take the lock.
NEASPEC_IMPORT_PAUSE_MS = env_int("NEASPEC_IMPORT_PAUSE_MS", 100)
