"""Preparing SOM-29 through the API, as the Secretariat and as focal points: the bodies the
issue names, each refusal with its reason and nothing changed."""

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client

from neaspec.mail.models import Message
from neaspec.meetings.models import Invitation, Meeting, Registration
from tests.factories import focal_point_user
from tests.reports.conftest import body, pdf_text

SOM29 = {
    "series": "SOM",
    "number": 29,
    "start": "2027-09-20",
    "end": "2027-09-21",
    "host": "MN",
    "city": "Ulaanbaatar",
    "modality": "in_person",
}
DELEGATE = {
    "state": "MN",
    "name": "Batbayar Enkhtuya",
    "title": "Director, Department of Climate Change",
    "role": "head_of_delegation",
    "email": "enkhtuya@example.mn",
    "attendance": "in_person",
}
TODAY = datetime.date(2027, 9, 1)


def post(client: Client, url: str, body: dict[str, Any]) -> Any:
    return client.post(url, body, content_type="application/json")


def patch(client: Client, url: str, body: dict[str, Any]) -> Any:
    return client.patch(url, body, content_type="application/json")


@pytest.fixture
def som29(client_for: Callable[[str], Client]) -> str:
    response = post(client_for("secretariat"), "/api/meetings", SOM29)
    assert response.status_code == 201, response.json()
    return response.json()["key"]


@pytest.fixture
def open_registration(som29: str, client_for: Callable[[str], Client], monkeypatch: Any) -> str:
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a: TODAY)
    response = patch(
        client_for("secretariat"), f"/api/meetings/{som29}", {"status": "registration_open"}
    )
    assert response.status_code == 200, response.json()
    return som29


def test_the_secretariat_creates_a_meeting(som29: str, client_for: Callable[[str], Client]) -> None:
    assert som29 == "som-29"
    got = client_for("public").get("/api/meetings/som-29").json()
    assert (got["label"], got["host"], got["city"], got["status"]) == (
        "SOM-29",
        "MN",
        "Ulaanbaatar",
        "planned",
    )
    assert got["time_zone"] == "Asia/Ulaanbaatar"  # the host capital's, unless given
    history = Meeting.objects.get(key="som-29").history.first()
    assert history.history_user.username == "secretariat-officer"


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"end": "2027-09-19"}, "end before it starts"),
        ({"number": 28}, "already has a meeting"),
        ({"series": "NOPE"}, "No meeting series"),
        ({"host": "XX"}, ""),
        ({"colour": "blue"}, ""),
    ],
)
def test_a_bad_meeting_is_refused_with_its_reason(
    change: dict[str, Any], reason: str, client_for: Callable[[str], Client]
) -> None:
    before = Meeting.objects.count()
    response = post(client_for("secretariat"), "/api/meetings", {**SOM29, **change})
    assert 400 <= response.status_code < 500
    assert reason in str(response.json())
    assert Meeting.objects.count() == before


def test_only_organizers_create_meetings(client_for: Callable[[str], Client]) -> None:
    assert post(client_for("focal_point_mn"), "/api/meetings", SOM29).status_code == 403
    assert post(client_for("public"), "/api/meetings", SOM29).status_code == 401
    # A committee's members create their own body's meetings, not the SOM's.
    spc = {"series": "SPC", "number": 6, "start": "2027-06-01", "end": "2027-06-01"}
    assert post(client_for("committee_member"), "/api/meetings", spc).status_code == 201
    assert post(client_for("committee_member"), "/api/meetings", SOM29).status_code == 403


def test_status_moves_forward_with_its_checks(
    som29: str, client_for: Callable[[str], Client]
) -> None:
    client = client_for("secretariat")
    held = patch(client, f"/api/meetings/{som29}", {"status": "held"})
    assert held.status_code == 422
    assert "before its first day" in held.json()["error"]["message"]
    assert patch(client, f"/api/meetings/{som29}", {"status": "announced"}).status_code == 200
    back = patch(client, f"/api/meetings/{som29}", {"status": "planned"})
    assert back.status_code == 409
    assert "does not go back" in back.json()["error"]["message"]
    # Fields and status together, or neither.
    both = patch(client, f"/api/meetings/{som29}", {"venue": "State Palace", "status": "held"})
    assert both.status_code == 422
    assert Meeting.objects.get(key=som29).venue == ""
    assert (
        patch(client_for("focal_point_mn"), f"/api/meetings/{som29}", {"venue": "x"}).status_code
        == 403
    )


def test_agenda_items_and_sub_items(som29: str, client_for: Callable[[str], Client]) -> None:
    client = client_for("secretariat")
    url = f"/api/meetings/{som29}/agenda"
    assert post(client, url, {"number": "5", "title": "Programme planning"}).status_code == 201
    assert post(client, url, {"number": "6", "title": "Other matters"}).status_code == 201
    sub = post(client, url, {"number": "5(a)", "title": "Air pollution", "parent": "5"})
    assert sub.status_code == 201
    assert sub.json() == {
        "number": "5(a)",
        "title": "Air pollution",
        "parent": "5",
        "annotation": "",
        "languages": {"title": "en", "annotation": "en"},
    }
    unknown = post(client, url, {"number": "7(a)", "title": "Nowhere", "parent": "7"})
    assert unknown.status_code == 422
    assert "no item 7" in unknown.json()["error"]["message"]
    twice = post(client, url, {"number": "6", "title": "Again"})
    assert twice.status_code == 422
    # The sub-item sits under its parent, before the next item.
    agenda = client_for("public").get(url).json()
    assert [(i["number"], i["parent"]) for i in agenda] == [("5", None), ("5(a)", "5"), ("6", None)]
    assert Meeting.objects.get(key=som29).agenda_status == "provisional"


def test_documents_by_symbol_with_language_versions(
    som29: str, client_for: Callable[[str], Client]
) -> None:
    client = client_for("secretariat")
    post(client, f"/api/meetings/{som29}/agenda", {"number": "5", "title": "Programme"})
    url = f"/api/meetings/{som29}/documents"
    fields = {
        "symbol": "NEASPEC/SOM(29)/1",
        "title": "Review of programme planning",
        "agenda_item": "5",
    }
    english = client.post(url, {**fields, "file": SimpleUploadedFile("wp1.txt", b"Working paper.")})
    assert english.status_code == 201, english.json()
    russian = client.post(
        url,
        {
            "symbol": "NEASPEC/SOM(29)/1",
            "language": "ru",
            "file": SimpleUploadedFile("wp1-ru.txt", "Рабочий документ.".encode()),
        },
    )
    assert russian.status_code == 201
    assert [v["language"] for v in russian.json()["versions"]] == ["en", "ru"]
    again = client.post(url, {**fields, "file": SimpleUploadedFile("wp1.txt", b"Other.")})
    assert again.status_code == 422
    assert "already has a version" in again.json()["error"]["message"]
    lost = client.post(
        url,
        {**fields, "symbol": "X/2", "agenda_item": "9", "file": SimpleUploadedFile("a.txt", b"A")},
    )
    assert lost.status_code == 422
    # Member States see the working document; the public does not (it is not published).
    assert len(client_for("focal_point_cn").get(url).json()) == 1
    assert client_for("public").get(url).json() == []
    listed = client_for("focal_point_cn").get(url).json()[0]
    assert (listed["symbol"], listed["agenda_item"], listed["kind"]) == (
        "NEASPEC/SOM(29)/1",
        "5",
        "working",
    )


def test_invitations_are_mailed_and_tracked(
    som29: str,
    client_for: Callable[[str], Client],
    users: dict[str, Any],
    django_capture_on_commit_callbacks: Any,
) -> None:
    users["focal_point_mn"].email = "fp@mongolia.example"
    users["focal_point_mn"].save()
    client = client_for("secretariat")
    with django_capture_on_commit_callbacks(execute=True):
        response = post(client, f"/api/meetings/{som29}/invitations", {"state": "MN"})
    assert response.status_code == 201
    answered = response.json()  # as answered, before the mail went
    assert answered["stage"] == "Queued"
    assert answered["emails"] == [
        {"address": "fp@mongolia.example", "status": "queued", "reason": ""}
    ]
    [message] = mail.outbox
    assert message.to == ["fp@mongolia.example"]
    assert "SOM-29" in message.subject
    assert "/meetings/som-29/registration/" in message.body
    invitations = client.get(f"/api/meetings/{som29}/invitations").json()
    assert invitations[0]["stage"] == "Sent"
    assert invitations[0]["emails"][0]["status"] == "sent"
    again = post(client, f"/api/meetings/{som29}/invitations", {"state": "MN"})
    assert again.status_code == 422
    assert "already invited" in again.json()["error"]["message"]
    assert (
        post(client, f"/api/meetings/{som29}/invitations", {"organization": "nowpap"}).status_code
        == 201
    )
    # A focal point sees their own State's invitation, no other.
    assert [
        i["state"]
        for i in client_for("focal_point_mn").get(f"/api/meetings/{som29}/invitations").json()
    ] == ["MN"]
    assert client_for("focal_point_cn").get(f"/api/meetings/{som29}/invitations").json() == []
    assert (
        post(
            client_for("focal_point_mn"), f"/api/meetings/{som29}/invitations", {"state": "CN"}
        ).status_code
        == 403
    )


def test_mongolia_registers_and_japan_cannot(
    open_registration: str, client_for: Callable[[str], Client], users: dict[str, Any]
) -> None:
    key = open_registration
    url = f"/api/meetings/{key}/registrations"
    mongolia = client_for("focal_point_mn")
    first = post(mongolia, url, DELEGATE)
    assert first.status_code == 201, first.json()
    assert first.json()["status"] == "submitted"
    second = post(
        mongolia,
        url,
        {**DELEGATE, "name": "Dorj Tsetseg", "role": "delegate", "email": "tsetseg@example.mn"},
    )
    assert second.status_code == 201
    japan = Client()
    japan.force_login(focal_point_user("JP"))
    refused = post(japan, url, {**DELEGATE, "email": "other@example.jp"})
    assert refused.status_code == 403
    assert japan.get(url).json() == []
    assert client_for("focal_point_cn").get(url).json() == []
    assert len(mongolia.get(url).json()) == 2
    assert len(client_for("secretariat").get(url).json()) == 2
    # A second head of delegation, an observer for a State, an unknown State: refused.
    head = post(mongolia, url, {**DELEGATE, "email": "x@example.mn"})
    assert head.status_code == 422
    assert "already has a head" in head.json()["error"]["message"]
    assert (
        post(mongolia, url, {**DELEGATE, "role": "observer", "email": "y@example.mn"}).status_code
        == 422
    )
    assert post(mongolia, url, {**DELEGATE, "state": "XX"}).status_code == 404
    # The same person twice: a conflict with what is there, said in words.
    again = post(mongolia, url, {**DELEGATE, "role": "delegate"})
    assert again.status_code == 409
    assert again.json()["error"] == {
        "status": 409,
        "code": "duplicate",
        "message": "Someone with this e-mail address is already registered for the meeting.",
        "fields": [],
    }
    assert Registration.objects.filter(meeting__key=key).count() == 2


def test_registration_closes_at_its_deadline(
    open_registration: str, client_for: Callable[[str], Client], monkeypatch: Any
) -> None:
    key = open_registration
    patch(
        client_for("secretariat"), f"/api/meetings/{key}", {"registration_deadline": "2027-09-10"}
    )
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a: datetime.date(2027, 9, 11))
    late = post(client_for("focal_point_mn"), f"/api/meetings/{key}/registrations", DELEGATE)
    assert late.status_code == 422
    assert "closed on 2027-09-10" in late.json()["error"]["message"]
    assert not Registration.objects.filter(meeting__key=key).exists()


def test_registration_needs_the_meeting_open(
    som29: str, client_for: Callable[[str], Client]
) -> None:
    response = post(client_for("focal_point_mn"), f"/api/meetings/{som29}/registrations", DELEGATE)
    assert response.status_code == 422
    assert "not open" in response.json()["error"]["message"]


def test_acceptance_and_attendance_on_the_day(
    open_registration: str, client_for: Callable[[str], Client], monkeypatch: Any
) -> None:
    key = open_registration
    mongolia, secretariat = client_for("focal_point_mn"), client_for("secretariat")
    registration = post(mongolia, f"/api/meetings/{key}/registrations", DELEGATE).json()
    url = f"/api/meetings/{key}/registrations/{registration['id']}"
    assert patch(mongolia, url, {"status": "accepted"}).status_code == 403
    assert patch(secretariat, url, {"status": "accepted"}).json()["status"] == "accepted"
    early = patch(secretariat, url, {"attended": True})
    assert early.status_code == 422
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a: datetime.date(2027, 9, 20))
    assert patch(secretariat, url, {"attended": True}).json()["attended"] is True
    meeting = Meeting.objects.get(key=key)
    assert meeting.attendance_known
    assert [a.state.code for a in meeting.attendance.all()] == ["MN"]
    # A change by the focal point waits for acceptance again.
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a: TODAY)
    changed = patch(mongolia, url, {"title": "Vice Minister"})
    assert (changed.json()["title"], changed.json()["status"]) == ("Vice Minister", "submitted")


def test_the_participants_report_lists_the_delegates(
    open_registration: str, client_for: Callable[[str], Client]
) -> None:
    key = open_registration
    post(client_for("focal_point_mn"), f"/api/meetings/{key}/registrations", DELEGATE)
    response = client_for("secretariat").get(f"/reports/participants.pdf?meeting={key}")
    assert response.status_code == 200
    text = " ".join(pdf_text(body(response)).split())  # cells wrap their lines
    assert "Batbayar Enkhtuya" in text
    assert "Head of delegation" in text
    assert "Mongolia" in text


def test_report_adopted_by_circulation(
    open_registration: str,
    client_for: Callable[[str], Client],
    users: dict[str, Any],
    monkeypatch: Any,
    django_capture_on_commit_callbacks: Any,
) -> None:
    key = open_registration
    users["focal_point_mn"].email = "fp@mongolia.example"
    users["focal_point_mn"].save()
    secretariat = client_for("secretariat")
    for code in ("MN", "CN"):
        post(secretariat, f"/api/meetings/{key}/invitations", {"state": code})
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a: datetime.date(2027, 9, 22))
    assert patch(secretariat, f"/api/meetings/{key}", {"status": "held"}).status_code == 200
    no_draft = patch(secretariat, f"/api/meetings/{key}", {"status": "report_circulated"})
    assert no_draft.status_code == 422
    assert "draft report" in no_draft.json()["error"]["message"]
    with django_capture_on_commit_callbacks(execute=True):  # the worker reads its text
        secretariat.post(
            f"/api/meetings/{key}/documents",
            {
                "symbol": "NEASPEC/SOM(29)/REP",
                "title": "Report of the Twenty-ninth Senior Officials Meeting",
                "kind": "report",
                "file": SimpleUploadedFile("report.txt", b"1. The Meeting adopted the agenda.\n"),
            },
        )
    with django_capture_on_commit_callbacks(execute=True):
        circulated = patch(
            secretariat,
            f"/api/meetings/{key}",
            {"status": "report_circulated", "report_replies_due": "2027-10-15"},
        )
    assert circulated.status_code == 200
    # Each State asked to answer was told, or is named as having no address.
    notices = Message.objects.filter(purpose="report_circulation", regarding=f"meeting:{key}")
    assert sorted((m.recipient_key, m.status, m.address) for m in notices) == [
        ("state:CN", "no_address", ""),
        ("state:MN", "sent", "fp@mongolia.example"),
    ]
    prepared = secretariat.get(f"/meetings/{key}/prepare/").content.decode()
    replies = prepared.split('id="replies-heading"')[1].split("</section>")[0]
    assert 'class="tag mail-sent">Sent</span> fp@mongolia.example' in replies
    assert 'class="tag mail-no_address">No address</span>' in replies
    early = patch(secretariat, f"/api/meetings/{key}", {"status": "report_adopted"})
    assert early.status_code == 422
    assert "Still waiting for" in early.json()["error"]["message"]
    replies = f"/api/meetings/{key}/report-replies"
    assert (
        post(
            client_for("focal_point_cn"), replies, {"state": "MN", "answer": "no_objection"}
        ).status_code
        == 403
    )
    answered = post(
        client_for("focal_point_mn"), replies, {"state": "MN", "answer": "no_objection"}
    )
    assert answered.json()["waiting_for"] == ["CN"]
    assert (
        post(
            client_for("focal_point_cn"), replies, {"state": "CN", "answer": "comments"}
        ).status_code
        == 422
    )
    post(client_for("focal_point_cn"), replies, {"state": "CN", "answer": "no_objection"})
    with django_capture_on_commit_callbacks(execute=True):
        adopted = patch(secretariat, f"/api/meetings/{key}", {"status": "report_adopted"})
    assert adopted.status_code == 200
    meeting = Meeting.objects.get(key=key)
    report = meeting.meeting_documents.get(kind="report").versions.get()
    assert (report.type, report.visibility) == ("meeting_report", "public")
    # The review opens on it, tied to SOM-29 whatever the text says.
    assert report.extraction.record["meeting"]["series"] == "SOM"
    assert report.extraction.record["meeting"]["number"] == 29
    assert Invitation.objects.filter(meeting=meeting).count() == 2
