"""The data page: the public record in bulk, one file per kind of record and format, each with
its columns described and the time it was built."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseBase
from django.shortcuts import redirect, render
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from neaspec.accounts.models import AuthenticatedRequest
from neaspec.reports import selectors, services
from neaspec.reports.catalogue import FORMATS, datasets, report_get
from neaspec.reports.models import ReportBuild
from neaspec.reports.views import serve


def data(request: HttpRequest) -> HttpResponse:
    files = selectors.dataset_files(language=get_language() or services.DATASET_LANGUAGE)
    entries = []
    for report in datasets():
        assert report.columns is not None  # a dataset names them
        entries.append(
            {
                "report": report,
                "columns": report.columns(),
                "files": [
                    {"format": fmt, "label": FORMATS[fmt][1], "built": files.get((report.key, fmt))}
                    for fmt in report.formats
                ],
            }
        )
    context = {
        "entries": entries,
        "may_refresh": request.user.has_perm("reports.refresh_datasets"),
    }
    return render(request, "reports/data.html", context)


@never_cache
def data_file(request: HttpRequest, key: str, fmt: str) -> HttpResponseBase:
    """A dataset's file as the public sees it: from the data as it stands (built now when it
    changed and the file is small), else the last file built while the new one is made."""
    report = report_get(key)
    if report is None or not report.is_dataset or fmt not in report.formats:
        raise Http404("No such dataset")
    build = services.dataset_request(key=key, fmt=fmt)
    if build.status == ReportBuild.Status.DONE:
        return serve(build)
    language = get_language() or services.DATASET_LANGUAGE
    last = selectors.dataset_files(language=language).get((key, fmt))
    if last is not None:
        return serve(last)
    return redirect("reports:build", pk=build.pk)


@login_required
@require_POST
def data_refresh(request: AuthenticatedRequest) -> HttpResponse:
    services.datasets_refresh_ask(actor=request.user)  # PermissionDenied: a 403
    messages.success(
        request,
        _(
            "The files are being built again from the record as it stands; the times below "
            "change as each is done."
        ),
    )
    return redirect("reports:data")
