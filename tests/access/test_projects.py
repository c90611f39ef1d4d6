"""Projects for every role: public reads; delays recorded by the Secretariat."""

from collections.abc import Callable

import pytest
from django.test import Client

from tests.access.probes import Probe, check_api, check_page, everyone, only

PAGES: dict[str, list[Probe]] = {
    "projects:list": [Probe(everyone())],
    "projects:detail": [Probe(everyone(), lambda: {"key": "sti-low-carbon-cities"})],
    # No seeded project has the dates IATI requires: the export says what is missing.
    "projects:iati": [Probe(everyone(422), lambda: {"key": "sti-low-carbon-cities"})],
}

# API operations, by path and method as the OpenAPI schema names them.
API: dict[tuple[str, str], list[Probe]] = {
    ("/api/projects", "get"): [Probe(everyone(), data={"area": "lcc"})],
    ("/api/projects/{key}", "get"): [Probe(everyone(), lambda: {"key": "big-cats"})],
    ("/api/projects/{key}/iati.xml", "get"): [Probe(everyone(422), lambda: {"key": "big-cats"})],
    ("/api/projects/{key}/delays", "post"): [
        Probe(
            {**only("secretariat"), "public": 401, "secretariat": 201},
            lambda: {"key": "big-cats"},
            method="post",
            data={"what": "Field survey", "reason": "Snow"},
        )
    ],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)


@pytest.mark.parametrize(("path", "method"), sorted(API))
def test_api(path: str, method: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_api(path, method, API[(path, method)], client_for)
