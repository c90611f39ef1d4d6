"""One write path per entity: a domain record is saved or deleted only from inside its app's
services, so every write is permission-checked, audited and keeps what follows from it
(statuses, deadlines).

The guard (tests/write_paths.py) judges every request of the suite (tests/conftest.py); here it
is held to the operations that do not go through a request — the reference-data loader — and to
a page, an API call and a confirmed extraction of a meeting report that must be seen to write.
The last tests prove it catches a deliberately bad writer (`Meeting.objects.create`, `.save()`,
`.delete()` in code of this module, and a view whose service is replaced by one that saves
directly).
"""

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from neaspec.audit import REASON_LENGTH, save_audited
from neaspec.data.loader import load
from neaspec.decisions.models import FollowUp
from neaspec.meetings.models import Meeting, MeetingSeries, ProgrammeSession
from tests.directory.test_contacts import CONTACT
from tests.extraction.test_review_view import form_for, proposal
from tests.write_paths import SRC, TESTS, _through_a_service, writes_watched


def _post(client: Client, url: str, data: dict[str, Any]) -> int:
    return client.post(url, data).status_code


def _json(client: Client, method: str, url: str, body: dict[str, Any]) -> int:
    send = client.post if method == "post" else client.patch
    return send(url, body, content_type="application/json").status_code


def test_pages_and_the_api_write_through_the_services(
    client_for: Callable[[str], Client], users: dict[str, Any]
) -> None:
    secretariat, focal_point = client_for("secretariat"), client_for("focal_point_mn")
    mongolias = FollowUp.objects.filter(state__code="MN", status="open").first()
    tumen = FollowUp.objects.get(
        decision__meeting__key="som-25",
        decision__paragraph="6",
        decision__sentence=1,
        owner="secretariat",
    )
    with writes_watched() as watch:
        meeting = {"series": "SOM", "number": "29", "start": "2027-09-20", "end": "2027-09-21"}
        assert _post(secretariat, reverse("meetings:create"), {**meeting, "host": "MN"}) == 302
        edit = {"start": "2027-09-20", "end": "2027-09-21", "host": "MN", "city": "Ulaanbaatar"}
        assert _post(secretariat, reverse("meetings:edit", args=["som-29"]), edit) == 302
        item = {"item-number": "1", "item-title": "Opening"}
        assert _post(secretariat, reverse("meetings:agenda_add", args=["som-29"]), item) == 302
        session = {
            "session-day": "2027-09-20",
            "session-starts": "09:00",
            "session-ends": "10:00",
            "session-kind": "session",
            "session-title": "Opening session",
        }
        url = reverse("meetings:session_add", args=["som-29"])
        assert _post(secretariat, url, session) == 302
        assert _json(secretariat, "patch", "/api/meetings/som-29", {"venue": "State Palace"}) == 200
        agenda = {"number": "2", "title": "Programme"}
        assert _json(secretariat, "post", "/api/meetings/som-29/agenda", agenda) == 201
        progress = {"date": "2026-01-10", "text": "Under way.", "progress": "50"}
        url = reverse("decisions:follow_up_progress", args=[mongolias.pk])
        assert _post(focal_point, url, {**progress, "status": "in_progress"}) == 302
        closed = {
            "status": "done",
            "outcome": "Joint work with the EAAFP and GTI secretariats was reported.",
            "closed_on": "2023-11-24",
            "evidence_meeting": "SOM-26",
        }
        assert _json(secretariat, "post", f"/api/followups/{tumen.pk}/close", closed) == 200
        url = reverse("directory:contact_add", args=["MN"])
        assert _post(focal_point, url, CONTACT) == 302
    assert watch.outside == []
    assert {
        ("meetings.Meeting", "save"),
        ("meetings.AgendaItem", "save"),
        ("meetings.ProgrammeSession", "save"),
        ("decisions.FollowUp", "save"),
        ("decisions.ProgressNote", "save"),
        ("directory.Person", "save"),
    } <= watch.seen  # the operations did write: the guard had something to judge


def test_the_extraction_commit_writes_through_the_services(
    client_for: Callable[[str], Client], reference: None
) -> None:
    document, extraction = proposal()
    client = client_for("secretariat")
    with writes_watched() as watch:
        response = client.post(
            reverse("extraction:review", args=[document.pk]), form_for(extraction)
        )
    assert response.status_code == 302
    assert watch.outside == []
    written = {label for label, _ in watch.seen}
    assert {
        "meetings.Meeting",
        "meetings.Officer",
        "meetings.Statement",
        "decisions.Decision",
        "decisions.Addressee",
        "decisions.FollowUp",
        "extraction.Extraction",
    } <= written


SEED = """\
meetings:
  - key: som-90
    series: SOM
    number: 90
    start: 2040-01-10
    status: planned
    source: tests
    agenda:
      - {number: "1", title: Opening}
    decisions:
      - paragraph: "1"
        summary: Asked the Secretariat to report before the next session.
        kind: operative
        concern: general
        addressees: [secretariat]
        follow_ups:
          - {owner: secretariat, action: Report., due_next_meeting: true}
"""


def test_the_reference_data_loader_is_the_other_writer(reference: None, tmp_path: Path) -> None:
    seed = tmp_path / "meetings.yaml"
    seed.write_text(SEED, encoding="utf-8")
    with writes_watched() as watch:
        load([seed])
    assert watch.outside == []
    assert {("meetings.Meeting", "save"), ("decisions.FollowUp", "save")} <= watch.seen


# --- the guard catches a write past the services ------------------------------------------


def _meeting_created_directly() -> None:
    Meeting.objects.create(
        key="som-91", series=MeetingSeries.objects.get(code="SOM"), number=91, status="planned"
    )


def _meeting_saved_directly() -> None:
    meeting = Meeting.objects.get(key="som-26")
    meeting.city = "Busan"
    meeting.save()


def _follow_up_deleted_directly() -> None:
    FollowUp.objects.filter(decision__meeting__key="som-25").first().delete()


@pytest.mark.parametrize(
    "write", [_meeting_created_directly, _meeting_saved_directly, _follow_up_deleted_directly]
)
def test_a_write_past_the_services_is_caught(reference: None, write: Callable[[], None]) -> None:
    with writes_watched() as watch:
        write()
    assert watch.outside
    assert all(f"({write.__name__})" in found for found in watch.outside), watch.outside


def _session_added_in_the_view(*, actor: Any, meeting: Meeting, **fields: Any) -> ProgrammeSession:
    # What a view would do if it skipped its service: the model's own save.
    return ProgrammeSession.objects.create(meeting=meeting, **fields)


def test_a_view_that_saves_past_its_service_is_caught(
    client_for: Callable[[str], Client], users: dict[str, Any], monkeypatch: Any
) -> None:
    meeting = {"series": "SOM", "number": "29", "start": "2027-09-20", "end": "2027-09-21"}
    client = client_for("secretariat")
    assert _post(client, reverse("meetings:create"), meeting) == 302
    monkeypatch.setattr("neaspec.meetings.services.session_add", _session_added_in_the_view)
    session = {
        "session-day": "2027-09-20",
        "session-starts": "09:00",
        "session-ends": "10:00",
        "session-kind": "session",
        "session-title": "Opening session",
    }
    with writes_watched() as watch:
        assert _post(client, reverse("meetings:session_add", args=["som-29"]), session) == 302
    assert ProgrammeSession.objects.filter(meeting__key="som-29").exists()
    assert len(watch.outside) == 1
    assert watch.outside[0].startswith("meetings.ProgrammeSession save at test_write_paths.py:")
    assert watch.outside[0].endswith("(_session_added_in_the_view)")


def test_the_guard_judges_by_the_module_that_calls() -> None:
    assert _through_a_service(str(SRC / "meetings" / "services.py"), "meetings")
    assert _through_a_service(str(SRC / "meetings" / "delegations.py"), "meetings")
    assert _through_a_service(str(SRC / "data" / "loader.py"), "meetings")
    assert _through_a_service(str(SRC / "meetings" / "migrations" / "0001_initial.py"), "meetings")
    assert _through_a_service(str(TESTS / "factories" / "__init__.py"), "meetings")
    # Another app's services write that app's records, not these.
    assert not _through_a_service(str(SRC / "extraction" / "services.py"), "meetings")
    assert not _through_a_service(str(SRC / "meetings" / "views.py"), "meetings")
    assert not _through_a_service(str(SRC / "audit.py"), "meetings")
    assert not _through_a_service(__file__, "meetings")


def test_a_reason_longer_than_the_history_keeps_is_shortened(reference: None) -> None:
    meeting = Meeting.objects.get(key="som-26")
    save_audited(meeting, actor=None, reason="role revoked: " + "a reason given at length " * 20)
    kept = meeting.history.latest().history_change_reason
    assert len(kept) == REASON_LENGTH
    assert kept.endswith("…")
