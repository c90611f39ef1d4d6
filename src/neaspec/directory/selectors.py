"""Reads of the directory, shaped for the pages and the API."""

import datetime
import re

from django.db.models import F, Prefetch, Q, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

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
