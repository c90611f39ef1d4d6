"""The report catalogue and the state of a build, for programs; the files themselves are at
the download addresses the catalogue gives (/reports/<key>.<format>?…)."""

from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from ninja import Router, Schema
from ninja.pagination import paginate

from neaspec.api.errors import ErrorOut
from neaspec.api.paging import Mapped, Page
from neaspec.reports import selectors
from neaspec.reports.catalogue import FORMATS, Report, report_get, reports_for

router = Router(tags=["reports"])


class ChoiceOut(Schema):
    value: str
    label: str


class ParameterOut(Schema):
    name: str
    label: str
    type: str
    required: bool
    help: str
    choices: list[ChoiceOut]


class FormatOut(Schema):
    format: str
    label: str
    content_type: str
    url: str


class ReportOut(Schema):
    key: str
    title: str
    summary: str
    readers: str
    parameters: list[ParameterOut]
    formats: list[FormatOut]


def _report_out(report: Report) -> ReportOut:
    return ReportOut(
        key=report.key,
        title=str(report.title),
        summary=str(report.summary),
        readers=str(report.readers),
        parameters=[ParameterOut(**p) for p in selectors.parameters(report)],
        formats=[
            FormatOut(
                format=fmt,
                label=label,
                content_type=FORMATS[fmt][0],
                url=selectors.report_url(report, fmt),
            )
            for fmt, label in report.format_labels()
        ],
    )


@router.get(
    "/reports",
    response={200: list[ReportOut], 422: ErrorOut},
    summary="The reports the reader may have, with their parameters and download addresses",
)
@paginate(Page)
def list_reports(request: HttpRequest) -> Any:
    return Mapped(reports_for(request.user), _report_out)


class BuildOut(Schema):
    id: int
    report: str
    format: str
    parameters: dict[str, str]
    language: str
    status: str
    percent: int
    download: str | None


@router.get(
    "/report-builds/{build_id}",
    response={200: BuildOut, 404: ErrorOut, 422: ErrorOut},
    summary="How far a report being built has got, and its file once ready",
)
def get_build(request: HttpRequest, build_id: int) -> Any:
    build = selectors.build_get(pk=build_id, actor=request.user)
    report = report_get(build.report)
    done = build.status == build.Status.DONE and bool(build.file)
    return BuildOut(
        id=build.pk,
        report=report.key if report else build.report,
        format=build.format,
        parameters=build.params,
        language=build.language,
        status=build.status,
        percent=build.percent,
        download=reverse("reports:build_file", kwargs={"pk": build.pk}) if done else None,
    )
