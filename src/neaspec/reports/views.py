"""The report catalogue, the download of each report in each format, and a build's progress."""

from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from neaspec.api.errors import error_response
from neaspec.consultations.selectors import consultations_visible, surveys_visible
from neaspec.reports import selectors, services
from neaspec.reports.catalogue import (
    LANGUAGE_PARAM,
    BadParametersError,
    Report,
    report_get,
    reports_for,
)
from neaspec.reports.models import ReportBuild

CHOICES_SHOWN = 100  # the newest; an older one is still found by its key


def catalogue(request: HttpRequest) -> HttpResponse:
    return _catalogue(request)


def _catalogue(
    request: HttpRequest,
    failed: Report | None = None,
    errors: dict[str, list[str]] | None = None,
    status: int = 200,
) -> HttpResponse:
    entries = []
    for report in reports_for(request.user):
        data = request.GET if report is failed else None
        form = report.params(data, auto_id=f"{report.key}-%s")  # one page, several forms
        others = None
        if report is failed:
            form.is_valid()  # the fields show their own errors; the rest are listed above
            others = {k: v for k, v in (errors or {}).items() if k not in form.fields}
        entries.append({"report": report, "form": form, "errors": others})
    context = {
        "entries": entries,
        # What the consultation and survey fields suggest: those this reader may see.
        "consultation_choices": consultations_visible(actor=request.user).values_list(
            "key", "title"
        )[:CHOICES_SHOWN],
        "survey_choices": surveys_visible(actor=request.user).values_list("key", "title")[
            :CHOICES_SHOWN
        ],
    }
    return render(request, "reports/catalogue.html", context, status=status)


def _readable(request: HttpRequest, key: str, fmt: str | None = None) -> Report:
    report = report_get(key)
    if report is None or (fmt is not None and fmt not in report.formats):
        raise Http404("No such report")
    if not report.may_read(request.user):
        raise PermissionDenied
    return report


def report_form(request: HttpRequest, key: str) -> HttpResponseBase:
    """The catalogue's form: the values chosen, and a format, to the report's own address."""
    try:
        report = _readable(request, key)
    except PermissionDenied:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise
    fmt = request.GET.get("format", "")
    query = {k: v for k, v in request.GET.items() if k != "format" and str(v).strip()}
    try:
        if fmt not in report.formats:
            raise BadParametersError({"format": [str(_no_format(report))]})
        params = report.clean(query)
    except BadParametersError as bad:
        return _catalogue(request, failed=report, errors=bad.errors, status=400)
    url = selectors.report_url(report, fmt, params)
    language = request.GET.get(LANGUAGE_PARAM, "")
    if language in dict(settings.LANGUAGES):  # it goes with the values to the file's address
        url += ("&" if "?" in url else "?") + urlencode({LANGUAGE_PARAM: language})
    return redirect(url)


def _no_format(report: Report) -> str:
    return _("Choose one of: %(formats)s.") % {"formats": ", ".join(report.formats)}


def _wants_json(request: HttpRequest) -> bool:
    return request.accepts("application/json") and not request.accepts("text/html")


@never_cache
def report_file(request: HttpRequest, key: str, fmt: str) -> HttpResponseBase:
    """The report as a file: served from a build made from the same data, built now when small,
    or handed to the worker while the reader follows its build's page."""
    try:
        report = _readable(request, key, fmt)
    except PermissionDenied:
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        raise
    try:
        params = report.clean(request.GET)
        build = services.report_request(actor=request.user, key=key, fmt=fmt, params=params)
    except BadParametersError as bad:
        return _bad(request, report, bad)
    if build.status == ReportBuild.Status.DONE:
        return serve(build)
    return redirect("reports:build", pk=build.pk)


def _bad(request: HttpRequest, report: Report, bad: BadParametersError) -> HttpResponse:
    if _wants_json(request):
        fields = [
            {"location": f"query.{name}", "message": " ".join(messages)}
            for name, messages in bad.errors.items()
        ]
        return error_response(400, "bad_parameters", str(bad), fields)
    context = {"report": report, "errors": bad.errors}
    return render(request, "reports/bad_parameters.html", context, status=400)


def serve(build: ReportBuild) -> HttpResponseBase:
    return FileResponse(
        build.file.open("rb"),
        content_type=services.content_type(build.format),
        as_attachment=build.format != "html",
        filename=build.file_name,
    )


@never_cache
def build(request: HttpRequest, pk: int) -> HttpResponse:
    found = selectors.build_get(pk=pk, actor=request.user)
    template = "reports/build.html"
    if request.headers.get("HX-Request"):
        template += "#progress"  # the poll asks only for the progress part
    status = 500 if found.status == ReportBuild.Status.FAILED else 200
    report = report_get(found.report)
    shown = selectors.parameters_shown(report, found.params) if report else []
    context = {"build": found, "report": report, "parameters": shown}
    return render(request, template, context, status=status)


@never_cache
def build_file(request: HttpRequest, pk: int) -> HttpResponseBase:
    found = selectors.build_get(pk=pk, actor=request.user)
    if found.status != ReportBuild.Status.DONE or not found.file:
        return redirect("reports:build", pk=pk)
    return serve(found)
