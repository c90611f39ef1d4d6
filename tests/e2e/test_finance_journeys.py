"""Funds in a real browser: a pledge announced at a SOM, later received, moves the status of
contributions, its export and the fund's balance; a project's IATI file downloads."""

from playwright.sync_api import Page, expect

from tests.e2e.pages import field, sign_in
from tests.factories import secretariat


def test_a_pledge_announced_at_som_25_and_its_receipt(
    page: Page, live_server, live_reference, console
):
    secretariat("officer")
    base = live_server.url
    sign_in(page, base, "officer")
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Funds").click()
    page.locator("main").get_by_role("link", name="Record a contribution").click()
    field(page, "Member State").select_option(label="Mongolia")
    field(page, "Fund").select_option(label="NEASPEC Core Fund")
    field(page, "Year").fill("2023")
    field(page, "Amount").fill("20000")
    field(page, "Announced at").select_option(label="SOM-25")
    field(page, "Published").check()
    field(page, "Source").fill("Statement of Mongolia at SOM-25")
    page.get_by_role("button", name="Record", exact=True).click()
    expect(page.locator("dl.facts")).to_contain_text("Announced")

    field(page, "Pledged on").fill("2023-01-10")
    page.get_by_role("button", name="Record the pledge").click()
    expect(page.locator("dl.facts")).to_contain_text("Pledged")
    page.locator("main").get_by_role("link", name="Status of contributions").click()
    mongolia = page.locator("table.contributions tbody tr", has_text="Mongolia").filter(
        has_text="2023"
    )
    expect(mongolia).to_contain_text("20,000 USD")
    expect(mongolia.locator("td").nth(4)).to_have_text("")  # receipt not recorded: none
    expect(mongolia.locator("td").nth(5)).to_have_text("20,000 USD")  # outstanding

    mongolia.get_by_role("link", name="Pledged").click()
    field(page, "Received on").fill("2023-03-01")
    field(page, "Amount received").fill("20000")
    page.get_by_role("button", name="Record the receipt").click()
    expect(page.locator("dl.facts")).to_contain_text("March 1, 2023: 20,000 USD")
    page.locator("main").get_by_role("link", name="Status of contributions").click()
    expect(mongolia.locator("td").nth(3)).to_have_text("20,000 USD")  # received
    expect(mongolia.locator("td").nth(5)).to_have_text("0 USD")

    export = page.request.get(base + "/contributions/export.csv").text()
    assert "Mongolia,MN,2023,USD,20000.00,20000.00,20000.00,0,0.00" in export
    page.goto(base + "/funds/core-fund/?date=2023-12-31")
    expect(page.locator("table.ledger tr", has_text="2023")).to_contain_text("20,000 USD")
    assert console.csp_violations() == []
    assert console.errors == []


def test_the_budget_revision_and_a_project_in_the_browser(
    page: Page, live_server, live_reference, console
):
    page.goto(live_server.url + "/funds/core-fund/")
    revision = page.locator("table.budget-diff")
    expect(revision.locator("tr", has_text="Travel")).to_contain_text("Decreased")
    expect(page.get_by_role("link", name="SOM-25, para. 11.2")).to_be_visible()
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Projects").click()
    page.get_by_role("link", name="Strengthening the Subregional Cooperation").click()
    expect(page.get_by_text("late nominations from member Governments")).to_be_visible()
    assert console.csp_violations() == []
    assert console.errors == []
