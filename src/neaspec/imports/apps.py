from django.apps import AppConfig


class ImportsConfig(AppConfig):
    name = "neaspec.imports"
    label = "imports"

    def ready(self) -> None:
        from neaspec import sweeps
        from neaspec.imports import rules  # noqa: F401  (permissions)
        from neaspec.imports.services import imports_requeue_stale

        sweeps.register("import(s) taken up again", imports_requeue_stale)
