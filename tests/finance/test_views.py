"""A contribution's pledge and receipt forms answer htmx with the record they change: refused,
the record alone with the reasons (422) and nothing saved; saved, the record as it now stands.
Without htmx, the whole page with the reasons, or a redirect (neaspec/htmx.py)."""

from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest
from django.db import transaction
from django.test import Client
from django.urls import reverse

from neaspec.directory.models import MemberState
from neaspec.finance import services
from neaspec.finance.models import Contribution, Fund, Receipt

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


def _part(response: Any) -> str:
    """The record alone, not a page."""
    html = response.content.decode()
    assert '<section id="record"' in html
    assert "<html" not in html
    return html


def _page(response: Any) -> str:
    html = response.content.decode()
    assert "<html" in html
    return html


def _undone(post: Callable[[], Any]) -> Any:
    """`post()`'s answer, with what it saved rolled back, so the same save can be sent again."""
    with transaction.atomic():
        response = post()
        transaction.set_rollback(True)
    return response


@pytest.fixture
def officer(client_for: Callable[[str], Client]) -> Client:
    return client_for("secretariat")


def test_a_pledge_refused_or_recorded_answers_htmx_with_the_record(
    officer: Client, users: dict[str, Any]
) -> None:
    announced = services.contribution_announce(
        actor=users["secretariat"],
        state=MemberState.objects.get(code="MN"),
        fund=Fund.objects.get(key="core-fund"),
        year=2027,
        source="Statement at SOM-30",
    )
    url = reverse("finance:pledge", args=[announced.pk])
    bad = {"pledged_on": "soon", "amount": "5000"}
    refused = officer.post(url, bad, headers=HTMX)
    assert refused.status_code == 422
    assert "Enter a valid date." in _part(refused)
    announced.refresh_from_db()
    assert (announced.status, announced.pledged_on) == ("announced", None)
    whole = officer.post(url, bad)
    assert whole.status_code == 422
    assert "Enter a valid date." in _page(whole)

    good = {"pledged_on": "2027-01-15", "amount": "5000"}
    saved = _undone(lambda: officer.post(url, good, headers=HTMX))
    assert saved.status_code == 200
    assert "HX-Request" in saved["Vary"]
    html = _part(saved)
    assert "Pledged on" in html
    assert "Record the pledge" not in html  # pledged: the form is gone
    redirected = officer.post(url, good)
    assert redirected.status_code == 302
    assert redirected["Location"] == reverse("finance:contribution", args=[announced.pk])
    announced.refresh_from_db()
    assert announced.status == "pledged"


def test_a_receipt_refused_or_recorded_answers_htmx_with_the_record(
    officer: Client, reference: None
) -> None:
    korea = Contribution.objects.get(state__code="KR", year=2018)
    receipts = Receipt.objects.filter(contribution=korea).count()
    url = reverse("finance:receive", args=[korea.pk])
    bad = {"received_on": "2018-11-20", "received_amount": "-1"}
    refused = officer.post(url, bad, headers=HTMX)
    assert refused.status_code == 422
    assert "Ensure this value is greater than or equal to 0." in _part(refused)
    assert Receipt.objects.filter(contribution=korea).count() == receipts
    whole = officer.post(url, bad)
    assert whole.status_code == 422
    assert "Ensure this value is greater than or equal to 0." in _page(whole)

    good = {"received_on": "2018-11-20", "received_amount": "100000"}
    saved = _undone(lambda: officer.post(url, good, headers=HTMX))
    assert saved.status_code == 200
    assert "HX-Request" in saved["Vary"]
    assert "100,000 USD, Nov. 20, 2018" in _part(saved)
    assert officer.post(url, good).status_code == 302
    korea.refresh_from_db()
    assert korea.received_amount == Decimal("100000")
