"""Writes to accounts and role grants: every one, whichever page asks (the people pages,
sign-in, `make run`)."""

from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor, Role, RoleGrant, User
from neaspec.accounts.rules import require
from neaspec.audit import delete_audited, save_audited
from neaspec.conflicts import ConflictError
from neaspec.keys import claimed


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


@transaction.atomic
def account_invited_create(*, actor: Actor, email: str, name: str, person_id: int) -> User:
    """The account of a person brought in by the Secretariat (people.services.person_invite):
    no password until they set one with their link; their directory entry is `person_id`."""
    require(actor, "accounts.manage_grants")
    user = User(username=email, email=email, first_name=name[:150], person_id=person_id)
    user.set_unusable_password()
    with claimed(email):
        save_audited(user, actor=actor, reason="invited to join")
    return user


@transaction.atomic
def account_password_set(*, user: User, password: str) -> User:
    """The invited person sets their password with their link (the token is checked by the
    page, people/tokens.py); the link is spent by it."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if not user.is_active:
        raise ValidationError(_("This account has been deactivated."))
    user.set_password(password)
    save_audited(user, actor=user, reason="joined: password set")
    return user


@transaction.atomic
def role_grant_revoke(*, actor: Actor, grant: RoleGrant, reason: str) -> RoleGrant:
    """Take a role away, saying why (the reason stays in the audit trail); the grant revoked."""
    require(actor, "accounts.manage_grants")
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError({"reason": _("Say why the role is revoked.")})
    locked = RoleGrant.objects.select_for_update().filter(pk=grant.pk).first()
    if locked is None:
        raise ConflictError(_("This role was revoked by someone else a moment ago."))
    if locked.role == Role.SECRETARIAT and locked.user_id == getattr(actor, "pk", None):
        raise ValidationError(_("You cannot revoke your own Secretariat role."))
    delete_audited(locked, actor=actor, reason=f"role revoked: {reason}")
    return locked


@transaction.atomic
def account_active_set(*, actor: Actor, user: User, active: bool, reason: str) -> User:
    """Deactivate an account (it can no longer sign in; its history stays) or activate it
    again. Accounts are never deleted: their changes keep their author."""
    require(actor, "accounts.manage_grants")
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError({"reason": _("Say why.")})
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.pk == getattr(actor, "pk", None) and not active:
        raise ValidationError(_("You cannot deactivate your own account."))
    if user.is_active == active:
        return user
    user.is_active = active
    what = "account activated" if active else "account deactivated"
    save_audited(user, actor=actor, reason=f"{what}: {reason}")
    return user
