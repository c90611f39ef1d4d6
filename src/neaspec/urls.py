from django.contrib import admin
from django.urls import include, path

from neaspec import health, views
from neaspec.api.root import api

handler404 = "neaspec.api.errors.not_found"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("", include("neaspec.accounts.urls")),
    path("", include("neaspec.people.urls")),
    path("", include("neaspec.mail.urls")),
    path("i18n/setlang/", views.language, name="set_language"),
    path("", include("neaspec.directory.urls")),
    path("", include("neaspec.programme.urls")),
    path("", include("neaspec.meetings.urls")),
    path("", include("neaspec.decisions.urls")),
    path("", include("neaspec.consultations.urls")),
    path("", include("neaspec.translations.urls")),
    path("", include("neaspec.library.urls")),
    path("", include("neaspec.extraction.urls")),
    path("", include("neaspec.finance.urls")),
    path("", include("neaspec.projects.urls")),
    path("", include("neaspec.networks.urls")),
    path("", include("neaspec.proceedings.urls")),
    path("", include("neaspec.imports.urls")),
    path("", include("neaspec.reports.urls")),
    path("admin/", admin.site.urls),
    path("api/", api.urls),
]
