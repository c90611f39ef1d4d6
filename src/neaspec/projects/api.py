"""The projects API: projects with their participants, components, budget, delays and
decisions, also as IATI activity XML; a delay recorded with its reason."""

from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from ninja import Path, Query, Router, Status
from ninja.pagination import paginate

from neaspec.api.auth import SIGNED_IN
from neaspec.api.errors import WRITES, ErrorOut, error_response
from neaspec.api.paging import Page
from neaspec.api.params import SLUG
from neaspec.meetings.models import Meeting
from neaspec.projects import iati, selectors, services
from neaspec.projects.models import Delay, Project
from neaspec.projects.schemas import DelayIn, DelayOut, ProjectDetailOut, ProjectFilters, ProjectOut

router = Router(tags=["projects"])


@router.get("/projects", response={200: list[ProjectOut], 422: ErrorOut}, summary="Projects")
@paginate(Page)
def list_projects(request: HttpRequest, filters: Query[ProjectFilters]) -> QuerySet[Project]:
    return selectors.project_list(**filters.model_dump())


@router.get(
    "/projects/{key}",
    response={200: ProjectDetailOut, 404: ErrorOut, 422: ErrorOut},
    summary="A project with its participants, components, budget, delays and decisions",
)
def get_project(request: HttpRequest, key: str = Path(pattern=SLUG)) -> Project:
    return selectors.project_get(key=key)


@router.get(
    "/projects/{key}/iati.xml",
    response={404: ErrorOut, 422: ErrorOut},
    summary="The project as IATI activity XML 2.03 (422 lists what IATI needs that is missing)",
    openapi_extra={
        "responses": {
            "200": {
                "description": "An iati-activities document",
                "content": {"application/xml": {"schema": {"type": "string"}}},
            }
        }
    },
)
def get_project_iati(request: HttpRequest, key: str = Path(pattern=SLUG)) -> HttpResponse:
    project = selectors.project_get(key=key)
    try:
        document = iati.activities_xml([project])
    except iati.NotExportableError as refused:
        message = "IATI needs " + ", ".join(refused.missing)
        return error_response(422, "not_exportable", message)
    return HttpResponse(document, content_type="application/xml")


@router.post(
    "/projects/{key}/delays",
    auth=SIGNED_IN,
    response={201: DelayOut, **WRITES},
    summary="Record a delay and its reason (the Secretariat)",
)
def record_delay(
    request: HttpRequest, data: DelayIn, key: str = Path(pattern=SLUG)
) -> Status[Delay]:
    project = selectors.project_get(key=key)
    meeting = Meeting.objects.filter(key=data.reported_at).first() if data.reported_at else None
    delay = services.project_delay_record(
        actor=request.user,
        project=project,
        **data.model_dump(exclude={"reported_at"}),
        reported_at=meeting,
    )
    return Status(201, delay)
