"""The site page's inline forms answer htmx with their part of the page: a refused form comes
back alone in its section with status 422 (409 when someone reviewed the sheet first) and
nothing changes; a saved one comes back as the section now stands. Without htmx the same posts
answer the whole page with the reasons, or a redirect (neaspec/htmx.py)."""

from collections.abc import Callable
from typing import Any

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from neaspec.networks import services
from neaspec.networks.models import NominationStep, Site, SiteSheet
from tests.factories import future_site_meetings

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}
SITE = "gochang-wetland"  # nominated by the Republic of Korea, not yet reviewed


def _part(response: Any, section: str) -> str:
    """The section alone, not a page."""
    html = response.content.decode()
    assert f'<section id="{section}"' in html
    assert "<html" not in html
    return html


def _page(response: Any) -> str:
    html = response.content.decode()
    assert "<html" in html
    return html


def _undone(post: Callable[[], Any]) -> Any:
    """`post()`'s answer, with what it saved rolled back: the same save can then be sent again,
    with htmx and without, from the same start."""
    with transaction.atomic():
        response = post()
        transaction.set_rollback(True)
    return response


@pytest.fixture
def officer(client_for: Callable[[str], Client]) -> Client:
    return client_for("secretariat")


def test_a_sheet_refused_or_submitted_answers_htmx_with_the_sheets_alone(officer: Client) -> None:
    url = reverse("networks:sheet_submit", args=[SITE])
    empty = {"values": " ", "threats": ""}
    refused = officer.post(url, empty, headers=HTMX)
    assert refused.status_code == 422
    assert "A sheet needs at least one section filled in." in _part(refused, "sheets")
    assert not SiteSheet.objects.filter(site__key=SITE).exists()
    whole = officer.post(url, empty)
    assert whole.status_code == 422
    assert "A sheet needs at least one section filled in." in _page(whole)

    saved = _undone(lambda: officer.post(url, {"values": "Tidal flats"}, headers=HTMX))
    assert saved.status_code == 200
    assert "HX-Request" in saved["Vary"]
    assert "Tidal flats" in _part(saved, "sheets")
    assert 'id="sheet-1"' in saved.content.decode()
    redirected = officer.post(url, {"values": "Tidal flats"})
    assert redirected.status_code == 302
    assert redirected["Location"] == reverse("networks:site", args=[SITE])
    assert "HX-Request" in redirected["Vary"]


def test_a_sheet_review_refused_keeps_its_reason_beside_the_sheet(
    officer: Client, users: dict[str, Any]
) -> None:
    site = Site.objects.get(key=SITE)
    sheet = services.sheet_submit(actor=users["secretariat"], site=site, values="Salt marsh")
    url = reverse("networks:sheet_review", args=[sheet.pk])
    no_reason = {"action": "return", "reason": ""}
    refused = officer.post(url, no_reason, headers=HTMX)
    assert refused.status_code == 422
    html = _part(refused, "sheets")
    assert f'id="sheet-errors-{sheet.pk}"' in html
    assert "Say why the sheet is returned." in html
    sheet.refresh_from_db()
    assert sheet.status == "submitted"
    whole = officer.post(url, no_reason)
    assert whole.status_code == 422
    assert "Say why the sheet is returned." in _page(whole)

    validated = _undone(lambda: officer.post(url, {"action": "validate"}, headers=HTMX))
    assert validated.status_code == 200
    assert "HX-Request" in validated["Vary"]
    assert "Version 1 — Validated" in _part(validated, "sheets")
    redirected = officer.post(url, {"action": "validate"})
    assert redirected.status_code == 302
    sheet.refresh_from_db()
    assert sheet.status == "validated"

    # Reviewed by someone else first: 409, and the message stays with the sheet.
    again = officer.post(url, {"action": "validate"}, headers=HTMX)
    assert again.status_code == 409
    html = _part(again, "sheets")
    assert "Only a submitted sheet is validated." in html
    assert f'id="sheet-errors-{sheet.pk}"' in html


def test_the_committees_review_and_the_inclusion_answer_htmx_with_the_nomination(
    officer: Client,
) -> None:
    committee, decision = future_site_meetings()
    review = reverse("networks:site_review", args=[SITE])
    blank = {"meeting": "", "outcome": ""}
    refused = officer.post(review, blank, headers=HTMX)
    assert refused.status_code == 422
    assert "This field is required." in _part(refused, "nomination")
    assert Site.objects.get(key=SITE).status == "nominated"
    assert NominationStep.objects.filter(site__key=SITE).count() == 1
    whole = officer.post(review, blank)
    assert whole.status_code == 422
    assert "This field is required." in _page(whole)

    endorse = {"meeting": committee.key, "endorsed": "on", "outcome": "Endorsed"}
    saved = _undone(lambda: officer.post(review, endorse, headers=HTMX))
    assert saved.status_code == 200
    assert "HX-Request" in saved["Vary"]
    html = _part(saved, "nomination")
    assert "Endorsed by the Steering Committee" in html  # the status, beside the new step
    assert "Make it a target site" in html  # and the next step's form
    assert officer.post(review, endorse).status_code == 302

    include = reverse("networks:site_inclusion", args=[SITE])
    refused = officer.post(include, {"decision": ""}, headers=HTMX)
    assert refused.status_code == 422
    assert "This field is required." in _part(refused, "nomination")
    assert Site.objects.get(key=SITE).status == "reviewed"
    assert officer.post(include, {"decision": ""}).status_code == 422
    saved = _undone(lambda: officer.post(include, {"decision": decision.pk}, headers=HTMX))
    assert saved.status_code == 200
    assert "Target site" in _part(saved, "nomination")
    assert officer.post(include, {"decision": decision.pk}).status_code == 302
    assert Site.objects.get(key=SITE).status == "target"
