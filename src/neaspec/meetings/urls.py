from django.urls import path

from neaspec.meetings import views

app_name = "meetings"
urlpatterns = [
    path("meetings/", views.meeting_list, name="list"),
    path("meetings/calendar.ics", views.calendar, name="calendar"),
    path("meetings/calendar/<slug:series>.ics", views.calendar, name="series_calendar"),
    path("meetings/<slug:key>/", views.meeting_detail, name="detail"),
]
