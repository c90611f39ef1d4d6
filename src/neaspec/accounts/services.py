"""Writes to accounts and role grants."""

from typing import Any

from django.db import transaction

from neaspec.accounts.models import Actor, Role, RoleGrant, User
from neaspec.accounts.rules import require
from neaspec.audit import save_audited


@transaction.atomic
def secretariat_account_ensure(*, username: str, password: str) -> tuple[User, bool]:
    """The local Secretariat account of `make run`; an existing account is left as it is."""
    user = User.objects.filter(username=username).first()
    if user is not None:
        return user, False
    user = User(username=username)
    user.set_password(password)
    save_audited(user, actor=None, reason="local Secretariat account created")
    grant = RoleGrant(user=user, role=Role.SECRETARIAT)
    save_audited(grant, actor=None, reason="local Secretariat account created")
    return user, True


@transaction.atomic
def role_grant_create(*, actor: Actor, user: User, role: str, scope: Any = None) -> RoleGrant:
    """Give `user` a role; focal points are scoped to a State, committee members to a body,
    partners to an organization, translators to a language (its code, e.g. "ja")."""
    require(actor, "accounts.manage_grants")
    scope_field = {
        Role.FOCAL_POINT: "state",
        Role.COMMITTEE_MEMBER: "body",
        Role.PARTNER: "organization",
        Role.TRANSLATOR: "language",
    }.get(Role(role))
    grant = RoleGrant(user=user, role=role, **({scope_field: scope} if scope_field else {}))
    save_audited(grant, actor=actor, reason="role granted")
    return grant
