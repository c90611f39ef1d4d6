"""The report catalogue and the state of a build, for programs; the files themselves are at
the download addresses the catalogue gives (/reports/<key>.<format>?…)."""

from django.http import HttpRequest
from ninja import Router
from ninja.pagination import paginate

from neaspec.api.errors import ErrorOut
from neaspec.api.paging import Page
from neaspec.reports import selectors
from neaspec.reports.catalogue import Report, reports_for
from neaspec.reports.models import ReportBuild
from neaspec.reports.schemas import BuildOut, ReportOut

router = Router(tags=["reports"])


@router.get(
    "/reports",
    response={200: list[ReportOut], 422: ErrorOut},
    summary="The reports the reader may have, with their parameters and download addresses",
)
@paginate(Page)
def list_reports(request: HttpRequest) -> list[Report]:
    return reports_for(request.user)


@router.get(
    "/report-builds/{build_id}",
    response={200: BuildOut, 404: ErrorOut, 422: ErrorOut},
    summary="How far a report being built has got, and its file once ready",
)
def get_build(request: HttpRequest, build_id: int) -> ReportBuild:
    return selectors.build_get(pk=build_id, actor=request.user)
