"""SOM-29 prepared and run in a real browser: the Secretariat creates it, builds its agenda,
uploads a working document and invites the six States, each form swapping its section of the
preparation page in place (an agenda item refused, then added, without the page being loaded
again); Mongolia's focal point registers two delegates, which Japan's cannot see; the list of
participants lists them; the draft report is circulated, every State has no objection, it is
adopted and its review opens."""

import io

from django.core import mail
from django.utils import timezone
from playwright.sync_api import Page, expect
from pypdf import PdfReader

from tests.e2e.conftest import Console
from tests.e2e.pages import field, mark_the_page, sign_in
from tests.factories import focal_point_user, secretariat


def test_som29_from_creation_to_the_adopted_report(
    page: Page, browser, live_server, live_reference, console, tmp_path
):
    secretariat("officer")
    mongolian = focal_point_user("MN", "fp-mongolia")
    mongolian.email = "focal.point@mne.gov.mn"
    mongolian.save()
    focal_point_user("JP", "fp-japan")
    base = live_server.url
    today = timezone.localdate().isoformat()  # held today: registration is open until then

    sign_in(page, base, "officer")
    page.goto(base + "/meetings/")
    page.locator("main").get_by_role("link", name="New meeting").click()
    field(page, "Series").select_option(label="Senior Officials Meeting")
    field(page, "Number").fill("29")
    field(page, "Start").fill(today)
    field(page, "End").fill(today)
    field(page, "Host State").select_option(label="Mongolia")
    field(page, "City").fill("Ulaanbaatar")
    field(page, "Modality").select_option(label="In person")
    page.get_by_role("button", name="Create the meeting").click()
    expect(page.get_by_role("heading", name="Preparing SOM-29")).to_be_visible()

    # The page's forms swap their section in place (htmx): a mark on this page's window
    # survives only if the page is not loaded again.
    mark_the_page(page)
    agenda = page.locator("section#agenda")
    agenda.get_by_text("Add an item").click()
    field(agenda, "Number").fill("5")
    field(agenda, "Title").fill("Review of programme planning and implementation")
    agenda.get_by_role("button", name="Add the item").click()
    expect(page.locator("ol.agenda-builder li")).to_have_count(1)
    # The same number again: refused in place, the form left open with what was typed.
    agenda.get_by_text("Add an item").click()
    field(agenda, "Number").fill("5")
    field(agenda, "Title").fill("Air pollution")
    field(agenda, "Under item").select_option(
        label="5. Review of programme planning and implementation"
    )
    agenda.get_by_role("button", name="Add the item").click()
    expect(agenda.get_by_role("alert")).to_contain_text("The agenda already has an item 5.")
    assert page.evaluate("window.__samePage") is True
    field(agenda, "Number").fill("5(a)")
    agenda.get_by_role("button", name="Add the item").click()
    expect(page.locator("ol.agenda-builder li")).to_have_count(2)
    expect(agenda.get_by_role("alert")).to_have_count(0)
    # The documents section read itself again: its form offers the new item.
    documents = page.locator("section#documents")
    expect(documents.get_by_role("option", name="5(a). Air pollution")).to_be_attached()
    assert page.evaluate("window.__samePage") is True
    expect(page.locator("ol.agenda-builder li").nth(1)).to_contain_text("5(a) Air pollution")
    page.get_by_role("button", name="Circulate the provisional agenda").click()
    expect(page.get_by_text("The provisional agenda is circulated.")).to_be_visible()

    paper = tmp_path / "wp1.txt"
    paper.write_text("Review of programme planning and implementation.")
    documents = page.locator("section#documents")
    documents.get_by_text("Add a document or a language version").click()
    field(documents, "Symbol").fill("NEASPEC/SOM(29)/1")
    field(documents, "Title").fill("Review of programme planning and implementation")
    field(documents, "Agenda item").select_option(
        label="5. Review of programme planning and implementation"
    )
    field(documents, "File (PDF, DOCX, HTML or text)").set_input_files(str(paper))
    documents.get_by_role("button", name="Upload").click()
    expect(page.get_by_text("NEASPEC/SOM(29)/1 is added.")).to_be_visible()

    invitations = page.locator("section#invitations")
    field(invitations, "All member States").check()
    invitations.get_by_role("button", name="Invite").click()
    expect(
        page.get_by_text(
            "6 invitations recorded. 1 e-mail is queued; the table says when it is sent."
        )
    ).to_be_visible()
    # The five States without a focal point's address are named, and nothing went to them.
    expect(page.get_by_text("Nothing was sent to China,")).to_be_visible()
    expect(page.locator("section#invitations tbody tr")).to_have_count(6)
    mongolia = page.locator("section#invitations tbody tr", has_text="Mongolia")
    expect(mongolia).to_contain_text("Sent")
    expect(mongolia).to_contain_text("focal.point@mne.gov.mn")
    assert [m.to for m in mail.outbox] == [["focal.point@mne.gov.mn"]]
    page.locator("#status").select_option(label="Registration open")
    page.get_by_role("button", name="Change status").click()
    expect(page.get_by_text("The meeting is now “Registration open”.")).to_be_visible()
    assert page.evaluate("window.__samePage") is True  # every step above swapped in place

    mongolia = browser.new_context().new_page()
    mongolia_console = Console(mongolia)
    sign_in(mongolia, base, "fp-mongolia")
    mongolia.goto(base + "/meetings/som-29/")
    mongolia.get_by_role("link", name="Register your delegation").click()
    for name, role in (("Batbayar Enkhtuya", "Head of delegation"), ("Dorj Tsetseg", "Adviser")):
        field(mongolia, "Name").fill(name)
        field(mongolia, "Role").select_option(label=role)
        field(mongolia, "E-mail").fill(f"{name.split()[1].lower()}@example.mn")
        mongolia.get_by_role("button", name="Register").click()
        expect(mongolia.get_by_text(f"{name} is registered.")).to_be_visible()
    expect(mongolia.locator("ul.delegates li")).to_have_count(2)

    japan = browser.new_context().new_page()
    japan_console = Console(japan)
    sign_in(japan, base, "fp-japan")
    japan.goto(base + "/meetings/som-29/registration/")
    expect(japan.get_by_text("Nobody of your delegation is registered yet.")).to_be_visible()
    expect(japan.locator("main")).not_to_contain_text("Batbayar")

    listing = page.request.get(base + "/reports/participants.pdf?meeting=som-29")
    text = " ".join(
        " ".join(p.extract_text() for p in PdfReader(io.BytesIO(listing.body())).pages).split()
    )
    assert "Batbayar Enkhtuya" in text
    assert "Dorj Tsetseg" in text

    report = tmp_path / "report.txt"
    report.write_text(
        "Report of the Twenty-ninth Senior Officials Meeting\n"
        "1. The Meeting requested the Secretariat to circulate the work plan by 1 March 2028.\n"
    )
    page.goto(base + "/meetings/som-29/prepare/")
    documents = page.locator("section#documents")
    documents.get_by_text("Add a document or a language version").click()
    field(documents, "Symbol").fill("NEASPEC/SOM(29)/REP")
    field(documents, "Title").fill("Draft report of the Twenty-ninth Senior Officials Meeting")
    field(documents, "Kind").select_option(label="Report")
    field(documents, "File (PDF, DOCX, HTML or text)").set_input_files(str(report))
    documents.get_by_role("button", name="Upload").click()
    expect(page.get_by_text("NEASPEC/SOM(29)/REP is added.")).to_be_visible()
    page.locator("#status").select_option(label="Report circulated")
    page.get_by_role("button", name="Change status").click()
    expect(page.get_by_text("The meeting is now “Report circulated”.")).to_be_visible()

    mongolia.goto(base + "/meetings/som-29/")
    mongolia.get_by_role("link", name="Answer on the draft report").click()
    mongolia.get_by_label("No objection").check()
    mongolia.get_by_role("button", name="Send the answer").click()
    expect(mongolia.get_by_text("The answer of Mongolia is recorded.")).to_be_visible()
    # The other five answered the Secretariat by letter; it records each answer.
    page.goto(base + "/meetings/som-29/report/")
    for state in (
        "China",
        "Democratic People's Republic of Korea",
        "Japan",
        "Republic of Korea",
        "Russian Federation",
    ):
        page.locator("#state").select_option(label=state)
        page.get_by_label("No objection").check()
        page.get_by_role("button", name="Send the answer").click()
        expect(page.get_by_text(f"The answer of {state} is recorded.")).to_be_visible()
    expect(page.locator("main")).not_to_contain_text("not yet")

    page.goto(base + "/meetings/som-29/prepare/")
    page.locator("#status").select_option(label="Report adopted")
    page.get_by_role("button", name="Change status").click()
    expect(page.get_by_text("The meeting is now “Report adopted”.")).to_be_visible()
    # Only Mongolia's focal point has an address: the other invitations wait for one.
    expect(page.locator("ul.checklist li.done")).to_have_count(6)
    expect(page.locator("ul.checklist li.todo")).to_contain_text("1 of 6 sent")
    page.get_by_role("link", name="Review the decisions of").click()
    expect(page.locator("main")).to_contain_text("SOM")
    expect(page.locator("main")).to_contain_text("circulate the work plan")
    for watched in (console, mongolia_console, japan_console):
        assert watched.csp_violations() == []
    # The only error is the browser noting the refused agenda item (422).
    assert [e for e in console.errors if "422" not in e] == []
    assert mongolia_console.errors == []
    assert japan_console.errors == []


def test_the_preparation_page_on_a_phone(
    page: Page, live_server, live_reference, console, tmp_path
):
    secretariat("officer")
    sign_in(page, live_server.url, "officer")
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/meetings/new/")
    field(page, "Series").select_option(label="Senior Officials Meeting")
    field(page, "Number").fill("29")
    field(page, "Start").fill("2027-09-20")
    field(page, "City").fill("Ulaanbaatar")
    page.get_by_role("button", name="Create the meeting").click()
    expect(page.get_by_role("heading", name="Preparing SOM-29")).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways ({width} px)"
    page.screenshot(path=str(tmp_path / "prepare-390.png"), full_page=True)
    assert console.errors == []
