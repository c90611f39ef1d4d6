from django.urls import path

from neaspec.reports import data_views, views

app_name = "reports"
urlpatterns = [
    path("reports/", views.catalogue, name="catalogue"),
    path("reports/builds/<int:pk>/", views.build, name="build"),
    path("reports/builds/<int:pk>/file", views.build_file, name="build_file"),
    path("reports/<slug:key>/", views.report_form, name="form"),
    path("reports/<slug:key>.<slug:fmt>", views.report_file, name="file"),
    path("data/", data_views.data, name="data"),
    path("data/refresh", data_views.data_refresh, name="data_refresh"),
    path("data/<slug:key>.<slug:fmt>", data_views.data_file, name="data_file"),
]
