"""Signing in and out, one's own account, two-factor sign-in and sessions, for every role."""

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from tests.access.probes import LOGIN, ROLES, Probe, by_name, check_api, check_page, everyone

SIGNED_IN_PAGE = {**everyone(), "public": LOGIN}
SIGNED_IN_WRITE = {**everyone(302), "public": LOGIN}


def _mn_session() -> dict[str, Any]:
    """A session of Mongolia's focal point, signed in elsewhere."""
    from django.utils import timezone

    from neaspec.accounts.models import SignIn, User

    now = timezone.now()
    user = User.objects.get(username="fp-mn")
    sign_in = SignIn.objects.create(user=user, signed_in_at=now, last_seen=now)
    return {"pk": sign_in.pk}


def _mn_token() -> dict[str, Any]:
    """An API token of Mongolia's focal point's."""
    from neaspec.accounts.models import User
    from neaspec.accounts.tokens import token_make

    token, _secret = token_make(
        actor=User.objects.get(username="fp-mn"), name="Matrix script", scope="read"
    )
    return {"pk": token.pk}


PAGES: dict[str, list[Probe]] = {
    "login": [Probe(everyone())],
    # Logging out and switching language are POST-only; GET must not change state.
    "logout": [Probe(everyone(405))],
    "password_reset": [Probe(everyone())],
    "password_reset_done": [Probe(everyone())],
    # A made-up link: the page says it is used or out of date.
    "password_reset_confirm": [Probe(everyone(), lambda: {"uidb64": "MQ", "token": "x-y"})],
    "password_reset_complete": [Probe(everyone())],
    # The code step after the password: without a password just given, back to the password;
    # a session that needs no code goes on.
    "login_code": [Probe({**everyone(302), "public": LOGIN})],
    # A signed-in person's own account, two-factor sign-in and sessions.
    "account": [Probe(SIGNED_IN_PAGE)],
    "two_factor": [Probe(SIGNED_IN_PAGE)],
    # New recovery codes (the Secretariat has two-factor sign-in; the others are told to turn it
    # on first): the page again, either way.
    "two_factor_recovery_codes": [Probe(SIGNED_IN_WRITE, method="post")],
    # Without a code, the form comes back with its error (the Secretariat's: it must keep it).
    "two_factor_disable": [Probe(SIGNED_IN_PAGE, method="post")],
    "sessions": [Probe(SIGNED_IN_PAGE)],
    # Only its owner signs out a session; to anyone else it does not exist.
    "session_revoke": [
        Probe(
            {**dict.fromkeys(ROLES, 404), "public": LOGIN, "focal_point_mn": 302},
            _mn_session,
            method="post",
        )
    ],
    "sessions_revoke_others": [Probe(SIGNED_IN_WRITE, method="post")],
    # Anyone signed in makes tokens for themself (the form back with its reason here: no name);
    # only its owner revokes one, to anyone else it does not exist.
    "api_tokens": [
        Probe(SIGNED_IN_PAGE),
        Probe({**everyone(422), "public": LOGIN}, method="post", label="without a name"),
    ],
    "api_token_revoke": [
        Probe(
            {**dict.fromkeys(ROLES, 404), "public": LOGIN, "focal_point_mn": 302},
            _mn_token,
            method="post",
        )
    ],
}

SIGNED_IN_API = {**everyone(), "public": 401}
API: dict[tuple[str, str], list[Probe]] = {
    ("/api/tokens", "get"): [Probe(SIGNED_IN_API)],
    ("/api/tokens", "post"): [
        Probe({**everyone(201), "public": 401}, data={"name": "A script", "scope": "read"})
    ],
    ("/api/tokens/{token_id}/revoke", "post"): [
        Probe(
            {**dict.fromkeys(ROLES, 404), "public": 401, "focal_point_mn": 200},
            by_name(_mn_token, "token_id"),
        )
    ],
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_pages(name: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_page(name, PAGES[name], client_for)


@pytest.mark.parametrize(("path", "method"), sorted(API))
def test_api(path: str, method: str, world: None, client_for: Callable[[str], Client]) -> None:
    check_api(path, method, API[(path, method)], client_for)
