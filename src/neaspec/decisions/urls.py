from django.urls import path

from neaspec.decisions import views
from neaspec.decisions.syndication import DecisionsFeed

app_name = "decisions"
urlpatterns = [
    path("decisions/feed.atom", DecisionsFeed(), name="feed"),
    path("decisions/", views.decision_list, name="list"),
    path("decisions/<int:pk>/", views.decision_detail, name="detail"),
    path("decisions/<int:pk>/positions/", views.position_add, name="position_add"),
    path("decisions/<int:pk>/links/", views.link_add, name="link_add"),
    path("decisions/<int:pk>/links/<int:link>/remove/", views.link_remove, name="link_remove"),
    path("follow-ups/", views.tracker, name="tracker"),
    path("follow-ups/<int:pk>/", views.follow_up_detail, name="follow_up"),
    path("follow-ups/<int:pk>/progress/", views.follow_up_progress, name="follow_up_progress"),
    path("follow-ups/<int:pk>/close/", views.follow_up_close, name="follow_up_close"),
]
