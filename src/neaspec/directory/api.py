"""The directory API: member States with their focal points and seats, the programme's bodies
with their chair, and people with the contact details the reader may see; a State's contacts
entered and changed by its focal point (or the Secretariat)."""

from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Path, Query, Router, Status
from ninja.pagination import paginate

from neaspec.accounts.rules import require
from neaspec.api.auth import SIGNED_IN
from neaspec.api.errors import WRITES, ErrorOut
from neaspec.api.paging import Page
from neaspec.api.params import SLUG
from neaspec.directory import selectors, services
from neaspec.directory.models import Body, MemberState, Organization, Person
from neaspec.directory.schemas import (
    BodyOut,
    ContactIn,
    ContactPatch,
    PeopleFilters,
    PersonOut,
    StateDetailOut,
    StateOut,
    people_with_contacts,
    with_chairs,
    with_contacts,
)
from neaspec.paging import Rows

router = Router(tags=["directory"])
STATE = Path(..., pattern=r"^[A-Za-z]{2}$")


@router.get(
    "/states", response={200: list[StateOut], 422: ErrorOut}, summary="The six member States"
)
@paginate(Page)
def list_states(request: HttpRequest) -> QuerySet[MemberState]:
    return selectors.state_list()


@router.get(
    "/states/{code}",
    response={200: StateDetailOut, 404: ErrorOut, 422: ErrorOut},
    summary="A member State with its focal points and seats",
)
def get_state(request: HttpRequest, code: str = STATE) -> MemberState:
    return selectors.state_get(code=code)


@router.get(
    "/bodies",
    response={200: list[BodyOut], 422: ErrorOut},
    summary="The programme's bodies and platforms",
)
@paginate(Page)
def list_bodies(request: HttpRequest) -> Rows[Body]:
    today = timezone.localdate()
    return Rows(selectors.body_list(), lambda shown: with_chairs(shown, on=today))


# --- people and their contact details -------------------------------------------------------


@router.get(
    "/people",
    response={200: list[PersonOut], 422: ErrorOut},
    summary="People of the programme: names and roles for all, contacts as the viewer may see",
)
@paginate(Page)
def list_people(request: HttpRequest, filters: Query[PeopleFilters]) -> Rows[Person]:
    found = selectors.people_search(text=filters.q, state_code=filters.state)
    return Rows(found, lambda shown: people_with_contacts(shown, actor=request.user))


@router.get(
    "/people/{key}",
    response={200: PersonOut, 404: ErrorOut, 422: ErrorOut},
    summary="A person, with contact details if the viewer may see them",
)
def get_person(request: HttpRequest, key: str = Path(..., pattern=SLUG)) -> Person:
    person = selectors.person_get(key=key)
    return with_contacts(person, shown=request.user.has_perm("directory.view_contacts", person))


def _organization(key: str) -> Organization | None:
    return get_object_or_404(Organization, key=key) if key else None


@router.post(
    "/states/{code}/people",
    auth=SIGNED_IN,
    response={201: PersonOut, **WRITES},
    summary="Enter a contact person of a member State (its focal point or the Secretariat)",
)
def add_contact(request: HttpRequest, data: ContactIn, code: str = STATE) -> Status[Person]:
    state = selectors.state_get(code=code)
    require(request.user, "directory.add_person", state)
    fields = data.model_dump()
    fields["organization"] = _organization(data.organization)
    person = services.contact_create(actor=request.user, state=state, **fields)
    return Status(201, with_contacts(person, shown=True))


@router.patch(
    "/people/{key}",
    auth=SIGNED_IN,
    response={200: PersonOut, **WRITES},
    summary="Change a contact person of one's own State (its focal point or the Secretariat)",
)
def change_contact(
    request: HttpRequest, data: ContactPatch, key: str = Path(..., pattern=SLUG)
) -> Person:
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
    return with_contacts(person, shown=True)
