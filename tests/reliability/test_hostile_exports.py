"""Exports carry values, never formulas: text that a spreadsheet would run stays text."""

import csv
import io
from decimal import Decimal

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from neaspec.directory.models import MemberState
from neaspec.finance import services as finance
from neaspec.finance.models import Fund
from neaspec.programme import services as programme
from neaspec.programme.models import PlannedActivity

pytestmark = pytest.mark.reliability

HOSTILE = ["=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1:A2)", "\tTAB", "\rCR"]


def test_a_formula_typed_into_a_status_reason_leaves_the_csv_as_text(client_for, users):
    activity = PlannedActivity.objects.get(code="B.2")
    for attack in HOSTILE:
        programme.activity_status_record(
            actor=users["secretariat"], activity=activity, status="delayed", reason=attack
        )
        exported = client_for("public").get(reverse("programme:activities_export", args=["csv"]))
        rows = list(csv.DictReader(io.StringIO(exported.content.decode("utf-8-sig"))))
        reason = next(r["reason"] for r in rows if r["code"] == "B.2")
        activity.refresh_from_db()
        stored = activity.status_reason  # the service trims white space at the ends
        assert not reason.startswith(("=", "+", "-", "@", "\t", "\r")), attack
        assert reason == (f"'{stored}" if stored[:1] in "=+-@" else stored), attack
    print(f"hostile exports: {len(HOSTILE)} formula openings tried in CSV, 0 left live")


def test_contributions_xlsx_holds_no_formula(client_for, users):
    finance.contribution_announce(
        actor=users["secretariat"],
        state=MemberState.objects.get(code="JP"),
        fund=Fund.objects.get(key="core-fund"),
        year=2025,
        kind="in_kind",
        currency="USD",
        amount=None,
        description='=HYPERLINK("http://example.org","click")',
        published=True,
        source="=1+1",
    )
    response = client_for("public").get(reverse("finance:export", args=["xlsx"]))
    book = load_workbook(io.BytesIO(response.content))
    cells = [c for sheet in book for row in sheet.iter_rows() for c in row]
    assert not [c.coordinate for c in cells if c.data_type == "f"]
    texts = {c.value for c in cells if isinstance(c.value, str)}
    assert "'=1+1" in texts
    assert any(isinstance(c.value, int | float | Decimal) for c in cells)  # numbers stay numbers
