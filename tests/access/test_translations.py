"""Translation pages for every role: a translator works in their own language only."""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from tests.access.probes import Probe, check_page, only


def _translation_form() -> dict[str, Any]:
    from neaspec.programme.models import ProgrammeArea

    air = ProgrammeArea.objects.get(code="air")
    return {
        "t0-id": f"programme.programmearea:{air.pk}:name",
        "t0-text": "大気汚染",
        "t0-status": "working",
        "t0-seen": air.name_ja,
    }


PAGES: dict[str, list[Probe]] = {
    "translations:overview": [Probe(only("secretariat", "translator_ja"))],
    "translations:language": [
        Probe(only("secretariat", "translator_ja"), lambda: {"language": "ja"}),
        Probe(only("secretariat"), lambda: {"language": "ru"}, label="not the translator's"),
    ],
    "translations:save": [
        Probe(
            {**only("secretariat", "translator_ja"), "secretariat": 302, "translator_ja": 302},
            lambda: {"language": "ja"},
            method="post",
            data=_translation_form,
        ),
        Probe(
            {**only("secretariat"), "secretariat": 302},
            lambda: {"language": "ru"},
            method="post",
            data=_translation_form,
            label="not the translator's",
        ),
    ],
    "translations:import": [
        Probe(
            {**only("secretariat", "translator_ja"), "secretariat": 302, "translator_ja": 302},
            lambda: {"language": "ja"},
            method="post",
        )
    ],
    "translations:export": [
        Probe(
            only("secretariat", "translator_ja"),
            lambda: {"language": "ja", "file_format": "xlf"},
        )
    ],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)
