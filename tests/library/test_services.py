import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from neaspec.library import services
from neaspec.library.models import Document

REPORT = b"1. The Meeting noted the progress of NEAMPAN on the Tumen River estuary wetlands.\n"


def upload(actor, data=REPORT, filename="report.txt", visibility="member_states", **extra):
    return services.document_upload(
        actor=actor,
        title="SOM-25 report",
        type="meeting_report",
        language="en",
        visibility=visibility,
        filename=filename,
        data=data,
        **extra,
    )


def test_upload_stores_the_file_and_the_worker_reads_it(users, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        document = upload(users["secretariat"], visibility="public")
    document.refresh_from_db()
    assert document.file_type == "txt"
    assert document.status == "ready"
    assert "Tumen River" in document.text
    assert document.history.first().history_change_reason == "text read"


def test_a_file_that_cannot_be_read_is_marked_with_the_reason(
    users, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        document = upload(users["secretariat"], data=b"%PDF-1.4 broken", filename="r.pdf")
    document.refresh_from_db()
    assert document.status == "failed"
    assert "damaged" in document.failure
    assert document.text == ""


@pytest.mark.parametrize(
    ("data", "filename", "message"),
    [
        (b"", "empty.txt", "empty"),
        (b"plain words", "report.pdf", "named .pdf but its content is TXT"),
        (b"%PDF-1.4 x", "report.docx", "named .docx but its content is PDF"),
    ],
)
def test_bad_uploads_are_refused_and_nothing_is_stored(users, data, filename, message):
    with pytest.raises(ValidationError, match=message):
        upload(users["secretariat"], data=data, filename=filename)
    assert not Document.objects.exists()


def test_the_size_limit_is_configurable(users, settings):
    settings.NEASPEC_MAX_UPLOAD_BYTES = 1024
    with pytest.raises(ValidationError, match="limit is 0 MB"):
        upload(users["secretariat"], data=b"x" * 2048)
    assert not Document.objects.exists()


def test_focal_points_share_with_member_states_but_do_not_publish(users):
    assert upload(users["focal_point_mn"]).visibility == "member_states"
    with pytest.raises(PermissionDenied):
        upload(users["focal_point_mn"], visibility="public")
    with pytest.raises(PermissionDenied):
        upload(users["partner"])


def test_an_unexpected_reading_error_marks_the_document_failed(
    users, django_capture_on_commit_callbacks, monkeypatch
):
    def explode(data: bytes) -> str:
        raise RuntimeError("parser bug")

    monkeypatch.setattr("neaspec.library.services.report_text", explode)
    with django_capture_on_commit_callbacks(execute=True):
        document = upload(users["secretariat"], visibility="public")
    document.refresh_from_db()
    assert document.status == "failed"
    assert "could not be read" in document.failure


def test_an_oversized_upload_is_refused_on_the_page(client_for, settings):
    from django.core.files.uploadedfile import SimpleUploadedFile

    settings.NEASPEC_MAX_UPLOAD_BYTES = 2**20
    big = SimpleUploadedFile("big.txt", b"x" * (3 * 2**20))
    response = client_for("secretariat").post(
        "/library/upload/",
        {
            "title": "Big",
            "type": "study",
            "language": "en",
            "visibility": "public",
            "file": big,
        },
    )
    assert response.status_code == 200
    assert "The file is 3 MB; the limit is 1 MB." in response.content.decode()
    assert not Document.objects.exists()


def test_a_document_is_downloaded_and_read_in_full_within_its_visibility(client_for, reference):
    from tests.factories import library_document

    long_text = "Tumen River estuary. " * 2000  # longer than the page shows
    public = library_document("Tumen study", long_text)
    internal = library_document("Budget note", "Internal.", visibility="secretariat")
    download = client_for("public").get(f"/library/{public.pk}/file")
    assert download.status_code == 200
    assert download["Content-Disposition"] == 'attachment; filename="tumen-study.txt"'
    assert b"".join(download.streaming_content) == long_text.encode()
    text = client_for("public").get(f"/library/{public.pk}/text")
    assert text["Content-Type"] == "text/plain; charset=utf-8"
    assert text.content.decode() == long_text
    page = client_for("public").get(f"/library/{public.pk}/").content.decode()
    assert "Read the whole text" in page
    assert client_for("public").get(f"/library/{internal.pk}/file").status_code == 404
    assert client_for("focal_point_mn").get(f"/library/{internal.pk}/text").status_code == 404
    assert client_for("secretariat").get(f"/library/{internal.pk}/file").status_code == 200


def _index_bytes():
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("SELECT coalesce(sum(length(block)), 0) FROM library_document_words_data")
        return cursor.fetchone()[0]


def test_deleting_a_document_takes_its_file_and_its_search_entries_with_it(
    client_for, users, django_capture_on_commit_callbacks
):
    from django.db import connection
    from django.urls import reverse

    from neaspec.library import selectors
    from tests.factories import library_document

    sqlite = connection.vendor == "sqlite"
    empty = _index_bytes() if sqlite else 0
    words = " ".join(f"w{n:05d}zq" for n in range(20_000))
    document = library_document("Bulky annex", f"Tumenzq annex {words}")
    storage, name = document.file.storage, document.file.name
    assert [
        h.document for h in selectors.document_search(actor=users["secretariat"], query="tumenzq")
    ] == [document]
    assert (
        client_for("focal_point_mn").post(reverse("library:delete", args=[document.pk])).status_code
        == 403
    )
    officer = client_for("secretariat")
    with django_capture_on_commit_callbacks(execute=True):
        gone = officer.post(reverse("library:delete", args=[document.pk]))
    assert gone.status_code == 302
    assert "was deleted" in officer.get(gone["Location"]).content.decode()
    assert not selectors.document_search(actor=users["secretariat"], query="tumenzq")
    assert not storage.exists(name)
    assert Document.history.filter(id=document.pk, history_type="-").exists()
    if sqlite:  # the index gives back the text's space (FTS5 keeps it until it is merged)
        assert _index_bytes() < empty + 10_000


def test_a_document_that_closed_a_follow_up_is_not_deleted(client_for, users):
    from django.urls import reverse

    from neaspec.decisions.models import FollowUp
    from tests.factories import library_document

    document = library_document("Evidence", "The workshop was held.")
    follow_up = FollowUp.objects.filter(status="open").first()
    FollowUp.objects.filter(pk=follow_up.pk).update(
        status="done", outcome="Held.", closed_on="2024-01-01", evidence_document=document
    )
    refused = client_for("secretariat").post(reverse("library:delete", args=[document.pk]))
    assert refused.status_code == 409
    assert "cannot be deleted" in refused.content.decode()
    assert Document.objects.filter(pk=document.pk).exists()


def test_a_reading_that_ends_late_keeps_what_changed_meanwhile(users):
    """The worker holds the document as it was when the reading began; a report adopted
    meanwhile (retitled, published) keeps its new title, type and visibility, and is searched
    under its new title."""
    started = upload(users["secretariat"])  # not read yet: no on-commit here
    Document.objects.filter(pk=started.pk).update(
        title="Report of SOM-29", type="meeting_report", visibility="public"
    )
    read = services.document_read_text(document=started)
    read.refresh_from_db()
    assert (read.title, read.visibility, read.status) == ("Report of SOM-29", "public", "ready")
    assert "report of som-29" in read.search_text
    assert "Tumen River" in read.text
