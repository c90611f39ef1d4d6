from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "neaspec.meetings"
    label = "meetings"
