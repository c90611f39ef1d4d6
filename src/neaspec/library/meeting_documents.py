"""A meeting's documents as the States receive them: a symbol, a title, the agenda item it
serves, one file per language, stored (and searched) in the library. A document is revised
after the meeting (the report, after the States' comments): the revised file becomes the
language's version and the earlier one stays in the library, pointing to it. When the meeting's
report is adopted, its files become the public meeting report, titled "Report of SOM-29", and
its review opens. The meeting's pages show them through the parts registered here
(`meetings.pages`): meetings do not import the library, which builds on them."""

import datetime
from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override
from django.views.decorators.http import require_POST

from neaspec.accounts.models import Actor, AuthenticatedRequest
from neaspec.accounts.rules import require
from neaspec.audit import save_audited
from neaspec.library.forms import MeetingDocumentForm
from neaspec.library.models import Document, MeetingDocument
from neaspec.library.selectors import documents_of_meeting, documents_visible
from neaspec.library.services import document_upload, refuse_oversize, report_ready
from neaspec.meetings import preparation_views
from neaspec.meetings.forms import ReportRevisionForm
from neaspec.meetings.models import AgendaItem, Meeting
from neaspec.meetings.pages import adds_to
from neaspec.meetings.services import Status, locked, when_report_adopted
from neaspec.submission import refuse

Kind = MeetingDocument.Kind
# A meeting's documents are revised once it is held, until its report is adopted.
REVISED_WHILE = (Status.HELD, Status.REPORT_CIRCULATED)


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


@transaction.atomic
def meeting_document_revise(
    *,
    actor: Actor,
    paper: MeetingDocument,
    language: str,
    filename: str,
    data: bytes,
    new_revision: bool = True,
    today: datetime.date | None = None,
) -> Document:
    """A revised file of `paper` in `language`, once the meeting is held and until its report
    is adopted. The file it revises leaves the document (its versions are the current files)
    and points to the new one (`revised_by`), keeping who may read it: the drafts stay in the
    library. `new_revision` says whether this file starts a new version of the document
    (`paper.revision` goes up: 1 → 2) or is a further language of the version just started
    (it stays); version 1 is the draft as circulated, so the first revised file starts one."""
    require(actor, "meetings.organize", paper.meeting)
    meeting = locked(paper.meeting)
    if meeting.status not in REVISED_WHILE:
        raise ValidationError(
            _(
                "The documents of %(meeting)s are revised once the meeting is held, until its "
                "report is adopted."
            )
            % {"meeting": meeting}
        )
    paper = MeetingDocument.objects.select_for_update().get(pk=paper.pk)
    current = paper.versions.filter(language=language).first()
    if current is None:
        raise ValidationError(
            {
                "language": _(
                    "%(symbol)s has no version in this language to revise; add it as a "
                    "language version."
                )
                % {"symbol": paper.symbol}
            }
        )
    if not new_revision and paper.revision == 1:
        raise ValidationError(
            {
                "new_revision": _(
                    "Version 1 is the draft as circulated; its first revised file starts version 2."
                )
            }
        )
    revision = paper.revision + 1 if new_revision else paper.revision
    version = document_upload(
        actor=actor,
        title=paper.title,
        type=current.type,
        language=language,
        visibility=paper.visibility,
        filename=filename,
        data=data,
        date=today or timezone.localdate(),
        meeting=meeting,
    )
    current.meeting_document, current.revised_by = None, version
    save_audited(current, actor=actor, reason=f"revised by version {revision}")
    version.meeting_document = paper
    save_audited(version, actor=actor, reason=f"version {revision} of {paper.symbol}")
    if new_revision:
        paper.revision = revision
        save_audited(paper, actor=actor, reason=f"revised: version {revision}")
    return version


def earlier_versions(*, actor: Actor, papers: list[MeetingDocument]) -> dict[int, list[Document]]:
    """The files each of `papers` had before it was revised (those the actor may read), newest
    first, under the paper's id: each draft leads, through the files that revised it, to one
    of the paper's versions."""
    if not papers:
        return {}
    meeting_ids = {p.meeting_id for p in papers}
    # Who revised whom, all of it: a draft the actor may read may lead through one it may not.
    successor = dict(
        Document.objects.filter(meeting_id__in=meeting_ids, revised_by__isnull=False).values_list(
            "pk", "revised_by_id"
        )
    )
    if not successor:
        return {p.pk: [] for p in papers}
    paper_of = dict(
        Document.objects.filter(meeting_document__in=papers).values_list(
            "pk", "meeting_document_id"
        )
    )
    found: dict[int, list[Document]] = {p.pk: [] for p in papers}
    drafts = (
        documents_visible(actor=actor)
        .filter(pk__in=successor)
        .defer(*Document.TEXT_FIELDS)
        .order_by("-uploaded_at", "-pk")
    )
    for draft in drafts:
        step: int | None = draft.pk
        seen = set()
        while step is not None and step not in paper_of and step not in seen:
            seen.add(step)
            step = successor.get(step)
        if step is not None and step in paper_of:
            found[paper_of[step]].append(draft)
    return found


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
                queryset=versions.defer(*Document.TEXT_FIELDS).order_by("language"),
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


def report_title(meeting: Meeting) -> str:
    """The adopted report's title, in the active language: "Report of SOM-29"."""
    return _("Report of %(meeting)s") % {"meeting": meeting}


@when_report_adopted
def report_published(*, actor: Actor, meeting: Meeting) -> None:
    """The adopted report is the meeting's public report, titled "Report of SOM-29" (each
    language version in its language; the drafts it revised keep theirs, and the history the
    title they had); its review opens on the English version (or the first, when there is
    none) tied to this meeting."""
    papers = MeetingDocument.objects.select_for_update().filter(meeting=meeting, kind=Kind.REPORT)
    for paper in papers:
        paper.visibility = Document.Visibility.PUBLIC
        with override(settings.LANGUAGE_CODE):  # the record is written in English
            paper.title = report_title(meeting)
        save_audited(paper, actor=actor, reason="report adopted")
        for version in paper.versions.all():
            version.type = Document.Type.MEETING_REPORT
            version.visibility = Document.Visibility.PUBLIC
            with override(version.language):
                version.title = report_title(meeting)
            if version.status == Document.Status.READY:
                version.set_text(version.text)  # the title is searched with the text
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
        # The drafts a revision replaced are listed with the report, not as documents of
        # their own.
        "documents": documents_of_meeting(actor=request.user, meeting_id=meeting.pk).filter(
            meeting_document=None, revised_by=None
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
    """The draft report's files, on the page where the States answer on it ("papers"), the
    files its revisions replaced ("earlier": paper and draft), and for the organizers, while
    it may be revised, the form that uploads a revised file ("revision_form")."""
    papers = list(meeting_documents(actor=request.user, meeting=meeting).filter(kind=Kind.REPORT))
    drafts = earlier_versions(actor=request.user, papers=papers)
    context: dict[str, Any] = {
        "papers": papers,
        "earlier": [(paper, draft) for paper in papers for draft in drafts[paper.pk]],
    }
    if (
        papers
        and meeting.status in REVISED_WHILE
        and request.user.has_perm("meetings.organize", meeting)
    ):
        context["revision_form"] = ReportRevisionForm(symbols=[p.symbol for p in papers])
    return context


@login_required
@require_POST
def report_revise(request: AuthenticatedRequest, key: str) -> HttpResponse:
    """Upload a revised file of the meeting's report in one language, from the report page."""
    meeting = get_object_or_404(Meeting, key=key)
    if not request.user.has_perm("meetings.organize", meeting):
        raise PermissionDenied
    papers = MeetingDocument.objects.filter(meeting=meeting, kind=Kind.REPORT).order_by("symbol")
    form = ReportRevisionForm(request.POST, request.FILES, symbols=[p.symbol for p in papers])
    status = 422
    if form.is_valid():
        data = form.cleaned_data
        file = data["file"]
        paper = papers.get(symbol=data["symbol"])
        try:
            refuse_oversize(file.size)
            meeting_document_revise(
                actor=request.user,
                paper=paper,
                language=data["language"],
                filename=file.name,
                data=file.read(),
                new_revision=data["new_revision"],
            )
        except ValidationError as error:
            status = refuse(form, error)
        except PermissionDenied:
            form.add_error(None, _("Only the Secretariat publishes documents to the public."))
        else:
            paper.refresh_from_db()
            messages.success(
                request,
                _(
                    "Version %(n)d of %(symbol)s is uploaded; the file it revised is listed "
                    "under “Earlier versions”."
                )
                % {"n": paper.revision, "symbol": paper.symbol},
            )
            return redirect(reverse("meetings:report", args=[key]) + "#papers")
    return preparation_views.report_page(request, key, status=status, revision_form=form)
