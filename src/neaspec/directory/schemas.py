"""The directory API's schemas: member States with their focal points and seats, bodies with
their chair, people with the contact details the reader may see; and what is sent to enter or
change a contact."""

import datetime
from collections.abc import Iterable
from typing import Any

from django.db.models import Model
from ninja import Field, Schema
from pydantic import ConfigDict

from neaspec.accounts.models import Actor
from neaspec.api.params import SLUG, TEXT, SingleLine
from neaspec.api.schemas import In, Languages, Named, Out
from neaspec.directory import selectors
from neaspec.directory.models import Body, FocalPoint, Membership, MemberState, Person
from neaspec.multilingual import all_languages

CONTACTS_HELP = (
    "E-mail and telephone are given to the person themself, the Secretariat, the focal points "
    "of the person's State and fellow members of the viewer's committees; null for others."
)


def with_contacts[Row: Model](row: Row, *, shown: bool) -> Row:
    """A person (or a focal point) marked with whether the reader may see the e-mail and
    telephone, which the schemas below give or withhold."""
    row.contacts_shown = shown  # type: ignore[attr-defined]
    return row


def _shown(row: Model) -> bool:
    return bool(row.contacts_shown)  # type: ignore[attr-defined]


def people_with_contacts(people: Iterable[Person], *, actor: Actor) -> list[Person]:
    """A page of people, whose contact details are asked about once for the page."""
    people = list(people)
    shown = selectors.contact_ids(actor=actor, people=people)
    return [with_contacts(p, shown=p.pk in shown) for p in people]


def with_chairs(bodies: Iterable[Body], *, on: datetime.date) -> list[Body]:
    """A page of bodies, each with who chairs it on `on` (`chair_on`), read in one query."""
    chairs = selectors.chairs_on(on=on)
    bodies = list(bodies)
    for body in bodies:
        body.chair_on = chairs.get(body.pk)
    return bodies


# --- member States ---------------------------------------------------------------------------


class StateOut(Out):
    code: str
    name: str
    short_name: str
    names: dict[str, str]
    languages: Languages
    coastal: bool

    @staticmethod
    def resolve_names(state: MemberState) -> dict[str, str]:
        return all_languages(state, "name")


class FocalPointOut(Out):
    # E-mail and telephone were left out for those who may not see them: not required.
    model_config = ConfigDict(json_schema_serialization_defaults_required=False)

    name: Named = Field(alias="person")
    position: str = Field(alias="person.position")
    institution: Named | None
    rank: str
    start: datetime.date
    end: datetime.date | None
    email: str | None = None
    phone: str | None = None

    @staticmethod
    def resolve_email(focal_point: FocalPoint) -> str | None:
        return focal_point.person.email if _shown(focal_point) else None

    @staticmethod
    def resolve_phone(focal_point: FocalPoint) -> str | None:
        return focal_point.person.phone if _shown(focal_point) else None


class SeatOut(Out):
    body: str = Field(alias="body.key")
    person: Named
    role: str
    start: datetime.date
    end: datetime.date | None


class StateDetailOut(StateOut):
    focal_points: list[FocalPointOut]
    memberships: list[SeatOut]

    @staticmethod
    def resolve_focal_points(state: MemberState, context: dict[str, Any]) -> list[FocalPoint]:
        focal_points = selectors.state_focal_points(state=state)
        people = [fp.person_id for fp in focal_points]
        shown = selectors.contact_ids(actor=context["request"].user, people=people)
        return [with_contacts(fp, shown=fp.person_id in shown) for fp in focal_points]

    @staticmethod
    def resolve_memberships(state: MemberState) -> list[Membership]:
        return selectors.state_memberships(state=state)


# --- bodies ----------------------------------------------------------------------------------


class ChairOut(Out):
    person: Named
    state: str | None = Field(None, alias="state.code")
    since: datetime.date = Field(alias="start")


class BodyOut(Out):
    key: str
    name: str
    acronym: str
    kind: str
    parent: str | None = Field(None, alias="parent.key")
    established_year: int | None
    description: str
    chair: ChairOut | None = Field(alias="chair_on")
    languages: Languages


# --- people ----------------------------------------------------------------------------------


class PersonOut(Out):
    key: str
    honorific: str
    name: str
    position: str
    organization: str | None = Field(
        None, alias="organization.key", description="The organization's key"
    )
    state: str | None = Field(None, alias="state.code", description="The member State's ISO code")
    email: str | None = Field(description=CONTACTS_HELP)
    phone: str | None = Field(description=CONTACTS_HELP)
    version: str | None = Field(
        description="For a change (PATCH seen=): the version of the contact given here; null "
        "with the contact details"
    )

    @staticmethod
    def resolve_email(person: Person) -> str | None:
        return person.email if _shown(person) else None

    @staticmethod
    def resolve_phone(person: Person) -> str | None:
        return person.phone if _shown(person) else None

    @staticmethod
    def resolve_version(person: Person) -> str | None:
        # Withheld with the details: it is made from them, so a guess could be checked against it.
        return selectors.contact_version(person) if _shown(person) else None


class PeopleFilters(Schema):
    q: str = Field(
        "", max_length=100, pattern=r"^[^\x00-\x1f]*$", description="Name, position, organization"
    )
    state: str = Field("", pattern=r"^([A-Za-z]{2})?$", description="A member State's ISO code")


class ContactIn(In):
    model_config = ConfigDict(extra="forbid")

    honorific: SingleLine = Field("", max_length=20)
    name: SingleLine = Field(min_length=1, max_length=200, pattern=r"^[^\x00]*\S[^\x00]*$")
    position: str = Field("", max_length=300, pattern=TEXT)
    organization: str = Field("", max_length=80, pattern=SLUG, description="An organization's key")
    new_organization: SingleLine = Field(
        "", max_length=300, description="A national institution not yet in the directory"
    )
    email: str = Field("", max_length=254, pattern=r"^([^@\s]+@[^@\s]+\.[^@\s]+)?$")
    phone: str = Field("", max_length=40, pattern=r"^[^\x00-\x1f]*$")


class ContactPatch(Schema):
    model_config = ConfigDict(extra="forbid")

    honorific: SingleLine | None = Field(None, max_length=20)
    name: SingleLine | None = Field(
        None, min_length=1, max_length=200, pattern=r"^[^\x00]*\S[^\x00]*$"
    )
    position: str | None = Field(None, max_length=300, pattern=TEXT)
    organization: str | None = Field(None, max_length=80, pattern=SLUG)
    new_organization: SingleLine | None = Field(None, max_length=300)
    email: str | None = Field(None, max_length=254, pattern=r"^([^@\s]+@[^@\s]+\.[^@\s]+)?$")
    phone: str | None = Field(None, max_length=40, pattern=r"^[^\x00-\x1f]*$")
    seen: str | None = Field(
        None,
        max_length=64,
        pattern=SLUG,
        description="The version the change starts from (as GET gave it): 409 if it changed since",
    )
