"""The SOM cycle in a real browser: progress on follow-up, positions on drafts, the public view."""

from playwright.sync_api import Page, expect

from neaspec.decisions.models import FollowUp, Position
from tests.e2e.pages import field, sign_in
from tests.factories import draft_decision, focal_point_user, secretariat


def test_secretariat_closes_an_action_on_evidence_and_it_moves_to_done(
    page: Page, live_server, live_reference, console
):
    secretariat("officer")
    follow_up = FollowUp.objects.get(
        decision__meeting__key="som-25", decision__paragraph="6", decision__sentence=1
    )
    sign_in(page, live_server.url, "officer")

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Follow-up").click()
    overdue_rows = page.locator("tr.overdue")
    row = overdue_rows.filter(has_text="Tumen River Estuary")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("before SOM-26")
    before = overdue_rows.count()

    row.get_by_role("link").click()
    field(page, "Closed as").select_option("done")
    field(page, "Outcome").fill("Joint work with the EAAFP and GTI secretariats reported.")
    field(page, "Closed on").fill("2023-11-24")
    field(page, "Shown by the meeting").fill("SOM-26")
    page.get_by_role("button", name="Close the action").click()
    expect(page.locator("dl.facts")).to_contain_text("Joint work with the EAAFP")
    expect(page.locator("dl.facts").get_by_role("link", name="SOM-26")).to_be_visible()

    page.get_by_role("navigation", name="Main").get_by_role("link", name="Follow-up").click()
    expect(page.locator("tr.overdue")).to_have_count(before - 1)
    page.get_by_role("link", name="Done", exact=True).click()
    done = page.locator("tr", has_text="Tumen River Estuary")
    expect(done).to_contain_text("Joint work with the EAAFP")
    follow_up.refresh_from_db()
    assert (follow_up.status, follow_up.evidence_meeting.key) == ("done", "som-26")
    assert console.csp_violations() == []
    assert console.errors == []


def test_korean_focal_point_records_a_position_on_a_draft(
    page: Page, live_server, live_reference, console
):
    draft = draft_decision("Draft: invite a further marine site from each coastal State.")
    focal_point_user("KR", username="fp-korea")
    sign_in(page, live_server.url, "fp-korea")

    page.goto(f"{live_server.url}/decisions/{draft.pk}/")
    expect(page.get_by_text("No position recorded.")).to_be_visible()
    state = field(page, "Member State")
    expect(state.locator("option")).to_have_count(1)  # only the Republic of Korea
    field(page, "Position").select_option("reservation")
    field(page, "Note").fill("Subject to national consultation.")
    page.get_by_role("button", name="Record position").click()

    positions = page.locator(
        "section", has=page.get_by_role("heading", name="Positions of member States")
    )
    expect(positions.get_by_role("cell", name="Reservation")).to_be_visible()
    expect(positions.get_by_text("Consensus stands among the attending States.")).to_be_visible()
    assert Position.objects.get(decision=draft).state.code == "KR"
    assert console.csp_violations() == []
    assert console.errors == []


def test_the_public_sees_only_what_is_published(page: Page, live_server, live_reference, console):
    draft = draft_decision("Draft: invite a further marine site from each coastal State.")

    page.goto(live_server.url + "/meetings/som-25/")
    expect(page.get_by_role("heading", level=1)).to_have_text("SOM-25")
    expect(page.get_by_text("Adopted the amendment to the SPC Rules of Procedure")).to_be_visible()
    expect(page.get_by_text(draft.summary)).to_have_count(0)
    expect(page.get_by_role("button", name="Record position")).to_have_count(0)

    response = page.goto(f"{live_server.url}/decisions/{draft.pk}/")
    assert response is not None
    assert response.status == 404

    page.goto(live_server.url + "/follow-ups/")
    expect(page.locator("tr.overdue").first).to_be_visible()
    page.locator("tr.overdue").first.get_by_role("link").click()
    expect(page.get_by_role("heading", name="Record progress")).to_have_count(0)
    assert console.csp_violations() == []
    assert [e for e in console.errors if "404" not in e] == []
