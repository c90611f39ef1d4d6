from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "neaspec.meetings"
    label = "meetings"

    def ready(self) -> None:
        from neaspec.meetings import profile  # noqa: F401  (registers the State profile section)
