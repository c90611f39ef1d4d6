"""Writes about people and their access. Each checks that the actor may manage grants, runs in
one transaction and leaves an audit record; the e-mails wait in the outbox for the commit."""

import datetime
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor, Role, RoleGrant, User
from neaspec.accounts.rules import require
from neaspec.accounts.services import account_invited_create, role_grant_create
from neaspec.conflicts import ConflictError
from neaspec.directory.models import Body, FocalPoint, MemberState, Organization, Person
from neaspec.directory.services import (
    contact_create,
    focal_point_create,
    person_enter,
    person_state_set,
)
from neaspec.mail.models import Message, Purpose
from neaspec.mail.services import Letter, Recipient, message_queue
from neaspec.people.tokens import join_tokens
from neaspec.validators import refuse_line_breaks


def _scope(
    role: str,
    state: MemberState | None,
    body: Body | None,
    organization: Organization | None,
    language: str,
) -> Any:
    """The one scope the role takes, or a refusal keyed by the missing field."""
    wanted = {
        Role.FOCAL_POINT: ("state", state),
        Role.COMMITTEE_MEMBER: ("body", body),
        Role.PARTNER: ("organization", organization),
        Role.TRANSLATOR: ("language", language),
    }.get(Role(role))
    if wanted is None:
        return None
    field, value = wanted
    if not value:
        messages = {
            "state": _("A focal point speaks for a member State: choose it."),
            "body": _("A committee member sits on a body: choose it."),
            "organization": _("A partner works for an organization: choose it."),
            "language": _("A translator translates into a language: choose it."),
        }
        raise ValidationError({field: messages[field]})
    return value


def join_link(user: User) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    path = reverse("people:join", args=[uid, join_tokens.make_token(user)])
    return settings.NEASPEC_SITE_URL + path


def _invitation_queue(*, actor: Actor, user: User, grant: RoleGrant) -> list[Message]:
    # The programme's working language, as for its other e-mails.
    with translation.override("en"):
        context = {
            "user": user,
            "grant": grant,
            "link": join_link(user),
            "days": settings.NEASPEC_INVITATION_DAYS,
            "site": settings.NEASPEC_SITE_URL,
        }
        subject = render_to_string("people/mail/invitation_subject.txt", context)
        body = render_to_string("people/mail/invitation.txt", context)
    return message_queue(
        actor=actor,
        purpose=Purpose.ACCOUNT_INVITATION,
        recipient=Recipient(user.get_full_name() or user.email, f"user:{user.pk}", [user.email]),
        letter=Letter(subject, body),
        regarding=f"user:{user.pk}",
        record=f"user:{user.pk}",
    )


@transaction.atomic
def person_invite(
    *,
    actor: Actor,
    name: str,
    email: str,
    role: str,
    state: MemberState | None = None,
    body: Body | None = None,
    organization: Organization | None = None,
    language: str = "",
    start: datetime.date | None = None,
) -> User:
    """Bring a person into the Hub: their directory entry (for a focal point, with the State's
    focal-point entry), their account (no password yet), their role, then the e-mail with the
    one-time link to set a password. In this order, all or nothing."""
    require(actor, "accounts.manage_grants")
    name, email = name.strip(), email.strip().lower()
    refuse_line_breaks(name=name)
    if not name:
        raise ValidationError({"name": _("Give the person's name.")})
    if role not in Role.values:
        raise ValidationError({"role": _("Choose one of the roles.")})
    scope = _scope(role, state, body, organization, language)
    if User.objects.filter(email__iexact=email).exists():
        raise ConflictError({"email": _("%s already has an account.") % email})
    person = _directory_entry(
        actor=actor,
        name=name,
        email=email,
        role=role,
        state=state,
        organization=organization,
        start=start or timezone.localdate(),
    )
    user = account_invited_create(actor=actor, email=email, name=name, person_id=person.pk)
    grant = role_grant_create(actor=actor, user=user, role=role, scope=scope)
    _invitation_queue(actor=actor, user=user, grant=grant)
    return user


def _directory_entry(
    *,
    actor: Actor,
    name: str,
    email: str,
    role: str,
    state: MemberState | None,
    organization: Organization | None,
    start: datetime.date,
) -> Person:
    """The person's entry in the directory: the one with this address, else a new one (a focal
    point's with the State's focal-point entry, through the directory's own services)."""
    person = Person.objects.filter(email__iexact=email).first()
    if role == Role.FOCAL_POINT and state is not None:
        if person is not None and person.state_id not in (None, state.pk):
            raise ValidationError(
                {"email": _("This address belongs to a person of another State.")}
            )
        current = FocalPoint.objects.filter(state=state, rank=FocalPoint.Rank.PRIMARY, end=None)
        rank = FocalPoint.Rank.ALTERNATE if current.exists() else FocalPoint.Rank.PRIMARY
        if person is not None and person.state_id is None:
            person = person_state_set(
                actor=actor, person=person, state=state, reason="invited as focal point"
            )
        entry = focal_point_create(
            actor=actor,
            state=state,
            person=person,
            name="" if person else name,
            email="" if person else email,
            institution=None,
            rank=rank,
            start=start,
        )
        return entry.person
    if person is not None:
        return person
    if state is not None:
        return contact_create(actor=actor, state=state, name=name, email=email)
    return person_enter(
        actor=actor, name=name, email=email, organization=organization, reason="invited to join"
    )


@transaction.atomic
def invitation_resend(*, actor: Actor, user: User) -> list[Message]:
    """Send a person who has not joined yet a new link (the old one still works until used)."""
    require(actor, "accounts.manage_grants")
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.has_usable_password():
        raise ValidationError(_("%s has already joined.") % user.get_full_name())
    grant = user.grants.order_by("pk").first()
    if grant is None:
        raise ValidationError(_("Give the person a role first."))
    return _invitation_queue(actor=actor, user=user, grant=grant)


@transaction.atomic
def role_grant_add(
    *,
    actor: Actor,
    user: User,
    role: str,
    state: MemberState | None = None,
    body: Body | None = None,
    organization: Organization | None = None,
    language: str = "",
) -> RoleGrant:
    """Give a person one more role (the same role and scope twice is refused)."""
    require(actor, "accounts.manage_grants")
    if role not in Role.values:
        raise ValidationError({"role": _("Choose one of the roles.")})
    scope = _scope(role, state, body, organization, language)
    user = User.objects.select_for_update().get(pk=user.pk)
    scoped = {"state": state, "body": body, "organization": organization, "language": language}
    if RoleGrant.objects.filter(user=user, role=role, **scoped).exists():
        raise ValidationError(_("%s already has this role.") % user.get_full_name())
    return role_grant_create(actor=actor, user=user, role=role, scope=scope)
