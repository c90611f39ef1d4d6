"""The reports API's schemas: the catalogue (each report with its parameters and download
addresses) and the state of a build."""

from typing import Any

from django.urls import reverse
from ninja import Field

from neaspec.api.schemas import Named, Out
from neaspec.reports import selectors
from neaspec.reports.catalogue import FORMATS, Report, report_get
from neaspec.reports.models import ReportBuild


# A parameter as selectors.parameters describes it.
class ChoiceOut(Out):
    value: str
    label: str


class ParameterOut(Out):
    name: str
    label: str
    type: str
    required: bool
    help: str
    choices: list[ChoiceOut]


class FormatOut(Out):
    format: str
    label: str
    content_type: str
    url: str


# Read from a catalogue.Report.
class ReportOut(Out):
    key: str
    title: Named
    summary: Named
    readers: Named
    parameters: list[ParameterOut]
    formats: list[FormatOut]

    @staticmethod
    def resolve_parameters(report: Report) -> list[selectors.Parameter]:
        return selectors.parameters(report)

    @staticmethod
    def resolve_formats(report: Report) -> list[dict[str, Any]]:
        """Each format with its download address (the report's default parameters)."""
        return [
            {
                "format": fmt,
                "label": label,
                "content_type": FORMATS[fmt][0],
                "url": selectors.report_url(report, fmt),
            }
            for fmt, label in report.format_labels()
        ]


class BuildOut(Out):
    id: int
    report: str
    format: str
    parameters: dict[str, str] = Field(alias="params")
    language: str
    status: str
    percent: int
    download: str | None

    @staticmethod
    def resolve_report(build: ReportBuild) -> str:
        report = report_get(build.report)
        return report.key if report else build.report

    @staticmethod
    def resolve_download(build: ReportBuild) -> str | None:
        """The built file's address, once it is ready."""
        if build.status == build.Status.DONE and build.file:
            return reverse("reports:build_file", kwargs={"pk": build.pk})
        return None
