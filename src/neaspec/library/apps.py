from django.apps import AppConfig


class LibraryConfig(AppConfig):
    name = "neaspec.library"
    label = "library"

    def ready(self) -> None:
        from neaspec import sweeps

        # The home page panel, and what a meeting's adopted report does in the library.
        from neaspec.library import meeting_documents, workspace  # noqa: F401
        from neaspec.library.services import documents_requeue_stale

        sweeps.register("document(s) queued again for reading", documents_requeue_stale)
