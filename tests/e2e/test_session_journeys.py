"""SOM-29 recorded as it happens, in a real browser: the Secretariat elects a chair from
Mongolia's delegation, records Japan's statement under item 5(a) and puts a draft decision on the
screen; Mongolia supports, Japan enters a reservation, the Secretariat amends, both support, it
is adopted and its follow-up appears in the tracker — each form swapping its section in place."""

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


def test_som29_in_session_from_the_chair_to_an_adopted_decision(
    page: Page, browser, live_server, live_reference, console
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
    for watched in (console, mongolia_console, japan_console):
        assert watched.csp_violations() == []
        assert watched.errors == []
