from django.apps import AppConfig


class ProjectsConfig(AppConfig):
    name = "neaspec.projects"
    label = "projects"

    def ready(self) -> None:
        # The permissions, and the partner's home page panel and due rows.
        from neaspec.projects import rules, workspace  # noqa: F401
