"""The library's forms on other pages answer htmx with their part: a meeting document uploaded
from the preparation page comes back in the page's documents section (422 with the reasons
when refused); a document that a record cites is refused deletion in place (409), and a deleted
one takes the browser to the library (neaspec/htmx.py)."""

from collections.abc import Callable
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import reverse

from neaspec.decisions.models import FollowUp
from neaspec.library.models import Document, MeetingDocument
from neaspec.meetings.models import Meeting
from tests.factories import library_document
from tests.meetings.conftest import meeting_in_preparation

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


def _part(response: Any, opening: str) -> str:
    """The part alone, not a page."""
    html = response.content.decode()
    assert opening in html
    assert "<html" not in html
    return html


def _page(response: Any) -> str:
    html = response.content.decode()
    assert "<html" in html
    return html


def _undone(post: Callable[[], Any]) -> Any:
    """`post()`'s answer, with what it saved rolled back."""
    with transaction.atomic():
        response = post()
        transaction.set_rollback(True)
    return response


DOCUMENTS = '<section aria-labelledby="documents-heading" id="documents"'


@pytest.fixture
def som29(users: dict[str, Any]) -> Meeting:
    return meeting_in_preparation(users["secretariat"])


def _upload(som29: Meeting, **fields: str) -> dict[str, Any]:
    return {
        "document-symbol": "NEASPEC/SOM(29)/1",
        "document-kind": "working",
        "document-agenda_item": som29.agenda_items.get(number="1").pk,
        "document-language": "en",
        "document-visibility": "member_states",
        "document-file": SimpleUploadedFile("agenda.txt", b"Provisional agenda."),
        **fields,
    }


def test_a_meeting_document_refused_or_added_answers_htmx_with_the_documents(
    client_for: Callable[[str], Client], som29: Meeting
) -> None:
    officer = client_for("secretariat")
    url = reverse("library:meeting_document_add", args=[som29.key])
    refused = officer.post(url, _upload(som29), headers=HTMX)  # a new symbol, no title
    assert refused.status_code == 422
    html = _part(refused, DOCUMENTS)
    assert "A new document needs its title." in html
    assert "<details open>" in html
    assert not MeetingDocument.objects.filter(meeting=som29).exists()
    whole = officer.post(url, _upload(som29))
    assert whole.status_code == 422
    assert "A new document needs its title." in _page(whole)

    titled = {"document-title": "Provisional agenda"}
    added = _undone(lambda: officer.post(url, _upload(som29, **titled), headers=HTMX))
    assert added.status_code == 200
    assert "HX-Request" in added["Vary"]
    assert added["HX-Trigger"] == "documents-changed"  # the checklist reads itself again
    html = _part(added, DOCUMENTS)
    assert "NEASPEC/SOM(29)/1 is added." in html
    assert "<h3>1. Opening</h3>" in html  # listed under its agenda item
    redirected = officer.post(url, _upload(som29, **titled))
    assert redirected.status_code == 302
    assert redirected["Location"] == reverse("meetings:prepare", args=[som29.key]) + "#documents"
    assert MeetingDocument.objects.filter(meeting=som29).count() == 1


def test_a_document_a_follow_up_cites_is_refused_deletion_in_place(
    client_for: Callable[[str], Client],
) -> None:
    document = library_document("Evidence", "The workshop was held.")
    follow_up = FollowUp.objects.filter(status="open").first()
    FollowUp.objects.filter(pk=follow_up.pk).update(
        status="done", outcome="Held.", closed_on="2024-01-01", evidence_document=document
    )
    officer = client_for("secretariat")
    page = officer.get(reverse("library:document", args=[document.pk])).content.decode()
    assert "vendor/htmx/htmx-2.0.11" in page  # for the form that deletes it
    url = reverse("library:delete", args=[document.pk])
    refused = officer.post(url, headers=HTMX)
    assert refused.status_code == 409
    assert "HX-Request" in refused["Vary"]
    assert "cannot be deleted" in _part(refused, '<section id="removal">')
    assert Document.objects.filter(pk=document.pk).exists()
    whole = officer.post(url)
    assert whole.status_code == 409
    assert "cannot be deleted" in _page(whole)


def test_a_deleted_document_takes_htmx_to_the_library(
    client_for: Callable[[str], Client], django_capture_on_commit_callbacks: Any
) -> None:
    document = library_document("Outdated note", "Superseded.")
    officer = client_for("secretariat")
    with django_capture_on_commit_callbacks(execute=True):
        gone = officer.post(reverse("library:delete", args=[document.pk]), headers=HTMX)
    assert gone["HX-Redirect"] == reverse("library:library")
    assert "HX-Request" in gone["Vary"]
    assert not Document.objects.filter(pk=document.pk).exists()
    library = officer.get(reverse("library:library")).content.decode()
    assert "The document &quot;Outdated note&quot; was deleted." in library
