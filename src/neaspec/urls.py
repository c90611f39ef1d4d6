from django.contrib import admin
from django.contrib.auth import views as auth_views
from django.urls import include, path

from neaspec import health, views
from neaspec.api.root import api

handler404 = "neaspec.api.errors.not_found"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path(
        "accounts/login/",
        auth_views.LoginView.as_view(template_name="accounts/login.html"),
        name="login",
    ),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path(
        "accounts/password-reset/",
        auth_views.PasswordResetView.as_view(template_name="accounts/password_reset.html"),
        name="password_reset",
    ),
    path(
        "accounts/password-reset/sent/",
        auth_views.PasswordResetDoneView.as_view(template_name="accounts/password_reset_sent.html"),
        name="password_reset_done",
    ),
    path(
        "accounts/reset/<uidb64>/<token>/",
        auth_views.PasswordResetConfirmView.as_view(
            template_name="accounts/password_reset_confirm.html"
        ),
        name="password_reset_confirm",
    ),
    path(
        "accounts/reset/done/",
        auth_views.PasswordResetCompleteView.as_view(
            template_name="accounts/password_reset_complete.html"
        ),
        name="password_reset_complete",
    ),
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
    path("", include("neaspec.imports.urls")),
    path("", include("neaspec.reports.urls")),
    path("admin/", admin.site.urls),
    path("api/", api.urls),
]
