from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "neaspec.projects"
    label = "projects"

    def ready(self) -> None:
        from neaspec.projects import rules  # noqa: F401  (registers permissions)
