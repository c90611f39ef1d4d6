from django.urls import path

from neaspec.meetings import preparation_views as prep
from neaspec.meetings import views
from neaspec.meetings.syndication import MeetingsFeed

app_name = "meetings"
urlpatterns = [
    path("meetings/feed.atom", MeetingsFeed(), name="feed"),
    path("meetings/", views.meeting_list, name="list"),
    path("meetings/new/", prep.meeting_create, name="create"),
    path("meetings/calendar.ics", views.calendar, name="calendar"),
    path("meetings/calendar/<slug:series>.ics", views.calendar, name="series_calendar"),
    path("meetings/<slug:key>/", views.meeting_detail, name="detail"),
    path("meetings/<slug:key>/edit/", prep.meeting_edit, name="edit"),
    path("meetings/<slug:key>/prepare/", prep.prepare, name="prepare"),
    path("meetings/<slug:key>/status/", prep.status_set, name="status"),
    path("meetings/<slug:key>/agenda/add/", prep.agenda_add, name="agenda_add"),
    path("meetings/<slug:key>/agenda/change/", prep.agenda_change, name="agenda_change"),
    path("meetings/<slug:key>/programme/add/", prep.session_add, name="session_add"),
    path(
        "meetings/<slug:key>/programme/<int:pk>/delete/",
        prep.session_delete,
        name="session_delete",
    ),
    path("meetings/<slug:key>/invitations/", prep.invite, name="invite"),
    path("meetings/<slug:key>/invitations/<int:pk>/remind/", prep.remind, name="remind"),
    path("meetings/<slug:key>/registration/", prep.registration, name="registration"),
    path(
        "meetings/<slug:key>/registration/<int:pk>/",
        prep.registration_edit,
        name="registration_edit",
    ),
    path(
        "meetings/<slug:key>/registration/<int:pk>/review/",
        prep.registration_review,
        name="registration_review",
    ),
    path("meetings/<slug:key>/report/", prep.report, name="report"),
    path(
        "meetings/<slug:key>/report/comments/<int:pk>/answer/",
        prep.report_comment_answer,
        name="report_comment_answer",
    ),
]
