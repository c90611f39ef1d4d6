"""Writes to the library: upload (checked, stored, queued for reading) and the reading itself."""

import datetime
import hashlib
import logging
from collections.abc import Callable

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.base import ContentFile
from django.db import connection, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor, account_of
from neaspec.accounts.rules import require
from neaspec.audit import delete_audited, save_audited
from neaspec.library.grams import INDEXES
from neaspec.library.models import Document
from neaspec.library.reading import UnreadableReportError, report_text, sniff
from neaspec.meetings.models import Meeting
from neaspec.programme.models import ProgrammeArea

logger = logging.getLogger(__name__)

# What is done with a meeting report whose text is read (the extraction, which builds on the
# library, proposes the review of its decisions): `hook(document=...)`, in the order registered.
ReportHook = Callable[..., object]
REPORT_READY: list[ReportHook] = []


def when_report_ready(hook: ReportHook) -> ReportHook:
    """Register `hook(document=...)`, called when a meeting report's text is ready: when the
    reading of a document that is a meeting report succeeds, and when a meeting's adoption makes
    an already read document its report. Apps built on the library register in their
    AppConfig.ready; the library imports none of them."""
    REPORT_READY.append(hook)
    return hook


def report_ready(*, document: Document) -> None:
    """Tell what registered with `when_report_ready` that `document`, a meeting report, is read."""
    for hook in REPORT_READY:
        hook(document=document)


def refuse_oversize(size: int) -> None:
    """Refuse a file over the configured limit (callers check before reading a large upload)."""
    limit = settings.NEASPEC_MAX_UPLOAD_BYTES
    if size > limit:
        raise ValidationError(
            _("The file is %(size)d MB; the limit is %(limit)d MB.")
            % {"size": size // 2**20, "limit": limit // 2**20}
        )


@transaction.atomic
def document_upload(
    *,
    actor: Actor,
    title: str,
    type: str,
    language: str,
    visibility: str,
    filename: str,
    data: bytes,
    date: datetime.date | None = None,
    meeting: Meeting | None = None,
    area: ProgrammeArea | None = None,
) -> Document:
    """Store a document and queue the reading of its text; the file's content decides its type."""
    require(actor, "library.add_document")
    if visibility == Document.Visibility.PUBLIC or visibility == Document.Visibility.SECRETARIAT:
        require(actor, "library.publish_document")
    if not data.strip():
        raise ValidationError(_("The file is empty."))
    refuse_oversize(len(data))
    file_type = sniff(data)
    claimed = filename.rsplit(".", 1)[-1].lower() if "." in filename else ""
    if claimed in {"pdf", "docx"} and claimed != file_type:
        raise ValidationError(
            _("The file is named .%(claimed)s but its content is %(actual)s.")
            % {"claimed": claimed, "actual": file_type.upper()}
        )
    document = Document(
        title=title,
        type=type,
        language=language,
        visibility=visibility,
        date=date,
        meeting=meeting,
        area=area,
        file_type=file_type,
        size=len(data),
        sha256=hashlib.sha256(data).hexdigest(),
        uploaded_by=account_of(actor),
        reading_since=timezone.now(),
    )
    document.file.save(f"{document.sha256[:16]}.{file_type}", ContentFile(data), save=False)
    save_audited(document, actor=actor, reason="document uploaded")
    from neaspec.library.tasks import document_read  # the task module imports these services

    transaction.on_commit(lambda: document_read.enqueue(document_id=document.pk))
    return document


@transaction.atomic
def document_delete(*, actor: Actor, document: Document) -> None:
    """Remove a document with its stored file and its place in the search index. A document
    that shows a follow-up was done stays: the record cites it."""
    require(actor, "library.delete_document")
    locked = Document.objects.select_for_update().get(pk=document.pk)
    if locked.evidence_for.exists():
        raise ValidationError(
            _("This document shows that a follow-up was done; it cannot be deleted.")
        )
    storage, name = locked.file.storage, locked.file.name
    delete_audited(locked, actor=actor, reason="document deleted")  # its index rows go with it
    from neaspec.library.tasks import search_index_compact

    def after() -> None:
        if name and not Document.objects.filter(file=name).exists():
            storage.delete(name)
        search_index_compact.enqueue()

    transaction.on_commit(after)


@transaction.atomic
def document_meeting_set(*, actor: Actor, document: Document, meeting: Meeting) -> Document:
    """Tie a document to the meeting it is of (a report whose record was confirmed)."""
    require(actor, "library.publish_document")
    document.meeting = meeting
    save_audited(document, actor=actor, reason="report linked to its meeting")
    return document


def search_index_compact() -> None:
    """Give back the space a deleted document's text took in the SQLite full-text index (FTS5
    keeps deleted entries until its segments are merged). PostgreSQL's vacuum does this itself."""
    if connection.vendor == "sqlite":
        with transaction.atomic(), connection.cursor() as cursor:
            for index in INDEXES:
                table = f"library_document_{index}"
                cursor.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")


def documents_requeue_stale(*, older_than: datetime.timedelta) -> list[Document]:
    """Queue again the reading of documents left waiting or reading longer than `older_than`
    (their worker died); after READ_ATTEMPTS tries a document fails with the reason. Reading is
    idempotent: a second read replaces the text and re-proposes an unconfirmed extraction."""
    from neaspec.library.tasks import document_read

    cutoff = timezone.now() - older_than
    waiting = Document.Status.QUEUED, Document.Status.READING
    requeued = []
    with transaction.atomic():
        stale = Document.objects.select_for_update(skip_locked=True).filter(
            status__in=waiting, reading_since__lt=cutoff
        )
        for document in stale:
            if document.read_attempts >= Document.READ_ATTEMPTS:
                _failed(document, _("the reader stopped %(n)d times; upload the file again")
                        % {"n": document.read_attempts})  # fmt: skip
                continue
            document.status, document.reading_since = Document.Status.QUEUED, timezone.now()
            document.read_attempts += 1
            save_audited(document, actor=None, reason="queued again after a stopped worker")
            transaction.on_commit(
                lambda pk=document.pk: document_read.enqueue(document_id=pk)  # type: ignore[misc]
            )
            requeued.append(document)
    return requeued


def _as_it_now_is(document: Document) -> Document:
    """The document's row as it stands now, locked: reading a file takes time, and meanwhile
    its title, type or visibility may have changed (a report adopted and retitled); the
    reading writes its own fields onto that row, never the copy it started from."""
    return Document.objects.select_for_update().get(pk=document.pk)


@transaction.atomic
def _failed(document: Document, reason: str) -> Document:
    document = _as_it_now_is(document)
    document.status, document.failure = Document.Status.FAILED, reason[:300]
    save_audited(document, actor=None, reason="text could not be read")
    return document


def document_read_text(*, document: Document) -> Document:
    """Read the stored file's text (run by the background worker). A file that cannot be read
    is marked failed with the reason, and nothing else changes."""
    Document.objects.filter(pk=document.pk).update(
        status=Document.Status.READING, reading_since=timezone.now()
    )
    try:
        with document.file.open("rb") as stored:
            text = report_text(stored.read())
    except (UnreadableReportError, OSError) as error:
        return _failed(document, str(error))
    except Exception:  # a parser bug on a strange file must not leave the upload "reading"
        logger.exception("reading document %s failed", document.pk)
        return _failed(document, _("the file could not be read; the Secretariat has been told"))
    limit = settings.NEASPEC_MAX_TEXT_CHARS
    if len(text) > limit:
        # A small file can unpack to an enormous text (a zip bomb, a generated table): refused
        # before it reaches the database and the search index.
        return _failed(
            document,
            _("the text is longer than %(limit)s characters; split the document")
            % {"limit": f"{limit:,}"},
        )
    with transaction.atomic():
        document = _as_it_now_is(document)
        document.set_text(text)  # searched under the title it has now
        document.status, document.failure = Document.Status.READY, ""
        save_audited(document, actor=None, reason="text read")
    return document
