"""The API of a meeting's documents: listed with their language versions, uploaded one file
(one language) at a time."""

from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import File, Form, Path, Router, UploadedFile
from ninja.errors import HttpError
from ninja.security import django_auth

from neaspec.accounts.rules import require
from neaspec.api.errors import ErrorOut
from neaspec.api.params import SLUG
from neaspec.library.meeting_documents import meeting_document_upload, meeting_documents
from neaspec.library.models import MeetingDocument
from neaspec.library.schemas import MeetingDocumentIn, MeetingDocumentOut
from neaspec.meetings.selectors import agenda, meeting_brief

router = Router(tags=["meeting preparation"])


@router.get(
    "/meetings/{key}/documents",
    response={200: list[MeetingDocumentOut], 404: ErrorOut, 422: ErrorOut},
    summary="A meeting's documents with their language versions (those the reader may see)",
)
def list_meeting_documents(
    request: HttpRequest, key: str = Path(..., pattern=SLUG)
) -> QuerySet[MeetingDocument]:
    return meeting_documents(actor=request.user, meeting=meeting_brief(key=key))


@router.post(
    "/meetings/{key}/documents",
    auth=django_auth,
    response={
        201: MeetingDocumentOut,
        400: ErrorOut,
        401: ErrorOut,
        403: ErrorOut,
        404: ErrorOut,
        422: ErrorOut,
    },
    summary="Upload a meeting document's file in one language (multipart: fields and `file`)",
)
def upload_meeting_document(
    request: HttpRequest,
    data: Form[MeetingDocumentIn],
    file: File[UploadedFile],
    key: str = Path(..., pattern=SLUG),
) -> tuple[int, MeetingDocument]:
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
    return 201, meeting_documents(actor=request.user, meeting=meeting).get(versions=version)
