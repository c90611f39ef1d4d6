"""The programme API's schemas: programme areas, strategic plans and their results framework
with progress rolled up, activity plans, indicators and their values; and what is sent to
report an activity's status and to submit and review a value."""

import datetime
from decimal import Decimal
from typing import Literal

from ninja import Field, Schema

from neaspec.api.params import SLUG, TEXT, one_of
from neaspec.api.schemas import In, Languages, Out
from neaspec.programme.models import (
    Indicator,
    IndicatorTarget,
    IndicatorThreshold,
    IndicatorValue,
    Objective,
    PlanArea,
    PlannedActivity,
    StrategicPlan,
)


class AreaOut(Out):
    code: str
    name: str
    platform: str | None = Field(None, alias="platform.key")
    description: str
    languages: Languages


class PlanOut(Out):
    code: str
    title: str
    start_year: int
    end_year: int
    status: str
    adopted_at: str | None = Field(None, alias="adopted_at.key")
    summary: str
    areas: list[str]
    languages: Languages

    @staticmethod
    def resolve_areas(plan: StrategicPlan) -> list[str]:
        return [pa.area.code for pa in plan.plan_areas.all()]


# --- the results framework --------------------------------------------------------------------


class ProgressOut(Out):
    percent: Decimal | None = Field(description="Weighted mean of reported children")
    reported: int
    missing: int = Field(description="Children not reported: missing, not zero")


class RevisionOut(Out):
    what: str
    before: str
    after: str
    reason: str
    requested_by: str | None = Field(None, alias="requested_by.code")
    meeting: str | None = Field(None, alias="meeting.key")
    source: str


class PlannedActivityOut(Out):
    id: int
    code: str
    title: str
    objective: str | None = Field(None, alias="objective.code")
    timing: str
    starts: datetime.date | None
    ends: datetime.date | None
    lead: str
    lead_state: str | None = Field(None, alias="lead_state.code")
    budget_line: str
    weight: Decimal
    status: str
    status_reason: str
    progress: int | None
    revisions: list[RevisionOut]
    source: str


class ActivityPlanOut(Out):
    id: int
    plan: str = Field(alias="plan_area.plan.code")
    area: str = Field(alias="plan_area.area.code")
    title: str
    start: datetime.date
    end: datetime.date
    approved_by: str | None = Field(
        None,
        alias="approved_by.citation",
        description="Citation of the SOM decision, e.g. SOM-25, para. 6.2",
    )
    activities: list[PlannedActivityOut]
    source: str


class SdgOut(Out):
    goal: int = Field(alias="goal.number")
    target: str | None = Field(None, alias="target.code")


class ObjectiveOut(Out):
    code: str
    text: str
    platform: str | None = Field(None, alias="platform.key")
    weight: Decimal
    sdgs: list[SdgOut] = Field(alias="sdg_links")
    activities: list[str]
    progress: ProgressOut
    source: str

    @staticmethod
    def resolve_activities(objective: Objective) -> list[str]:
        return [a.text for a in objective.activities.all()]


class FrameworkAreaOut(Out):
    area: str = Field(alias="area.code")
    title: str
    cluster: str | None = Field(None, alias="cluster.code")
    sdgs: list[SdgOut]
    objectives: list[ObjectiveOut]
    activity_plans: list[ActivityPlanOut]
    progress: ProgressOut


class FrameworkOut(Out):
    code: str
    title: str
    status: str
    adopted_at: str | None = Field(None, alias="adopted_at.key")
    adopted_by: str | None = Field(None, alias="adopted_by.citation")
    goals: list[str]
    approaches: list[str]
    areas: list[FrameworkAreaOut]
    progress: ProgressOut

    @staticmethod
    def resolve_areas(plan: StrategicPlan) -> list[PlanArea]:
        """The plan's areas, each with the goals and targets the plan links to it (`sdgs`),
        from the plan's links as read with it."""
        links = plan.sdg_links.all()
        areas = list(plan.plan_areas.all())
        for area in areas:
            area.sdgs = [link for link in links if link.area_id == area.area_id]
        return areas

    @staticmethod
    def resolve_goals(plan: StrategicPlan) -> list[str]:
        return [g.text for g in plan.goals.all()]

    @staticmethod
    def resolve_approaches(plan: StrategicPlan) -> list[str]:
        return [a.text for a in plan.approaches.all()]


class ActivityPlanFilters(Schema):
    area: str = Field("", pattern=SLUG, description="A programme area code, e.g. biodiversity")
    plan: str = Field("", pattern=SLUG, description="A strategic plan code, e.g. 2021-2025")


class ActivityStatusIn(In):
    status: PlannedActivity.Status
    reason: str = Field("", max_length=500, pattern=TEXT)
    progress: int | None = Field(None, ge=0, le=100)


# --- indicators ------------------------------------------------------------------------------


class IndicatorOut(Out):
    code: str
    # objective: "<plan>/<area>/<objective code>", e.g. 2021-2025/air/1
    name: str
    unit: str
    direction: str
    area: str = Field(alias="area.code")
    objective: str | None
    by_state: bool
    comparable: bool
    baseline_value: Decimal | None
    baseline_year: int | None
    description: str
    source: str

    @staticmethod
    def resolve_objective(indicator: Indicator) -> str | None:
        objective = indicator.objective
        if objective is None:
            return None
        return f"{objective.plan_area.plan.code}/{objective.plan_area.area.code}/{objective.code}"


class TargetOut(Out):
    year: int
    state: str | None = Field(None, alias="state.code")
    value: Decimal
    source: str


class ThresholdOut(Out):
    kind: str = Field(description="guideline, interim_target or national_standard")
    issuer: str
    year: int | None
    state: str | None = Field(None, alias="state.code")
    value: Decimal
    label: str = Field(description='How pages name it, e.g. "WHO guideline (2021)"')
    source: str


class BaselineOut(Schema):
    value: Decimal
    year: int | None


class IndicatorDetailOut(IndicatorOut):
    """An indicator with what its values are read against: the baseline, the targets and the
    reference lines (thresholds)."""

    baseline: BaselineOut | None
    targets: list[TargetOut]
    thresholds: list[ThresholdOut]

    @staticmethod
    def resolve_baseline(indicator: Indicator) -> BaselineOut | None:
        if indicator.baseline_value is None:
            return None
        return BaselineOut(value=indicator.baseline_value, year=indicator.baseline_year)

    @staticmethod
    def resolve_targets(indicator: Indicator) -> list[IndicatorTarget]:
        return list(indicator.targets.all())

    @staticmethod
    def resolve_thresholds(indicator: Indicator) -> list[IndicatorThreshold]:
        return list(indicator.thresholds.all())


class ValueOut(Out):
    id: int
    indicator: str = Field(alias="indicator.code")
    state: str | None = Field(None, alias="state.code")
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

    @staticmethod
    def resolve_approved_by(value: IndicatorValue) -> str | None:
        return value.approved_by.get_username() if value.approved_by else None


class IndicatorFilters(Schema):
    area: str = Field("", pattern=SLUG, description="A programme area code, e.g. air")


class ValueFilters(Schema):
    state: str = Field("", pattern=r"^([A-Za-z]{2})?$", description="A State code, e.g. MN")
    status: str = Field("", pattern=one_of(IndicatorValue.Status))


class ValueIn(In):
    state: str | None = Field(None, pattern=r"^[A-Za-z]{2}$")
    first_year: int = Field(ge=1900, le=2100)
    last_year: int | None = Field(None, ge=1900, le=2100)
    breakdown: str = Field("", max_length=80, pattern=TEXT)
    value: Decimal = Field(max_digits=14, decimal_places=3, allow_inf_nan=False)
    note: str = Field("", max_length=300, pattern=TEXT)
    source: str = Field(min_length=1, max_length=500, pattern=TEXT)


class ReviewIn(In):
    action: Literal["approve", "return"]
    reason: str = Field("", max_length=500, pattern=TEXT)
