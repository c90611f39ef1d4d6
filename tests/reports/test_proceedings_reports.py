"""What a meeting said and where the States stand on its drafts, printed during the session: the
statements under each agenda item and the positions on each draft decision, in the print view,
the PDF and Word, in the reader's language; the drafts and positions never reach the public."""

import datetime
import html
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from neaspec.decisions import services as decisions
from neaspec.decisions.models import Decision, DraftText
from neaspec.directory.models import MemberState, Organization
from neaspec.meetings import services
from neaspec.meetings.models import Attendance, Meeting, MeetingSeries, Statement
from tests.reports.conftest import body, pdf_text, word, word_headings, word_rows

TODAY = datetime.date(2027, 9, 20)
DELIVERED = "Thank you, Chair. Mongolia has cut coal heating in the capital by a third."
OBJECTION = "The paragraph goes beyond the mandate."


def words(data: bytes) -> str:
    """A PDF's text with its lines joined (a long paragraph wraps)."""
    return " ".join(pdf_text(data).split())


def doc_text(data: bytes) -> str:
    doc = word(data)
    return " ".join([p.text for p in doc.paragraphs] + [" ".join(row) for row in word_rows(doc)])


def page_text(data: bytes) -> str:
    """The print view's words, as a browser shows them (the tags taken out)."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", data.decode())).split())


def state(code: str) -> MemberState:
    return MemberState.objects.get(code=code)


@pytest.fixture
def som29(users: dict[str, Any]) -> Meeting:
    """SOM-29 in session: three agenda items, statements under two and one under none;
    Mongolia, Japan, China and the Republic of Korea present; two drafts on the screen."""
    actor = users["secretariat"]
    meeting = services.meeting_create(
        actor=actor,
        series=MeetingSeries.objects.get(code="SOM"),
        number=29,
        start=TODAY,
        end=TODAY + datetime.timedelta(days=1),
        host=state("MN"),
        city="Ulaanbaatar",
    )
    five = services.agenda_item_add(
        actor=actor,
        meeting=meeting,
        number="5",
        title="Review of programme planning and implementation",
    )
    air = services.agenda_item_add(
        actor=actor, meeting=meeting, number="5(a)", title="Air pollution", parent=five
    )
    services.agenda_item_add(actor=actor, meeting=meeting, number="6", title="Other matters")
    for code in ("MN", "JP", "CN", "KR"):
        Attendance.objects.create(meeting=meeting, state=state(code))

    services.statement_record(
        actor=actor,
        meeting=meeting,
        speaker="state",
        state=state("MN"),
        summary="Mongolia welcomed the progress of the programme.",
        agenda_item=five,
        paragraph="12",
        spoken_by="Batbayar Enkhtuya",
        text=DELIVERED,
    )
    services.statement_record(
        actor=actor,
        meeting=meeting,
        speaker="state",
        state=state("JP"),
        summary="Japan offered to host the next NEACAP session.",
        agenda_item=air,
    )
    services.statement_record(
        actor=actor,
        meeting=meeting,
        speaker="organization",
        organization=Organization.objects.get(key="nowpap"),
        summary="NOWPAP reported on marine litter.",
    )

    three = _draft(actor, meeting, "3", five)
    DraftText.objects.create(decision=three, number=1, text="The Meeting requested a study.")
    decisions.position_record(
        actor=actor, decision=three, state=state("JP"), stance="support", date=TODAY
    )
    DraftText.objects.create(decision=three, number=2, text=three.summary)  # amended
    decisions.position_record(
        actor=actor, decision=three, state=state("MN"), stance="support", date=TODAY
    )
    decisions.position_record(
        actor=actor,
        decision=three,
        state=state("CN"),
        stance="objection",
        date=TODAY,
        note=OBJECTION,
    )
    four = _draft(actor, meeting, "4", None, "The Meeting welcomed the offer of Japan.")
    decisions.position_record(
        actor=actor, decision=four, state=state("KR"), stance="reservation", date=TODAY
    )
    return meeting


def _draft(
    actor: Any,
    meeting: Meeting,
    paragraph: str,
    item: Any,
    summary: str = "The Meeting requested the Secretariat to prepare a study on coal heating.",
) -> Decision:
    decision = decisions.decision_create(
        actor=actor,
        meeting=meeting,
        paragraph=paragraph,
        summary=summary,
        kind="operative",
        concern="general",
        agenda_item=item,
    )
    decision.adopted = False
    decision.save()
    return decision


def get(client: Client, url: str, **extra: Any) -> bytes:
    response = client.get(url, **extra)
    assert response.status_code == 200, response.content[:500]
    return body(response)


# --- statements by agenda item --------------------------------------------------------------


def test_the_statements_under_each_agenda_item_in_each_format(
    som29: Meeting, client_for: Callable[[str], Client]
) -> None:
    client = client_for("secretariat")
    said = "Mongolia (Batbayar Enkhtuya) (¶12): Mongolia welcomed the progress of the programme."
    for read in (
        page_text(get(client, "/reports/statements.html?meeting=som-29")),
        words(get(client, "/reports/statements.pdf?meeting=som-29")),
        doc_text(get(client, "/reports/statements.docx?meeting=som-29")),
    ):
        assert "Statements by agenda item: SOM-29" in read
        assert said in read
        assert f"Text as delivered: {DELIVERED}" in read
        assert "Japan: Japan offered to host the next NEACAP session." in read
        assert "NOWPAP reported on marine litter." in read
        assert "No statement recorded." in read  # item 6
    doc = word(get(client, "/reports/statements.docx?meeting=som-29"))
    headings = word_headings(doc)
    assert headings[headings.index("5. Review of programme planning and implementation") :] == [
        "5. Review of programme planning and implementation",
        "5(a) Air pollution",
        "6. Other matters",
        "Statements under no agenda item",
    ]
    # Under its item, in the order of the agenda.
    text = words(get(client, "/reports/statements.pdf?meeting=som-29"))
    assert text.index("Mongolia welcomed") < text.index("Japan offered") < text.index("NOWPAP")


def test_the_public_reads_what_the_meeting_page_shows(
    som29: Meeting, client_for: Callable[[str], Client]
) -> None:
    """The delegation and the summary: not who spoke for it, nor the text it handed over."""
    public = client_for("public")
    meeting_page = public.get("/meetings/som-29/").content.decode()
    assert "/reports/statements.pdf?meeting=som-29" in meeting_page
    for read in (
        words(get(public, "/reports/statements.pdf?meeting=som-29")),
        doc_text(get(public, "/reports/statements.docx?meeting=som-29")),
        page_text(get(public, "/reports/statements.html?meeting=som-29")),
    ):
        assert "Mongolia (¶12): Mongolia welcomed the progress of the programme." in read
        assert "Batbayar" not in read
        assert "coal heating" not in read
        assert "Text as delivered" not in read


def test_the_statements_in_the_language_asked_for(
    som29: Meeting, client_for: Callable[[str], Client]
) -> None:
    """The words of the report in the reader's language; a summary in its translation where
    there is one, else as recorded."""
    Statement.objects.filter(state__code="MN", meeting=som29).update(
        summary_ru="Монголия приветствовала ход программы."
    )
    client = client_for("secretariat")
    russian = words(get(client, "/reports/statements.pdf?meeting=som-29&lang=ru"))
    assert "Монголия приветствовала ход программы." in russian
    assert "Япония" in russian  # the State by its Russian name
    assert "Japan offered to host the next NEACAP session." in russian  # not translated yet
    assert "Mongolia welcomed" not in russian
    also = words(get(client, "/reports/statements.pdf?meeting=som-29", HTTP_ACCEPT_LANGUAGE="ru"))
    assert "Монголия приветствовала ход программы." in also
    english = words(get(client, "/reports/statements.pdf?meeting=som-29"))
    assert "Mongolia welcomed the progress of the programme." in english
    # The catalogue's form takes the language along to the file's address.
    asked = client.get("/reports/statements/", {"meeting": "SOM-29", "format": "pdf", "lang": "ru"})
    assert asked["Location"] == "/reports/statements.pdf?meeting=som-29&lang=ru"


# --- positions on the drafts ----------------------------------------------------------------


def test_the_positions_on_each_draft_in_each_format(
    som29: Meeting, client_for: Callable[[str], Client]
) -> None:
    client = client_for("secretariat")
    for read in (
        page_text(get(client, "/reports/draft-positions.html?meeting=som-29")),
        words(get(client, "/reports/draft-positions.pdf?meeting=som-29")),
        doc_text(get(client, "/reports/draft-positions.docx?meeting=som-29")),
    ):
        assert "Positions on draft decisions: SOM-29" in read
        assert "Draft paragraph 3" in read
        assert "The Meeting requested the Secretariat to prepare a study on coal heating." in read
        assert "Does not stand: blocked by China." in read
        assert OBJECTION in read
        assert "Support, on version 1 (no longer counts)" in read
        assert "Draft paragraph 4" in read
        assert "Stands: no member State objects or asks to suspend." in read
    doc = word(get(client, "/reports/draft-positions.docx?meeting=som-29"))
    assert word_headings(doc)[-2:] == ["Draft paragraph 3", "Draft paragraph 4"]
    rows = word_rows(doc)
    three = rows[rows.index(["Member State", "Position", "Note", "Date"]) + 1 :][:4]
    assert [row[:3] for row in three] == [
        ["China", "Objection", OBJECTION],
        ["Japan", "Support, on version 1 (no longer counts)", "—"],
        ["Mongolia", "Support", "—"],
        ["Republic of Korea", "Not stated", "—"],
    ]
    facts = " ".join(p.text for p in doc.paragraphs)
    assert "Agenda item: 5. Review of programme planning and implementation" in facts
    assert "Version on the screen: 2" in facts
    assert "No position on this version yet: Japan, Republic of Korea" in facts


def test_a_focal_point_prints_the_positions_the_public_never_sees(
    som29: Meeting, client_for: Callable[[str], Client]
) -> None:
    china = words(get(client_for("focal_point_cn"), "/reports/draft-positions.pdf?meeting=som-29"))
    assert "Does not stand: blocked by China." in china

    public = client_for("public")
    for fmt in ("pdf", "docx", "html"):
        refused = public.get(f"/reports/draft-positions.{fmt}?meeting=som-29")
        assert refused.status_code == 302
        assert refused["Location"].startswith("/accounts/login/")
    assert public.get("/reports/draft-positions/?meeting=SOM-29&format=pdf").status_code == 302
    assert client_for("partner").get("/reports/draft-positions.pdf?meeting=som-29").status_code == (
        403
    )
    assert "draft-positions" not in public.get("/reports/").content.decode()
    catalogue = client_for("focal_point_cn").get("/reports/").content.decode()
    assert 'id="statements"' in catalogue
    assert 'id="draft-positions"' in catalogue
    keys = {r["key"] for r in public.get("/api/reports").json()["items"]}
    assert "statements" in keys
    assert "draft-positions" not in keys
    meeting_page = public.get("/meetings/som-29/").content.decode()
    assert "/reports/draft-positions" not in meeting_page
    assert "/reports/draft-positions.pdf?meeting=som-29" in (
        client_for("secretariat").get("/meetings/som-29/").content.decode()
    )


def test_a_meeting_without_drafts(client_for: Callable[[str], Client]) -> None:
    read = words(get(client_for("secretariat"), "/reports/draft-positions.pdf?meeting=SOM-22"))
    assert "The meeting has no draft decision before it." in read
