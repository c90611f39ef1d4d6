"""Who may do what: `rules` predicates shared by views, the API and services.

A user's grants are read once per request and kept on the user object, so a page that asks many
permission questions costs one query.
"""

from dataclasses import dataclass
from typing import Any, TypeGuard

import rules
from django.apps import apps
from django.core.exceptions import PermissionDenied
from django.db.models import Model

from neaspec.accounts.models import Actor, Role


@dataclass(frozen=True)
class Grant:
    role: str
    state_id: int | None
    body_id: int | None
    organization_id: int | None
    language: str = ""


def grants_of(user: Actor) -> frozenset[Grant]:
    if not getattr(user, "is_authenticated", False) or not user.is_active:
        return frozenset()
    cached: frozenset[Grant] | None = getattr(user, "_neaspec_grants", None)
    if cached is None:
        rows = user.grants.values_list("role", "state_id", "body_id", "organization_id", "language")
        cached = frozenset(Grant(*row) for row in rows)
        # Read once per request. setattr, as request.user is a lazy proxy that hands it on to
        # the account (User declares no such attribute, hence not `user._neaspec_grants =`).
        setattr(user, "_neaspec_grants", cached)  # noqa: B010
    return cached


def focal_point_state_ids(user: Actor) -> set[int]:
    return {g.state_id for g in grants_of(user) if g.role == Role.FOCAL_POINT and g.state_id}


@rules.predicate
def is_secretariat(user: Actor) -> bool:
    return any(g.role == Role.SECRETARIAT for g in grants_of(user))


@rules.predicate
def is_signed_in(user: Actor) -> bool:
    return bool(getattr(user, "is_authenticated", False) and user.is_active)


def _is(obj: Model | None, label: str) -> TypeGuard[Model]:
    """Whether `obj` is a record of the model `label`. The directory builds on the accounts
    (a grant names its State and body by string), so its models are asked of the registry."""
    return isinstance(obj, apps.get_model(label))


@rules.predicate
def is_focal_point_of(user: Actor, obj: Model | None) -> bool:
    """True when `obj` is (or belongs to) a member State the user is focal point for."""
    state_id = obj.pk if _is(obj, "directory.MemberState") else getattr(obj, "state_id", None)
    return state_id is not None and state_id in focal_point_state_ids(user)


@rules.predicate
def is_committee_member_of(user: Actor, obj: Model | None) -> bool:
    body_id = obj.pk if _is(obj, "directory.Body") else getattr(obj, "body_id", None)
    return any(g.role == Role.COMMITTEE_MEMBER and g.body_id == body_id for g in grants_of(user))


def require(actor: Actor, permission: str, obj: Any = None) -> None:
    """Refuse the action unless `actor` holds `permission` (on `obj`: a record, or what the
    permission's rule is about, such as the language of "translations.translate")."""
    if not actor.has_perm(permission, obj):
        raise PermissionDenied(permission)


rules.add_perm("accounts.manage_grants", is_secretariat)
rules.add_perm("accounts.use_admin", is_secretariat)
rules.add_perm("accounts.view_history", is_secretariat)


@rules.predicate
def owns_token(user: Actor, token: Model | None) -> bool:
    return token is not None and getattr(token, "user_id", None) == user.pk


# Anyone signed in may make tokens for themself; a token is its owner's alone to revoke.
rules.add_perm("accounts.make_token", is_signed_in)
rules.add_perm("accounts.revoke_token", is_signed_in & owns_token)
