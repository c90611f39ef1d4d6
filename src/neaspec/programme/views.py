import json

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from neaspec.accounts.models import AuthenticatedRequest
from neaspec.audit import history_for
from neaspec.conflicts import ConflictError
from neaspec.imports.views import import_page
from neaspec.paging import other_params, page_of
from neaspec.programme import exports, selectors, services
from neaspec.programme.forms import ActivityStatusForm, ImportForm, IndicatorValueForm, ReviewForm
from neaspec.programme.models import PlannedActivity
from neaspec.submission import submit
from neaspec.tables import as_csv

FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json"}


def area_list(request: HttpRequest) -> HttpResponse:
    return render(request, "programme/area_list.html", {"areas": selectors.area_list()})


def area_detail(request: HttpRequest, code: str) -> HttpResponse:
    area = selectors.area_get(code=code, actor=request.user)
    context = {"area": area, "status_choices": PlannedActivity.Status.choices}
    return render(request, "programme/area_detail.html", context)


def plan_list(request: HttpRequest) -> HttpResponse:
    plans = selectors.plan_list(actor=request.user)
    return render(request, "programme/plan_list.html", {"plans": plans})


def plan_detail(request: HttpRequest, code: str) -> HttpResponse:
    plan = selectors.plan_get(code=code, actor=request.user)
    context = {
        "plan": plan,
        "history": history_for(actor=request.user, obj=plan),
        "status_choices": PlannedActivity.Status.choices,
    }
    return render(request, "programme/plan_detail.html", context)


def indicator_list(request: HttpRequest) -> HttpResponse:
    indicators = selectors.indicators_with_values(actor=request.user)
    return render(request, "programme/indicator_list.html", {"indicators": indicators})


def _indicator_page(
    request: HttpRequest, code: str, form: IndicatorValueForm | None = None, status: int = 200
) -> HttpResponse:
    indicator = selectors.indicator_get(code=code, actor=request.user)
    states = selectors.states_reported_for(actor=request.user)
    if form is None and states.exists():
        form = IndicatorValueForm(states=states, by_state=indicator.by_state)
    values = selectors.indicator_values(indicator=indicator, actor=request.user)
    context = {
        "indicator": indicator,
        "values": page_of(request, values),
        "params": other_params(request),
        "form": form,
        "review_form": ReviewForm()
        if request.user.has_perm("programme.review_indicator_value")
        else None,
    }
    return render(request, "programme/indicator_detail.html", context, status=status)


def indicator_detail(request: HttpRequest, code: str) -> HttpResponse:
    return _indicator_page(request, code)


@login_required
@require_POST
def indicator_value_submit(request: AuthenticatedRequest, code: str) -> HttpResponse:
    indicator = selectors.indicator_get(code=code, actor=request.user)
    states = selectors.states_reported_for(actor=request.user)
    if not states.exists():
        raise PermissionDenied
    form = IndicatorValueForm(request.POST, states=states, by_state=indicator.by_state)
    if "state" in form.errors and request.POST.get("state"):
        raise PermissionDenied  # a State the actor does not report for
    if submit(form, services.indicator_value_submit, actor=request.user, indicator=indicator):
        return redirect("programme:indicator", code=code)
    return _indicator_page(request, code, form=form, status=422)


@login_required
@require_POST
def indicator_value_review(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    value = selectors.value_get(pk=pk, actor=request.user)
    if not request.user.has_perm("programme.review_indicator_value", value):
        raise PermissionDenied
    form = ReviewForm(request.POST)
    if not form.is_valid():
        return render(
            request, "programme/review_error.html", {"form": form, "value": value}, status=422
        )
    try:
        if form.cleaned_data["action"] == "approve":
            services.indicator_value_approve(actor=request.user, value=value)
        else:
            services.indicator_value_return(
                actor=request.user, value=value, reason=form.cleaned_data["reason"]
            )
    except ValidationError as refused:  # a reason missing, or reviewed by someone else first
        form.add_error(None, refused)
        status = 409 if isinstance(refused, ConflictError) else 422
        context = {"form": form, "value": value}
        return render(request, "programme/review_error.html", context, status=status)
    if request.POST.get("next") == "queue":
        return redirect("programme:review_queue")
    return redirect("programme:indicator", code=value.indicator.code)


@login_required
def review_queue(request: AuthenticatedRequest) -> HttpResponse:
    if not request.user.has_perm("programme.review_indicator_value"):
        raise PermissionDenied
    values = selectors.review_queue(actor=request.user)
    context = {"page": page_of(request, values), "params": other_params(request)}
    return render(request, "programme/review_queue.html", context | {"review_form": ReviewForm()})


def _download(fmt: str, name: str, columns: tuple[str, ...], rows: list[dict]) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404("Unknown format")
    body = as_csv(columns, rows) if fmt == "csv" else json.dumps(rows, ensure_ascii=False, indent=1)
    response = HttpResponse(body, content_type=FORMATS[fmt])
    response["Content-Disposition"] = f'attachment; filename="{name}.{fmt}"'
    return response


def indicator_export(request: HttpRequest, code: str, fmt: str) -> HttpResponse:
    indicator = selectors.indicator_get(code=code, actor=request.user)
    values = selectors.indicator_values(indicator=indicator, actor=request.user)
    rows = [exports.value_row(v) for v in values.select_related("indicator")]
    return _download(fmt, f"{code}-values", exports.VALUE_EXPORT, rows)


def activities_export(request: HttpRequest, fmt: str) -> HttpResponse:
    plans = selectors.activity_plans(actor=request.user)
    rows = [exports.activity_row(a) for plan in plans for a in plan.activities.all()]
    return _download(fmt, "activities", exports.ACTIVITY_EXPORT, rows)


@login_required
@require_POST
def activity_status(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    activity = selectors.activity_get(pk=pk, actor=request.user)
    if not request.user.has_perm("programme.update_activity", activity):
        raise PermissionDenied
    form = ActivityStatusForm(request.POST)
    area = activity.activity_plan.plan_area.area.code
    if submit(form, services.activity_status_record, actor=request.user, activity=activity):
        return redirect("programme:area", code=area)
    context = {"form": form, "activity": activity, "area": area}
    return render(request, "programme/activity_status_error.html", context, status=422)


@login_required
def results_import(request: AuthenticatedRequest) -> HttpResponse:
    if not request.user.has_perm("programme.import_results"):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    return import_page(
        request, form, template="programme/import.html", kinds=("values", "activities")
    )
