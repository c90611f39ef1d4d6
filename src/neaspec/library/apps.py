from django.apps import AppConfig


class LibraryConfig(AppConfig):
    name = "neaspec.library"
    label = "library"

    def ready(self) -> None:
        from neaspec.library import workspace  # noqa: F401  (registers the home page panel)
