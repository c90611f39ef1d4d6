from collections.abc import Callable

from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.forms import Form
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.urls import reverse
from django.views.decorators.http import require_POST

from neaspec.accounts.models import AuthenticatedRequest
from neaspec.audit import history_for
from neaspec.conflicts import ConflictError
from neaspec.htmx import after_save, page_or_part
from neaspec.imports.views import import_page
from neaspec.paging import other_params, page_of
from neaspec.programme import exports, selectors, services
from neaspec.programme.forms import (
    ActivityStatusForm,
    BaselineForm,
    ImportForm,
    IndicatorValueForm,
    ReviewForm,
    TargetForm,
    ThresholdForm,
)
from neaspec.programme.models import IndicatorValue, PlannedActivity
from neaspec.submission import submit
from neaspec.tables import as_csv, as_json, download

FORMATS = {"csv": "text/csv; charset=utf-8", "json": "application/json"}
AREA_PAGE = "programme/area_detail.html"
INDICATOR_PAGE = "programme/indicator_detail.html"
QUEUE_PAGE = "programme/review_queue.html"
# A plan area's framework (objectives, activity plans and their status forms) shows on the area
# page and the plan page alike: an activity's status form swaps it, whichever page it is on.
FRAMING = "programme/_framework_area.html#framing"


def area_list(request: HttpRequest) -> HttpResponse:
    return render(request, "programme/area_list.html", {"areas": selectors.area_list()})


def _area_page(
    request: HttpRequest,
    code: str,
    *,
    part: str = "",
    status: int = 200,
    framing: int | None = None,
    refused: dict[str, object] | None = None,
) -> HttpResponse:
    """The area's page, or to htmx the framework of its plan area `framing` (FRAMING), with a
    refused activity status form (`refused`) in place of a fresh one."""
    area = selectors.area_get(code=code, actor=request.user)
    framings = area.framings  # type: ignore[attr-defined]
    context = {
        "area": area,
        "pa": next((pa for pa in framings if pa.pk == framing), None),
        "status_choices": PlannedActivity.Status.choices,
        "refused_activity": refused,
    }
    return page_or_part(request, AREA_PAGE, context, part=part, status=status)


def area_detail(request: HttpRequest, code: str) -> HttpResponse:
    return _area_page(request, code)


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
    request: HttpRequest,
    code: str,
    *,
    part: str = "",
    status: int = 200,
    form: IndicatorValueForm | None = None,
    refused_review: dict[str, object] | None = None,
    refused_reference: dict[str, Form] | None = None,
) -> HttpResponse:
    """The indicator's page, or to htmx its `part` "values" (the values, their review and the
    form to submit one), with a refused submission (`form`) or review in place."""
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
        "refused_review": refused_review,
    }
    if request.user.has_perm("programme.set_indicator_references"):
        initial = {
            "value": indicator.baseline_value,
            "year": indicator.baseline_year,
            "source": indicator.baseline_source,
        }
        context |= {
            "baseline_form": BaselineForm(initial=initial, prefix="baseline"),
            "target_form": TargetForm(prefix="target"),
            "threshold_form": ThresholdForm(prefix="threshold"),
            **(refused_reference or {}),
        }
    return page_or_part(request, INDICATOR_PAGE, context, part=part, status=status)


def indicator_detail(request: HttpRequest, code: str) -> HttpResponse:
    return _indicator_page(request, code)


# What an indicator's values are read against, set by the Secretariat on its page: the form
# class, the service, and the name the page gives the form.
REFERENCES: dict[str, tuple[type[Form], Callable[..., object], str]] = {
    "baseline": (BaselineForm, services.indicator_baseline_set, "baseline_form"),
    "target": (TargetForm, services.indicator_target_set, "target_form"),
    "threshold": (ThresholdForm, services.indicator_threshold_set, "threshold_form"),
}


@login_required
@require_POST
def indicator_reference_set(request: AuthenticatedRequest, code: str, what: str) -> HttpResponse:
    """Set the baseline, a target or a reference line; a refused form comes back with 422."""
    if what not in REFERENCES:
        raise Http404("No such reference")
    if not request.user.has_perm("programme.set_indicator_references"):
        raise PermissionDenied
    form_class, service, name = REFERENCES[what]
    indicator = selectors.indicator_get(code=code, actor=request.user)
    form = form_class(request.POST, prefix=what)  # three forms on one page: fields apart
    if submit(form, service, actor=request.user, indicator=indicator):
        return redirect(reverse("programme:indicator", args=[code]) + "#references")
    return _indicator_page(request, code, status=422, refused_reference={name: form})


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
        url = reverse("programme:indicator", args=[code])
        return after_save(request, url, lambda: _indicator_page(request, code, part="values"))
    return _indicator_page(request, code, part="values", status=422, form=form)


def _queue_page(
    request: HttpRequest,
    *,
    part: str = "",
    status: int = 200,
    refused_review: dict[str, object] | None = None,
) -> HttpResponse:
    """The values waiting for approval, or to htmx its `part` "queue" (the list)."""
    values = selectors.review_queue(actor=request.user)
    context = {
        "page": page_of(request, values),
        "params": other_params(request),
        "review_form": ReviewForm(),
        "refused_review": refused_review,
    }
    return page_or_part(request, QUEUE_PAGE, context, part=part, status=status)


def _reviewed(
    request: HttpRequest,
    value: IndicatorValue,
    *,
    status: int = 200,
    refused: dict[str, object] | None = None,
) -> HttpResponse:
    """The list a value was reviewed from, as it now stands: the queue or the indicator's."""
    if request.POST.get("next") == "queue":
        return _queue_page(request, part="queue", status=status, refused_review=refused)
    code = value.indicator.code
    return _indicator_page(request, code, part="values", status=status, refused_review=refused)


@login_required
@require_POST
def indicator_value_review(request: AuthenticatedRequest, pk: int) -> HttpResponse:
    value = selectors.value_get(pk=pk, actor=request.user)
    if not request.user.has_perm("programme.review_indicator_value", value):
        raise PermissionDenied
    form = ReviewForm(request.POST)
    status = 422
    if form.is_valid():
        try:
            if form.cleaned_data["action"] == "approve":
                services.indicator_value_approve(actor=request.user, value=value)
            else:
                services.indicator_value_return(
                    actor=request.user, value=value, reason=form.cleaned_data["reason"]
                )
        except ValidationError as error:  # a reason missing, or reviewed by someone else first
            status = 409 if isinstance(error, ConflictError) else 422
            form.add_error(None, error)
        else:
            if request.POST.get("next") == "queue":
                url = reverse("programme:review_queue")
            else:
                url = reverse("programme:indicator", args=[value.indicator.code])
            return after_save(request, url, lambda: _reviewed(request, value))
    return _reviewed(request, value, status=status, refused={"value": value, "form": form})


@login_required
def review_queue(request: AuthenticatedRequest) -> HttpResponse:
    if not request.user.has_perm("programme.review_indicator_value"):
        raise PermissionDenied
    return _queue_page(request)


def _download(fmt: str, name: str, columns: tuple[str, ...], rows: list[dict]) -> HttpResponse:
    if fmt not in FORMATS:
        raise Http404("Unknown format")
    body = as_csv(columns, rows) if fmt == "csv" else as_json(rows)
    return download(body, f"{name}.{fmt}", FORMATS[fmt])


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
    plan_area = activity.activity_plan.plan_area
    area = plan_area.area.code
    if form.is_valid():
        try:
            services.activity_status_record(
                actor=request.user, activity=activity, **form.cleaned_data
            )
        except ValidationError as error:
            # Not `submit`: the model names the reason status_reason, a field the form lacks.
            form.add_error(None, error.messages)
        else:
            url = reverse("programme:area", args=[area])
            return after_save(
                request, url, lambda: _area_page(request, area, part=FRAMING, framing=plan_area.pk)
            )
    refused = {"activity": activity.pk, "form": form}
    return _area_page(
        request, area, part=FRAMING, status=422, framing=plan_area.pk, refused=refused
    )


@login_required
def results_import(request: AuthenticatedRequest) -> HttpResponse:
    if not request.user.has_perm("programme.import_results"):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    return import_page(
        request, form, template="programme/import.html", kinds=("values", "activities")
    )
