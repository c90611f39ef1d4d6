from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from neaspec.audit import history_for
from neaspec.paging import other_params, page_of
from neaspec.projects import iati, selectors
from neaspec.projects.forms import ProjectFilterForm


def project_list(request: HttpRequest) -> HttpResponse:
    form = ProjectFilterForm(request.GET or None)
    filters = form.cleaned_data if form.is_valid() else {}
    area = filters.get("area")
    projects = selectors.project_list(
        area=area.code if area else "", status=filters.get("status", "")
    )
    context = {"page": page_of(request, projects), "params": other_params(request), "form": form}
    return render(request, "projects/project_list.html", context)


def project_detail(request: HttpRequest, key: str) -> HttpResponse:
    project = selectors.project_get(key=key)
    context = {
        "project": project,
        "iati_missing": iati.missing_for_iati(project),
        "history": history_for(actor=request.user, obj=project),
    }
    return render(request, "projects/project_detail.html", context)


def project_iati(request: HttpRequest, key: str) -> HttpResponse:
    project = selectors.project_get(key=key)
    try:
        document = iati.activities_xml([project])
    except iati.NotExportableError as refused:
        context = {"project": project, "missing": refused.missing}
        return render(request, "projects/iati_refused.html", context, status=422)
    response = HttpResponse(document, content_type="application/xml")
    response["Content-Disposition"] = f'attachment; filename="{key}-iati.xml"'
    return response
