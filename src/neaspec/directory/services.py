"""Writes to the directory. Each checks permission, runs in one transaction and is audited.

A focal point keeps their own State's contacts (the people of that State: focal points,
alternates, delegation members) and its focal point entries; never another State's. An edit
names the version it started from (`selectors.contact_version`): if someone saved another
meanwhile, nothing is written and the editor is told (409).
"""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import require
from neaspec.audit import save_audited
from neaspec.conflicts import ConflictError
from neaspec.directory.models import Body, FocalPoint, Membership, MemberState, Organization, Person
from neaspec.directory.selectors import contact_version, focal_point_version, person_named
from neaspec.keys import claimed, free_key
from neaspec.multilingual import SOURCE_LANGUAGE, column
from neaspec.validators import refuse_line_breaks

CHANGED_MEANWHILE = gettext_lazy("Someone changed this entry meanwhile; reload the page to see it.")


def _organization(
    *, actor: Actor, state: MemberState, organization: Organization | None, new_organization: str
) -> Organization | None:
    """The chosen organization, or the national institution of `state` named `new_organization`
    (found by its name, or entered as a new one)."""
    name = new_organization.strip()
    if not name:
        return organization
    if organization is not None:
        raise ValidationError(
            {"new_organization": _("Choose an organization or name a new one, not both.")}
        )
    refuse_line_breaks(new_organization=name)
    found = (
        Organization.objects.filter(**{f"{column('name', SOURCE_LANGUAGE)}__iexact": name})
        .filter(state=state)
        .first()
    )
    if found is not None:
        return found
    key = free_key(Organization, name, fallback="organization")
    entered = Organization(key=key, name=name, kind=Organization.Kind.NATIONAL, state=state)
    with claimed(key):
        save_audited(entered, actor=actor, reason="entered with a contact")
    return entered


def _new_person(
    *,
    actor: Actor,
    state: MemberState | None,
    reason: str,
    name: str,
    honorific: str = "",
    position: str = "",
    organization: Organization | None = None,
    email: str = "",
    phone: str = "",
) -> Person:
    refuse_line_breaks(name=name, honorific=honorific)
    key = free_key(Person, name, fallback="person")
    person = Person(
        key=key,
        state=state,
        name=name,
        honorific=honorific,
        position=position,
        organization=organization,
        email=email,
        phone=phone,
    )
    with claimed(key):
        save_audited(person, actor=actor, reason=reason)
    return person


@transaction.atomic
def person_enter(
    *,
    actor: Actor,
    name: str,
    email: str = "",
    organization: Organization | None = None,
    reason: str,
) -> Person:
    """A person of no member State (a partner's, a translator), entered by the Secretariat
    (people.services.person_invite)."""
    require(actor, "directory.add_person", None)
    return _new_person(
        actor=actor, state=None, reason=reason, name=name, email=email, organization=organization
    )


@transaction.atomic
def person_state_set(*, actor: Actor, person: Person, state: MemberState, reason: str) -> Person:
    """Place a person entered without a State under `state` (invited as its focal point)."""
    require(actor, "directory.add_person", state)
    person = Person.objects.select_for_update(of=("self",)).get(pk=person.pk)
    if person.state_id not in (None, state.pk):
        raise ValidationError(_("This person belongs to another State."))
    person.state = state
    save_audited(person, actor=actor, reason=reason)
    return person


@transaction.atomic
def contact_create(
    *,
    actor: Actor,
    state: MemberState,
    name: str,
    honorific: str = "",
    position: str = "",
    organization: Organization | None = None,
    new_organization: str = "",
    email: str = "",
    phone: str = "",
) -> Person:
    """Enter a contact person of `state` (an alternate, a member of its delegation)."""
    require(actor, "directory.add_person", state)
    chosen = _organization(
        actor=actor, state=state, organization=organization, new_organization=new_organization
    )
    return _new_person(
        actor=actor,
        state=state,
        reason="contact entered",
        name=name.strip(),
        honorific=honorific.strip(),
        position=position.strip(),
        organization=chosen,
        email=email.strip(),
        phone=phone.strip(),
    )


@transaction.atomic
def contact_update(
    *,
    actor: Actor,
    person: Person,
    name: str,
    honorific: str,
    position: str,
    organization: Organization | None,
    email: str,
    phone: str,
    new_organization: str = "",
    seen: str | None = None,
) -> Person:
    """Keep a contact's name, position, organization, e-mail and telephone current (each given:
    an empty one is cleared). `seen` is the version the editor started from (empty: not asked)."""
    require(actor, "directory.change_person", person)
    person = (
        Person.objects.select_for_update(of=("self",)).select_related("state").get(pk=person.pk)
    )
    require(actor, "directory.change_person", person)  # as it is now, under the lock
    if seen and seen != contact_version(person):
        raise ConflictError(CHANGED_MEANWHILE)
    refuse_line_breaks(name=name, honorific=honorific)
    if person.state is not None:
        organization = _organization(
            actor=actor,
            state=person.state,
            organization=organization,
            new_organization=new_organization,
        )
    elif new_organization.strip():
        raise ValidationError(
            {"new_organization": _("Choose the organization of a person of no member State.")}
        )
    person.name, person.honorific, person.position = name.strip(), honorific.strip(), position
    person.organization, person.email, person.phone = organization, email.strip(), phone.strip()
    save_audited(person, actor=actor, reason="contact details updated")
    return person


@transaction.atomic
def focal_point_create(
    *,
    actor: Actor,
    state: MemberState,
    person: Person | None = None,
    name: str = "",
    position: str = "",
    email: str = "",
    phone: str = "",
    institution: Organization | None = None,
    rank: str = FocalPoint.Rank.PRIMARY,
    start: datetime.date,
    end: datetime.date | None = None,
) -> FocalPoint:
    """Nominate a focal point of `state`: one of its contacts (`person`), or someone new
    (`name`, with a new directory entry for them)."""
    require(actor, "directory.add_focalpoint", state)
    if person is not None and name.strip():
        raise ValidationError({"name": _("Choose a contact or name a new person, not both.")})
    if person is None:
        if not name.strip():
            raise ValidationError({"name": _("Choose a contact or name a new person.")})
        person = _new_person(
            actor=actor,
            state=state,
            reason="focal point nominated",
            name=name.strip(),
            position=position,
            email=email.strip(),
            phone=phone.strip(),
            organization=institution,
        )
    elif person.state_id != state.pk:
        raise ValidationError({"person": _("A focal point is a person of the State.")})
    elif position or email or phone:
        person.position = position or person.position
        person.email, person.phone = email.strip() or person.email, phone.strip() or person.phone
        save_audited(person, actor=actor, reason="focal point nominated")
    focal_point = FocalPoint(
        state=state, person=person, institution=institution, rank=rank, start=start, end=end
    )
    save_audited(focal_point, actor=actor, reason="focal point nominated")
    return focal_point


@transaction.atomic
def focal_point_update(
    *,
    actor: Actor,
    focal_point: FocalPoint,
    position: str,
    email: str,
    phone: str,
    institution: Organization | None,
    rank: str,
    start: datetime.date,
    end: datetime.date | None,
    seen: str | None = None,
) -> FocalPoint:
    """Keep a focal point's contact details and period current. `seen` is the version the
    editor started from (empty: not asked)."""
    require(actor, "directory.change_focalpoint", focal_point)
    focal_point = (
        FocalPoint.objects.select_for_update().select_related("person").get(pk=focal_point.pk)
    )
    require(actor, "directory.change_focalpoint", focal_point)
    if seen and seen != focal_point_version(focal_point):
        raise ConflictError(CHANGED_MEANWHILE)
    person = focal_point.person
    person.position, person.email, person.phone = position, email.strip(), phone.strip()
    save_audited(person, actor=actor, reason="focal point details updated")
    focal_point.institution, focal_point.rank = institution, rank
    focal_point.start, focal_point.end = start, end
    save_audited(focal_point, actor=actor, reason="focal point updated")
    return focal_point


@transaction.atomic
def membership_create(
    *,
    actor: Actor,
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


@transaction.atomic
def person_record(*, actor: Actor, name: str, state: MemberState | None, reason: str) -> Person:
    """The person recorded under `name`, its family and given names in either order
    (`selectors.person_named`); else a new entry of them, of `state` when it is known."""
    require(actor, "directory.add_person", state)
    found = person_named(name)
    if found is not None:
        return found
    refuse_line_breaks(name=name)
    key = free_key(Person, name, fallback="person")
    person = Person(key=key, name=name, state=state)
    with claimed(key):
        save_audited(person, actor=actor, reason=reason)
    return person
