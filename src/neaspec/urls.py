from django.contrib import admin
from django.contrib.sitemaps.views import sitemap
from django.urls import include, path

from neaspec import health, views
from neaspec.api.root import api
from neaspec.consultations.syndication import ConsultationsSitemap
from neaspec.decisions.syndication import DecisionsSitemap
from neaspec.feeds import PagesSitemap
from neaspec.library.syndication import DocumentsSitemap
from neaspec.meetings.syndication import MeetingsSitemap

# The public pages, for search engines (robots.txt names it).
SITEMAPS = {
    "pages": PagesSitemap,
    "meetings": MeetingsSitemap,
    "decisions": DecisionsSitemap,
    "documents": DocumentsSitemap,
    "consultations": ConsultationsSitemap,
}

handler404 = "neaspec.api.errors.not_found"
handler500 = "neaspec.api.errors.server_error"

urlpatterns = [
    path("", views.home, name="home"),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("robots.txt", views.robots, name="robots"),
    path("sitemap.xml", sitemap, {"sitemaps": SITEMAPS}, name="sitemap"),
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
