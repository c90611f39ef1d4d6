"""The library in a real browser: upload and see the text read; search in Chinese and Russian."""

import re
from pathlib import Path

from playwright.sync_api import Page, expect

from tests.e2e.pages import field, sign_in
from tests.factories import library_document, secretariat

REPORT = Path(__file__).parents[1] / "extraction" / "reports" / "committee-report.txt"


def test_upload_and_see_the_text_read(page: Page, live_server, live_reference, console, tmp_path):
    secretariat("officer")
    report = tmp_path / "som-report.txt"
    report.write_text("1. The Meeting noted the progress of NEAMPAN in the Tumen River estuary.\n")
    sign_in(page, live_server.url, "officer")
    page.goto(live_server.url + "/library/upload/")
    field(page, "Title").fill("Report of a meeting")
    field(page, "Type").select_option("meeting_report")
    field(page, "Language").select_option("en")
    field(page, "Who may see it").select_option("public")
    page.set_input_files("#id_file", str(report))
    page.get_by_role("button", name="Upload").click()
    status = page.locator("#document-status")
    expect(status).to_contain_text("Ready")
    page.get_by_text("Text", exact=True).click()
    expect(page.locator(".document-text")).to_contain_text("Tumen River estuary")
    assert console.csp_violations() == []
    assert console.errors == []


def test_search_in_chinese_and_russian(page: Page, live_server, live_reference, console):
    library_document("图们江口湿地研究", "图们江口的湿地是候鸟的重要栖息地。", language="zh-hans")
    library_document("Дальневосточный леопард", "Отчёт о сохранении леопарда.", language="ru")

    page.goto(live_server.url + "/library/")
    field(page, "Search").fill("湿地")
    page.get_by_role("button", name="Search").click()
    results = page.locator("ol.results")
    expect(results.locator("li")).to_have_count(1)
    expect(results.locator("mark").first).to_have_text("湿地")

    field(page, "Search").fill("леопарда")
    page.get_by_role("button", name="Search").click()
    expect(results.locator("li")).to_have_count(1)
    results.get_by_role("link", name="Дальневосточный леопард").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Дальневосточный леопард")
    expect(page).to_have_url(re.compile(r"/library/\d+/$"))
    assert console.csp_violations() == []
    assert console.errors == []


def test_upload_a_report_correct_a_decision_and_confirm(
    page: Page, live_server, live_reference, console, tmp_path
):
    secretariat("officer")
    report = tmp_path / "spc-4-report.txt"
    report.write_text(REPORT.read_text())
    sign_in(page, live_server.url, "officer")
    page.goto(live_server.url + "/library/upload/")
    field(page, "Title").fill("Report of SPC-4")
    field(page, "Type").select_option("meeting_report")
    field(page, "Language").select_option("en")
    field(page, "Who may see it").select_option("member_states")
    page.set_input_files("#id_file", str(report))
    page.get_by_role("button", name="Upload").click()
    expect(page.locator("#document-status")).to_contain_text("Ready")

    page.get_by_role("link", name="Review the extracted record").click()
    expect(page.get_by_text("The Committee agreed to finalize the outline")).to_be_visible()
    page.get_by_label("Area of decision 2").select_option("governance")
    page.get_by_role("button", name="Confirm and record").click()

    expect(page.get_by_role("heading", level=1)).to_have_text("SPC-4")
    decision = page.get_by_role("link", name="5.2")
    expect(decision).to_be_visible()
    decision.click()
    followup = page.locator("section", has=page.get_by_role("heading", name="Follow-up"))
    expect(followup).to_contain_text("Aug. 15, 2022")
    expect(followup).to_contain_text("The Secretariat")
    assert console.csp_violations() == []
    assert console.errors == []
