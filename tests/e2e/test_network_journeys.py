"""NEAMPAN in a real browser: Japan's focal point nominates a site and submits its sheet, the
Secretariat validates it, records the Steering Committee's review and the SOM decision, and the
site becomes a target site; China's focal point cannot touch Japan's sheet. The site page's
forms swap their section in place (htmx): a refused sheet shows its reason, and a request that
fails says so, without the page being loaded again."""

import re

from playwright.sync_api import Browser, Page, Route, expect

from tests.e2e.conftest import Console
from tests.e2e.pages import field, mark_the_page, sign_in
from tests.factories import focal_point_user, future_site_meetings, secretariat


def test_a_nomination_from_submission_to_target_site(
    page: Page, browser: Browser, live_server, live_reference, console
):
    focal_point_user("JP", username="fp-japan")
    focal_point_user("CN", username="fp-china")
    secretariat("officer")
    future_site_meetings()
    base = live_server.url

    sign_in(page, base, "fp-japan")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Networks").click()
    page.get_by_role("link", name="Nominate a site").click()
    expect(field(page, "Member State").locator("option")).to_have_count(1)
    field(page, "Name of the site").fill("Shirahama Marine Park")
    field(page, "Latitude").fill("33.68")
    field(page, "Longitude").fill("135.34")
    field(page, "Source").fill("Nomination letter of the Ministry of the Environment")
    page.get_by_role("button", name="Nominate").click()
    expect(page.get_by_role("heading", name="Shirahama Marine Park")).to_be_visible()
    expect(page.locator("ol.steps")).to_contain_text("Nominated by the State")
    expect(page.locator("svg circle.marker")).to_have_count(1)
    # A mark on this page's window survives only if the page is not loaded again.
    mark_the_page(page)
    sheets = page.locator("#sheets")
    sheets.get_by_role("button", name="Submit the sheet").click()  # every section left empty
    expect(sheets.get_by_role("alert")).to_contain_text(
        "A sheet needs at least one section filled in."
    )
    assert page.evaluate("window.__samePage") is True
    field(page, "Values").fill("Coral communities at their northern limit")
    field(page, "Threats").fill("Rising sea temperature")
    sheets.get_by_role("button", name="Submit the sheet").click()
    expect(page.locator("#sheet-1")).to_contain_text("Submitted")
    expect(sheets.get_by_role("alert")).to_have_count(0)
    assert page.evaluate("window.__samePage") is True
    site_url = page.url

    china = browser.new_context().new_page()
    china_console = Console(china)
    sign_in(china, base, "fp-china")
    china.goto(site_url)
    expect(china.get_by_role("button", name="Submit the sheet")).to_have_count(0)
    forbidden = china.request.post(site_url + "sheets/", form={"values": "Not ours"})
    assert forbidden.status == 403

    officer = browser.new_context().new_page()
    officer_console = Console(officer)
    sign_in(officer, base, "officer")
    officer.goto(site_url)
    mark_the_page(officer)
    # The server fails once: the form says so instead of doing nothing.
    failing = re.compile(r".*/sheets/\d+/review/$")

    def fail(route: Route) -> None:
        route.fulfill(status=500, body="Server error")

    officer.route(failing, fail)
    officer.locator("#sheet-1").get_by_role("button", name="Validate").click()
    expect(officer.locator("#sheet-1").get_by_role("alert")).to_contain_text(
        "This could not be done: reload the page and try again. (500)"
    )
    officer.unroute(failing, fail)
    officer.locator("#sheet-1").get_by_role("button", name="Validate").click()
    expect(officer.locator("#sheet-1")).to_contain_text("Validated")
    expect(officer.locator("#sheet-1").get_by_role("alert")).to_have_count(0)
    field(officer, "Steering Committee meeting").select_option(label="NEAMPAN-SC-9")
    field(officer, "Endorsed").check()
    field(officer, "Outcome").fill("Endorsed as a target site")
    officer.get_by_role("button", name="Record the review").click()
    expect(officer.locator("dl.facts").first).to_contain_text("Endorsed by the Steering Committee")
    field(officer, "SOM decision").select_option(label="SOM-39, para. 7")
    officer.get_by_role("button", name="Make it a target site").click()
    expect(officer.locator("dl.facts").first).to_contain_text("Target site")
    steps = officer.locator("ol.steps li")
    expect(steps).to_have_count(3)
    expect(steps.nth(2)).to_contain_text("SOM-39, para. 7")
    assert officer.evaluate("window.__samePage") is True  # every step swapped in place

    page.goto(base + "/networks/neampan/?status=target")
    expect(page.locator("table.sites")).to_contain_text("Shirahama Marine Park")
    for watched in (console, china_console, officer_console):
        assert watched.csp_violations() == []
    # The only errors are the browser noting the refused sheet (422) and the failed request.
    assert [e for e in console.errors if "422" not in e] == []
    assert china_console.errors == []
    assert [e for e in officer_console.errors if "500" not in e and "htmx:" not in e] == []
