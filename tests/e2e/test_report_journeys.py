"""Reports in a real browser: the catalogue's form gives the SOM-25 follow-up table as a Word
file, and a report the worker builds is offered from its build page."""

import io

from docx import Document
from playwright.sync_api import Page, expect

from tests.e2e.pages import sign_in
from tests.factories import secretariat


def test_the_som25_follow_up_table_from_the_catalogue(
    page: Page, live_server, live_reference, console, settings
):
    secretariat("officer")
    base = live_server.url
    sign_in(page, base, "officer")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Reports").click()
    follow_up = page.locator("section#decision-follow-up")
    follow_up.get_by_label("Meeting").fill("SOM-25")
    with page.expect_download() as download:
        follow_up.get_by_role("button", name="Word").click()
    assert download.value.suggested_filename == "decision-follow-up-som-25.docx"
    doc = Document(io.BytesIO(download.value.path().read_bytes()))
    rows = [[c.text for c in row.cells] for t in doc.tables for row in t.rows]
    assert sum(row[0] == "10.4" for row in rows) == 6

    follow_up.get_by_label("Meeting").fill("SOM-99")
    follow_up.get_by_role("button", name="PDF").click()
    expect(page.locator("section#decision-follow-up .field .errors")).to_contain_text(
        "No meeting is called “SOM-99”."
    )

    settings.NEASPEC_REPORT_INLINE_ROWS = 0  # now every report goes to the worker
    page.goto(base + "/areas/air/")
    page.locator("aside.report-links").get_by_role("link", name="PDF").click()
    expect(page.locator("#report-progress")).to_contain_text("Ready")
    with page.expect_download() as download:
        page.get_by_role("link", name="Download progress-report-air.pdf").click()
    assert download.value.path().read_bytes().startswith(b"%PDF")
    assert console.csp_violations() == []
    # The browser notes the refused values' answer (a 400, as it should be); nothing else.
    assert [e for e in console.errors if "status of 400" not in e] == []


def test_the_reports_page_on_a_phone(page: Page, live_server, live_reference, console, tmp_path):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/reports/")
    expect(page.get_by_role("heading", name="Progress report")).to_be_visible()
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 390, f"the page scrolls sideways ({width} px)"
    page.screenshot(path=str(tmp_path / "reports-390.png"), full_page=True)
    assert console.errors == []
