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
        # adopted report's review; the report page says when there is nothing to extract.
        when_report_ready(_propose)
        adds_to("prepare")(_reviews)
        adds_to("report")(_decisions_recorded)


def _recorded(meeting_id: int | None) -> bool:
    """Whether decisions of the meeting are in the record already (recorded during the
    meeting, or from a review confirmed earlier)."""
    from neaspec.decisions.models import Decision

    return meeting_id is not None and Decision.objects.filter(meeting_id=meeting_id).exists()


def _propose(*, document: "Document") -> None:
    """A meeting report is offered for extraction; nothing is recorded until confirmed. The
    report of a meeting whose decisions were recorded during it is not: those are its
    decisions, and an extraction would only propose them again (older meetings, recorded
    from their reports alone, are extracted)."""
    from neaspec.extraction.services import extraction_propose

    if _recorded(document.meeting_id):
        return
    extraction_propose(document=document)


def _decisions_recorded(request: HttpRequest, meeting: "Meeting") -> dict[str, Any]:
    """Whether the meeting's decisions were recorded during it: the report page says so, and
    that its report is not extracted."""
    return {"decisions_recorded": _recorded(meeting.pk)}


def _reviews(request: HttpRequest, meeting: "Meeting") -> dict[str, Any]:
    """The adopted report's review, where its decisions and follow-ups are recorded."""
    from neaspec.library.models import Document

    reviews = Document.objects.filter(meeting_document__meeting=meeting, extraction__isnull=False)
    return {"reviews": reviews.select_related("extraction")}
