from django.urls import path

from neaspec.consultations import views
from neaspec.consultations.syndication import ConsultationsFeed

app_name = "consultations"
urlpatterns = [
    path("consultations/feed.atom", ConsultationsFeed(), name="feed"),
    path("consultations/", views.consultation_list, name="list"),
    path("consultations/new/", views.consultation_create, name="create"),
    path("consultations/<slug:key>/", views.consultation_detail, name="detail"),
    path("consultations/<slug:key>/comment/", views.comment_add, name="comment"),
    path("consultations/<slug:key>/versions/new/", views.version_new, name="version_new"),
    path("consultations/<slug:key>/compare/", views.compare, name="compare"),
    path("consultations/<slug:key>/remind/", views.remind, name="remind"),
    path("comments/<int:pk>/respond/", views.comment_respond, name="respond"),
    path("surveys/new/", views.survey_create, name="survey_create"),
    path("surveys/<slug:key>/", views.survey_detail, name="survey"),
    path("surveys/<slug:key>/results/", views.survey_results, name="survey_results"),
    path("surveys/<slug:key>/invite/", views.survey_invite, name="survey_invite"),
    path("surveys/<slug:key>/responses.csv", views.survey_export, name="survey_export"),
]
