from django.urls import path

from neaspec.people import views

app_name = "people"
urlpatterns = [
    path("team/", views.people, name="list"),
    path("team/invite/", views.invite, name="invite"),
    path("team/<int:pk>/", views.detail, name="detail"),
    path("team/<int:pk>/roles/", views.grant_add, name="grant_add"),
    path("team/<int:pk>/roles/<int:grant>/revoke/", views.grant_revoke, name="grant_revoke"),
    path("team/<int:pk>/active/", views.active_set, name="active_set"),
    path("team/<int:pk>/invitation/", views.invitation_resend, name="invitation_resend"),
    path("join/<uidb64>/<token>/", views.join, name="join"),
]
