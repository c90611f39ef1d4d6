"""People and their access in the API (the Secretariat's): invite a person, list accounts with
their roles, grant and revoke roles. Contact details of the directory are in directory/api.py."""

from typing import Literal, TypedDict

from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Path, Router, Schema, Status
from ninja.pagination import paginate
from pydantic import ConfigDict

from neaspec.accounts import services as accounts_services
from neaspec.accounts.models import RoleGrant, User
from neaspec.accounts.rules import require
from neaspec.api.auth import SIGNED_IN
from neaspec.api.errors import WRITES, ErrorOut
from neaspec.api.paging import Page
from neaspec.api.params import SLUG, SingleLine
from neaspec.directory.models import Body, MemberState, Organization
from neaspec.people import selectors, services

router = Router(tags=["people"])
EMAIL = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
RoleName = Literal["secretariat", "focal_point", "committee_member", "partner", "translator"]
# The Hub's six languages (settings.LANGUAGES); a translator's grant names one.
Language = Literal["en", "zh-hans", "ja", "ko", "mn", "ru"]


class Scope(TypedDict):
    role: str
    state: MemberState | None
    body: Body | None
    organization: Organization | None
    language: str


class GrantOut(Schema):
    id: int
    role: str
    state: str | None = Field(None, alias="state.code")
    body: str | None = Field(None, alias="body.key")
    organization: str | None = Field(None, alias="organization.key")
    language: str


class AccountOut(Schema):
    id: int
    name: str = Field(..., alias="first_name")
    email: str
    standing: str
    roles: list[GrantOut]

    @staticmethod
    def resolve_standing(user: User) -> str:
        return selectors.standing(user).key

    @staticmethod
    def resolve_roles(user: User) -> list[RoleGrant]:
        return list(user.grants.all())


class ScopeIn(Schema):
    model_config = ConfigDict(extra="forbid")
    role: RoleName
    state: str | None = Field(None, min_length=2, max_length=2, pattern=r"^[A-Za-z]{2}$")
    body: str | None = Field(None, max_length=80, pattern=SLUG)
    organization: str | None = Field(None, max_length=80, pattern=SLUG)
    language: Language | None = None

    def scope(self) -> Scope:
        return {
            "role": self.role,
            "state": get_object_or_404(MemberState, code=self.state.upper())
            if self.state
            else None,
            "body": get_object_or_404(Body, key=self.body) if self.body else None,
            "organization": (
                get_object_or_404(Organization, key=self.organization)
                if self.organization
                else None
            ),
            "language": self.language or "",
        }


class InvitationIn(ScopeIn):
    name: SingleLine = Field(..., min_length=1, max_length=150)
    email: str = Field(..., max_length=254, pattern=EMAIL)


class ReasonIn(Schema):
    model_config = ConfigDict(extra="forbid")
    reason: SingleLine = Field(..., min_length=1, max_length=300)


def _account(pk: int) -> User:
    return get_object_or_404(selectors.people_list(), pk=pk)


@router.post(
    "/people/invitations",
    auth=SIGNED_IN,
    response={201: AccountOut, **WRITES},
    summary="Invite a person: account, role, directory entry, and the e-mail with their link",
)
def invite(request: HttpRequest, data: InvitationIn) -> Status[User]:
    user = services.person_invite(
        actor=request.user, name=data.name, email=data.email, **data.scope()
    )
    return Status(201, _account(user.pk))


@router.get(
    "/accounts",
    auth=SIGNED_IN,
    response={200: list[AccountOut], 401: ErrorOut, 403: ErrorOut, 422: ErrorOut},
    summary="Everyone who can sign in, with their roles (the Secretariat's)",
)
@paginate(Page)
def accounts(request: HttpRequest, role: RoleName | None = None) -> QuerySet[User]:
    require(request.user, "accounts.manage_grants")
    return selectors.people_list(role=role or "")


@router.post(
    "/accounts/{pk}/grants",
    auth=SIGNED_IN,
    response={201: GrantOut, **WRITES},
    summary="Grant a person one more role",
)
def grant_add(request: HttpRequest, data: ScopeIn, pk: int = Path(..., ge=1)) -> Status[RoleGrant]:
    require(request.user, "accounts.manage_grants")
    grant = services.role_grant_add(actor=request.user, user=_account(pk), **data.scope())
    return Status(201, grant)


@router.post(
    "/accounts/{pk}/grants/{grant}/revoke",
    auth=SIGNED_IN,
    response={200: AccountOut, **WRITES},
    summary="Revoke a role, with the reason",
)
def grant_revoke(
    request: HttpRequest, data: ReasonIn, pk: int = Path(..., ge=1), grant: int = Path(..., ge=1)
) -> User:
    require(request.user, "accounts.manage_grants")
    found = get_object_or_404(RoleGrant, pk=grant, user_id=pk)
    accounts_services.role_grant_revoke(actor=request.user, grant=found, reason=data.reason)
    return _account(pk)


@router.post(
    "/accounts/{pk}/deactivate",
    auth=SIGNED_IN,
    response={200: AccountOut, **WRITES},
    summary="Deactivate an account (never deleted), with the reason",
)
def deactivate(request: HttpRequest, data: ReasonIn, pk: int = Path(..., ge=1)) -> User:
    require(request.user, "accounts.manage_grants")
    accounts_services.account_active_set(
        actor=request.user, user=_account(pk), active=False, reason=data.reason
    )
    return _account(pk)
