"""Bringing a person in, in a real browser with a real SMTP server: the Secretariat invites
Mongolia's new focal point; the e-mail arrives with a link to the served address; the person
sets a password and a second factor, signs in again with a code, and finds what is asked of
Mongolia. Before anything is sent, the invitations page names the States without an address;
once invited, Mongolia's row says the e-mail was sent."""

import base64
import datetime
import re
import time

from django.utils import timezone
from django_otp.oath import TOTP
from playwright.sync_api import Page, expect

from neaspec.directory.models import MemberState
from neaspec.meetings import services
from neaspec.meetings.models import MeetingSeries
from tests.conftest import Inbox
from tests.e2e.conftest import Console
from tests.e2e.pages import field, sign_in
from tests.factories import secretariat


def _code(secret: str, ahead: int = 0) -> str:
    """The code an authenticator app shows for the key as the page gives it (base32)."""
    totp = TOTP(base64.b32decode(secret.replace(" ", "")), step=30, t0=0, digits=6)
    totp.time = time.time() + 30 * ahead
    return f"{totp.token():06d}"


def test_the_secretariat_brings_in_mongolias_new_focal_point(
    page: Page, browser, live_server, live_reference, smtp: Inbox, settings, console: Console
):
    officer = secretariat("officer")
    # What `make run PORT=…` does: the e-mails link to the address the Hub is served on.
    settings.NEASPEC_SITE_URL = live_server.url
    meeting = services.meeting_create(
        actor=officer,
        series=MeetingSeries.objects.get(code="SOM"),
        number=29,
        start=timezone.localdate() + datetime.timedelta(days=60),
        host=MemberState.objects.get(code="MN"),
        city="Ulaanbaatar",
    )
    base = live_server.url

    sign_in(page, base, "officer")
    # Before anything is sent: who cannot be reached, with a way to add an address.
    page.goto(f"{base}/meetings/{meeting.key}/prepare/")
    no_address = page.locator("#no-address")
    expect(no_address).to_contain_text("Mongolia: No address")
    expect(no_address.get_by_role("link", name="Add an address").first).to_be_visible()

    page.goto(base + "/team/")
    page.get_by_role("link", name="Invite a person").click()
    field(page, "Name").fill("Oyunchimeg Batbayar")
    field(page, "E-mail").fill("oyunchimeg@mne.gov.mn")
    field(page, "Role").select_option(label="Focal point")
    field(page, "Member State (focal point)").select_option(label="Mongolia")
    page.get_by_role("button", name="Invite").click()
    expect(page.get_by_text("Oyunchimeg Batbayar is invited;")).to_be_visible()
    expect(page.locator("#mail-heading + ul")).to_contain_text("Sent")

    [(to, _)] = smtp.messages
    assert to == ["oyunchimeg@mne.gov.mn"]
    link = re.search(rf"{re.escape(base)}/join/\S+/", smtp.text(0))
    assert link is not None, smtp.text(0)

    # The newcomer, in a browser of their own.
    newcomer = browser.new_context().new_page()
    newcomer.goto(link[0])
    expect(newcomer.get_by_text("Welcome, Oyunchimeg Batbayar.")).to_be_visible()
    field(newcomer, "New password").fill("Tuul river at dawn 2027")
    field(newcomer, "New password confirmation").fill("Tuul river at dawn 2027")
    newcomer.get_by_role("button", name="Set my password").click()
    expect(newcomer.get_by_role("heading", name="Two-factor authentication")).to_be_visible()
    secret = newcomer.locator("code.secret").inner_text()
    field(newcomer, "Code from the app").fill(_code(secret))
    newcomer.get_by_role("button", name="Turn on two-factor authentication").click()
    expect(newcomer.get_by_role("heading", name="Your recovery codes")).to_be_visible()
    newcomer.get_by_role("link", name="I have kept them: continue").click()

    # Signing in again asks for the password, then a code (the next one: each works once).
    newcomer.get_by_role("button", name="Sign out").click()
    newcomer.goto(base + "/accounts/login/")
    field(newcomer, "Username").fill("oyunchimeg@mne.gov.mn")
    field(newcomer, "Password").fill("Tuul river at dawn 2027")
    newcomer.locator("main").get_by_role("button", name="Sign in").click()
    expect(newcomer.get_by_role("heading", name="Two-factor code")).to_be_visible()
    field(newcomer, "Code").fill(_code(secret, ahead=1))
    newcomer.get_by_role("button", name="Continue").click()
    expect(newcomer.get_by_text("Signed in as oyunchimeg@mne.gov.mn")).to_be_visible()
    expect(newcomer.get_by_role("heading", name="Asked of Mongolia")).to_be_visible()

    # Mongolia now has an address: it is no longer named, and its invitation goes out.
    page.goto(f"{base}/meetings/{meeting.key}/prepare/")
    expect(page.locator("#no-address")).not_to_contain_text("Mongolia")
    invitations = page.locator("section#invitations")
    field(invitations, "Member State").select_option(label="Mongolia")
    invitations.get_by_role("button", name="Invite").click()
    expect(page.get_by_text("1 invitation recorded.")).to_be_visible()
    row = page.locator("section#invitations tbody tr", has_text="Mongolia")
    expect(row).to_contain_text("Sent")
    expect(row).to_contain_text("oyunchimeg@mne.gov.mn")
    assert [to for to, _ in smtp.messages][-1] == ["oyunchimeg@mne.gov.mn"]
    assert "BEGIN:VEVENT" in smtp.attachment(1, "text/calendar")
    assert console.errors == []
    assert console.csp_violations() == []
