"""Work survives its worker: a document whose reading was left unfinished (the worker was
killed mid-read) is queued again after a while and completes; it never stays "reading"."""

import datetime

import pytest
from django.core.files.base import ContentFile
from django.utils import timezone

from neaspec.library.models import Document
from neaspec.library.services import documents_requeue_stale

pytestmark = pytest.mark.reliability


def _left_reading(minutes_ago: int, attempts: int = 1) -> Document:
    """A document as a killed worker leaves it: status "reading", started a while ago."""
    return Document.objects.create(
        title="Report of a meeting",
        type="meeting_report",
        language="en",
        visibility="public",
        file=ContentFile(b"1. The Meeting noted the report.\n", name="report.txt"),
        file_type="txt",
        size=33,
        sha256="1" * 64,
        status=Document.Status.READING,
        reading_since=timezone.now() - datetime.timedelta(minutes=minutes_ago),
        read_attempts=attempts,
    )


def test_a_document_left_reading_is_queued_again_and_completes(db):
    stale, fresh = _left_reading(30), _left_reading(1)
    with_commit = documents_requeue_stale(older_than=datetime.timedelta(minutes=10))
    assert [d.pk for d in with_commit] == [stale.pk]
    stale.refresh_from_db()
    fresh.refresh_from_db()
    assert stale.read_attempts == 2
    assert stale.status in {Document.Status.QUEUED, Document.Status.READY}
    assert fresh.status == Document.Status.READING  # its worker may still be at it


def test_the_requeued_reading_runs(db, django_capture_on_commit_callbacks):
    stale = _left_reading(30)
    with django_capture_on_commit_callbacks(execute=True):
        documents_requeue_stale(older_than=datetime.timedelta(minutes=10))
    stale.refresh_from_db()
    assert stale.status == Document.Status.READY  # the immediate backend of the tests ran it
    assert "noted the report" in stale.text


def test_after_three_stopped_readings_it_fails_with_a_reason(db):
    stale = _left_reading(30, attempts=Document.READ_ATTEMPTS)
    documents_requeue_stale(older_than=datetime.timedelta(minutes=10))
    stale.refresh_from_db()
    assert stale.status == Document.Status.FAILED
    assert "stopped 3 times" in stale.failure


def test_a_document_whose_text_is_too_long_is_refused_with_a_reason(db, settings):
    from neaspec.library.services import document_read_text

    settings.NEASPEC_MAX_TEXT_CHARS = 1_000
    document = _left_reading(0)
    document.file.save("long.txt", ContentFile(b"The Meeting noted. " * 200), save=True)
    document_read_text(document=document)
    document.refresh_from_db()
    assert document.status == Document.Status.FAILED
    assert "longer than 1,000 characters" in document.failure
    assert document.text == ""
