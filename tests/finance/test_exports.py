"""The status of contributions as files that open right: one table per CSV, each with the
byte-order mark Excel needs to read UTF-8, and the workbook with a sheet each."""

import csv
import io
from collections.abc import Callable
from decimal import Decimal

import pytest
from django.test import Client
from django.urls import reverse

from neaspec.directory.models import MemberState
from neaspec.finance import services

pytestmark = pytest.mark.django_db

CSV_URL = reverse("finance:export", args=["csv"])


def _table(client: Client, url: str) -> list[dict[str, str]]:
    data = client.get(url).content
    assert data.startswith("\ufeff".encode())  # Excel reads it as UTF-8
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    header, body = rows[0], rows[1:]
    # One table: every row as wide as the header, and the header never again below it.
    assert all(len(row) == len(header) for row in body)
    assert header not in body
    return [dict(zip(header, row, strict=True)) for row in body]


def test_cash_and_in_kind_are_a_file_each(
    client_for: Callable[[str], Client], users: dict[str, object]
) -> None:
    services.contribution_announce(
        actor=users["secretariat"],  # type: ignore[arg-type]
        state=MemberState.objects.get(code="MN"),
        year=2024,
        kind="in_kind",
        description="Хүрээлэн буй орчны сургалт (training venue)",
        valuation=Decimal("5000"),
        source="Letter of the Ministry, 2024",
        published=True,
    )
    public = client_for("public")
    cash = _table(public, CSV_URL)
    assert {"contributor", "announced", "received"} <= set(cash[0])
    assert "what_is_given" not in cash[0]
    in_kind = _table(public, CSV_URL + "?table=in-kind")
    given = [r for r in in_kind if r["state"] == "MN" and r["year"] == "2024"]
    assert [r["what_is_given"] for r in given] == ["Хүрээлэн буй орчны сургалт (training venue)"]
    assert "announced" not in in_kind[0]
    page = public.get(reverse("finance:contributions")).content.decode()
    assert f'href="{CSV_URL}?table=in-kind"' in page
