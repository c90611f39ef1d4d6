"""An import's page: its sender's and the Secretariat's."""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from tests.access.probes import Probe, check_page, only


def _mn_import() -> dict[str, Any]:
    """A file Mongolia's focal point sent: theirs and the Secretariat's to follow."""
    from neaspec.accounts.models import User
    from neaspec.imports.models import ImportJob

    job = ImportJob.objects.create(
        kind="values", actor=User.objects.get(username="fp-mn"), file_name="values.csv"
    )
    return {"pk": job.pk}


PAGES: dict[str, list[Probe]] = {
    "imports:job": [Probe(only("secretariat", "focal_point_mn"), _mn_import)],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)
