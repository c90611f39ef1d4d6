"""At 390 px (a phone) no page of the public set scrolls sideways, signed out or in."""

from typing import Any

import pytest
from django.urls import reverse
from playwright.sync_api import Page

from neaspec.accounts.models import User
from neaspec.decisions.models import Decision, FollowUp
from tests.e2e.pages import sign_in
from tests.factories import library_document, secretariat


def public_pages() -> list[str]:
    """Every page of the access matrix that the public may read, with its example object."""
    som25 = Decision.objects.get(meeting__key="som-25", paragraph="7", sentence=2)
    follow_up = FollowUp.objects.filter(decision__meeting__key="som-25").first()
    assert follow_up is not None
    document = library_document(
        "Report of SOM-25",
        "The Twenty-fifth Senior Officials Meeting of NEASPEC was held on 20-21 September 2022.",
    )
    return [
        reverse("home"),
        reverse("login"),
        reverse("directory:states"),
        reverse("directory:state", args=["MN"]),
        reverse("directory:bodies"),
        reverse("directory:body", args=["neacap-spc"]),
        reverse("directory:people"),
        reverse("directory:person", args=["huang-yiyang"]),
        reverse("programme:areas"),
        reverse("programme:area", args=["air"]),
        reverse("programme:plans"),
        reverse("programme:plan", args=["2021-2025"]),
        reverse("programme:indicators"),
        reverse("programme:indicator", args=["ndc-2030-ghg-target"]),
        reverse("meetings:list"),
        reverse("meetings:detail", args=["som-25"]),
        reverse("meetings:detail", args=["nfp-2025-04"]),
        reverse("decisions:list"),
        reverse("decisions:detail", args=[som25.pk]),
        reverse("decisions:tracker"),
        reverse("decisions:tracker") + "?status=done",
        reverse("decisions:follow_up", args=[follow_up.pk]),
        reverse("library:library"),
        reverse("library:document", args=[document.pk]),
        reverse("networks:neampan"),
        reverse("networks:neacap"),
        reverse("networks:lccp"),
        reverse("networks:species"),
        reverse("networks:site", args=["gochang-wetland"]),
        reverse("projects:list"),
        reverse("finance:funds"),
        reverse("finance:fund", args=["core-fund"]),
        reverse("finance:contributions"),
    ]


def _too_wide(page: Page, base: str, paths: list[str]) -> list[tuple[str, int]]:
    wide = []
    for path in paths:
        page.goto(base + path)
        width = page.evaluate("document.documentElement.scrollWidth")
        if width > 390:
            wide.append((path, width))
    return wide


@pytest.mark.parametrize("signed_in", [False, True], ids=["public", "secretariat"])
def test_no_page_is_wider_than_a_phone(
    page: Page, live_server: Any, live_reference: None, console: Any, signed_in: bool
):
    paths = public_pages()
    page.set_viewport_size({"width": 390, "height": 844})
    if signed_in:
        secretariat()
        sign_in(page, live_server.url, "secretariat-officer")
        paths += [reverse("account"), reverse("two_factor"), reverse("sessions")]
        officer = User.objects.get(username="secretariat-officer")
        paths += [
            reverse("people:list"),
            reverse("people:invite"),
            reverse("people:detail", args=[officer.pk]),
            reverse("mail:outbox"),
            reverse("mail:preferences"),
            reverse("meetings:prepare", args=["som-25"]),
        ]
    assert _too_wide(page, live_server.url, paths) == []
    assert console.errors == []
    assert console.csp_violations() == []


def test_form_controls_are_big_enough_to_touch(page: Page, live_server: Any, live_reference: None):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + reverse("decisions:tracker"))
    sizes = page.evaluate(
        """[...document.querySelectorAll('main select, main input:not([type=hidden]), main button')]
           .map(e => [parseFloat(getComputedStyle(e).fontSize),
                      e.getBoundingClientRect().height])"""
    )
    assert sizes
    assert all(font >= 16 and height >= 24 for font, height in sizes), sizes


def test_on_a_phone_the_menu_folds_behind_its_button(
    page: Page, live_server: Any, live_reference: None, console: Any
):
    """The header takes one line of a phone's screen; the menu opens in groups and closes."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + reverse("home"))
    header = page.locator(".site-header")
    assert header.bounding_box()["height"] <= 120
    nav = page.get_by_role("navigation", name="Main")
    assert not nav.is_visible()
    button = page.get_by_role("button", name="Menu")
    assert button.get_attribute("aria-expanded") == "false"
    button.click()
    assert button.get_attribute("aria-expanded") == "true"
    assert nav.get_by_text("Meetings and decisions").is_visible()
    assert page.get_by_role("link", name="Sign in").is_visible()
    nav.get_by_role("link", name="Follow-up").click()
    page.wait_for_url("**" + reverse("decisions:tracker"))
    assert not page.get_by_role("navigation", name="Main").is_visible()  # folded again
    page.set_viewport_size({"width": 1366, "height": 900})  # a wide screen shows it all
    assert page.get_by_role("navigation", name="Main").is_visible()
    assert not page.get_by_role("button", name="Menu").is_visible()
    assert console.errors == []
    assert console.csp_violations() == []


def test_wide_lists_become_cards_with_their_column_names(
    page: Page, live_server: Any, live_reference: None, console: Any
):
    """On a phone the tracker, the decisions and the contributions show every column of a row
    in its card, named: status and outcome are never off the right edge."""
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + reverse("decisions:tracker") + "?status=all&meeting=SOM-25")
    card = page.locator("table.tracker tbody tr").first
    status = card.locator('td[data-label="Status"]')
    assert status.is_visible()
    box = status.bounding_box()
    assert box["x"] >= 0
    assert box["x"] + box["width"] <= 390
    label = status.evaluate("td => getComputedStyle(td, '::before').content")
    assert label == '"Status"'
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    page.goto(live_server.url + reverse("finance:contributions"))
    received = page.locator('table.contributions td[data-label="Received"]').first
    assert received.is_visible()
    assert received.bounding_box()["x"] + received.bounding_box()["width"] <= 390
    page.set_viewport_size({"width": 1366, "height": 900})  # a wide screen keeps the table
    assert page.locator("table.contributions thead").is_visible()
    assert console.errors == []
