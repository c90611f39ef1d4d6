"""What the journeys do on many pages: find a form field by its label, sign in."""

import re

from django.conf import settings
from django.test import Client
from playwright.sync_api import Locator, Page, expect

from neaspec.accounts.models import User
from tests.factories import two_factor_verified


def field(page: Page | Locator, label: str) -> Locator:
    """A form field by its label, on the page or in one part of it (a section); required
    fields' labels end in an asterisk."""
    within = page.locator("main") if isinstance(page, Page) else page
    return within.get_by_label(re.compile(rf"^{re.escape(label)}( \*)?$"))


def sign_in(page: Page, base: str, username: str) -> None:
    """Signed in as `username`, on the home page, by the session cookie that signing in sets
    (with the two-factor code given, where the account has it): for journeys that are not
    about signing in (test_journeys.py signs in through the form)."""
    client = Client()
    client.force_login(two_factor_verified(User.objects.get(username=username)))
    session = client.cookies[settings.SESSION_COOKIE_NAME].value
    page.context.add_cookies(
        [{"name": settings.SESSION_COOKIE_NAME, "value": session, "url": base}]
    )
    page.goto(base + "/")
    expect(page.get_by_text(f"Signed in as {username}")).to_be_attached()  # folded on a phone


def mark_the_page(page: Page) -> None:
    """Mark this page's window, once htmx (loaded `defer`) has taken over its forms: the mark
    survives only if the page is not loaded again. A click before then would send the form the
    browser's own way, and the page would be loaded again."""
    page.wait_for_load_state("load")
    page.wait_for_function("() => window.htmx !== undefined")
    page.evaluate("window.__samePage = true")
