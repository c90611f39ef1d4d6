from django.urls import path

from neaspec.imports import views

app_name = "imports"
urlpatterns = [path("imports/<int:pk>/", views.job, name="job")]
