from django.apps import AppConfig


class ProgrammeConfig(AppConfig):
    name = "neaspec.programme"
    label = "programme"

    def ready(self) -> None:
        # Register permissions, the State profile section and the home page panels.
        from neaspec.programme import profile, rules, workspace  # noqa: F401
