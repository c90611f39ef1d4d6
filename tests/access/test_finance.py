"""Funds and contributions for every role: the Secretariat records, a State confirms its own
rows; an unpublished row is kept to the Secretariat and its State."""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from neaspec.directory.models import MemberState
from tests.access.probes import (
    ROLES,
    SECRETARIAT_WRITES,
    Probe,
    by_name,
    check_api,
    check_page,
    everyone,
    only,
)


def _contribution(state: str) -> dict[str, Any]:
    """China's published 2018 pledge, or an unpublished Mongolian row only insiders see."""
    from neaspec.finance.models import Contribution, Fund

    if state == "CN":
        return {"pk": Contribution.objects.get(state__code="CN", year=2018).pk}
    row, _ = Contribution.objects.get_or_create(
        state=MemberState.objects.get(code="MN"),
        fund=Fund.objects.get(key="core-fund"),
        year=2026,
        kind="cash",
        defaults={"amount": 1000, "source": "Letter of the Ministry", "published": False},
    )
    return {"pk": row.pk}


PAGES: dict[str, list[Probe]] = {
    "finance:funds": [Probe(everyone())],
    "finance:fund": [Probe(everyone(), lambda: {"key": "core-fund"})],
    "finance:contributions": [Probe(everyone())],
    "finance:export": [Probe(everyone(), lambda: {"fmt": "xlsx"})],
    "finance:contribution": [
        Probe(everyone(), lambda: _contribution("CN"), label="published"),
        Probe(
            {r: 200 if r in ("secretariat", "focal_point_mn") else 404 for r in ROLES},
            lambda: _contribution("MN"),
            label="unpublished",
        ),
    ],
    "finance:contribution_add": [Probe(only("secretariat"))],
    "finance:import": [Probe(only("secretariat"))],
    "finance:pledge": [
        Probe(
            SECRETARIAT_WRITES,
            lambda: _contribution("CN"),
            method="post",
            data={"pledged_on": "2018-10-25"},
        )
    ],
    "finance:receive": [
        Probe(
            SECRETARIAT_WRITES,
            lambda: _contribution("CN"),
            method="post",
            data={"received_on": "2018-12-01", "received_amount": "50000"},
        )
    ],
    "finance:not_received": [
        Probe(
            SECRETARIAT_WRITES,
            lambda: _contribution("CN"),
            method="post",
            data={"on": "2018-12-01"},
        )
    ],
    # Only the State confirms its own row; the Secretariat records, it does not confirm.
    "finance:confirm": [
        Probe(
            {**only("focal_point_cn"), "focal_point_cn": 302},
            lambda: _contribution("CN"),
            method="post",
        )
    ],
}

# API operations, by path and method as the OpenAPI schema names them.
API: dict[tuple[str, str], list[Probe]] = {
    ("/api/funds", "get"): [Probe(everyone())],
    ("/api/funds/{key}/status", "get"): [
        Probe(everyone(), lambda: {"key": "core-fund"}, data={"date": "2022-12-31"})
    ],
    ("/api/contributions", "get"): [Probe(everyone(), data={"state": "KR"})],
    ("/api/contributions", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            method="post",
            data={
                "state": "JP",
                "year": 2026,
                "kind": "in_kind",
                "description": "Experts",
                "source": "Note verbale",
            },
        )
    ],
    ("/api/contributions/{contribution_id}/receipt", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            by_name(lambda: _contribution("CN"), "contribution_id"),
            method="post",
            data={"received_on": "2018-12-01", "received_amount": "50000"},
        )
    ],
    ("/api/contributions/{contribution_id}/not-received", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            by_name(lambda: _contribution("CN"), "contribution_id"),
            method="post",
            data={"on": "2018-12-01"},
        )
    ],
    ("/api/contributions/{contribution_id}/confirmation", "post"): [
        Probe(
            {**only("focal_point_cn"), "public": 401, "focal_point_cn": 201},
            by_name(lambda: _contribution("CN"), "contribution_id"),
            method="post",
        )
    ],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)


@pytest.mark.parametrize(("path", "method"), sorted(API))
def test_api(path: str, method: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_api(path, method, API[(path, method)], client_for)
