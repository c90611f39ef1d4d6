import datetime
from typing import Any

from django.http import HttpRequest
from ninja import Field, Path, Query, Router, Schema
from ninja.pagination import paginate

from neaspec.api.errors import ErrorOut
from neaspec.api.paging import Mapped, Page
from neaspec.api.params import LANGUAGES_HELP, SLUG
from neaspec.meetings import selectors
from neaspec.meetings.models import AgendaItem, Meeting
from neaspec.multilingual import field_languages

router = Router(tags=["meetings"])


class MeetingOut(Schema):
    key: str
    label: str
    series: str
    number: int | None
    title: str
    start: datetime.date | None
    end: datetime.date | None
    start_time: datetime.time | None
    end_time: datetime.time | None
    time_zone: str
    date_note: str
    host: str | None
    city: str
    venue: str
    modality: str
    status: str
    registration_deadline: datetime.date | None
    agenda_status: str
    summary: str
    source: str
    languages: dict[str, str] = Field(description=LANGUAGES_HELP)


class AgendaItemOut(Schema):
    number: str
    title: str
    parent: str | None
    annotation: str = ""
    languages: dict[str, str] = Field(description=LANGUAGES_HELP)


class OfficerOut(Schema):
    role: str
    person: str
    state: str | None


class StatementOut(Schema):
    paragraph: str
    agenda_item: str | None
    speaker: str
    summary: str
    languages: dict[str, str] = Field(description=LANGUAGES_HELP)


class MeetingDetailOut(MeetingOut):
    attendance_known: bool
    attending_states: list[str]
    attending_organizations: list[str]
    officers: list[OfficerOut]
    agenda: list[AgendaItemOut]
    statements: list[StatementOut]


class MeetingFilters(Schema):
    series: str = Field("", pattern=SLUG, description="A series code, e.g. SOM")
    year: int | None = Field(None, ge=1990, le=2100)
    host: str = Field("", pattern=r"^([A-Za-z]{2})?$", description="A host State's ISO code")


def agenda_item_out(item: AgendaItem, numbers: dict[int, str]) -> AgendaItemOut:
    return AgendaItemOut(
        number=item.number,
        title=item.title,
        parent=numbers.get(item.parent_id or 0),
        annotation=item.annotation,
        languages=field_languages(item),
    )


def meeting_out(m: Meeting) -> MeetingOut:
    return MeetingOut(
        key=m.key,
        label=m.label,
        series=m.series.code,
        number=m.number,
        title=m.title,
        start=m.start,
        end=m.end,
        start_time=m.start_time,
        end_time=m.end_time,
        time_zone=m.time_zone,
        date_note=m.date_note,
        host=m.host.code if m.host else None,
        city=m.city,
        venue=m.venue,
        modality=m.modality,
        status=m.status,
        registration_deadline=m.registration_deadline,
        agenda_status=m.agenda_status,
        summary=m.summary,
        source=m.source,
        languages=field_languages(m),
    )


@router.get(
    "/meetings",
    response={200: list[MeetingOut], 422: ErrorOut},
    summary="Meetings, filtered by series, year, host",
)
@paginate(Page)
def list_meetings(request: HttpRequest, filters: Query[MeetingFilters]) -> Any:
    meetings = selectors.meeting_list(series=filters.series, year=filters.year, host=filters.host)
    return Mapped(meetings, meeting_out)


@router.get(
    "/meetings/{key}",
    response={200: MeetingDetailOut, 404: ErrorOut, 422: ErrorOut},
    summary="A meeting with its agenda, officers, attendance and statements",
)
def get_meeting(request: HttpRequest, key: str = Path(..., pattern=SLUG)) -> MeetingDetailOut:
    m = selectors.meeting_get(key=key)
    items = {i.pk: i.number for i in m.agenda_items.all()}
    return MeetingDetailOut(
        **meeting_out(m).model_dump(),
        attendance_known=m.attendance_known,
        attending_states=[a.state.code for a in m.attendance.all() if a.state],
        attending_organizations=[str(a.organization) for a in m.attendance.all() if a.organization],
        officers=[
            OfficerOut(role=o.role, person=str(o.person), state=o.state.code if o.state else None)
            for o in m.officers.all()
        ],
        agenda=[agenda_item_out(i, items) for i in m.agenda_items.all()],
        statements=[
            StatementOut(
                paragraph=s.paragraph,
                agenda_item=items.get(s.agenda_item_id or 0),
                speaker=s.state.code if s.state else str(s.organization or s.speaker),
                summary=s.summary,
                languages=field_languages(s),
            )
            for s in m.statements.all()
        ],
    )
