from django.tasks import task

from neaspec.library import services
from neaspec.library.models import Document
from neaspec.library.services import document_read_text, report_ready


@task()
def document_read(*, document_id: int) -> str:
    """Background: read an uploaded document's text (the upload page polls for the result)."""
    document = Document.objects.filter(pk=document_id).first()
    if document is None:
        return "gone"
    document = document_read_text(document=document)
    if document.status == Document.Status.READY and document.type == Document.Type.MEETING_REPORT:
        # A meeting report is offered for extraction; nothing is recorded until confirmed.
        report_ready(document=document)
    return document.status


@task()
def search_index_compact() -> None:
    """Background: compact the search index after a document was deleted."""
    services.search_index_compact()
