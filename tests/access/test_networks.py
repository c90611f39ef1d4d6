"""NEAMPAN, NEACAP, NEA-LCCP and flagship species for every role: a coastal State's focal
point nominates its sites and submits their sheets; the Secretariat reviews them."""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from neaspec.directory.models import MemberState
from tests.access.probes import (
    POSITION_PAGE,
    SECRETARIAT_WRITES,
    Probe,
    by_name,
    check_api,
    check_page,
    everyone,
    only,
)


def _chinese_site() -> str:
    from neaspec.networks.models import Site

    site, _ = Site.objects.get_or_create(
        key="a-chinese-site",
        defaults={"name": "A Chinese site", "state": MemberState.objects.get(code="CN")},
    )
    return site.key


def _sheet() -> dict[str, Any]:
    """A sheet the Republic of Korea submitted for Gochang, waiting for validation."""
    from neaspec.networks.models import Site, SiteSheet

    sheet, _ = SiteSheet.objects.get_or_create(
        site=Site.objects.get(key="gochang-wetland"),
        version=1,
        defaults={"values": "Tidal flats", "submitted_on": "2026-11-01"},
    )
    return {"pk": sheet.pk}


PAGES: dict[str, list[Probe]] = {
    "networks:neampan": [Probe(everyone())],
    "networks:neacap": [Probe(everyone())],
    "networks:lccp": [Probe(everyone())],
    "networks:species": [Probe(everyone())],
    "networks:site": [Probe(everyone(), lambda: {"key": "gochang-wetland"})],
    # Mongolia has no coast: its focal point may not nominate marine sites.
    "networks:nominate": [Probe(only("secretariat", "focal_point_cn"))],
    "networks:sheet_submit": [
        Probe(
            {**POSITION_PAGE, "focal_point_mn": 403, "partner": 403, "translator_ja": 403},
            lambda: {"key": "gochang-wetland"},
            method="post",
            data={"values": "Tidal flats"},
            label="Korean site",
        ),
        Probe(
            {
                **POSITION_PAGE,
                "focal_point_mn": 403,
                "focal_point_cn": 302,
                "partner": 403,
                "translator_ja": 403,
            },
            lambda: {"key": _chinese_site()},
            method="post",
            data={"values": "Mudflats"},
            label="Chinese site",
        ),
    ],
    "networks:sheet_review": [
        Probe(SECRETARIAT_WRITES, _sheet, method="post", data={"action": "validate"})
    ],
    "networks:site_review": [
        Probe(
            {**only("secretariat"), "secretariat": 302},
            lambda: {"key": "gochang-wetland"},
            method="post",
            data=lambda: {"meeting": "neampan-sc-4", "endorsed": "on", "outcome": "Endorsed"},
            # Gochang was nominated at SOM-22 (2018), so SC-4 (2022) may review it.
        )
    ],
    "networks:site_inclusion": [
        Probe(
            {**only("secretariat"), "secretariat": 422},
            lambda: {"key": "gochang-wetland"},
            method="post",
            data={"decision": "0"},
        )
    ],
}

# API operations, by path and method as the OpenAPI schema names them.
API: dict[tuple[str, str], list[Probe]] = {
    ("/api/sites", "get"): [Probe(everyone(), data={"inscription": "world_heritage"})],
    ("/api/sites", "post"): [
        Probe(
            {
                **only("secretariat", "focal_point_cn"),
                "public": 401,
                "secretariat": 201,
                "focal_point_cn": 201,
            },
            method="post",
            data={"state": "CN", "name": "A new marine site", "date": "2026-11-01"},
        )
    ],
    ("/api/sites/{key}/sheets", "get"): [Probe(everyone(), lambda: {"key": "gochang-wetland"})],
    ("/api/sites/{key}/sheets", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            lambda: {"key": "gochang-wetland"},
            method="post",
            data={"values": "Tidal flats"},
        )
    ],
    ("/api/sheets/{sheet_id}/review", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            by_name(_sheet, "sheet_id"),
            method="post",
            data={"action": "validate"},
        )
    ],
    ("/api/cities", "get"): [Probe(everyone())],
    ("/api/peer-reviews", "get"): [Probe(everyone())],
    ("/api/neacap/committee", "get"): [Probe(everyone())],
    ("/api/species", "get"): [Probe(everyone())],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)


@pytest.mark.parametrize(("path", "method"), sorted(API))
def test_api(path: str, method: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_api(path, method, API[(path, method)], client_for)
