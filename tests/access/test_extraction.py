"""The review of a meeting report's extracted record: the Secretariat's alone."""

from collections.abc import Callable

import pytest
from django.test import Client

from tests.access.probes import Probe, check_api, check_page, only


def _report() -> int:
    from neaspec.library.models import Document

    return Document.objects.get(type="meeting_report").pk


def _extraction() -> int:
    from neaspec.extraction.models import Extraction

    return Extraction.objects.get().pk


PAGES: dict[str, list[Probe]] = {
    "extraction:review": [Probe(only("secretariat") | {"partner": 403}, lambda: {"pk": _report()})],
}

# API operations, by path and method as the OpenAPI schema names them.
API: dict[tuple[str, str], list[Probe]] = {
    ("/api/extractions/{extraction_id}", "get"): [
        Probe({**only("secretariat"), "public": 401}, lambda: {"extraction_id": _extraction()})
    ],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)


@pytest.mark.parametrize(("path", "method"), sorted(API))
def test_api(path: str, method: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_api(path, method, API[(path, method)], client_for)
