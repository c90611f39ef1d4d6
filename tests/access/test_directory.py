"""States, focal points, contacts, bodies and people for every role: a focal point keeps their
own State's entries and never another State's."""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from neaspec.directory.models import FocalPoint
from tests.access.probes import Probe, check_api, check_page, everyone, only

# A Mongolian in the reference data (SOM-22's rapporteur): one of Mongolia's contacts.
MN_PERSON = "altangerel-enkhbat"


def _fp(code: str) -> Callable[[], dict[str, Any]]:
    return lambda: {"pk": FocalPoint.objects.get(state__code=code).pk}


PAGES: dict[str, list[Probe]] = {
    "directory:states": [Probe(everyone())],
    "directory:state": [Probe(everyone(), lambda: {"code": "MN"})],
    "directory:focal_point_add": [
        Probe(only("secretariat", "focal_point_mn"), lambda: {"code": "MN"}, label="MN"),
        Probe(only("secretariat", "focal_point_cn"), lambda: {"code": "CN"}, label="CN"),
    ],
    "directory:focal_point_edit": [
        Probe(only("secretariat", "focal_point_mn"), _fp("MN"), label="MN"),
        Probe(only("secretariat", "focal_point_cn"), _fp("CN"), label="CN"),
    ],
    # A focal point keeps their own State's contacts; never another State's.
    "directory:contact_add": [
        Probe(only("secretariat", "focal_point_mn"), lambda: {"code": "MN"}, label="MN"),
        Probe(only("secretariat", "focal_point_cn"), lambda: {"code": "CN"}, label="CN"),
    ],
    "directory:contact_edit": [
        Probe(only("secretariat", "focal_point_mn"), lambda: {"key": MN_PERSON}, label="MN"),
        Probe(only("secretariat", "focal_point_cn"), lambda: {"key": "huang-yiyang"}, label="CN"),
    ],
    "directory:bodies": [Probe(everyone())],
    "directory:body": [Probe(everyone(), lambda: {"key": "neacap-spc"})],
    "directory:membership_add": [Probe(only("secretariat"), lambda: {"key": "neacap-spc"})],
    "directory:people": [Probe(everyone())],
    "directory:person": [Probe(everyone(), lambda: {"key": "huang-yiyang"})],
}

# API operations, by path and method as the OpenAPI schema names them.
API: dict[tuple[str, str], list[Probe]] = {
    ("/api/states", "get"): [Probe(everyone())],
    ("/api/states/{code}", "get"): [Probe(everyone(), lambda: {"code": "MN"})],
    ("/api/bodies", "get"): [Probe(everyone())],
    # Contact details within: tests/directory/test_contact_privacy.py.
    ("/api/people", "get"): [Probe(everyone())],
    ("/api/people/{key}", "get"): [Probe(everyone(), lambda: {"key": MN_PERSON})],
    ("/api/states/{code}/people", "post"): [
        Probe(
            {
                **only("secretariat", "focal_point_mn"),
                "public": 401,
                "secretariat": 201,
                "focal_point_mn": 201,
            },
            lambda: {"code": "MN"},
            method="post",
            data={"name": "A delegate of Mongolia", "email": "delegate@example.mn"},
        )
    ],
    ("/api/people/{key}", "patch"): [
        Probe(
            {**only("secretariat", "focal_point_mn"), "public": 401},
            lambda: {"key": MN_PERSON},
            method="patch",
            data={"position": "Rapporteur of SOM-22"},
        )
    ],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)


@pytest.mark.parametrize(("path", "method"), sorted(API))
def test_api(path: str, method: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_api(path, method, API[(path, method)], client_for)
