from django.apps import AppConfig


class ProgrammeConfig(AppConfig):
    name = "neaspec.programme"
    label = "programme"

    def ready(self) -> None:
        # Register the files it imports, permissions, the State profile section, home panels.
        from neaspec.programme import imports, profile, rules, workspace  # noqa: F401
