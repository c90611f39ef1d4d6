"""Reads of the directory, shaped for the pages and the API."""

import datetime
import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from django.db.models import Exists, F, OuterRef, Prefetch, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils import timezone

from neaspec.accounts.models import Actor, Role
from neaspec.accounts.rules import grants_of
from neaspec.directory.models import Body, FocalPoint, Membership, MemberState, Person


def state_list() -> QuerySet[MemberState]:
    return MemberState.objects.order_by("name")


def state_get(*, code: str) -> MemberState:
    if not (len(code) == 2 and code.isascii() and code.isalpha()):
        raise Http404("No such member State")  # and never a stray byte sent to the database
    return get_object_or_404(MemberState, code=code.upper())


def state_focal_points(*, state: MemberState) -> list[FocalPoint]:
    """All focal points of the State, current first, then by rank and most recent start."""
    return list(
        FocalPoint.objects.filter(state=state)
        .select_related("person", "institution")
        .order_by(F("end").desc(nulls_first=True), "rank", "-start")
    )


def state_memberships(*, state: MemberState) -> list[Membership]:
    return list(
        Membership.objects.filter(state=state)
        .select_related("person", "body")
        .order_by("body__name", "-start")
    )


def body_list() -> QuerySet[Body]:
    return Body.objects.select_related("parent").order_by("kind", "name")


def body_get(*, key: str) -> Body:
    return get_object_or_404(
        Body.objects.select_related("parent").prefetch_related(
            "children", Prefetch("technical_centres", to_attr="centres")
        ),
        key=key,
    )


def _in_term(on: datetime.date) -> Q:
    return Q(start__lte=on) & (Q(end__isnull=True) | Q(end__gte=on))


def body_chair_on(*, body: Body, on: datetime.date) -> Membership | None:
    """Who chairs `body` on date `on` (None when the chair is vacant or unknown)."""
    return (
        body.memberships.filter(_in_term(on), role=Membership.Role.CHAIR)
        .select_related("person", "state")
        .order_by("-start")
        .first()
    )


def body_chairs(*, body: Body) -> list[Membership]:
    """The chair rotation as history, most recent first."""
    return list(
        body.memberships.filter(role=Membership.Role.CHAIR)
        .select_related("person", "state")
        .order_by("-start")
    )


def body_members_on(*, body: Body, on: datetime.date) -> list[Membership]:
    return list(
        body.memberships.filter(_in_term(on))
        .select_related("person", "state")
        .order_by("role", "state__name", "person__name")
    )


def people_search(*, text: str = "", state_code: str = "") -> QuerySet[Person]:
    people = Person.objects.select_related("organization", "state")
    if text:
        people = people.filter(
            Q(name__icontains=text)
            | Q(position__icontains=text)
            | Q(organization__name__icontains=text)
        )
    if state_code:
        people = people.filter(state__code=state_code.upper())
    return people.order_by("name")


HONORIFICS = re.compile(
    r"^(?:(?:mr|ms|mrs|miss|dr|prof|professor|h\.?\s?e|his excellency|her excellency|"
    r"excellency|sir|madam|madame)\.?\s+)+",
    re.I,
)


def name_parts(name: str) -> tuple[str, ...]:
    """A person's name as the set of its parts, whatever their order or honorific: 'Mizutani
    Yoshihiro', 'Mr. Yoshihiro Mizutani' and 'MIZUTANI Yoshihiro' are one person."""
    plain = HONORIFICS.sub("", re.sub(r"\s+", " ", name.strip()))
    return tuple(sorted(part.casefold() for part in re.split(r"[\s,]+", plain) if part))


def person_named(name: str) -> Person | None:
    """The recorded person of that name (see `name_parts`), or None."""
    parts = name_parts(name)
    if not parts:
        return None
    longest = max(parts, key=len)
    for person in Person.objects.filter(name__icontains=longest).order_by("pk"):
        if name_parts(person.name) == parts:
            return person
    return None


def person_get(*, key: str) -> Person:
    return get_object_or_404(
        Person.objects.select_related("organization", "state").prefetch_related(
            Prefetch("memberships", queryset=Membership.objects.select_related("body", "state")),
            Prefetch("focal_points", queryset=FocalPoint.objects.select_related("state")),
        ),
        key=key,
    )


def chairs_on(*, on: datetime.date) -> dict[int, Membership]:
    """Each body's chair on date `on`, in one query (for lists of bodies)."""
    chairs = (
        Membership.objects.filter(_in_term(on), role=Membership.Role.CHAIR)
        .select_related("person", "state")
        .order_by("start")
    )
    return {m.body_id: m for m in chairs}


# --- contact details: who may see a person's e-mail and telephone ---------------------------


@dataclass(frozen=True)
class ContactScope:
    """Whose contact details an actor may see: everyone's (the Secretariat); their own; those of
    the people of the States they are focal point for (the person's State, or the State of one
    of their focal point entries or seats); those of their fellow members of the committees they
    sit on. Partners, translators and the public see names and roles only."""

    everyone: bool = False
    person_id: int | None = None
    state_ids: frozenset[int] = frozenset()
    body_ids: frozenset[int] = frozenset()

    @property
    def nobody(self) -> bool:
        return not (self.everyone or self.person_id or self.state_ids or self.body_ids)

    def people(self) -> Q:
        """The scope as a filter on Person (one query however many people are asked about)."""
        if self.everyone:
            return Q()
        scope = Q(pk__in=[])
        if self.person_id:
            scope |= Q(pk=self.person_id)
        if self.state_ids:
            states = sorted(self.state_ids)
            scope |= (
                Q(state_id__in=states)
                | Q(Exists(FocalPoint.objects.filter(person=OuterRef("pk"), state_id__in=states)))
                | Q(Exists(Membership.objects.filter(person=OuterRef("pk"), state_id__in=states)))
            )
        if self.body_ids:
            bodies = sorted(self.body_ids)
            scope |= Q(Exists(Membership.objects.filter(person=OuterRef("pk"), body_id__in=bodies)))
        return scope

    def covers_state(self, state_id: int | None) -> bool:
        """Whether the delegates of that State (by its id) are within the scope."""
        return self.everyone or (state_id is not None and state_id in self.state_ids)


def contact_scope(actor: Actor) -> ContactScope:
    """Whose contact details `actor` may see, from their grants (read once per request)."""
    if not (getattr(actor, "is_authenticated", False) and actor.is_active):
        return ContactScope()
    grants = grants_of(actor)
    if any(g.role == Role.SECRETARIAT for g in grants):
        return ContactScope(everyone=True)
    return ContactScope(
        person_id=getattr(actor, "person_id", None),
        state_ids=frozenset(
            g.state_id for g in grants if g.role == Role.FOCAL_POINT and g.state_id
        ),
        body_ids=frozenset(
            g.body_id for g in grants if g.role == Role.COMMITTEE_MEMBER and g.body_id
        ),
    )


def contact_ids(*, actor: Actor, people: Iterable[Person | int]) -> frozenset[int]:
    """The ids of those of `people` whose e-mail and telephone `actor` may see: no query for
    the Secretariat or for someone who sees nobody's, one for everyone else."""
    ids = {p if isinstance(p, int) else p.pk for p in people}
    scope = contact_scope(actor)
    if scope.everyone:
        return frozenset(ids)
    if scope.nobody or not ids:
        return frozenset()
    found = Person.objects.filter(scope.people(), pk__in=ids).values_list("pk", flat=True)
    return frozenset(found)


def may_see_contacts(*, actor: Actor, person: Person) -> bool:
    return person.pk in contact_ids(actor=actor, people=[person])


def sees_delegation_contacts(
    *, actor: Actor, state_id: int | None, organization_id: int | None = None
) -> bool:
    """Whether `actor` may see the contact details of a delegation's members (registered for a
    meeting, not yet in the directory), by the rule for people: a member State's delegates for
    the Secretariat and that State's focal points; an organization's observers for the
    Secretariat and the partners who speak for it."""
    scope = contact_scope(actor)
    if state_id is not None or scope.everyone:
        return scope.covers_state(state_id)
    return organization_id is not None and any(
        g.role == Role.PARTNER and g.organization_id == organization_id for g in grants_of(actor)
    )


def state_contact_gaps(
    *, state: MemberState, today: datetime.date | None = None
) -> list[FocalPoint]:
    """The State's current focal points with no e-mail address recorded: the messages the Hub
    sends to the State do not reach them."""
    on = today or timezone.localdate()
    return list(
        FocalPoint.objects.filter(_in_term(on), state=state, person__email="")
        .select_related("person", "institution")
        .order_by("rank", "-start")
    )


def state_focal_point_addresses(
    *, state: MemberState, today: datetime.date | None = None
) -> list[str]:
    """The e-mail addresses of the State's current focal points as the directory records them
    (primary before alternates, each once); `state_contact_gaps` names those without one."""
    on = today or timezone.localdate()
    current = (
        FocalPoint.objects.filter(_in_term(on), state=state)
        .exclude(person__email="")
        .order_by("rank", "-start")
        .values_list("person__email", flat=True)
    )
    return list(dict.fromkeys(current))


def state_contacts(*, state: MemberState) -> QuerySet[Person]:
    """The people of a member State (its focal points, alternates and delegation members), as
    their State's focal point keeps them."""
    return (
        Person.objects.filter(state=state).select_related("organization", "state").order_by("name")
    )


def _version(*values: Any) -> str:
    return hashlib.sha256(repr(values).encode()).hexdigest()[:16]


def contact_version(person: Person) -> str:
    """The contact as an editor sees it, in a few characters: an edit started from another
    version is refused (someone saved meanwhile)."""
    return _version(
        person.name,
        person.honorific,
        person.position,
        person.organization_id,
        person.email,
        person.phone,
    )


def focal_point_version(focal_point: FocalPoint) -> str:
    """A focal point entry and its person's contact details as an editor sees them."""
    person = focal_point.person
    return _version(
        person.position,
        person.email,
        person.phone,
        focal_point.institution_id,
        focal_point.rank,
        focal_point.start,
        focal_point.end,
    )
