"""Writes to the directory. Each checks permission, runs in one transaction and is audited."""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from neaspec.accounts.rules import require
from neaspec.audit import save_audited
from neaspec.directory.models import Body, FocalPoint, Membership, MemberState, Organization, Person
from neaspec.keys import free_key


@transaction.atomic
def focal_point_create(
    *,
    actor: Any,
    state: MemberState,
    name: str,
    position: str = "",
    email: str = "",
    phone: str = "",
    institution: Organization | None = None,
    rank: str = FocalPoint.Rank.PRIMARY,
    start: datetime.date,
    end: datetime.date | None = None,
) -> FocalPoint:
    """Nominate a new focal point of `state` (a new directory entry for the person)."""
    require(actor, "directory.add_focalpoint", state)
    person = Person(
        key=free_key(Person, name, fallback="person"),
        name=name,
        position=position,
        email=email,
        phone=phone,
        state=state,
        organization=institution,
    )
    save_audited(person, actor=actor, reason="focal point nominated")
    focal_point = FocalPoint(
        state=state, person=person, institution=institution, rank=rank, start=start, end=end
    )
    save_audited(focal_point, actor=actor, reason="focal point nominated")
    return focal_point


@transaction.atomic
def focal_point_update(
    *,
    actor: Any,
    focal_point: FocalPoint,
    position: str,
    email: str,
    phone: str,
    institution: Organization | None,
    rank: str,
    start: datetime.date,
    end: datetime.date | None,
) -> FocalPoint:
    """Keep a focal point's contact details and period current."""
    require(actor, "directory.change_focalpoint", focal_point)
    person = focal_point.person
    person.position, person.email, person.phone = position, email, phone
    save_audited(person, actor=actor, reason="focal point details updated")
    focal_point.institution, focal_point.rank = institution, rank
    focal_point.start, focal_point.end = start, end
    save_audited(focal_point, actor=actor, reason="focal point updated")
    return focal_point


@transaction.atomic
def membership_create(
    *,
    actor: Any,
    body: Body,
    person: Person,
    role: str,
    state: MemberState | None,
    start: datetime.date,
    end: datetime.date | None = None,
    note: str = "",
) -> Membership:
    """Seat `person` on `body`; a body has one chair at a time, so chair terms may not overlap."""
    require(actor, "directory.add_membership", body)
    membership = Membership(
        body=body, person=person, role=role, state=state, start=start, end=end, note=note
    )
    if role == Membership.Role.CHAIR:
        _refuse_overlapping_chair(membership)
    save_audited(membership, actor=actor, reason="membership added")
    return membership


def _refuse_overlapping_chair(membership: Membership) -> None:
    others = Membership.objects.filter(body=membership.body, role=Membership.Role.CHAIR)
    if membership.end is not None:
        others = others.filter(start__lte=membership.end)
    for other in others.exclude(pk=membership.pk).select_related("person"):
        if other.end is None or other.end >= membership.start:
            raise ValidationError(
                _("%(person)s already chairs this body from %(start)s; end that term first.")
                % {"person": other.person, "start": other.start}
            )
