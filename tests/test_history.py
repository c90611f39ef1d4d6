"""The history of changes names each field in words and a choice by its label, as the rest of
the page does: "Status: Announced → Pledged", not "status: announced → pledged"."""

import datetime
from decimal import Decimal
from typing import Any

from django.test import Client
from django.urls import reverse
from django.utils import translation

from neaspec.audit import history_of
from neaspec.directory.models import MemberState
from neaspec.finance import services
from neaspec.finance.models import Fund


def test_a_change_is_told_in_words(users: dict[str, Any], client_for: Any) -> None:
    officer = users["secretariat"]
    contribution = services.contribution_announce(
        actor=officer,
        state=MemberState.objects.get(code="MN"),
        fund=Fund.objects.first(),
        year=2023,
        amount=Decimal("5000"),
        source="Announced at the meeting",
    )
    services.contribution_pledge(
        actor=officer, contribution=contribution, pledged_on=datetime.date(2023, 12, 1)
    )
    changes = {c.field: c for c in history_of(contribution)[0].changes}
    assert (changes["status"].label, changes["status"].old, changes["status"].new) == (
        "Status",
        "Announced",
        "Pledged",
    )
    assert changes["pledged_on"].label == "Pledged on"
    page: Client = client_for("secretariat")
    html = page.get(reverse("finance:contribution", args=[contribution.pk])).content.decode()
    assert "Pledged on: — → " in html
    assert "<code>status</code>" not in html
    with translation.override("ja"):
        japanese = history_of(contribution)[0].changes
    assert "Status" not in {c.label for c in japanese}  # the reader's language
