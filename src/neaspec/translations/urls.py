from django.urls import path

from neaspec.translations import views

app_name = "translations"
urlpatterns = [
    path("translations/", views.overview, name="overview"),
    path("translations/<str:language>/", views.language_page, name="language"),
    path("translations/<str:language>/save/", views.save, name="save"),
    path("translations/<str:language>/import/", views.upload, name="import"),
    path(
        "translations/<str:language>/export.<str:file_format>",
        views.export,
        name="export",
    ),
]
