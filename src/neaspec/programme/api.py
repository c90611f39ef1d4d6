"""The programme API: programme areas, strategic plans and their results framework, activity
plans with their activities' status, indicators and their values; an activity's status
reported, a value submitted and reviewed."""

from django.core.exceptions import ValidationError
from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Path, Query, Router, Status
from ninja.pagination import paginate

from neaspec.api.auth import SIGNED_IN
from neaspec.api.errors import WRITES, ErrorOut
from neaspec.api.paging import Page
from neaspec.api.params import SLUG
from neaspec.directory.models import MemberState
from neaspec.programme import selectors, services
from neaspec.programme.models import (
    ActivityPlan,
    Indicator,
    IndicatorValue,
    PlannedActivity,
    ProgrammeArea,
    StrategicPlan,
)
from neaspec.programme.schemas import (
    ActivityPlanFilters,
    ActivityPlanOut,
    ActivityStatusIn,
    AreaOut,
    FrameworkOut,
    IndicatorDetailOut,
    IndicatorFilters,
    IndicatorOut,
    PlannedActivityOut,
    PlanOut,
    ReviewIn,
    ValueFilters,
    ValueIn,
    ValueOut,
)

router = Router(tags=["programme"])


@router.get("/areas", response={200: list[AreaOut], 422: ErrorOut}, summary="The programme areas")
@paginate(Page)
def list_areas(request: HttpRequest) -> QuerySet[ProgrammeArea]:
    return selectors.area_list()


@router.get(
    "/plans",
    response={200: list[PlanOut], 422: ErrorOut},
    summary="Strategic plans (drafts for insiders)",
)
@paginate(Page)
def list_plans(request: HttpRequest) -> QuerySet[StrategicPlan]:
    return selectors.plan_list(actor=request.user).prefetch_related("plan_areas__area")


# --- the results framework --------------------------------------------------------------------


@router.get(
    "/plans/{code}/framework",
    response={200: FrameworkOut, 404: ErrorOut, 422: ErrorOut},
    summary="A strategic plan's whole results framework with progress rolled up",
)
def plan_framework(request: HttpRequest, code: str = Path(pattern=SLUG)) -> StrategicPlan:
    return selectors.plan_get(code=code, actor=request.user)


@router.get(
    "/activity-plans",
    response={200: list[ActivityPlanOut], 422: ErrorOut},
    summary="Activity plans with their coded activities, status and revisions",
)
@paginate(Page)
def list_activity_plans(
    request: HttpRequest, filters: Query[ActivityPlanFilters]
) -> QuerySet[ActivityPlan]:
    return selectors.activity_plans(actor=request.user, **filters.model_dump())


@router.post(
    "/activities/{activity_id}/status",
    auth=SIGNED_IN,
    response={201: PlannedActivityOut, **WRITES},
    summary="Report an activity's status (the Secretariat or the lead State's focal point)",
)
def record_activity_status(
    request: HttpRequest, activity_id: int, data: ActivityStatusIn
) -> Status[PlannedActivity]:
    activity = selectors.activity_get(pk=activity_id, actor=request.user)
    services.activity_status_record(actor=request.user, activity=activity, **data.model_dump())
    return Status(201, selectors.activity_get(pk=activity_id, actor=request.user))


# --- indicators ------------------------------------------------------------------------------


@router.get(
    "/indicators",
    response={200: list[IndicatorOut], 422: ErrorOut},
    summary="Indicators of the results framework",
)
@paginate(Page)
def list_indicators(request: HttpRequest, filters: Query[IndicatorFilters]) -> QuerySet[Indicator]:
    return selectors.indicator_list(area=filters.area)


@router.get(
    "/indicators/{code}",
    response={200: IndicatorDetailOut, 404: ErrorOut, 422: ErrorOut},
    summary="An indicator with its baseline, targets and reference lines (thresholds)",
)
def get_indicator(request: HttpRequest, code: str = Path(pattern=SLUG)) -> Indicator:
    return selectors.indicator_get(code=code, actor=request.user)


@router.get(
    "/indicators/{code}/values",
    response={200: list[ValueOut], 404: ErrorOut, 422: ErrorOut},
    summary="An indicator's values: approved ones, plus a focal point's own State's in progress",
)
@paginate(Page)
def list_values(
    request: HttpRequest, filters: Query[ValueFilters], code: str = Path(pattern=SLUG)
) -> QuerySet[IndicatorValue]:
    indicator = selectors.indicator_get(code=code, actor=request.user)
    return selectors.indicator_values(
        indicator=indicator, actor=request.user, **filters.model_dump()
    ).select_related("indicator")


@router.post(
    "/indicators/{code}/values",
    auth=SIGNED_IN,
    response={201: ValueOut, **WRITES},
    summary="Submit a value for approval (a focal point for their State, or the Secretariat)",
)
def submit_value(
    request: HttpRequest, data: ValueIn, code: str = Path(pattern=SLUG)
) -> Status[IndicatorValue]:
    indicator = selectors.indicator_get(code=code, actor=request.user)
    state = get_object_or_404(MemberState, code=data.state.upper()) if data.state else None
    if data.last_year is not None and data.last_year < data.first_year:
        raise ValidationError({"last_year": "The last year must not be before the first year."})
    entry = services.indicator_value_submit(
        actor=request.user, indicator=indicator, state=state, **data.model_dump(exclude={"state"})
    )
    return Status(201, entry)


@router.post(
    "/indicator-values/{value_id}/review",
    auth=SIGNED_IN,
    response={201: ValueOut, **WRITES},
    summary="Approve a submitted value, or return it with a reason (the Secretariat)",
)
def review_value(request: HttpRequest, value_id: int, data: ReviewIn) -> Status[IndicatorValue]:
    value = selectors.value_get(pk=value_id, actor=request.user)
    if data.action == "approve":
        reviewed = services.indicator_value_approve(actor=request.user, value=value)
    else:
        reviewed = services.indicator_value_return(
            actor=request.user, value=value, reason=data.reason
        )
    return Status(201, reviewed)
