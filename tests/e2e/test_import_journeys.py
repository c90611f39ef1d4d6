"""An import in a real browser: the file goes to the background, its page shows the outcome (a
refused row with its number, then a clean file imported), at phone width too."""

from pathlib import Path

from playwright.sync_api import Page, expect

from neaspec.programme.models import IndicatorValue
from tests.e2e.pages import field, sign_in
from tests.factories import focal_point_user

HEADER = "indicator,state,first_year,last_year,breakdown,value,note,source\n"


def _send(page: Page, base: str, path: Path) -> None:
    page.goto(base + "/indicators/import/")
    field(page, "What the file holds").select_option(label="Indicator values")
    field(page, "CSV or Excel file").set_input_files(str(path))
    page.get_by_role("button", name="Import").click()


def test_a_focal_point_imports_values_and_follows_the_job(
    page: Page, live_server, live_reference, console, tmp_path: Path
):
    focal_point_user("MN", username="fp-mongolia")
    base = live_server.url
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page, base, "fp-mongolia")

    bad = tmp_path / "values.csv"
    bad.write_text(
        HEADER + "pm25-annual-mean,MN,2023,,,41,,Report\npm25-annual-mean,CN,2023,,,9,,Report\n"
    )
    _send(page, base, bad)
    expect(page.get_by_role("heading", name="Import of values.csv")).to_be_visible()
    expect(page.get_by_role("alert")).to_contain_text("Row 3: you may not change this row")
    expect(page.get_by_role("status")).to_contain_text("Nothing imported")
    assert not IndicatorValue.objects.filter(first_year=2023).exists()
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    good = tmp_path / "mongolia.csv"
    good.write_text(
        HEADER + "pm25-annual-mean,MN,2023,,,41,,Report\npm25-annual-mean,MN,2022,,,44,,Report\n"
    )
    _send(page, base, good)
    expect(page.get_by_role("status")).to_contain_text("2 rows imported.")
    assert IndicatorValue.objects.filter(state__code="MN", first_year__in=[2022, 2023]).count() == 2

    page.goto(base + "/indicators/import/")
    latest = page.locator("main li", has_text="mongolia.csv")
    expect(latest).to_contain_text("Imported (2 rows)")
    page.screenshot(path=str(tmp_path / "import-phone.png"), full_page=True)
    assert console.errors == []
    assert console.csp_violations() == []
