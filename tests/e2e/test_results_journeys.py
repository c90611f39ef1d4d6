"""The results framework in a real browser: an indicator value through its approval cycle,
ending in the area's chart (Chart.js under the strict CSP)."""

from playwright.sync_api import Browser, Page, expect

from neaspec.programme.models import IndicatorValue
from tests.e2e.conftest import Console
from tests.e2e.pages import field, sign_in
from tests.factories import focal_point_user, secretariat

PM25 = "Annual mean PM2.5 concentration"


def _submit(page: Page, value: str) -> None:
    field(page, "Year (or first year)").fill("2023")
    field(page, "Value").fill(value)
    field(page, "Note").fill("Ulaanbaatar")
    field(page, "Source").fill("Air quality report of Mongolia, 2024")
    page.get_by_role("button", name="Submit for approval").click()


def test_a_value_is_returned_corrected_approved_and_charted(
    page: Page, browser: Browser, live_server, live_reference, console
):
    focal_point_user("MN", username="fp-mongolia")
    secretariat("officer")
    base = live_server.url

    # Mongolia's focal point submits a value: only Mongolia can be chosen.
    sign_in(page, base, "fp-mongolia")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Indicators").click()
    page.get_by_role("link", name=PM25, exact=True).click()
    expect(field(page, "Member State").locator("option")).to_have_count(1)
    _submit(page, "410")
    values = page.locator("table.values")
    expect(values.locator("tr", has_text="2023")).to_contain_text("Submitted")

    # The Secretariat returns it with a reason.
    officer = browser.new_context(base_url=base).new_page()
    officer_console = Console(officer)
    sign_in(officer, base, "officer")
    officer.goto(base + "/indicators/review/")
    row = officer.locator("tr", has_text="Mongolia")
    expect(row).to_contain_text("410")
    row.get_by_label("Reason for returning").fill("Ten times too high: check the unit.")
    row.get_by_role("button", name="Return").click()
    expect(officer.get_by_text("Nothing is waiting.")).to_be_visible()

    # The focal point sees why, corrects and resubmits.
    page.reload()
    expect(values.locator("tr", has_text="2023")).to_contain_text("Ten times too high")
    _submit(page, "41")
    expect(values.locator("tr", has_text="2023")).to_contain_text("Submitted")
    # Not public yet: the area's chart does not show it.
    page.goto(base + "/areas/air/")
    chart_table = page.locator("table[data-chart='chart-pm25-annual-mean']")
    expect(chart_table.locator("tr", has_text="2023")).to_have_count(0)

    # The Secretariat approves; the area's chart and its table now carry the value.
    officer.goto(base + "/indicators/review/")
    officer.locator("tr", has_text="Mongolia").get_by_role("button", name="Approve").click()
    expect(officer.get_by_text("Nothing is waiting.")).to_be_visible()
    page.goto(base + "/areas/air/")
    expect(chart_table.locator("tr", has_text="2023")).to_contain_text("41")
    drawn = page.evaluate(
        "() => { const c = Chart.getChart('chart-pm25-annual-mean');"
        " return c ? c.data.labels : null; }"
    )
    assert any("2023" in label for label in drawn)
    # The WHO guideline is drawn across the values as a line, named in the legend.
    lines = page.evaluate(
        "() => Chart.getChart('chart-pm25-annual-mean').data.datasets"
        ".filter((d) => d.type === 'line').map((d) => [d.label, d.data[0]])"
    )
    assert lines == [["WHO guideline (2021)", 5]]
    pm25 = page.locator("section.indicator", has=page.locator("#indicator-pm25-annual-mean"))
    expect(pm25.locator(".thresholds")).to_contain_text("WHO guideline (2021): 5 μg/m³")

    entry = IndicatorValue.objects.get(first_year=2023, state__code="MN")
    assert (entry.status, entry.value, entry.approved_by.username) == ("approved", 41, "officer")
    for watched in (console, officer_console):
        assert watched.csp_violations() == []
        assert watched.errors == []


def test_the_plan_overview_and_the_biodiversity_activity_plan(
    page: Page, live_server, live_reference, console
):
    page.goto(live_server.url + "/plans/2021-2025/")
    overview = page.locator("section.overview")
    for area in (
        "Air Pollution",
        "Biodiversity and Nature Conservation",
        "Marine Protected Areas",
        "Low Carbon Cities",
        "Desertification and Land Degradation",
    ):
        expect(overview.get_by_role("rowheader", name=area)).to_be_visible()
    overview.get_by_role("link", name="Biodiversity and Nature Conservation").click()
    biodiversity = page.locator("#area-biodiversity + section.framing")
    workshop = biodiversity.locator("section.activity-plan tr", has_text="B.2").first
    expect(workshop).to_contain_text("Q4 2023")
    expect(workshop).to_contain_text("Q2–Q3 2023")
    assert console.csp_violations() == []
    assert console.errors == []
