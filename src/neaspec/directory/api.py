import datetime
from typing import Any

from django.http import HttpRequest
from django.utils import timezone
from ninja import Field, Path, Router, Schema
from ninja.pagination import paginate

from neaspec.api.errors import ErrorOut
from neaspec.api.paging import Mapped, Page
from neaspec.api.params import LANGUAGES_HELP
from neaspec.directory import selectors
from neaspec.directory.models import Body, FocalPoint, Membership, MemberState
from neaspec.multilingual import all_languages, field_languages

router = Router(tags=["directory"])


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
def get_state(
    request: HttpRequest, code: str = Path(..., pattern=r"^[A-Za-z]{2}$")
) -> StateDetailOut:
    state = selectors.state_get(code=code)
    contacts = request.user.has_perm("directory.view_contacts")
    return StateDetailOut(
        **state_out(state).model_dump(),
        focal_points=[
            focal_point_out(fp, contacts=contacts)
            for fp in selectors.state_focal_points(state=state)
        ],
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
