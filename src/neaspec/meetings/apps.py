from django.apps import AppConfig


class MeetingsConfig(AppConfig):
    name = "neaspec.meetings"
    label = "meetings"

    def ready(self) -> None:
        # Register the State profile section, the home page panels, and what an invitation
        # does once its e-mail is sent.
        from neaspec.meetings import mail, profile, rules, workspace  # noqa: F401
