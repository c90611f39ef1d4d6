from django.apps import AppConfig


class ProgrammeConfig(AppConfig):
    name = "neaspec.programme"
    label = "programme"

    def ready(self) -> None:
        from neaspec.programme import (  # noqa: F401  (registers permissions and the State profile section)
            profile,
            rules,
        )
