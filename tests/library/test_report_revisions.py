"""A revised report, its versions kept: the revised file becomes the report's file in its
language and the one it revised stays in the library, readable by whoever could read it and
listed on the report page under "Earlier versions"; the report's version number goes up with
the first file of a revision. Adopted, the report is "Report of SOM-29"; its drafts keep their
titles."""

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language

from neaspec.extraction.models import Extraction
from neaspec.library.meeting_documents import (
    meeting_document_revise,
    meeting_document_upload,
)
from neaspec.library.models import Document, MeetingDocument
from neaspec.meetings import services
from neaspec.meetings.models import MeetingSeries
from tests.meetings.test_report_final import DRAFT, SYMBOL, circulated

pytestmark = pytest.mark.django_db

REVISED = b"1. The Meeting adopted its agenda.\n2. The Meeting noted the Tumen River estuary.\n"


@pytest.fixture
def som29(users: dict[str, Any], django_capture_on_commit_callbacks: Any) -> Any:
    return circulated(users["secretariat"], django_capture_on_commit_callbacks)


def _paper(meeting: Any) -> MeetingDocument:
    return MeetingDocument.objects.get(meeting=meeting, kind="report")


def _revise(actor: Any, meeting: Any, language: str = "en", **kwargs: Any) -> Document:
    return meeting_document_revise(
        actor=actor,
        paper=_paper(meeting),
        language=language,
        filename="report-rev.txt",
        data=REVISED + language.encode(),
        **kwargs,
    )


def test_a_revision_keeps_the_draft_as_an_earlier_version(
    som29: Any, users: dict[str, Any], client_for: Callable[[str], Client]
) -> None:
    draft = _paper(som29).versions.get()
    revised = _revise(users["secretariat"], som29)
    paper = _paper(som29)
    assert paper.revision == 2
    assert list(paper.versions.all()) == [revised]
    draft.refresh_from_db()
    assert (draft.meeting_document, draft.revised_by, draft.visibility, draft.title) == (
        None,
        revised,
        "member_states",
        DRAFT,
    )
    assert draft.history.latest().history_change_reason == "revised by version 2"
    # Whoever could read the draft still can; the public could not and cannot.
    draft_file = reverse("library:file", args=[draft.pk])
    assert client_for("focal_point_mn").get(draft_file).status_code == 200
    assert client_for("public").get(draft_file).status_code == 404
    page = client_for("focal_point_mn").get(reverse("meetings:report", args=[som29.key]))
    html = page.content.decode()
    assert f"{SYMBOL} {DRAFT} (version 2)" in html
    earlier = html.split("<h3>Earlier versions</h3>")[1].split("</ul>")[0]
    assert f'href="{draft_file}"' in earlier
    assert f'href="{reverse("library:file", args=[revised.pk])}"' not in earlier
    # The meeting's page lists the report once, not its draft as a document of its own.
    meeting_page = client_for("focal_point_mn").get(reverse("meetings:detail", args=[som29.key]))
    assert reverse("library:document", args=[draft.pk]) not in meeting_page.content.decode()


def test_the_first_file_of_a_revision_starts_it_further_languages_join_it(
    som29: Any, users: dict[str, Any]
) -> None:
    officer = users["secretariat"]
    meeting_document_upload(
        actor=officer,
        meeting=som29,
        symbol=SYMBOL,
        language="ru",
        filename="report-ru.txt",
        data="1. Совещание утвердило повестку дня.".encode(),
    )
    with pytest.raises(ValidationError) as refused:
        _revise(officer, som29, language="ru", new_revision=False)
    assert "Version 1 is the draft as circulated" in str(refused.value)
    assert _paper(som29).revision == 1

    en2 = _revise(officer, som29, language="en")  # starts version 2
    assert _paper(som29).revision == 2
    ru2 = _revise(officer, som29, language="ru", new_revision=False)  # its Russian
    assert _paper(som29).revision == 2
    en3 = _revise(officer, som29, language="en")  # version 3
    paper = _paper(som29)
    assert paper.revision == 3
    assert sorted(paper.versions.values_list("pk", flat=True)) == sorted([en3.pk, ru2.pk])
    # Each draft points to the file that revised it: en 1 → en 2 → en 3.
    assert en2.earlier.get().language == "en"
    assert Document.objects.get(revised_by=en3) == en2
    assert ru2.earlier.get().language == "ru"
    assert paper.history.filter(revision=2).count() == 1  # one change to version 2, not two


def test_a_revision_is_refused_before_the_meeting_after_adoption_or_without_the_language(
    users: dict[str, Any], som29: Any, django_capture_on_commit_callbacks: Any
) -> None:
    officer = users["secretariat"]
    start = timezone.localdate() + datetime.timedelta(days=42)
    planned = services.meeting_create(
        actor=officer,
        series=MeetingSeries.objects.get(code="SOM"),
        number=30,
        start=start,
        end=start,
        city="Seoul",
    )
    meeting_document_upload(
        actor=officer,
        meeting=planned,
        symbol="NEASPEC/SOM(30)/REP",
        title="Draft report",
        kind="report",
        language="en",
        filename="report.txt",
        data=b"1. The Meeting.",
    )
    with pytest.raises(ValidationError) as early:
        _revise(officer, planned)
    assert "revised once the meeting is held, until its report is adopted" in str(early.value)

    with pytest.raises(ValidationError) as no_language:
        _revise(officer, som29, language="ja")
    assert "has no version in this language to revise" in str(no_language.value)
    with pytest.raises(PermissionDenied):
        _revise(users["focal_point_mn"], som29)

    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_status_set(
            actor=officer,
            meeting=som29,
            status="report_adopted",
            today=som29.report_replies_due + datetime.timedelta(days=1),
        )
    with pytest.raises(ValidationError) as late:
        _revise(officer, som29)
    assert "until its report is adopted" in str(late.value)
    assert _paper(som29).revision == 1
    assert Document.objects.filter(meeting=som29).count() == 1


def test_the_report_page_uploads_a_revised_version(
    som29: Any, client_for: Callable[[str], Client]
) -> None:
    url = reverse("meetings:report", args=[som29.key])
    revise = reverse("library:report_revise", args=[som29.key])
    officer = client_for("secretariat")
    page = officer.get(url).content.decode()
    assert "Upload a revised version" in page
    assert f'action="{revise}"' in page
    assert "Upload a revised version" not in client_for("focal_point_mn").get(url).content.decode()

    nothing = officer.post(revise, {"revision-symbol": SYMBOL, "revision-language": "en"})
    assert nothing.status_code == 422
    assert "This field is required." in nothing.content.decode()
    no_language = officer.post(
        revise,
        {
            "revision-symbol": SYMBOL,
            "revision-language": "ja",
            "revision-new_revision": "on",
            "revision-file": SimpleUploadedFile("r.txt", REVISED),
        },
    )
    assert no_language.status_code == 422
    assert "has no version in this language to revise" in no_language.content.decode()
    assert _paper(som29).revision == 1
    assert (
        client_for("focal_point_mn")
        .post(
            revise,
            {
                "revision-symbol": SYMBOL,
                "revision-language": "en",
                "revision-file": SimpleUploadedFile("r.txt", REVISED),
            },
        )
        .status_code
        == 403
    )

    sent = officer.post(
        revise,
        {
            "revision-symbol": SYMBOL,
            "revision-language": "en",
            "revision-new_revision": "on",
            "revision-file": SimpleUploadedFile("report-rev.txt", REVISED),
        },
    )
    assert sent.status_code == 302
    assert sent["Location"] == url + "#papers"
    after = officer.get(url).content.decode()
    assert f"Version 2 of {SYMBOL} is uploaded" in after
    assert "<h3>Earlier versions</h3>" in after
    assert _paper(som29).revision == 2


def test_the_api_uploads_a_revision_and_lists_the_earlier_files(
    som29: Any, client_for: Callable[[str], Client]
) -> None:
    revisions = f"/api/meetings/{som29.key}/documents/revisions"
    draft = _paper(som29).versions.get()
    officer = client_for("secretariat")
    unknown = officer.post(
        revisions,
        {"symbol": "NEASPEC/SOM(29)/9", "file": SimpleUploadedFile("r.txt", REVISED)},
    )
    assert unknown.status_code == 404
    sent = officer.post(revisions, {"symbol": SYMBOL, "file": SimpleUploadedFile("r.txt", REVISED)})
    assert sent.status_code == 201, sent.json()
    body = sent.json()
    assert body["revision"] == 2
    assert [e["id"] for e in body["earlier"]] == [draft.pk]
    assert body["earlier"][0]["revised_by"] == body["versions"][0]["id"]
    listed = client_for("focal_point_mn").get(f"/api/meetings/{som29.key}/documents").json()
    [report] = [p for p in listed if p["symbol"] == SYMBOL]
    assert (report["revision"], [e["id"] for e in report["earlier"]]) == (2, [draft.pk])
    assert client_for("public").get(f"/api/meetings/{som29.key}/documents").json() == []


def test_adoption_titles_the_final_version_and_the_drafts_keep_theirs(
    som29: Any,
    users: dict[str, Any],
    client_for: Callable[[str], Client],
    django_capture_on_commit_callbacks: Any,
) -> None:
    draft = _paper(som29).versions.get()
    with django_capture_on_commit_callbacks(execute=True):
        final = _revise(users["secretariat"], som29)
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_status_set(
            actor=users["secretariat"],
            meeting=som29,
            status="report_adopted",
            today=som29.report_replies_due + datetime.timedelta(days=1),
        )
    final.refresh_from_db()
    draft.refresh_from_db()
    assert (final.title, final.type, final.visibility) == (
        "Report of SOM-29",
        "meeting_report",
        "public",
    )
    assert (draft.title, draft.type, draft.visibility) == (
        DRAFT,
        "meeting_document",
        "member_states",
    )
    # The adopted version is reviewed, not the draft.
    assert final.extraction.record["meeting"]["number"] == 29
    assert not Extraction.objects.filter(document=draft).exists()
    public = client_for("public").get("/library/").content.decode()
    assert "Report of SOM-29" in public
    assert DRAFT not in public
    officer = client_for("secretariat")
    listed = officer.get("/library/").content.decode()
    assert "Report of SOM-29" in listed
    assert DRAFT in listed
    titles = {d["title"] for d in officer.get("/api/documents").json()["items"]}
    assert {"Report of SOM-29", DRAFT} <= titles
    page = officer.get(reverse("meetings:report", args=[som29.key])).content.decode()
    assert f"{SYMBOL} Report of SOM-29 (version 2)" in page
    assert "Upload a revised version" not in page
    earlier = page.split("<h3>Earlier versions</h3>")[1].split("</ul>")[0]
    assert f'href="{reverse("library:file", args=[draft.pk])}"' in earlier


def test_each_language_version_is_titled_in_its_language(
    som29: Any,
    users: dict[str, Any],
    monkeypatch: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    officer = users["secretariat"]
    meeting_document_upload(
        actor=officer,
        meeting=som29,
        symbol=SYMBOL,
        language="ru",
        filename="report-ru.txt",
        data="1. Совещание утвердило повестку дня.".encode(),
    )
    # The title as each language would give it (no translation of it is written yet): the
    # language active when the title is made.
    monkeypatch.setattr(
        "neaspec.library.meeting_documents.report_title",
        lambda meeting: f"[{get_language()}] Report of {meeting}",
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_status_set(
            actor=officer,
            meeting=som29,
            status="report_adopted",
            today=som29.report_replies_due + datetime.timedelta(days=1),
        )
    paper = _paper(som29)
    assert paper.title == "[en] Report of SOM-29"
    assert dict(paper.versions.values_list("language", "title")) == {
        "en": "[en] Report of SOM-29",
        "ru": "[ru] Report of SOM-29",
    }
    assert get_language() == "en"  # the reader's language is back
