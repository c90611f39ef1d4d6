from django.apps import AppConfig


class DecisionsConfig(AppConfig):
    name = "neaspec.decisions"
    label = "decisions"

    def ready(self) -> None:
        # Register the State profile section and the home page panels.
        from neaspec.decisions import deadlines, lines, profile, workspace  # noqa: F401

        deadlines.connect()
        lines.connect()
