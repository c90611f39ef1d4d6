"""The outbox (the Secretariat's) and each person's e-mail preferences, for every role."""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from tests.access.probes import (
    SECRETARIAT_READS,
    SECRETARIAT_WRITES,
    SIGNED_IN,
    Probe,
    check_api,
    check_page,
    only,
)


def _failed_message() -> dict[str, Any]:
    from neaspec.mail.models import Message

    message = Message.objects.create(
        purpose="meeting_invitation",
        recipient="Mongolia",
        address="fp@example.mn",
        subject="Invitation",
        body="...",
        batch="probe",
        status="failed",
        reason="refused",
    )
    return {"pk": message.pk}


PAGES: dict[str, list[Probe]] = {
    # The outbox names people and addresses: the Secretariat's. Each person chooses their digest.
    "mail:outbox": [Probe(only("secretariat"))],
    "mail:retry": [Probe(SECRETARIAT_WRITES, _failed_message, method="post")],
    "mail:preferences": [
        Probe(only(*SIGNED_IN)),
        Probe({**only(*SIGNED_IN), **dict.fromkeys(SIGNED_IN, 302)}, method="post", label="post"),
    ],
}

# API operations, by path and method as the OpenAPI schema names them.
API: dict[tuple[str, str], list[Probe]] = {
    ("/api/outbox", "get"): [Probe(SECRETARIAT_READS)],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)


@pytest.mark.parametrize(("path", "method"), sorted(API))
def test_api(path: str, method: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_api(path, method, API[(path, method)], client_for)
