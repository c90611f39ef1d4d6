"""The library API's schemas: documents, search hits with their snippets, a meeting's
documents with their language versions; what is sent to upload a document."""

import datetime
from typing import Annotated, Any

from django.urls import reverse
from ninja import Field, Schema
from pydantic import ConfigDict

from neaspec.api.params import SLUG, TEXT, IsoDate, one_of
from neaspec.api.schemas import Out
from neaspec.library.meeting_documents import earlier_versions
from neaspec.library.models import Document, MeetingDocument
from neaspec.library.selectors import Hit
from neaspec.meetings.models import Meeting
from neaspec.meetings.schemas import MEETING, MeetingNamed

LANGUAGE = r"^(en|zh-hans|ja|ko|mn|ru)?$"


def hits_shown(hits: list[Hit]) -> list[Document]:
    """Search hits as their documents, each with its highlighted snippet (`snippet`)."""
    for hit in hits:
        hit.document.snippet = str(hit.snippet)  # type: ignore[attr-defined]
    return [hit.document for hit in hits]


class DocumentOut(Out):
    id: int
    title: str
    type: str
    date: datetime.date | None
    language: str
    meeting: str | None = Field(None, alias="meeting.key")
    area: str | None = Field(None, alias="area.code")
    visibility: str
    status: str
    failure: str


class HitOut(DocumentOut):
    snippet: str


class DocumentFilters(Schema):
    type: str = Field("", pattern=one_of(Document.Type))
    area: str = Field("", pattern=SLUG)
    meeting: Annotated[Meeting | None, MeetingNamed()] = Field(None, description=MEETING)
    language: str = Field("", pattern=LANGUAGE)
    year: int | None = Field(None, ge=1990, le=2100)


class SearchQuery(DocumentFilters):
    q: str = Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f]+$")


class UploadIn(Schema):
    title: str = Field(min_length=1, max_length=400, pattern=r"^[^\x00]+$")
    type: Document.Type
    language: str = Field(pattern=r"^(en|zh-hans|ja|ko|mn|ru)$")
    visibility: Document.Visibility
    meeting: str = Field("", pattern=SLUG)
    area: str = Field("", pattern=SLUG)


# --- a meeting's documents -------------------------------------------------------------------


# A language version of a meeting document (a library Document).
class VersionOut(Out):
    id: int
    language: str
    status: str
    url: str

    @staticmethod
    def resolve_url(version: Document) -> str:
        return reverse("library:file", args=[version.pk])


# A file that a revision replaced, and the file that replaced it.
class EarlierOut(VersionOut):
    title: str
    uploaded_at: datetime.datetime
    revised_by: int = Field(alias="revised_by_id")


class MeetingDocumentOut(Out):
    symbol: str
    title: str
    agenda_item: str | None = Field(None, alias="agenda_item.number")
    kind: str
    visibility: str
    circulated_on: datetime.date | None
    revision: int = Field(description="1 as first circulated; each revision adds one")
    versions: list[VersionOut]
    earlier: list[EarlierOut] = Field(
        description="The files revisions replaced (those the reader may see), newest first"
    )

    @staticmethod
    def resolve_earlier(paper: MeetingDocument, context: dict[str, Any]) -> list[Document]:
        known: list[Document] | None = getattr(paper, "earlier_versions", None)
        if known is not None:
            return known
        found = earlier_versions(actor=context["request"].user, papers=[paper])
        return found[paper.pk]


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


class MeetingDocumentRevisionIn(Schema):
    model_config = ConfigDict(extra="forbid")
    symbol: str = Field(min_length=1, max_length=60, pattern=r"^[^\x00-\x1f]+$")
    language: str = Field("en", pattern=r"^(en|zh-hans|ja|ko|mn|ru)$")
    new_revision: bool = Field(
        True,
        description="Whether the file starts a new version of the document (its `revision` "
        "goes up); false for a further language of the version just started",
    )
