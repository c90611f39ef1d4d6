from django.urls import path

from neaspec.extraction import views

app_name = "extraction"
urlpatterns = [
    path("library/<int:pk>/review/", views.review, name="review"),
]
