"""SOM-29 recorded as it happens, in a real browser: the Secretariat elects a chair from
Mongolia's delegation, records Japan's statement under item 5(a) and puts a draft decision on the
screen; Mongolia supports, Japan enters a reservation, the Secretariat amends, both support, it
is adopted and its follow-up appears in the tracker — each form swapping its section in place.
Then the draft report is circulated, Japan comments on paragraph 3, the Secretariat answers and
uploads version 2, the report is adopted and the library holds "Report of SOM-29"."""

import datetime

from django.utils import timezone
from playwright.sync_api import Page, expect

from neaspec.directory.models import MemberState
from neaspec.meetings import delegations, services
from neaspec.meetings.models import MeetingSeries
from tests.e2e.conftest import Console
from tests.e2e.pages import field, mark_the_page, sign_in
from tests.factories import focal_point_user, secretariat

DRAFT = (
    "The Meeting requested the Secretariat to circulate the revised terms of reference of "
    "NEACAP to member States by 31 March 2027."
)
AMENDED = (
    "The Meeting requested the Secretariat to circulate the revised terms of reference of "
    "NEACAP, with the comments of member States, by 30 April 2027."
)


def _som29_opening() -> None:
    """SOM-29 opening today in Ulaanbaatar, item 5(a) on its agenda, Mongolia's and Japan's
    heads of delegation registered."""
    actor = secretariat("officer")
    today = timezone.localdate()
    meeting = services.meeting_create(
        actor=actor,
        series=MeetingSeries.objects.get(code="SOM"),
        number=29,
        start=today,
        end=today + datetime.timedelta(days=1),
        host=MemberState.objects.get(code="MN"),
        city="Ulaanbaatar",
    )
    five = services.agenda_item_add(actor=actor, meeting=meeting, number="5", title="Planning")
    services.agenda_item_add(
        actor=actor, meeting=meeting, number="5(a)", title="Air pollution", parent=five
    )
    services.meeting_status_set(actor=actor, meeting=meeting, status="registration_open")
    for code, name in (("MN", "Batbayar Enkhtuya"), ("JP", "Sato Hanako")):
        delegations.registration_submit(
            actor=actor,
            meeting=meeting,
            state=MemberState.objects.get(code=code),
            name=name,
            role="head_of_delegation",
            email=f"head@example.{code.lower()}",
        )


def _position(page: Page, stance: str, note: str = "") -> None:
    drafts = page.locator("section#drafts")
    field(drafts, "Position").select_option(label=stance)
    field(drafts, "Note").fill(note)
    drafts.get_by_role("button", name="Record the position").click()


def test_som29_in_session_from_the_chair_to_the_adopted_report(
    page: Page, browser, live_server, live_reference, console, tmp_path
):
    _som29_opening()
    focal_point_user("MN", "fp-mongolia")
    focal_point_user("JP", "fp-japan")
    base = live_server.url
    session = base + "/meetings/som-29/session/"

    sign_in(page, base, "officer")
    page.goto(base + "/meetings/som-29/prepare/")
    page.get_by_role("link", name="In session").click()
    expect(page.get_by_role("heading", name="SOM-29 in session")).to_be_visible()
    mark_the_page(page)

    officers = page.locator("section#officers")
    officers.get_by_text("Elect an officer").click()
    field(officers, "Elected as").select_option(label="Chair")
    field(officers, "Delegate").select_option(label="Batbayar Enkhtuya (Mongolia)")
    officers.get_by_role("button", name="Elect").click()
    expect(officers.get_by_role("status")).to_contain_text("Batbayar Enkhtuya is elected Chair.")
    expect(officers.locator("ul.officers")).to_contain_text("Chair: Batbayar Enkhtuya (Mongolia)")

    statements = page.locator("section#statements")
    statements.get_by_text("Record a statement").click()
    field(statements, "Agenda item").select_option(label="5(a) Air pollution")
    field(statements, "Delegation").select_option(label="Japan")
    field(statements, "Spoken by").fill("Sato Hanako")
    field(statements, "Summary").fill("Supported the revised terms of reference.")
    statements.get_by_role("button", name="Record the statement").click()
    expect(statements.get_by_role("status")).to_contain_text("The statement of Japan is recorded.")
    expect(statements.locator("ul.statements")).to_contain_text(
        "Japan (Sato Hanako): Supported the revised terms of reference."
    )

    drafts = page.locator("section#drafts")
    drafts.get_by_text("Put a draft decision on the screen").click()
    field(drafts, "Agenda item").select_option(label="5(a) Air pollution")
    field(drafts, "Text of the draft decision").fill(DRAFT)
    drafts.get_by_role("button", name="Put on the screen").click()
    expect(drafts.get_by_role("heading", name="Paragraph 1, version 1")).to_be_visible()
    assert page.evaluate("window.__samePage") is True

    mongolia = browser.new_context().new_page()
    mongolia_console = Console(mongolia)
    sign_in(mongolia, base, "fp-mongolia")
    mongolia.goto(session)
    _position(mongolia, "Support")
    expect(mongolia.locator("section#drafts tr", has_text="Mongolia")).to_contain_text("Support")

    japan = browser.new_context().new_page()
    japan_console = Console(japan)
    sign_in(japan, base, "fp-japan")
    japan.goto(session)
    _position(japan, "Reservation", "The dates are too close.")
    expect(japan.locator("section#drafts tr", has_text="Japan")).to_contain_text("Reservation")

    page.reload()
    drafts = page.locator("section#drafts")
    expect(drafts.locator("tr", has_text="Japan")).to_contain_text("The dates are too close.")
    drafts.get_by_text("Amend the text").click()
    field(drafts, "Amended text").fill(AMENDED)
    drafts.get_by_role("button", name="Put the amended text on the screen").click()
    expect(drafts.get_by_role("heading", name="Paragraph 1, version 2")).to_be_visible()
    expect(drafts.locator("ins").first).to_contain_text("with the comments of")
    expect(drafts.locator("tr", has_text="Mongolia")).to_contain_text("not yet on this text")

    for delegation in (mongolia, japan):
        delegation.goto(session)
        _position(delegation, "Support")
    page.reload()
    drafts = page.locator("section#drafts")
    expect(drafts.get_by_role("status").last).to_contain_text("consensus stands")
    drafts.get_by_role("button", name="Adopt paragraph 1").click()
    expect(drafts.get_by_role("status").first).to_contain_text("Paragraph 1 is adopted.")
    expect(drafts).to_contain_text("SOM-29, para. 1")

    page.goto(base + "/follow-ups/?meeting=SOM-29")
    expect(page.locator("main")).to_contain_text("with the comments of member States")

    # The draft report: circulated, commented on by Japan, answered, revised and adopted.
    draft = tmp_path / "draft-report.txt"
    draft.write_text("1. Opening.\n2. Officers.\n3. The Meeting discussed NEACAP.\n")
    page.goto(base + "/meetings/som-29/prepare/")
    documents = page.locator("section#documents")
    documents.get_by_text("Add a document or a language version").click()
    field(documents, "Symbol").fill("NEASPEC/SOM(29)/REP")
    field(documents, "Title").fill("Draft report of SOM-29")
    field(documents, "Kind").select_option(label="Report")
    field(documents, "File (PDF, DOCX, HTML or text)").set_input_files(str(draft))
    documents.get_by_role("button", name="Upload").click()
    expect(page.get_by_text("NEASPEC/SOM(29)/REP is added.")).to_be_visible()
    page.locator("#status").select_option(label="Report circulated")
    page.get_by_role("button", name="Change status").click()
    expect(page.get_by_text("The meeting is now “Report circulated”.")).to_be_visible()

    japan.goto(base + "/meetings/som-29/report/")
    japan.get_by_role("radio", name="Comments").check()
    japan.get_by_label("Paragraph").first.fill("3")
    japan.get_by_label("Comment", exact=True).first.fill("Say that Japan will host the workshop.")
    japan.get_by_role("button", name="Send the answer").click()
    expect(japan.get_by_text("The answer of Japan is recorded.")).to_be_visible()

    page.goto(base + "/meetings/som-29/report/")
    comment = page.locator("li.comment", has_text="Para. 3")
    comment.get_by_label("The Secretariat's answer").fill("Paragraph 3 now says so.")
    comment.get_by_role("button", name="Save the answer").click()
    expect(comment.get_by_role("status")).to_contain_text("The answer is saved.")
    revised = tmp_path / "report-v2.txt"
    revised.write_text("1. Opening.\n2. Officers.\n3. Japan will host the NEACAP workshop.\n")
    papers = page.locator("section#papers")
    papers.get_by_text("Upload a revised version").click()
    field(papers, "File (PDF, DOCX, HTML or text)").set_input_files(str(revised))
    papers.get_by_role("button", name="Upload").click()
    expect(page.get_by_text("Version 2 of NEASPEC/SOM(29)/REP is uploaded")).to_be_visible()
    expect(page.locator("ul.earlier")).to_contain_text("Draft report of SOM-29")
    for state in ("China", "Democratic People's Republic of Korea", "Mongolia"):
        page.locator("#state").select_option(label=state)
        page.get_by_label("No objection").check()
        page.get_by_role("button", name="Send the answer").click()
        expect(page.get_by_text(f"The answer of {state} is recorded.")).to_be_visible()
    for state in ("Republic of Korea", "Russian Federation"):
        page.locator("#state").select_option(label=state)
        page.get_by_label("No objection").check()
        page.get_by_role("button", name="Send the answer").click()
        expect(page.get_by_text(f"The answer of {state} is recorded.")).to_be_visible()
    page.goto(base + "/meetings/som-29/prepare/")
    page.locator("#status").select_option(label="Report adopted")
    page.get_by_role("button", name="Change status").click()
    expect(page.get_by_text("The meeting is now “Report adopted”.")).to_be_visible()
    page.goto(base + "/library/?q=SOM-29")
    # The final report, and the draft it revised kept beside it (for those who read drafts).
    final = page.locator("main").get_by_role("link", name="Report of SOM-29", exact=True)
    expect(final).to_be_visible()
    final.click()
    expect(page.locator("main")).to_contain_text("Japan will host the NEACAP workshop.")
    for watched in (console, mongolia_console, japan_console):
        assert watched.csp_violations() == []
        assert watched.errors == []
