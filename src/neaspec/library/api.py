"""The library API: documents as the reader may see them, filtered or found by full-text
search; a document uploaded."""

from django.core.exceptions import PermissionDenied
from django.db.models import QuerySet
from django.http import HttpRequest
from ninja import File, Form, Query, Router, Status, UploadedFile
from ninja.pagination import paginate

from neaspec.api.auth import SIGNED_IN
from neaspec.api.errors import WRITES, ErrorOut
from neaspec.api.paging import Page
from neaspec.library import selectors, services
from neaspec.library.models import Document
from neaspec.library.schemas import (
    DocumentFilters,
    DocumentOut,
    HitOut,
    SearchQuery,
    UploadIn,
    hits_shown,
)
from neaspec.meetings.models import Meeting
from neaspec.paging import Rows
from neaspec.programme.models import ProgrammeArea

router = Router(tags=["library"])


@router.get("/documents", response={200: list[DocumentOut], 422: ErrorOut}, summary="Documents")
@paginate(Page)
def list_documents(request: HttpRequest, filters: Query[DocumentFilters]) -> QuerySet[Document]:
    documents = selectors.documents_filtered(actor=request.user, **filters.model_dump())
    return documents.defer(*Document.TEXT_FIELDS)


@router.get(
    "/documents/search",
    response={200: list[HitOut], 422: ErrorOut},
    summary="Full-text search in six languages, ranked, with highlighted snippets",
)
@paginate(Page)
def search_documents(request: HttpRequest, params: Query[SearchQuery]) -> Rows[Document]:
    hits = selectors.document_search(
        actor=request.user,
        query=params.q,
        type=params.type,
        area=params.area,
        meeting=params.meeting,
        language=params.language,
        year=params.year,
    )
    return Rows(hits, hits_shown)


@router.post(
    "/documents",
    auth=SIGNED_IN,
    response={201: DocumentOut, **WRITES},
    summary="Upload a document (Secretariat and member States' officials)",
)
def upload_document(
    request: HttpRequest, data: Form[UploadIn], file: File[UploadedFile]
) -> Status[Document]:
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
    return Status(201, document)
