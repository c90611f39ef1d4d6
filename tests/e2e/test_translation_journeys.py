"""Translation in a real browser: a translator for Japanese finds an area's name out of date
after the Secretariat changed the English, writes the new translation beside the English, and a
reader in Japanese sees it on the home page; the page fits a phone and runs without errors
under the strict CSP."""

from playwright.sync_api import Page, expect

from neaspec.accounts.models import Role
from neaspec.programme.models import ProgrammeArea
from tests.e2e.pages import sign_in
from tests.factories import user_with_role


def test_a_translator_brings_an_out_of_date_name_up_to_date(
    page: Page, browser, live_server, live_reference, console
):
    user_with_role(Role.TRANSLATOR, username="translator-ja", language="ja")
    air = ProgrammeArea.objects.get(code="air")
    air.name = "Clean Air"
    air.save()
    base = live_server.url

    sign_in(page, base, "translator-ja")
    page.get_by_role("link", name="Translations", exact=True).click()
    expect(page.get_by_role("link", name="日本語")).to_be_visible()
    page.goto(base + "/translations/ja/?state=outdated")
    row = page.locator("li.translation-row").filter(has_text="Clean Air")
    expect(row).to_have_count(1)
    expect(row.locator("del")).to_have_text("Air Pollution")  # the English it was made from
    row.get_by_label("Translation").fill("きれいな空気")
    row.get_by_role("button", name="Save").click()
    expect(page.get_by_text("The translation is saved.")).to_be_visible()
    expect(page.locator("li.translation-row").filter(has_text="Clean Air")).to_have_count(0)
    page.set_viewport_size({"width": 390, "height": 800})
    page.goto(base + "/translations/ja/")
    assert page.evaluate("document.documentElement.scrollWidth") <= 390

    reader = browser.new_context(locale="ja-JP").new_page()
    reader.goto(base + "/")
    areas = reader.locator("section").filter(has=reader.locator("#panel-areas"))
    expect(areas).to_contain_text("きれいな空気")
    expect(areas).to_contain_text("生物多様性と自然保護")
    assert console.errors == []
    assert console.csp_violations() == []
