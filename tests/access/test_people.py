"""People and access (the Secretariat's) for every role, pages and API."""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from tests.access.probes import (
    SECRETARIAT_READS,
    SECRETARIAT_WRITES,
    Probe,
    check_api,
    check_page,
    everyone,
    only,
)

INVITATION = {"name": "Matrix Person", "email": "matrix@example.org", "role": "translator"}
SECRETARIAT_CREATES = {**only("secretariat"), "public": 401, "secretariat": 201}


def _partner() -> dict[str, Any]:
    from neaspec.accounts.models import User

    return {"pk": User.objects.get(username="partner").pk}


def _partner_grant() -> dict[str, Any]:
    from neaspec.accounts.models import RoleGrant

    grant = RoleGrant.objects.get(user__username="partner")
    return {"pk": grant.user_id, "grant": grant.pk}


def _newcomer() -> dict[str, Any]:
    """An account made for the probe, so deactivating it leaves the roles' own accounts be."""
    from neaspec.accounts.models import User

    newcomer = User.objects.create_user("newcomer", "newcomer@example.org", "Newcomer 2027!")
    return {"pk": newcomer.pk}


PAGES: dict[str, list[Probe]] = {
    # People and access: the Secretariat's; an invited person's link is anyone's to open.
    "people:list": [Probe(only("secretariat"))],
    "people:invite": [
        Probe(only("secretariat")),
        Probe(
            SECRETARIAT_WRITES,
            method="post",
            label="post",
            data={**INVITATION, "language": "mn"},
        ),
    ],
    "people:detail": [Probe(only("secretariat"), _partner)],
    "people:grant_add": [
        Probe(
            SECRETARIAT_WRITES,
            _partner,
            method="post",
            data={"grant-role": "translator", "grant-language": "ko"},
        )
    ],
    "people:grant_revoke": [
        Probe(SECRETARIAT_WRITES, _partner_grant, method="post", data={"reason": "Probe"})
    ],
    "people:active_set": [
        Probe(SECRETARIAT_WRITES, _newcomer, method="post", data={"active": "0", "reason": "x"})
    ],
    "people:invitation_resend": [Probe(SECRETARIAT_WRITES, _newcomer, method="post")],
    "people:join": [Probe(everyone(404), lambda: {"uidb64": "MQ", "token": "x-y"})],
}

# API operations, by path and method as the OpenAPI schema names them.
API: dict[tuple[str, str], list[Probe]] = {
    ("/api/people/invitations", "post"): [
        Probe(
            SECRETARIAT_CREATES,
            method="post",
            data={**INVITATION, "role": "focal_point", "state": "MN"},
        )
    ],
    ("/api/accounts", "get"): [Probe(SECRETARIAT_READS)],
    ("/api/accounts/{pk}/grants", "post"): [
        Probe(
            SECRETARIAT_CREATES,
            _partner,
            method="post",
            data={"role": "translator", "language": "ru"},
        )
    ],
    ("/api/accounts/{pk}/grants/{grant}/revoke", "post"): [
        Probe(SECRETARIAT_READS, _partner_grant, method="post", data={"reason": "Probe"})
    ],
    ("/api/accounts/{pk}/deactivate", "post"): [
        Probe(SECRETARIAT_READS, _newcomer, method="post", data={"reason": "Left"})
    ],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)


@pytest.mark.parametrize(("path", "method"), sorted(API))
def test_api(path: str, method: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_api(path, method, API[(path, method)], client_for)
