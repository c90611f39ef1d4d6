import datetime
from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Path, Query, Router, Schema
from ninja.pagination import paginate
from ninja.security import django_auth
from pydantic import ConfigDict

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import require
from neaspec.api.errors import ErrorOut
from neaspec.api.paging import Mapped, Page
from neaspec.api.params import LANGUAGES_HELP, SLUG, TEXT, SingleLine
from neaspec.directory import selectors, services
from neaspec.directory.models import Body, FocalPoint, Membership, MemberState, Organization, Person
from neaspec.multilingual import all_languages, field_languages
from neaspec.paging import Rows

router = Router(tags=["directory"])
STATE = Path(..., pattern=r"^[A-Za-z]{2}$")
WRITES = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class StateOut(Schema):
    code: str
    name: str
    short_name: str
    names: dict[str, str]
    languages: dict[str, str] = Field(description=LANGUAGES_HELP)
    coastal: bool


class FocalPointOut(Schema):
    name: str
    position: str
    institution: str | None
    rank: str
    start: datetime.date
    end: datetime.date | None
    email: str | None = None
    phone: str | None = None


class SeatOut(Schema):
    body: str
    person: str
    role: str
    start: datetime.date
    end: datetime.date | None


class StateDetailOut(StateOut):
    focal_points: list[FocalPointOut]
    memberships: list[SeatOut]


def state_out(state: MemberState) -> StateOut:
    return StateOut(
        code=state.code,
        name=state.name,
        short_name=state.short_name,
        names=all_languages(state, "name"),
        languages=field_languages(state),
        coastal=state.coastal,
    )


def focal_point_out(fp: FocalPoint, *, contacts: bool) -> FocalPointOut:
    return FocalPointOut(
        name=str(fp.person),
        position=fp.person.position,
        institution=str(fp.institution) if fp.institution else None,
        rank=fp.rank,
        start=fp.start,
        end=fp.end,
        email=fp.person.email if contacts else None,
        phone=fp.person.phone if contacts else None,
    )


def seat_out(m: Membership) -> SeatOut:
    return SeatOut(body=m.body.key, person=str(m.person), role=m.role, start=m.start, end=m.end)


@router.get(
    "/states", response={200: list[StateOut], 422: ErrorOut}, summary="The six member States"
)
@paginate(Page)
def list_states(request: HttpRequest) -> Any:
    return Mapped(selectors.state_list(), state_out)


@router.get(
    "/states/{code}",
    response={200: StateDetailOut, 404: ErrorOut, 422: ErrorOut},
    summary="A member State with its focal points and seats",
)
def get_state(request: HttpRequest, code: str = STATE) -> StateDetailOut:
    state = selectors.state_get(code=code)
    focal_points = selectors.state_focal_points(state=state)
    shown = selectors.contact_ids(actor=request.user, people=[fp.person_id for fp in focal_points])
    return StateDetailOut(
        **state_out(state).model_dump(),
        focal_points=[focal_point_out(fp, contacts=fp.person_id in shown) for fp in focal_points],
        memberships=[seat_out(m) for m in selectors.state_memberships(state=state)],
    )


class ChairOut(Schema):
    person: str
    state: str | None
    since: datetime.date


class BodyOut(Schema):
    key: str
    name: str
    acronym: str
    kind: str
    parent: str | None
    established_year: int | None
    description: str
    chair: ChairOut | None
    languages: dict[str, str] = Field(description=LANGUAGES_HELP)


def body_out(body: Body, chair: Membership | None) -> BodyOut:
    return BodyOut(
        key=body.key,
        name=body.name,
        acronym=body.acronym,
        kind=body.kind,
        parent=body.parent.key if body.parent else None,
        established_year=body.established_year,
        description=body.description,
        chair=ChairOut(
            person=str(chair.person),
            state=chair.state.code if chair.state else None,
            since=chair.start,
        )
        if chair
        else None,
        languages=field_languages(body),
    )


@router.get(
    "/bodies",
    response={200: list[BodyOut], 422: ErrorOut},
    summary="The programme's bodies and platforms",
)
@paginate(Page)
def list_bodies(request: HttpRequest) -> Any:
    today = timezone.localdate()
    chairs = selectors.chairs_on(on=today)
    return Mapped(selectors.body_list(), lambda b: body_out(b, chairs.get(b.pk)))


# --- people and their contact details -------------------------------------------------------

CONTACTS_HELP = (
    "E-mail and telephone are given to the person themself, the Secretariat, the focal points "
    "of the person's State and fellow members of the viewer's committees; null for others."
)


class PersonOut(Schema):
    key: str
    honorific: str
    name: str
    position: str
    organization: str | None = Field(description="The organization's key")
    state: str | None = Field(description="The member State's ISO code")
    email: str | None = Field(description=CONTACTS_HELP)
    phone: str | None = Field(description=CONTACTS_HELP)
    version: str | None = Field(
        description="For a change (PATCH seen=): the version of the contact given here; null "
        "with the contact details"
    )


def person_out(person: Person, *, contacts: bool) -> PersonOut:
    return PersonOut(
        key=person.key,
        honorific=person.honorific,
        name=person.name,
        position=person.position,
        organization=person.organization.key if person.organization else None,
        state=person.state.code if person.state else None,
        email=person.email if contacts else None,
        phone=person.phone if contacts else None,
        # Withheld with the details: it is made from them, so a guess could be checked against it.
        version=selectors.contact_version(person) if contacts else None,
    )


def people_out(people: list[Person], actor: Actor) -> list[PersonOut]:
    """A page of people, their contact details asked about once for the page."""
    shown = selectors.contact_ids(actor=actor, people=people)
    return [person_out(p, contacts=p.pk in shown) for p in people]


class PeopleFilters(Schema):
    q: str = Field(
        "", max_length=100, pattern=r"^[^\x00-\x1f]*$", description="Name, position, organization"
    )
    state: str = Field("", pattern=r"^([A-Za-z]{2})?$", description="A member State's ISO code")


@router.get(
    "/people",
    response={200: list[PersonOut], 422: ErrorOut},
    summary="People of the programme: names and roles for all, contacts as the viewer may see",
)
@paginate(Page)
def list_people(request: HttpRequest, filters: Query[PeopleFilters]) -> Any:
    found = selectors.people_search(text=filters.q, state_code=filters.state)
    return Rows(found, lambda shown: people_out(shown, request.user))


@router.get(
    "/people/{key}",
    response={200: PersonOut, 404: ErrorOut, 422: ErrorOut},
    summary="A person, with contact details if the viewer may see them",
)
def get_person(request: HttpRequest, key: str = Path(..., pattern=SLUG)) -> PersonOut:
    person = selectors.person_get(key=key)
    return person_out(person, contacts=request.user.has_perm("directory.view_contacts", person))


class ContactIn(Schema):
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


def _organization(key: str) -> Organization | None:
    return get_object_or_404(Organization, key=key) if key else None


@router.post(
    "/states/{code}/people",
    auth=django_auth,
    response={201: PersonOut, **WRITES},
    summary="Enter a contact person of a member State (its focal point or the Secretariat)",
)
def add_contact(request: HttpRequest, data: ContactIn, code: str = STATE) -> tuple[int, PersonOut]:
    state = selectors.state_get(code=code)
    require(request.user, "directory.add_person", state)
    fields = data.model_dump()
    fields["organization"] = _organization(data.organization)
    person = services.contact_create(actor=request.user, state=state, **fields)
    return 201, person_out(person, contacts=True)


@router.patch(
    "/people/{key}",
    auth=django_auth,
    response={200: PersonOut, **WRITES},
    summary="Change a contact person of one's own State (its focal point or the Secretariat)",
)
def change_contact(
    request: HttpRequest, data: ContactPatch, key: str = Path(..., pattern=SLUG)
) -> PersonOut:
    person = selectors.person_get(key=key)
    require(request.user, "directory.change_person", person)
    current = {
        "honorific": person.honorific,
        "name": person.name,
        "position": person.position,
        "organization": person.organization,
        "email": person.email,
        "phone": person.phone,
    }
    sent = data.model_dump(exclude_unset=True, exclude_none=True)
    if "organization" in sent:
        sent["organization"] = _organization(sent["organization"])
    elif sent.get("new_organization"):
        current["organization"] = None  # named anew instead of the one recorded
    person = services.contact_update(actor=request.user, person=person, **{**current, **sent})
    return person_out(person, contacts=True)
