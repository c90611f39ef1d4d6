from typing import TYPE_CHECKING, Any

from django.apps import AppConfig
from django.http import HttpRequest

if TYPE_CHECKING:  # the models load after the app's config
    from neaspec.library.models import Document
    from neaspec.meetings.models import Meeting


class ExtractionConfig(AppConfig):
    name = "neaspec.extraction"
    label = "extraction"

    def ready(self) -> None:
        from neaspec.extraction import workspace  # noqa: F401  (registers the home page panel)
        from neaspec.library.services import when_report_ready
        from neaspec.meetings.pages import adds_to

        # The library and the meetings are below the extraction and do not import it: a meeting
        # report whose text is read is offered for review, and the preparation page links the
        # adopted report's review.
        when_report_ready(_propose)
        adds_to("prepare")(_reviews)


def _propose(*, document: "Document") -> None:
    """A meeting report is offered for extraction; nothing is recorded until confirmed."""
    from neaspec.extraction.services import extraction_propose

    extraction_propose(document=document)


def _reviews(request: HttpRequest, meeting: "Meeting") -> dict[str, Any]:
    """The adopted report's review, where its decisions and follow-ups are recorded."""
    from neaspec.library.models import Document

    reviews = Document.objects.filter(meeting_document__meeting=meeting, extraction__isnull=False)
    return {"reviews": reviews.select_related("extraction")}
