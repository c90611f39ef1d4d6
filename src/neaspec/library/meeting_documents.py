"""A meeting's documents as the States receive them: a symbol, a title, the agenda item it
serves, one file per language, stored (and searched) in the library. When the meeting's report
is adopted, its files become the public meeting report and its review opens. The meeting's
pages show them through the parts registered here (`meetings.pages`): meetings do not import
the library, which builds on them."""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import require
from neaspec.audit import save_audited
from neaspec.library.forms import MeetingDocumentForm
from neaspec.library.models import Document, MeetingDocument
from neaspec.library.selectors import documents_of_meeting, documents_visible
from neaspec.library.services import document_upload, report_ready
from neaspec.meetings.models import AgendaItem, Meeting
from neaspec.meetings.pages import adds_to
from neaspec.meetings.services import when_report_adopted

Kind = MeetingDocument.Kind


@transaction.atomic
def meeting_document_upload(
    *,
    actor: Actor,
    meeting: Meeting,
    symbol: str,
    language: str,
    filename: str,
    data: bytes,
    title: str = "",
    kind: str = Kind.WORKING,
    agenda_item: AgendaItem | None = None,
    visibility: str = Document.Visibility.MEMBER_STATES,
    circulated_on: datetime.date | None = None,
) -> Document:
    """One language version of a meeting document. The first version of a symbol makes the
    document (title, kind, agenda item, visibility); a later one adds its language."""
    require(actor, "meetings.organize", meeting)
    if agenda_item is not None and agenda_item.meeting_id != meeting.pk:
        raise ValidationError({"agenda_item": _("The item is not on this meeting's agenda.")})
    paper = (
        MeetingDocument.objects.select_for_update().filter(meeting=meeting, symbol=symbol).first()
    )
    if paper is None:
        if not title:
            raise ValidationError({"title": _("A new document needs its title.")})
        paper = MeetingDocument(
            meeting=meeting,
            symbol=symbol,
            title=title,
            kind=kind,
            agenda_item=agenda_item,
            visibility=visibility,
            circulated_on=circulated_on,
        )
        save_audited(paper, actor=actor, reason="meeting document added")
    elif paper.versions.filter(language=language).exists():
        raise ValidationError(
            {
                "language": _("%(symbol)s already has a version in this language.")
                % {"symbol": symbol}
            }
        )
    version = document_upload(
        actor=actor,
        title=paper.title,
        type=Document.Type.MEETING_DOCUMENT,
        language=language,
        visibility=paper.visibility,
        filename=filename,
        data=data,
        date=paper.circulated_on,
        meeting=meeting,
    )
    version.meeting_document = paper
    save_audited(version, actor=actor, reason=f"version of {symbol}")
    return version


def meeting_documents(*, actor: Actor, meeting: Meeting) -> QuerySet[MeetingDocument]:
    """The meeting's documents the actor may see, each with the versions the actor may see."""
    versions = documents_visible(actor=actor).filter(meeting_document__meeting=meeting)
    visible = set(versions.values_list("visibility", flat=True).distinct())
    return (
        MeetingDocument.objects.filter(meeting=meeting, visibility__in=visible)
        .select_related("agenda_item")
        .prefetch_related(
            Prefetch(
                "versions",
                queryset=versions.defer("text", "search_text", "search_grams").order_by("language"),
            )
        )
        .order_by("symbol")
    )


def papers_by_item(papers: list[MeetingDocument]) -> dict[int | None, list[MeetingDocument]]:
    """The documents under each agenda item's id (None: not tied to an item)."""
    found: dict[int | None, list[MeetingDocument]] = {}
    for paper in papers:
        found.setdefault(paper.agenda_item_id, []).append(paper)
    return found


@when_report_adopted
def report_published(*, actor: Actor, meeting: Meeting) -> None:
    """The adopted report is the meeting's public report; its review opens on the English
    version (or the first, when there is none) tied to this meeting."""
    papers = MeetingDocument.objects.select_for_update().filter(meeting=meeting, kind=Kind.REPORT)
    for paper in papers:
        paper.visibility = Document.Visibility.PUBLIC
        save_audited(paper, actor=actor, reason="report adopted")
        for version in paper.versions.all():
            version.type = Document.Type.MEETING_REPORT
            version.visibility = Document.Visibility.PUBLIC
            save_audited(version, actor=actor, reason="report adopted")
        first = paper.versions.filter(language="en").first() or paper.versions.first()
        if first is not None and first.status == Document.Status.READY:
            report_ready(document=first)
        # A version still being read is proposed by the reading task (it is a report now).


# --- the meeting's pages ---------------------------------------------------------------------


def _in_agenda_order(actor: Actor, meeting: Meeting) -> list[MeetingDocument]:
    """The meeting's documents the actor may see, in the order of their agenda items (those
    tied to none last), as `meetings/_papers.html` groups them."""
    papers = list(meeting_documents(actor=actor, meeting=meeting))
    return sorted(papers, key=lambda p: p.agenda_item.order if p.agenda_item else 999)


@adds_to("meeting")
def meeting_page_documents(request: HttpRequest, meeting: Meeting) -> dict[str, Any]:
    """The meeting page's documents: the meeting documents by agenda item ("papers"), then the
    meeting's other library documents ("documents")."""
    return {
        "papers": _in_agenda_order(request.user, meeting),
        "documents": documents_of_meeting(actor=request.user, meeting_id=meeting.pk).filter(
            meeting_document=None
        ),
    }


@adds_to("prepare")
def preparation_page_documents(request: HttpRequest, meeting: Meeting) -> dict[str, Any]:
    """The preparation page's documents section: the meeting documents by agenda item
    ("papers"), which an upload adds to, and the form that adds a document or a language
    version ("document_form")."""
    return {
        "papers": _in_agenda_order(request.user, meeting),
        "document_form": MeetingDocumentForm(meeting=meeting),
    }


@adds_to("report")
def report_page_papers(request: HttpRequest, meeting: Meeting) -> dict[str, Any]:
    """The draft report's files, on the page where the States answer on it."""
    return {"papers": meeting_documents(actor=request.user, meeting=meeting).filter(kind="report")}
