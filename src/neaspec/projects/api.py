import datetime
from typing import Any

from django.http import HttpRequest, HttpResponse
from ninja import Field, Path, Query, Router, Schema
from ninja.pagination import paginate
from ninja.security import django_auth

from neaspec.api.errors import ErrorOut, error_response
from neaspec.api.paging import Mapped, Page
from neaspec.api.params import SLUG, TEXT, IsoDate, one_of
from neaspec.meetings.models import Meeting
from neaspec.projects import iati, selectors, services
from neaspec.projects.models import ActivityStatus, Project

router = Router(tags=["projects"])


class ParticipantOut(Schema):
    role: str
    organization: str | None
    state: str | None


class DelayOut(Schema):
    what: str
    reason: str
    date: datetime.date | None
    reported_at: str | None
    source: str


class ProjectOut(Schema):
    key: str
    title: str
    area: str
    status: str
    status_as_of: datetime.date | None
    funding_fund: str | None
    funding_state: str | None
    source: str


class ProjectDetailOut(ProjectOut):
    description: str
    objective: str | None
    planned_start: datetime.date | None
    planned_end: datetime.date | None
    actual_start: datetime.date | None
    actual_end: datetime.date | None
    participants: list[ParticipantOut]
    components: list[str]
    budgets: dict[int, str]
    delays: list[DelayOut]
    decisions: list[str]
    iati_missing: list[str]


def _summary(p: Project) -> dict:
    return {
        "key": p.key,
        "title": p.title,
        "area": p.area.code,
        "status": p.status,
        "status_as_of": p.status_as_of,
        "funding_fund": p.funding_fund.key if p.funding_fund else None,
        "funding_state": p.funding_state.code if p.funding_state else None,
        "source": p.source,
    }


class ProjectFilters(Schema):
    area: str = Field("", pattern=SLUG, description="A programme area code, e.g. lcc")
    status: str = Field("", pattern=one_of(ActivityStatus), description="An IATI status code")
    state: str = Field("", pattern=r"^([A-Za-z]{2})?$", description="A participating State")


@router.get("/projects", response={200: list[ProjectOut], 422: ErrorOut}, summary="Projects")
@paginate(Page)
def list_projects(request: HttpRequest, filters: Query[ProjectFilters]) -> Any:
    return Mapped(
        selectors.project_list(**filters.model_dump()), lambda p: ProjectOut(**_summary(p))
    )


@router.get(
    "/projects/{key}",
    response={200: ProjectDetailOut, 404: ErrorOut, 422: ErrorOut},
    summary="A project with its participants, components, budget, delays and decisions",
)
def get_project(request: HttpRequest, key: str = Path(pattern=SLUG)) -> ProjectDetailOut:
    p = selectors.project_get(key=key)
    objective = p.objective
    return ProjectDetailOut(
        **_summary(p),
        description=p.description,
        objective=(
            f"{objective.plan_area.plan.code}/{objective.plan_area.area.code}/{objective.code}"
            if objective
            else None
        ),
        planned_start=p.planned_start,
        planned_end=p.planned_end,
        actual_start=p.actual_start,
        actual_end=p.actual_end,
        participants=[
            ParticipantOut(
                role=x.role,
                organization=x.organization.key if x.organization else None,
                state=x.state.code if x.state else None,
            )
            for x in p.participants.all()
        ],
        components=[c.title for c in p.components.all()],
        budgets={b.year: f"{b.amount} {b.currency}" for b in p.budgets.all()},
        delays=[
            DelayOut(
                what=d.what,
                reason=d.reason,
                date=d.date,
                reported_at=d.reported_at.key if d.reported_at else None,
                source=d.source,
            )
            for d in p.delays.all()
        ],
        decisions=[d.citation for d in p.decisions.all()],
        iati_missing=[str(m) for m in iati.missing_for_iati(p)],
    )


@router.get(
    "/projects/{key}/iati.xml",
    response={200: str, 404: ErrorOut, 422: ErrorOut},
    summary="The project as IATI activity XML 2.03 (422 lists what IATI needs that is missing)",
)
def get_project_iati(request: HttpRequest, key: str = Path(pattern=SLUG)) -> HttpResponse:
    project = selectors.project_get(key=key)
    try:
        document = iati.activities_xml([project])
    except iati.NotExportableError as refused:
        message = "IATI needs " + ", ".join(refused.missing)
        return error_response(422, "not_exportable", message)
    return HttpResponse(document, content_type="application/xml")


class DelayIn(Schema):
    what: str = Field(min_length=1, max_length=300, pattern=TEXT)
    reason: str = Field(min_length=1, max_length=2000, pattern=TEXT)
    date: IsoDate | None = None
    reported_at: str | None = Field(None, pattern=r"^[a-z0-9-]+$")
    source: str = Field("", max_length=500, pattern=TEXT)


@router.post(
    "/projects/{key}/delays",
    auth=django_auth,
    response={201: DelayOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Record a delay and its reason (the Secretariat)",
)
def record_delay(
    request: HttpRequest, data: DelayIn, key: str = Path(pattern=SLUG)
) -> tuple[int, DelayOut]:
    project = selectors.project_get(key=key)
    meeting = Meeting.objects.filter(key=data.reported_at).first() if data.reported_at else None
    delay = services.project_delay_record(
        actor=request.user,
        project=project,
        **data.model_dump(exclude={"reported_at"}),
        reported_at=meeting,
    )
    return 201, DelayOut(
        what=delay.what,
        reason=delay.reason,
        date=delay.date,
        reported_at=meeting.key if meeting else None,
        source=delay.source,
    )
