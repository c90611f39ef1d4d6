"""Reads of the report catalogue and of built reports."""

from typing import TypedDict
from urllib.parse import urlencode

from django.http import Http404
from django.urls import reverse

from neaspec.accounts.models import Actor
from neaspec.reports.catalogue import Report, Values, canonical, datasets
from neaspec.reports.models import ReportBuild
from neaspec.reports.services import audience


def build_get(*, pk: int, actor: Actor) -> ReportBuild:
    """A build its reader may see: their own, or one made for the public."""
    build = ReportBuild.objects.filter(pk=pk, audience__in=["public", audience(actor)]).first()
    if build is None:
        raise Http404("No such report build")
    return build


def report_url(report: Report, fmt: str, params: Values | None = None) -> str:
    url = reverse("reports:file", kwargs={"key": report.key, "fmt": fmt})
    query = urlencode(canonical(params or {}))
    return f"{url}?{query}" if query else url


def parameters_shown(report: Report, values: dict[str, str]) -> list[tuple[str, str]]:
    """A build's parameters as people read them: each field's label, and the value by its
    name (a fund's or an area's name, a meeting as the programme cites it), not its code."""
    form = report.params()
    shown = []
    for name, value in values.items():
        field = form.fields.get(name)
        if field is None:
            shown.append((name, value))
            continue
        names = {str(k): str(v) for k, v in getattr(field, "choices", [])}
        shown.append((str(field.label), names.get(value) or str(field.clean(value))))
    return shown


class Choice(TypedDict):
    value: str
    label: str


class Parameter(TypedDict):
    """A report's parameter as the API describes it."""

    name: str
    label: str
    type: str  # the form field's kind: "date", "choice", "integer", "meeting" ...
    required: bool
    help: str
    choices: list[Choice]


def parameters(report: Report) -> list[Parameter]:
    """A report's parameters as the API describes them."""
    form = report.params()
    described = []
    for name, bound in form.fields.items():
        choices = [
            Choice(value=str(value), label=str(label))
            for value, label in getattr(bound, "choices", [])
            if value != ""
        ]
        described.append(
            Parameter(
                name=name,
                label=str(bound.label),
                type=type(bound).__name__.removesuffix("Field").lower() or "text",
                required=bound.required,
                help=str(bound.help_text),
                choices=choices,
            )
        )
    return described


def dataset_files(*, language: str) -> dict[tuple[str, str], ReportBuild]:
    """The newest file of each dataset and format built for the public in a language, by
    (dataset, format): what the data page offers, with when it was built."""
    keys = [report.key for report in datasets()]
    built = ReportBuild.objects.filter(
        report__in=keys, audience="public", language=language, status=ReportBuild.Status.DONE
    ).exclude(file="")
    newest: dict[tuple[str, str], ReportBuild] = {}
    for build in built.order_by("pk"):
        newest[(build.report, build.format)] = build
    return newest
