"""The API of a meeting's documents: listed with their language versions and the files their
revisions replaced, uploaded one file (one language) at a time, revised one file at a time."""

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import File, Form, Path, Router, Status, UploadedFile
from ninja.errors import HttpError

from neaspec.accounts.rules import require
from neaspec.api.auth import SIGNED_IN
from neaspec.api.errors import WRITES, ErrorOut
from neaspec.api.params import SLUG
from neaspec.library.meeting_documents import (
    earlier_versions,
    meeting_document_revise,
    meeting_document_upload,
    meeting_documents,
)
from neaspec.library.models import MeetingDocument
from neaspec.library.schemas import (
    MeetingDocumentIn,
    MeetingDocumentOut,
    MeetingDocumentRevisionIn,
)
from neaspec.library.services import refuse_oversize
from neaspec.meetings.selectors import agenda, meeting_brief

router = Router(tags=["meeting preparation"])


@router.get(
    "/meetings/{key}/documents",
    response={200: list[MeetingDocumentOut], 404: ErrorOut, 422: ErrorOut},
    summary="A meeting's documents with their language versions (those the reader may see)",
)
def list_meeting_documents(
    request: HttpRequest, key: str = Path(..., pattern=SLUG)
) -> list[MeetingDocument]:
    return _with_earlier(
        request, meeting_documents(actor=request.user, meeting=meeting_brief(key=key))
    )


def _with_earlier(request: HttpRequest, papers: QuerySet[MeetingDocument]) -> list[MeetingDocument]:
    """The papers, each with the files its revisions replaced (read once for all of them)."""
    listed = list(papers)
    drafts = earlier_versions(actor=request.user, papers=listed)
    for paper in listed:
        paper.earlier_versions = drafts[paper.pk]  # type: ignore[attr-defined]
    return listed


@router.post(
    "/meetings/{key}/documents",
    auth=SIGNED_IN,
    response={201: MeetingDocumentOut, **WRITES},
    summary="Upload a meeting document's file in one language (multipart: fields and `file`)",
)
def upload_meeting_document(
    request: HttpRequest,
    data: Form[MeetingDocumentIn],
    file: File[UploadedFile],
    key: str = Path(..., pattern=SLUG),
) -> Status[MeetingDocument]:
    meeting = meeting_brief(key=key)
    require(request.user, "meetings.organize", meeting)
    item = None
    if data.agenda_item:
        item = agenda(meeting=meeting).filter(number=data.agenda_item).first()
        if item is None:
            raise HttpError(422, f"The agenda has no item {data.agenda_item}.")
    version = meeting_document_upload(
        actor=request.user,
        meeting=meeting,
        filename=file.name or "",
        data=file.read(),
        agenda_item=item,
        **data.model_dump(exclude={"agenda_item"}),
    )
    return Status(201, meeting_documents(actor=request.user, meeting=meeting).get(versions=version))


@router.post(
    "/meetings/{key}/documents/revisions",
    auth=SIGNED_IN,
    response={201: MeetingDocumentOut, **WRITES},
    summary="Upload a revised file of a meeting document in one language, after the meeting "
    "and until its report is adopted: the file it revises is kept as an earlier version "
    "(multipart: fields and `file`)",
)
def revise_meeting_document(
    request: HttpRequest,
    data: Form[MeetingDocumentRevisionIn],
    file: File[UploadedFile],
    key: str = Path(..., pattern=SLUG),
) -> Status[MeetingDocument]:
    meeting = meeting_brief(key=key)
    require(request.user, "meetings.organize", meeting)
    paper = MeetingDocument.objects.filter(meeting=meeting, symbol=data.symbol).first()
    if paper is None:
        raise HttpError(404, f"{meeting} has no document {data.symbol}.")
    refuse_oversize(file.size or 0)
    meeting_document_revise(
        actor=request.user,
        paper=paper,
        language=data.language,
        filename=file.name or "",
        data=file.read(),
        new_revision=data.new_revision,
    )
    papers = meeting_documents(actor=request.user, meeting=meeting).filter(pk=paper.pk)
    return Status(201, _with_earlier(request, papers)[0])
