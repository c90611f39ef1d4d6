"""Each role's main task from the home page on a 390-px phone, in at most three taps: the
public reads what the last SOM decided, a focal point records progress on what is asked of
their State, the Secretariat closes an overdue action on its evidence."""

from typing import Any

from playwright.sync_api import Locator, Page, expect

from tests.e2e.pages import sign_in
from tests.factories import focal_point_user, secretariat

PHONE = {"width": 390, "height": 844}
MOST_TAPS = 3


class Taps:
    """Taps counted as a person makes them."""

    def __init__(self) -> None:
        self.count = 0

    def on(self, target: Locator) -> None:
        self.count += 1
        target.click()


def test_the_public_reads_what_the_last_som_decided(
    page: Page, live_server: Any, live_reference: None, console: Any
) -> None:
    page.set_viewport_size(PHONE)
    page.goto(live_server.url + "/")
    taps = Taps()
    taps.on(page.get_by_role("link", name="All decisions of SOM-25"))
    expect(page.get_by_role("heading", name="Decisions")).to_be_visible()
    expect(page.get_by_text("Adopted the amendment to the SPC Rules of Procedure")).to_be_visible()
    assert taps.count <= MOST_TAPS
    assert console.errors == []


def test_a_focal_point_records_progress_on_what_is_asked_of_their_state(
    page: Page, live_server: Any, live_reference: None, console: Any
) -> None:
    focal_point_user("MN", "fp-mongolia")
    page.set_viewport_size(PHONE)
    sign_in(page, live_server.url, "fp-mongolia")
    taps = Taps()
    asked = page.locator("main").get_by_role("link", name="Complete the nomination of national")
    taps.on(asked.first)
    expect(page.get_by_role("heading", name="Record progress")).to_be_visible()
    note = page.get_by_role("textbox", name="Progress note")
    note.fill("Two experts nominated; a third in preparation.")
    page.get_by_label("Progress (%)").fill("60")
    page.get_by_label("Status").select_option(label="In progress")
    taps.on(page.get_by_role("button", name="Save progress"))
    expect(page.get_by_text("Progress recorded: 60 %, in progress.")).to_be_visible()
    assert taps.count <= MOST_TAPS
    assert console.errors == []


def test_the_secretariat_closes_an_overdue_action_on_its_evidence(
    page: Page, live_server: Any, live_reference: None, console: Any
) -> None:
    secretariat()
    page.set_viewport_size(PHONE)
    sign_in(page, live_server.url, "secretariat-officer")
    taps = Taps()
    overdue = page.locator("main").get_by_role("link", name="Work closely with the EAAFP")
    taps.on(overdue.first)
    expect(page.get_by_role("heading", name="Close on evidence")).to_be_visible()
    page.get_by_label("Outcome").fill("Joint work plan agreed with both secretariats.")
    page.get_by_label("Closed on").fill("2026-11-30")
    page.get_by_label("Source").fill("Letter of the EAAFP Secretariat, 30 November 2026")
    taps.on(page.get_by_role("button", name="Close the action"))
    expect(page.get_by_text("The action is closed as done.")).to_be_visible()
    assert taps.count <= MOST_TAPS
    assert console.errors == []
