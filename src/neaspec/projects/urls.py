from django.urls import path

from neaspec.projects import views

app_name = "projects"
urlpatterns = [
    path("projects/", views.project_list, name="list"),
    path("projects/<slug:key>/", views.project_detail, name="detail"),
    path("projects/<slug:key>/iati.xml", views.project_iati, name="iati"),
]
