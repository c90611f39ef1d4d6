import datetime
from decimal import Decimal
from typing import Any, Literal

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Path, Query, Router, Schema
from ninja.pagination import paginate
from ninja.security import django_auth

from neaspec.api.errors import ErrorOut
from neaspec.api.paging import Mapped, Page
from neaspec.api.params import LANGUAGES_HELP, SLUG, TEXT, one_of
from neaspec.directory.models import MemberState
from neaspec.multilingual import field_languages
from neaspec.programme import selectors, services
from neaspec.programme.models import ActivityPlan, IndicatorValue, PlannedActivity

router = Router(tags=["programme"])


class AreaOut(Schema):
    code: str
    name: str
    platform: str | None
    description: str
    languages: dict[str, str] = Field(description=LANGUAGES_HELP)


class PlanOut(Schema):
    code: str
    title: str
    start_year: int
    end_year: int
    status: str
    adopted_at: str | None
    summary: str
    areas: list[str]
    languages: dict[str, str] = Field(description=LANGUAGES_HELP)


@router.get("/areas", response={200: list[AreaOut], 422: ErrorOut}, summary="The programme areas")
@paginate(Page)
def list_areas(request: HttpRequest) -> Any:
    return Mapped(
        selectors.area_list(),
        lambda a: AreaOut(
            code=a.code,
            name=a.name,
            description=a.description,
            platform=a.platform.key if a.platform else None,
            languages=field_languages(a),
        ),
    )


@router.get(
    "/plans",
    response={200: list[PlanOut], 422: ErrorOut},
    summary="Strategic plans (drafts for insiders)",
)
@paginate(Page)
def list_plans(request: HttpRequest) -> Any:
    plans = selectors.plan_list(actor=request.user).prefetch_related("plan_areas__area")
    return Mapped(
        plans,
        lambda p: PlanOut(
            code=p.code,
            title=p.title,
            start_year=p.start_year,
            end_year=p.end_year,
            status=p.status,
            adopted_at=p.adopted_at.key if p.adopted_at else None,
            summary=p.summary,
            areas=[pa.area.code for pa in p.plan_areas.all()],
            languages=field_languages(p),
        ),
    )


# --- the results framework --------------------------------------------------------------------


class ProgressOut(Schema):
    percent: Decimal | None = Field(description="Weighted mean of reported children")
    reported: int
    missing: int = Field(description="Children not reported: missing, not zero")


class RevisionOut(Schema):
    what: str
    before: str
    after: str
    reason: str
    requested_by: str | None
    meeting: str | None
    source: str


class PlannedActivityOut(Schema):
    id: int
    code: str
    title: str
    objective: str | None
    timing: str
    starts: datetime.date | None
    ends: datetime.date | None
    lead: str
    lead_state: str | None
    budget_line: str
    weight: Decimal
    status: str
    status_reason: str
    progress: int | None
    revisions: list[RevisionOut]
    source: str


class ActivityPlanOut(Schema):
    id: int
    plan: str
    area: str
    title: str
    start: datetime.date
    end: datetime.date
    approved_by: str | None = Field(
        description="Citation of the SOM decision, e.g. SOM-25, para. 6.2"
    )
    activities: list[PlannedActivityOut]
    source: str


class SdgOut(Schema):
    goal: int
    target: str | None


class ObjectiveOut(Schema):
    code: str
    text: str
    platform: str | None
    weight: Decimal
    sdgs: list[SdgOut]
    activities: list[str]
    progress: ProgressOut
    source: str


class FrameworkAreaOut(Schema):
    area: str
    title: str
    cluster: str | None
    sdgs: list[SdgOut]
    objectives: list[ObjectiveOut]
    activity_plans: list[ActivityPlanOut]
    progress: ProgressOut


class FrameworkOut(Schema):
    code: str
    title: str
    status: str
    adopted_at: str | None
    adopted_by: str | None
    goals: list[str]
    approaches: list[str]
    areas: list[FrameworkAreaOut]
    progress: ProgressOut


def _progress(p: Any) -> ProgressOut:
    return ProgressOut(percent=p.percent, reported=p.reported, missing=p.missing)


def planned_activity_out(a: PlannedActivity) -> PlannedActivityOut:
    return PlannedActivityOut(
        id=a.pk,
        code=a.code,
        title=a.title,
        objective=a.objective.code if a.objective_id and a.objective else None,
        timing=a.timing,
        starts=a.starts,
        ends=a.ends,
        lead=a.lead,
        lead_state=a.lead_state.code if a.lead_state else None,
        budget_line=a.budget_line,
        weight=a.weight,
        status=a.status,
        status_reason=a.status_reason,
        progress=a.progress,
        revisions=[
            RevisionOut(
                what=r.what,
                before=r.before,
                after=r.after,
                reason=r.reason,
                requested_by=r.requested_by.code if r.requested_by else None,
                meeting=r.meeting.key if r.meeting else None,
                source=r.source,
            )
            for r in a.revisions.all()
        ],
        source=a.source,
    )


def activity_plan_out(ap: ActivityPlan) -> ActivityPlanOut:
    return ActivityPlanOut(
        id=ap.pk,
        plan=ap.plan_area.plan.code,
        area=ap.plan_area.area.code,
        title=ap.title,
        start=ap.start,
        end=ap.end,
        approved_by=ap.approved_by.citation if ap.approved_by else None,
        activities=[planned_activity_out(a) for a in ap.activities.all()],
        source=ap.source,
    )


@router.get(
    "/plans/{code}/framework",
    response={200: FrameworkOut, 404: ErrorOut, 422: ErrorOut},
    summary="A strategic plan's whole results framework with progress rolled up",
)
def plan_framework(request: HttpRequest, code: str = Path(pattern=SLUG)) -> FrameworkOut:
    plan = selectors.plan_get(code=code, actor=request.user)
    area_sdgs: dict[int, list[SdgOut]] = {}
    for link in plan.sdg_links.all():
        sdg = SdgOut(goal=link.goal.number, target=link.target.code if link.target else None)
        area_sdgs.setdefault(link.area_id, []).append(sdg)
    return FrameworkOut(
        code=plan.code,
        title=plan.title,
        status=plan.status,
        adopted_at=plan.adopted_at.key if plan.adopted_at else None,
        adopted_by=plan.adopted_by.citation if plan.adopted_by else None,
        goals=[g.text for g in plan.goals.all()],
        approaches=[a.text for a in plan.approaches.all()],
        areas=[
            FrameworkAreaOut(
                area=pa.area.code,
                title=pa.title,
                cluster=pa.cluster.code if pa.cluster else None,
                sdgs=area_sdgs.get(pa.area_id, []),
                objectives=[
                    ObjectiveOut(
                        code=o.code,
                        text=o.text,
                        platform=o.platform.key if o.platform else None,
                        weight=o.weight,
                        sdgs=[
                            SdgOut(goal=s.goal.number, target=s.target.code if s.target else None)
                            for s in o.sdg_links.all()
                        ],
                        activities=[a.text for a in o.activities.all()],
                        progress=_progress(o.progress),  # type: ignore[attr-defined]
                        source=o.source,
                    )
                    for o in pa.objectives.all()
                ],
                activity_plans=[activity_plan_out(ap) for ap in pa.activity_plans.all()],
                progress=_progress(pa.progress),  # type: ignore[attr-defined]
            )
            for pa in plan.plan_areas.all()
        ],
        progress=_progress(plan.progress),  # type: ignore[attr-defined]
    )


class ActivityPlanFilters(Schema):
    area: str = Field("", pattern=SLUG, description="A programme area code, e.g. biodiversity")
    plan: str = Field("", pattern=SLUG, description="A strategic plan code, e.g. 2021-2025")


@router.get(
    "/activity-plans",
    response={200: list[ActivityPlanOut], 422: ErrorOut},
    summary="Activity plans with their coded activities, status and revisions",
)
@paginate(Page)
def list_activity_plans(request: HttpRequest, filters: Query[ActivityPlanFilters]) -> Any:
    plans = selectors.activity_plans(actor=request.user, **filters.model_dump())
    return Mapped(plans, activity_plan_out)


class ActivityStatusIn(Schema):
    status: PlannedActivity.Status
    reason: str = Field("", max_length=500, pattern=TEXT)
    progress: int | None = Field(None, ge=0, le=100)


@router.post(
    "/activities/{activity_id}/status",
    auth=django_auth,
    response={201: PlannedActivityOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Report an activity's status (the Secretariat or the lead State's focal point)",
)
def record_activity_status(
    request: HttpRequest, activity_id: int, data: ActivityStatusIn
) -> tuple[int, PlannedActivityOut]:
    activity = selectors.activity_get(pk=activity_id, actor=request.user)
    services.activity_status_record(actor=request.user, activity=activity, **data.model_dump())
    return 201, planned_activity_out(selectors.activity_get(pk=activity_id, actor=request.user))


class IndicatorOut(Schema):
    code: str
    # objective: "<plan>/<area>/<objective code>", e.g. 2021-2025/air/1
    name: str
    unit: str
    direction: str
    area: str
    objective: str | None
    by_state: bool
    comparable: bool
    baseline_value: Decimal | None
    baseline_year: int | None
    description: str
    source: str


class ValueOut(Schema):
    id: int
    indicator: str
    state: str | None
    first_year: int
    last_year: int
    breakdown: str
    value: Decimal
    value_upper: Decimal | None
    note: str
    status: str
    return_reason: str
    approved_by: str | None
    source: str


def value_out(v: IndicatorValue) -> ValueOut:
    return ValueOut(
        id=v.pk,
        indicator=v.indicator.code,
        state=v.state.code if v.state else None,
        first_year=v.first_year,
        last_year=v.last_year,
        breakdown=v.breakdown,
        value=v.value,
        value_upper=v.value_upper,
        note=v.note,
        status=v.status,
        return_reason=v.return_reason,
        approved_by=v.approved_by.get_username() if v.approved_by else None,
        source=v.source,
    )


class IndicatorFilters(Schema):
    area: str = Field("", pattern=SLUG, description="A programme area code, e.g. air")


@router.get(
    "/indicators",
    response={200: list[IndicatorOut], 422: ErrorOut},
    summary="Indicators of the results framework",
)
@paginate(Page)
def list_indicators(request: HttpRequest, filters: Query[IndicatorFilters]) -> Any:
    return Mapped(
        selectors.indicator_list(area=filters.area),
        lambda i: IndicatorOut(
            code=i.code,
            name=i.name,
            unit=i.unit,
            direction=i.direction,
            area=i.area.code,
            objective=(
                f"{i.objective.plan_area.plan.code}/{i.objective.plan_area.area.code}/{i.objective.code}"
                if i.objective
                else None
            ),
            by_state=i.by_state,
            comparable=i.comparable,
            baseline_value=i.baseline_value,
            baseline_year=i.baseline_year,
            description=i.description,
            source=i.source,
        ),
    )


class ValueFilters(Schema):
    state: str = Field("", pattern=r"^([A-Za-z]{2})?$", description="A State code, e.g. MN")
    status: str = Field("", pattern=one_of(IndicatorValue.Status))


@router.get(
    "/indicators/{code}/values",
    response={200: list[ValueOut], 404: ErrorOut, 422: ErrorOut},
    summary="An indicator's values: approved ones, plus a focal point's own State's in progress",
)
@paginate(Page)
def list_values(
    request: HttpRequest, filters: Query[ValueFilters], code: str = Path(pattern=SLUG)
) -> Any:
    indicator = selectors.indicator_get(code=code, actor=request.user)
    values = selectors.indicator_values(
        indicator=indicator, actor=request.user, **filters.model_dump()
    ).select_related("indicator")
    return Mapped(values, value_out)


class ValueIn(Schema):
    state: str | None = Field(None, pattern=r"^[A-Za-z]{2}$")
    first_year: int = Field(ge=1900, le=2100)
    last_year: int | None = Field(None, ge=1900, le=2100)
    breakdown: str = Field("", max_length=80, pattern=TEXT)
    value: Decimal = Field(max_digits=14, decimal_places=3, allow_inf_nan=False)
    note: str = Field("", max_length=300, pattern=TEXT)
    source: str = Field(min_length=1, max_length=500, pattern=TEXT)


@router.post(
    "/indicators/{code}/values",
    auth=django_auth,
    response={201: ValueOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Submit a value for approval (a focal point for their State, or the Secretariat)",
)
def submit_value(
    request: HttpRequest, data: ValueIn, code: str = Path(pattern=SLUG)
) -> tuple[int, ValueOut]:
    indicator = selectors.indicator_get(code=code, actor=request.user)
    state = get_object_or_404(MemberState, code=data.state.upper()) if data.state else None
    if data.last_year is not None and data.last_year < data.first_year:
        raise ValidationError({"last_year": "The last year must not be before the first year."})
    entry = services.indicator_value_submit(
        actor=request.user, indicator=indicator, state=state, **data.model_dump(exclude={"state"})
    )
    return 201, value_out(entry)


class ReviewIn(Schema):
    action: Literal["approve", "return"]
    reason: str = Field("", max_length=500, pattern=TEXT)


@router.post(
    "/indicator-values/{value_id}/review",
    auth=django_auth,
    response={201: ValueOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Approve a submitted value, or return it with a reason (the Secretariat)",
)
def review_value(request: HttpRequest, value_id: int, data: ReviewIn) -> tuple[int, ValueOut]:
    value = selectors.value_get(pk=value_id, actor=request.user)
    if data.action == "approve":
        reviewed = services.indicator_value_approve(actor=request.user, value=value)
    else:
        reviewed = services.indicator_value_return(
            actor=request.user, value=value, reason=data.reason
        )
    return 201, value_out(reviewed)
