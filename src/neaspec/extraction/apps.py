from django.apps import AppConfig


class ExtractionConfig(AppConfig):
    name = "neaspec.extraction"
    label = "extraction"

    def ready(self) -> None:
        from neaspec.extraction import workspace  # noqa: F401  (registers the home page panel)
