"""The API of a meeting's documents: listed with their language versions, uploaded one file
(one language) at a time."""

import datetime

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.urls import reverse
from ninja import Field, File, Form, Path, Router, Schema, UploadedFile
from ninja.errors import HttpError
from ninja.security import django_auth
from pydantic import ConfigDict

from neaspec.accounts.rules import require
from neaspec.api.errors import ErrorOut
from neaspec.api.params import SLUG, TEXT, IsoDate
from neaspec.library.meeting_documents import meeting_document_upload, meeting_documents
from neaspec.library.models import Document, MeetingDocument
from neaspec.meetings.models import Meeting

router = Router(tags=["meeting preparation"])


class VersionOut(Schema):
    id: int
    language: str
    status: str
    url: str


class MeetingDocumentOut(Schema):
    symbol: str
    title: str
    agenda_item: str | None
    kind: str
    visibility: str
    circulated_on: datetime.date | None
    versions: list[VersionOut]


def meeting_document_out(paper: MeetingDocument) -> MeetingDocumentOut:
    return MeetingDocumentOut(
        symbol=paper.symbol,
        title=paper.title,
        agenda_item=paper.agenda_item.number if paper.agenda_item else None,
        kind=paper.kind,
        visibility=paper.visibility,
        circulated_on=paper.circulated_on,
        versions=[
            VersionOut(
                id=v.pk,
                language=v.language,
                status=v.status,
                url=reverse("library:file", args=[v.pk]),
            )
            for v in paper.versions.all()
        ],
    )


class MeetingDocumentIn(Schema):
    model_config = ConfigDict(extra="forbid")
    symbol: str = Field(min_length=1, max_length=60, pattern=r"^[^\x00-\x1f]+$")
    title: str = Field("", max_length=400, pattern=TEXT)
    language: str = Field("en", pattern=r"^(en|zh-hans|ja|ko|mn|ru)$")
    kind: MeetingDocument.Kind = MeetingDocument.Kind.WORKING
    agenda_item: str = Field(
        "",
        max_length=10,
        pattern=r"^[0-9A-Za-z().-]*$",
        description="The agenda item's number, e.g. 5(a)",
    )
    visibility: Document.Visibility = Document.Visibility.MEMBER_STATES
    circulated_on: IsoDate | None = None


def _meeting(key: str) -> Meeting:
    return get_object_or_404(Meeting.objects.select_related("series"), key=key)


@router.get(
    "/meetings/{key}/documents",
    response={200: list[MeetingDocumentOut], 404: ErrorOut, 422: ErrorOut},
    summary="A meeting's documents with their language versions (those the reader may see)",
)
def list_meeting_documents(
    request: HttpRequest, key: str = Path(..., pattern=SLUG)
) -> list[MeetingDocumentOut]:
    papers = meeting_documents(actor=request.user, meeting=_meeting(key))
    return [meeting_document_out(p) for p in papers]


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
) -> tuple[int, MeetingDocumentOut]:
    meeting = _meeting(key)
    require(request.user, "meetings.organize", meeting)
    item = None
    if data.agenda_item:
        item = meeting.agenda_items.filter(number=data.agenda_item).first()
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
    paper = meeting_documents(actor=request.user, meeting=meeting).get(versions=version)
    return 201, meeting_document_out(paper)
