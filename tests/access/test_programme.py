"""Plans, areas, activities and indicators for every role: values submitted by a State's focal
point, approved by the Secretariat; a draft plan kept to insiders."""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from neaspec.directory.models import MemberState
from tests.access.probes import (
    INSIDERS,
    POSITION_PAGE,
    ROLES,
    SECRETARIAT_WRITES,
    Probe,
    by_name,
    check_api,
    check_page,
    everyone,
    only,
)

MN_VALUE = {"state": "MN", "first_year": 2023, "value": "41", "source": "National report"}


def _workshop() -> dict[str, Any]:
    from neaspec.programme.models import PlannedActivity

    return {"pk": PlannedActivity.objects.get(code="B.2").pk}


def _submitted_mn_value() -> dict[str, Any]:
    """A value Mongolia's focal point submitted, waiting for the Secretariat."""
    from neaspec.programme.models import Indicator, IndicatorValue

    value, _ = IndicatorValue.objects.get_or_create(
        indicator=Indicator.objects.get(code="pm25-annual-mean"),
        state=MemberState.objects.get(code="MN"),
        first_year=2022,
        last_year=2022,
        defaults={"value": 60, "status": "submitted", "source": "National report"},
    )
    return {"pk": value.pk}


PAGES: dict[str, list[Probe]] = {
    "programme:areas": [Probe(everyone())],
    "programme:area": [Probe(everyone(), lambda: {"code": "air"})],
    "programme:plans": [Probe(everyone())],
    "programme:plan": [
        Probe(everyone(), lambda: {"code": "2021-2025"}, label="adopted"),
        Probe(
            {r: 200 if r in INSIDERS else 404 for r in ROLES},
            lambda: {"code": "2026-2030"},
            label="draft",
        ),
    ],
    "programme:indicators": [Probe(everyone())],
    "programme:indicator": [Probe(everyone(), lambda: {"code": "threatened-species"})],
    "programme:indicator_export": [
        Probe(everyone(), lambda: {"code": "threatened-species", "fmt": "csv"})
    ],
    "programme:activities_export": [Probe(everyone(), lambda: {"fmt": "json"})],
    "programme:review_queue": [Probe(only("secretariat"))],
    "programme:import": [Probe(only("secretariat", "focal_point_mn", "focal_point_cn"))],
    "programme:value_submit": [
        Probe(
            {**POSITION_PAGE, "partner": 403, "translator_ja": 403},
            lambda: {"code": "pm25-annual-mean"},
            method="post",
            data=MN_VALUE,
        )
    ],
    "programme:reference_set": [
        Probe(
            SECRETARIAT_WRITES,
            lambda: {"code": "pm25-annual-mean", "what": "target"},
            method="post",
            data={"target-year": "2030", "target-value": "15", "target-source": "A plan"},
        )
    ],
    # Approved by the Secretariat first, the value is then public: others are refused, not 404.
    "programme:value_review": [
        Probe(SECRETARIAT_WRITES, _submitted_mn_value, method="post", data={"action": "approve"})
    ],
    "programme:activity_status": [
        Probe(
            SECRETARIAT_WRITES,
            _workshop,
            method="post",
            data={"status": "on_track", "progress": 10},
        )
    ],
}

# API operations, by path and method as the OpenAPI schema names them.
API: dict[tuple[str, str], list[Probe]] = {
    ("/api/areas", "get"): [Probe(everyone())],
    ("/api/plans", "get"): [Probe(everyone())],
    ("/api/plans/{code}/framework", "get"): [
        Probe(everyone(), lambda: {"code": "2021-2025"}, label="adopted"),
        Probe(
            {r: 200 if r in INSIDERS else 404 for r in ROLES},
            lambda: {"code": "2026-2030"},
            label="draft",
        ),
    ],
    ("/api/activity-plans", "get"): [Probe(everyone())],
    ("/api/activities/{activity_id}/status", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            by_name(_workshop, "activity_id"),
            method="post",
            data={"status": "on_track", "progress": 10},
        )
    ],
    ("/api/indicators", "get"): [Probe(everyone())],
    ("/api/indicators/{code}", "get"): [Probe(everyone(), lambda: {"code": "pm25-annual-mean"})],
    ("/api/indicators/{code}/values", "get"): [
        Probe(everyone(), lambda: {"code": "threatened-species"})
    ],
    ("/api/indicators/{code}/values", "post"): [
        Probe(
            {
                **POSITION_PAGE,
                "public": 401,
                "secretariat": 201,
                "focal_point_mn": 201,
                "partner": 403,
                "translator_ja": 403,
            },
            lambda: {"code": "pm25-annual-mean"},
            method="post",
            data=MN_VALUE,
        )
    ],
    ("/api/indicator-values/{value_id}/review", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            by_name(_submitted_mn_value, "value_id"),
            method="post",
            data={"action": "approve"},
        )
    ],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)


@pytest.mark.parametrize(("path", "method"), sorted(API))
def test_api(path: str, method: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_api(path, method, API[(path, method)], client_for)
