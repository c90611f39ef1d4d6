"""A meeting's documents as the States receive them: a symbol, a title, the agenda item it
serves, one file per language, stored (and searched) in the library. When the meeting's report
is adopted, its files become the public meeting report and its review opens."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import require
from neaspec.audit import save_audited
from neaspec.library.models import Document, MeetingDocument
from neaspec.library.selectors import documents_visible
from neaspec.library.services import document_upload
from neaspec.meetings.models import AgendaItem, Meeting
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
            from neaspec.extraction.services import extraction_propose

            extraction_propose(document=first)
        # A version still being read is proposed by the reading task (it is a report now).
