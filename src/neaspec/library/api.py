import datetime
from typing import Any

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from ninja import Field, File, Form, Query, Router, Schema, UploadedFile
from ninja.pagination import paginate
from ninja.security import django_auth

from neaspec.api.errors import ErrorOut
from neaspec.api.paging import Mapped, Page
from neaspec.api.params import SLUG, one_of
from neaspec.library import selectors, services
from neaspec.library.models import Document
from neaspec.meetings.models import Meeting
from neaspec.programme.models import ProgrammeArea

router = Router(tags=["library"])
LANGUAGE = r"^(en|zh-hans|ja|ko|mn|ru)?$"


class DocumentOut(Schema):
    id: int
    title: str
    type: str
    date: datetime.date | None
    language: str
    meeting: str | None
    area: str | None
    visibility: str
    status: str
    failure: str


class HitOut(DocumentOut):
    snippet: str


class DocumentFilters(Schema):
    type: str = Field("", pattern=one_of(Document.Type))
    area: str = Field("", pattern=SLUG)
    meeting: str = Field("", pattern=SLUG)
    language: str = Field("", pattern=LANGUAGE)
    year: int | None = Field(None, ge=1990, le=2100)


def document_out(d: Document) -> dict:
    return {
        "id": d.pk,
        "title": d.title,
        "type": d.type,
        "date": d.date,
        "language": d.language,
        "meeting": d.meeting.key if d.meeting else None,
        "area": d.area.code if d.area else None,
        "visibility": d.visibility,
        "status": d.status,
        "failure": d.failure,
    }


@router.get("/documents", response={200: list[DocumentOut], 422: ErrorOut}, summary="Documents")
@paginate(Page)
def list_documents(request: HttpRequest, filters: Query[DocumentFilters]) -> Any:
    documents = selectors.documents_filtered(actor=request.user, **filters.model_dump())
    return Mapped(documents.defer("text", "search_text", "search_grams"), document_out)


class SearchQuery(DocumentFilters):
    q: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f]+$")


@router.get(
    "/documents/search",
    response={200: list[HitOut], 422: ErrorOut},
    summary="Full-text search in six languages, ranked, with highlighted snippets",
)
@paginate(Page)
def search_documents(request: HttpRequest, params: Query[SearchQuery]) -> Any:
    hits = selectors.document_search(
        actor=request.user,
        query=params.q,
        type=params.type,
        area=params.area,
        meeting=params.meeting,
        language=params.language,
        year=params.year,
    )
    return Mapped(hits, lambda h: {**document_out(h.document), "snippet": str(h.snippet)})


class UploadIn(Schema):
    title: str = Field(min_length=1, max_length=400, pattern=r"^[^\x00]+$")
    type: Document.Type
    language: str = Field(pattern=r"^(en|zh-hans|ja|ko|mn|ru)$")
    visibility: Document.Visibility
    meeting: str = Field("", pattern=SLUG)
    area: str = Field("", pattern=SLUG)


@router.post(
    "/documents",
    auth=django_auth,
    response={201: DocumentOut, 401: ErrorOut, 403: ErrorOut, 422: ErrorOut},
    summary="Upload a document (Secretariat and member States' officials)",
)
def upload_document(
    request: HttpRequest, data: Form[UploadIn], file: File[UploadedFile]
) -> tuple[int, dict]:
    if not request.user.has_perm("library.add_document"):
        raise PermissionDenied
    document = services.document_upload(
        actor=request.user,
        title=data.title,
        type=data.type,
        language=data.language,
        visibility=data.visibility,
        filename=file.name or "",
        data=file.read(),
        meeting=Meeting.objects.filter(key=data.meeting).first() if data.meeting else None,
        area=ProgrammeArea.objects.filter(code=data.area).first() if data.area else None,
    )
    return 201, document_out(document)
