"""Every route of the product: each app's own `urls.py`, the API, the admin.

Route names are global (no namespaces), so `{% url "person-detail" %}` names one page.
"""

from django.contrib import admin
from django.templatetags.static import static
from django.urls import include, path
from django.views.generic import RedirectView

from thads.api import api

APPS = [
    "dashboard",
    "accounts",
    "organization",
    "people",
    "legal",
    "uniforms",
    "equipment",
    "careers",
    "protection",
    "selection",
    "exams",
    "rulesweb",
    "onboarding",
    "reorganisation",
]

urlpatterns = [
    path("i18n/", include("django.conf.urls.i18n")),
    *(path("", include(f"thads.{app}.urls")) for app in APPS),
    path("api/", api.urls),
    path("admin/", admin.site.urls),
    path("favicon.ico", RedirectView.as_view(url=static("thads/favicon.svg"), permanent=True)),
]
