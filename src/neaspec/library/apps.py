from django.apps import AppConfig


class LibraryConfig(AppConfig):
    name = "neaspec.library"
    label = "library"

    def ready(self) -> None:
        from neaspec import sweeps
        from neaspec.library import workspace  # noqa: F401  (registers the home page panel)
        from neaspec.library.services import documents_requeue_stale

        sweeps.register("document(s) queued again for reading", documents_requeue_stale)
