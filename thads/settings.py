"""THADS settings: one module, the environment decides.

Environment variables:
- DATABASE_URL: e.g. postgres://user@host:5432/thads (default: SQLite in var/thads.sqlite3)
- THADS_SECRET_KEY: Django's secret key (required when THADS_DEBUG is off)
- THADS_DEBUG: "1" for development (default "1" for the embedded setup)
- THADS_ALLOWED_HOSTS: comma-separated host names
- THADS_DATA_KEYS: comma-separated Fernet keys for personal data, newest first
  (default in debug: a key generated once into var/personal-data.key)
- THADS_LOG_LEVEL: level of the console log (default WARNING); THADS_SECURITY_LOG_LEVEL and
  THADS_OPS_LOG_LEVEL: levels of the thads.security and thads.ops loggers (default INFO)
"""

import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BASE_DIR.parent
VAR_DIR = Path(os.environ.get("THADS_VAR_DIR", PROJECT_DIR / "var"))

DEBUG = os.environ.get("THADS_DEBUG", "1") == "1"

SECRET_KEY = os.environ.get("THADS_SECRET_KEY", "")
if not SECRET_KEY:
    if not DEBUG:
        raise RuntimeError("THADS_SECRET_KEY must be set when THADS_DEBUG is off")
    SECRET_KEY = "thads-development-only-secret-key-not-for-production"  # noqa: S105

ALLOWED_HOSTS = [
    h.strip()
    for h in os.environ.get("THADS_ALLOWED_HOSTS", "127.0.0.1,localhost").split(",")
    if h.strip()
]
CSRF_TRUSTED_ORIGINS = [
    o.strip() for o in os.environ.get("THADS_CSRF_TRUSTED_ORIGINS", "").split(",") if o.strip()
]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "simple_history",
    "ninja",
    "thads.core",
    "thads.accounts",
    "thads.organization",
    "thads.people",
    "thads.equipment",
    "thads.uniforms",
    "thads.protection",
    "thads.careers",
    "thads.exams",
    "thads.selection",
    "thads.reorganisation",
    "thads.onboarding",
    "thads.demo",
    "thads.dashboard",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "thads.core.middleware.ChosenLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "thads.core.security_log.RefusedAccessMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
]

ROOT_URLCONF = "thads.urls"
WSGI_APPLICATION = "thads.wsgi.application"

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
                "thads.core.context_processors.role",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{VAR_DIR / 'thads.sqlite3'}"),
        conn_max_age=int(os.environ.get("THADS_CONN_MAX_AGE", "60")),
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    DATABASES["default"]["OPTIONS"] = {
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
        "transaction_mode": "IMMEDIATE",
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
]

LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt"), ("en", "English")]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Asia/Ho_Chi_Minh"
USE_I18N = True
USE_TZ = True

# Uploaded evidence: never served directly, only through views that check the scope.
MEDIA_ROOT = Path(os.environ.get("THADS_MEDIA_ROOT", VAR_DIR / "media"))
MEDIA_URL = "/media/"
FILE_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 25 * 1024 * 1024

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("THADS_STATIC_ROOT", PROJECT_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"

SESSION_COOKIE_HTTPONLY = True
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
if not DEBUG:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_CONTENT_TYPE_NOSNIFF = True

# Personal data of staff and relatives: Fernet keys, newest first. Never SECRET_KEY.
THADS_DATA_KEYS = [k.strip() for k in os.environ.get("THADS_DATA_KEYS", "").split(",") if k.strip()]
THADS_DATA_KEY_FILE = VAR_DIR / "personal-data.key"

# Logs go to the console (stderr; the service manager keeps them). Two loggers of our own:
# - thads.security: logins refused and accepted, API tokens refused, access refused to
#   signed-in users (thads.core.security_log);
# - thads.ops: operational failures, e.g. personal data that the keys cannot decrypt.
# Records carry ids, usernames and paths, never a password, a token or personal data.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": os.environ.get("THADS_LOG_LEVEL", "WARNING")},
    "loggers": {
        # No handler of their own: they reach the console through the root logger.
        "thads.security": {"level": os.environ.get("THADS_SECURITY_LOG_LEVEL", "INFO")},
        "thads.ops": {"level": os.environ.get("THADS_OPS_LOG_LEVEL", "INFO")},
    },
}
