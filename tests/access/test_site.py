"""The site's own pages for every role: home, health, language and the API's documentation."""

from collections.abc import Callable

import pytest
from django.test import Client

from tests.access.probes import Probe, check_page, everyone

PAGES: dict[str, list[Probe]] = {
    "home": [Probe(everyone())],
    "healthz": [Probe(everyone())],
    "readyz": [Probe(everyone())],
    # For search engines: the public pages, and where they may go.
    "robots": [Probe(everyone())],
    "sitemap": [Probe(everyone())],
    "set_language": [Probe(everyone(302), method="post")],
    "api:openapi-json": [Probe(everyone())],
    "api:openapi-view": [Probe(everyone())],
    "api:api-root": [Probe(everyone(404))],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)
