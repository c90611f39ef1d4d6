from django.apps import AppConfig


class DecisionsConfig(AppConfig):
    name = "neaspec.decisions"
    label = "decisions"

    def ready(self) -> None:
        from neaspec.decisions import profile  # noqa: F401  (registers the State profile section)
