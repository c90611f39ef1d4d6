from pathlib import Path

from django.urls import reverse

from neaspec.decisions.models import Decision
from neaspec.extraction.models import Extraction
from tests.factories import library_document

REPORT = (Path(__file__).parent / "reports" / "committee-report.txt").read_text()


def proposal():
    from neaspec.extraction.services import extraction_propose

    document = library_document(
        "SPC-4 report", REPORT, type="meeting_report", visibility="member_states"
    )
    return document, extraction_propose(document=document)


def form_for(extraction: Extraction, **changes: str) -> dict[str, str]:
    data = {"action": "confirm"}
    for i, d in enumerate(extraction.record["decisions"]):
        data |= {
            f"d-{i}-include": "on",
            f"d-{i}-area": d["area"],
            f"d-{i}-kind": d["kind"],
            f"d-{i}-addressees": " ".join(d["addressees"]),
            f"d-{i}-due": d["due_date"] or "",
        }
    for i, _ in enumerate(extraction.record["statements"]):
        data[f"s-{i}-include"] = "on"
    return data | changes


def test_the_reviewer_corrects_an_area_and_confirms(client_for, reference):
    document, extraction = proposal()
    client = client_for("secretariat")
    url = reverse("extraction:review", args=[document.pk])
    page = client.get(url).content.decode()
    assert "The Committee agreed to finalize the outline" in page  # the source sentence
    response = client.post(
        url, form_for(extraction, **{"d-1-area": "governance", "d-4-include": ""})
    )
    assert response.status_code == 302
    agreed = Decision.objects.get(meeting__key="spc-4", paragraph="5", sentence=1)
    assert agreed.concern == "governance"
    assert not Decision.objects.filter(meeting__key="spc-4", paragraph="7").exists()  # left out
    extraction.refresh_from_db()
    assert extraction.status == "confirmed"


def test_bad_corrections_are_explained_and_nothing_is_recorded(client_for, reference):
    document, extraction = proposal()
    response = client_for("secretariat").post(
        reverse("extraction:review", args=[document.pk]),
        form_for(extraction, **{"d-0-due": "31/12/2022", "d-2-addressees": "everyone"}),
    )
    html = response.content.decode()
    assert response.status_code == 422
    assert "write the due date as YYYY-MM-DD" in html
    assert "unknown addressee everyone" in html
    assert not Decision.objects.filter(meeting__key="spc-4").exists()
    extraction.refresh_from_db()
    assert extraction.status == "proposed"


def test_the_review_says_why_each_decision_was_taken(client_for, reference):
    document, extraction = proposal()
    page = client_for("secretariat").get(reverse("extraction:review", args=[document.pk]))
    html = page.content.decode()
    elected = next(d for d in extraction.record["decisions"] if "elected" in d["verbs"])
    assert elected["kind"] == "procedural"  # officers elected: the meeting's proceedings
    assert "Taken because" in html
    assert "a sentence of paragraph 2; its subject “The Committee” is the meeting" in html
    assert "the meeting&#x27;s verbs: elected; it conducts the meeting (procedural)" in html
    assert '<option value="procedural" selected>Procedural</option>' in html


def test_a_proposed_extraction_waits_on_the_secretariats_home_by_its_title(
    client_for, reference, django_assert_max_num_queries
):
    document, _ = proposal()
    client = client_for("secretariat")
    client.get(reverse("home"))
    with django_assert_max_num_queries(45) as captured:
        home = client.get(reverse("home")).content.decode()
    # A link needs the title: no query of the page reads a document's whole text.
    assert not [q for q in captured.captured_queries if '"library_document"."text"' in q["sql"]]
    panel = home.split('id="panel-extractions"')[1].split("</section>")[0]
    assert "Meeting reports to review: 1" in panel
    review = reverse("extraction:review", args=[document.pk])
    assert f'<a href="{review}">SPC-4 report</a>' in panel
