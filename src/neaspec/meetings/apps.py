from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "neaspec.meetings"
    label = "meetings"

    def ready(self) -> None:
        # Register the State profile section and the home page panels.
        from neaspec.meetings import profile, rules, workspace  # noqa: F401
