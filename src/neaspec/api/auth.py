"""Who may call a write operation: a signed-in session (with its CSRF token, as a browser's
form sends it) or an API token (`accounts.middleware.BearerToken` has made its owner the
request's user). Neither: 401 before anything else is looked at, CSRF included, so a script
without credentials is told to sign in rather than that a CSRF check failed."""

from typing import Any

from django.http import HttpRequest
from ninja.security import HttpBearer, SessionAuth


class Token(HttpBearer):
    """`Authorization: Bearer <token>`: a personal access token of the Hub (Your account, API
    tokens; or POST /api/tokens from a signed-in session)."""

    def authenticate(self, request: HttpRequest, token: str) -> Any:
        return request.user if getattr(request, "api_token", None) is not None else None


class Session(SessionAuth):
    """The browser's session cookie; writes need the `X-CSRFToken` header (the `csrftoken`
    cookie's value) as the pages' forms send it."""

    def _get_key(self, request: HttpRequest) -> str | None:
        if not request.user.is_authenticated or getattr(request, "api_token", None) is not None:
            return None  # 401 without a session; a token's call is the bearer's
        return super()._get_key(request)


SIGNED_IN = [Token(), Session()]
