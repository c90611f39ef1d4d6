"""One's own API tokens through the API: list, make (from a signed-in session only: the token
is in the answer, once) and revoke. The pages are "Your API tokens" (accounts/views.py)."""

import datetime
from typing import Literal

from django.core.exceptions import PermissionDenied
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Router, Schema, Status

from neaspec.accounts import tokens
from neaspec.accounts.models import ApiToken, User
from neaspec.api.auth import SIGNED_IN
from neaspec.api.errors import WRITES, ErrorOut
from neaspec.api.params import TEXT, SingleLine
from neaspec.api.schemas import In

router = Router(tags=["tokens"])


class TokenIn(In):
    name: SingleLine = Field(min_length=1, max_length=100, pattern=TEXT)
    scope: Literal["read", "read_write"] = "read"


class TokenOut(Schema):
    id: int
    name: str
    scope: str
    begins_with: str = Field(alias="prefix")
    created_at: datetime.datetime
    last_used_at: datetime.datetime | None
    revoked_at: datetime.datetime | None


class TokenMadeOut(TokenOut):
    token: str = Field(description="The token itself: shown this once, kept nowhere.")


def _owner(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User)  # SIGNED_IN let only an account through
    return user


@router.get(
    "/tokens",
    auth=SIGNED_IN,
    response={200: list[TokenOut], 401: ErrorOut},
    summary="Your API tokens, newest first (revoked ones too)",
)
def list_tokens(request: HttpRequest) -> list[ApiToken]:
    return tokens.tokens_of(user=_owner(request))


@router.post(
    "/tokens",
    auth=SIGNED_IN,
    response={201: TokenMadeOut, **WRITES},
    summary="Make an API token (from a signed-in session, not with another token)",
)
def make_token(request: HttpRequest, data: TokenIn) -> Status[ApiToken]:
    if getattr(request, "api_token", None) is not None:
        raise PermissionDenied
    token, secret = tokens.token_make(actor=_owner(request), name=data.name, scope=data.scope)
    token.token = secret  # type: ignore[attr-defined]  # for this answer only: kept nowhere
    return Status(201, token)


@router.post(
    "/tokens/{token_id}/revoke",
    auth=SIGNED_IN,
    response={200: TokenOut, **WRITES},
    summary="Revoke one of your API tokens: it stops working at once",
)
def revoke_token(request: HttpRequest, token_id: int) -> ApiToken:
    token = get_object_or_404(ApiToken, pk=token_id, user=_owner(request))
    return tokens.token_revoke(actor=_owner(request), token=token)
