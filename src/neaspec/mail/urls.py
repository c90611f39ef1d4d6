from django.urls import path

from neaspec.mail import views

app_name = "mail"
urlpatterns = [
    path("outbox/", views.outbox, name="outbox"),
    path("outbox/<int:pk>/retry/", views.retry, name="retry"),
    path("account/e-mail/", views.preferences, name="preferences"),
]
