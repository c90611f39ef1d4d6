"""The list of participants and the agendas, in each format, as each reader may see them."""

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from neaspec.directory.models import MemberState, Organization
from neaspec.meetings import delegations, services
from neaspec.meetings.models import Meeting, MeetingSeries
from tests.factories import focal_point_user
from tests.reports.conftest import body, pdf_text, word, word_headings, word_rows, workbook

TODAY = datetime.date(2027, 9, 1)


def pdf_words(response: Any) -> str:
    """The PDF's text with its lines joined (a table cell wraps a long name)."""
    return " ".join(pdf_text(body(response)).split())


@pytest.fixture
def som29(users: dict[str, Any]) -> Meeting:
    actor = users["secretariat"]
    meeting = services.meeting_create(
        actor=actor,
        series=MeetingSeries.objects.get(code="SOM"),
        number=29,
        start=datetime.date(2027, 9, 20),
        end=datetime.date(2027, 9, 21),
        host=MemberState.objects.get(code="MN"),
        city="Ulaanbaatar",
        venue="State Palace",
    )
    five = services.agenda_item_add(
        actor=actor,
        meeting=meeting,
        number="5",
        title="Review of programme planning and implementation",
        annotation="The Secretariat reports on the five programme areas.",
    )
    services.agenda_item_add(
        actor=actor, meeting=meeting, number="5(a)", title="Air pollution", parent=five
    )
    services.agenda_item_add(actor=actor, meeting=meeting, number="6", title="Other matters")
    services.meeting_status_set(
        actor=actor, meeting=meeting, status="registration_open", today=TODAY
    )
    mongolia = MemberState.objects.get(code="MN")
    for name, role in (("Batbayar Enkhtuya", "head_of_delegation"), ("Dorj Tsetseg", "adviser")):
        delegations.registration_submit(
            actor=users["focal_point_mn"],
            meeting=meeting,
            state=mongolia,
            name=name,
            title="Ministry of Environment and Tourism",
            affiliation="MET",
            role=role,
            email=f"{name.split()[1].lower()}@example.mn",
            attendance="in_person",
            today=TODAY,
        )
    delegations.registration_submit(
        actor=users["partner"],
        meeting=meeting,
        organization=Organization.objects.get(key="nowpap"),
        name="Observer One",
        email="one@example.org",
        today=TODAY,
    )
    return meeting


def test_participants_by_delegation_heads_first(
    som29: Meeting, client_for: Callable[[str], Client]
) -> None:
    client = client_for("secretariat")
    rows = word_rows(word(body(client.get("/reports/participants.docx?meeting=som-29"))))
    names = [row[1] for row in rows[1:]]
    assert names == ["Batbayar Enkhtuya", "Dorj Tsetseg", "Observer One"]
    assert rows[1][0] == "Mongolia"
    assert rows[1][4] == "Head of delegation"
    sheet = workbook(body(client.get("/reports/participants.xlsx?meeting=som-29")))["Participants"]
    assert [c.value for c in sheet[1]][:3] == ["Delegation", "Name", "Title"]
    assert sheet.cell(2, 7).value == "enkhtuya@example.mn"  # e-mails for the organizers only


def test_each_delegation_sees_its_own(som29: Meeting, client_for: Callable[[str], Client]) -> None:
    mine = pdf_words(client_for("focal_point_mn").get("/reports/participants.pdf?meeting=som-29"))
    assert "Batbayar Enkhtuya" in mine
    assert "Observer One" not in mine
    assert "enkhtuya@example.mn" not in mine
    japan = Client()
    japan.force_login(focal_point_user("JP"))
    theirs = pdf_words(japan.get("/reports/participants.pdf?meeting=som-29"))
    assert "Batbayar" not in theirs
    assert "Nobody is registered yet." in theirs
    public = pdf_words(client_for("public").get("/reports/participants.pdf?meeting=som-29"))
    assert "Batbayar" not in public


def test_the_agendas(som29: Meeting, client_for: Callable[[str], Client]) -> None:
    client = client_for("public")
    provisional = pdf_words(client.get("/reports/provisional-agenda.pdf?meeting=som-29"))
    assert "5. Review of programme planning and implementation" in provisional
    assert "5(a) Air pollution" in provisional
    assert "Provisional, not yet circulated." in provisional
    annotated = word(body(client.get("/reports/annotated-agenda.docx?meeting=som-29")))
    assert "5(a) Air pollution" in word_headings(annotated)
    text = "\n".join(p.text for p in annotated.paragraphs)
    assert "The Secretariat reports on the five programme areas." in text
