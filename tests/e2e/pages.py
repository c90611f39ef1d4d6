"""What the journeys do on many pages: find a form field by its label, sign in."""

import re

from playwright.sync_api import Locator, Page, expect

from tests.factories import PASSWORD


def field(page: Page | Locator, label: str) -> Locator:
    """A form field by its label, on the page or in one part of it (a section); required
    fields' labels end in an asterisk."""
    within = page.locator("main") if isinstance(page, Page) else page
    return within.get_by_label(re.compile(rf"^{re.escape(label)}( \*)?$"))


def sign_in(page: Page, base: str, username: str) -> None:
    page.goto(base + "/accounts/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("main").get_by_role("button", name="Sign in").click()
    expect(page.get_by_text(f"Signed in as {username}")).to_be_visible()
