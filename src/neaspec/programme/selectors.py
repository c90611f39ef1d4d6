"""Reads of the results framework: areas, plans with progress, activity plans, indicators."""

import datetime
from collections.abc import Iterable
from decimal import Decimal
from typing import TypedDict

from django.db.models import Count, Model, OuterRef, Prefetch, Q, QuerySet, Subquery
from django.http import Http404
from django.shortcuts import get_object_or_404

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import focal_point_state_ids, is_secretariat
from neaspec.directory.models import MemberState
from neaspec.programme.models import (
    ActivityPlan,
    ActivityRevision,
    Indicator,
    IndicatorThreshold,
    IndicatorValue,
    Objective,
    PlanArea,
    PlannedActivity,
    ProgrammeArea,
    SdgLink,
    StrategicPlan,
)
from neaspec.programme.progress import Child, activities_progress, rollup


def area_list() -> QuerySet[ProgrammeArea]:
    return ProgrammeArea.objects.select_related("platform").order_by("order")


def _planned_activities() -> QuerySet[PlannedActivity]:
    return PlannedActivity.objects.select_related(
        "lead_state", "lead_organization", "activity_plan"
    ).prefetch_related(
        Prefetch(
            "revisions",
            queryset=ActivityRevision.objects.select_related("requested_by", "meeting__series"),
        )
    )


def _plan_areas() -> QuerySet[PlanArea]:
    """Plan areas with everything the framework shows beneath them, in a fixed few queries."""
    objectives = Objective.objects.select_related("platform").prefetch_related(
        "activities",
        Prefetch("planned_activities", queryset=_planned_activities()),
        Prefetch("sdg_links", queryset=SdgLink.objects.select_related("goal", "target")),
    )
    activity_plans = ActivityPlan.objects.select_related(
        "approved_by__meeting__series"
    ).prefetch_related(Prefetch("activities", queryset=_planned_activities()))
    return PlanArea.objects.select_related("area", "cluster", "plan").prefetch_related(
        Prefetch("objectives", queryset=objectives),
        Prefetch("activity_plans", queryset=activity_plans),
    )


def _with_progress(plan_areas: list[PlanArea]) -> None:
    """Set `progress` on each objective and plan area (see `progress.rollup`)."""
    for plan_area in plan_areas:
        for objective in plan_area.objectives.all():
            objective.progress = activities_progress(objective.planned_activities.all())
        plan_area.planned_count = sum(
            len(ap.activities.all()) for ap in plan_area.activity_plans.all()
        )
        plan_area.progress = rollup(
            Child(o.weight, o.progress.percent)  # type: ignore[attr-defined]
            for o in plan_area.objectives.all()
        )


def area_get(*, code: str, actor: Actor) -> ProgrammeArea:
    """An area with every plan's framing of it (newest first), progress and indicators."""
    plan_areas = _plan_areas().filter(plan__in=plan_list(actor=actor)).order_by("-plan__start_year")
    area = get_object_or_404(
        ProgrammeArea.objects.select_related("platform").prefetch_related(
            Prefetch("plan_areas", queryset=plan_areas, to_attr="framings"),
            Prefetch(
                "sdg_links", queryset=SdgLink.objects.select_related("goal", "target", "plan")
            ),
            Prefetch("indicators", queryset=indicators_with_values(actor=actor)),
        ),
        code=code,
    )
    _with_progress(area.framings)  # type: ignore[attr-defined]
    _with_charts(area.indicators.all())
    return area


def plan_list(*, actor: Actor) -> QuerySet[StrategicPlan]:
    """Plans the actor may read: drafts only for those they are circulated to."""
    plans = StrategicPlan.objects.select_related(
        "adopted_at__series", "adopted_by__meeting__series"
    ).order_by("-start_year")
    if not actor.has_perm("programme.view_draft_plan"):
        plans = plans.exclude(status=StrategicPlan.Status.DRAFT)
    return plans


def plan_get(*, code: str, actor: Actor) -> StrategicPlan:
    """A plan's whole framework with progress rolled up to objective, area and plan."""
    plan = (
        plan_list(actor=actor)
        .prefetch_related(
            "goals",
            "approaches",
            "clusters",
            Prefetch("plan_areas", queryset=_plan_areas().order_by("order")),
            Prefetch(
                "sdg_links", queryset=SdgLink.objects.select_related("goal", "target", "area")
            ),
        )
        .filter(code=code)
        .first()
    )
    if plan is None:
        raise Http404("No such plan")
    plan_areas = list(plan.plan_areas.all())
    _with_progress(plan_areas)
    plan.progress = rollup(Child(Decimal(1), pa.progress.percent) for pa in plan_areas)  # type: ignore[attr-defined]
    return plan


def plan_current(*, on: datetime.date) -> StrategicPlan | None:
    """The adopted plan in force on `on`, else the most recent adopted one."""
    adopted = StrategicPlan.objects.exclude(status=StrategicPlan.Status.DRAFT).select_related(
        "adopted_at__series"
    )
    in_force = adopted.filter(start_year__lte=on.year, end_year__gte=on.year).first()
    return in_force or adopted.order_by("-start_year").first()


def activity_plans(*, actor: Actor, area: str = "", plan: str = "") -> QuerySet[ActivityPlan]:
    """Activity plans of plans the actor may read, with their activities."""
    found = ActivityPlan.objects.filter(plan_area__plan__in=plan_list(actor=actor))
    if area:
        found = found.filter(plan_area__area__code=area)
    if plan:
        found = found.filter(plan_area__plan__code=plan)
    return found.select_related(
        "plan_area__area", "plan_area__plan", "approved_by__meeting__series"
    ).prefetch_related(Prefetch("activities", queryset=_planned_activities()))


def activity_get(*, pk: int, actor: Actor) -> PlannedActivity:
    return get_object_or_404(
        _planned_activities().filter(activity_plan__plan_area__plan__in=plan_list(actor=actor)),
        pk=pk,
    )


# How each part of a strategic plan's framework reaches its plan.
PLAN_OF = {
    "programme.plangoal": "plan",
    "programme.planapproach": "plan",
    "programme.cluster": "plan",
    "programme.planarea": "plan",
    "programme.objective": "plan_area__plan",
    "programme.activity": "objective__plan_area__plan",
    "programme.activityplan": "plan_area__plan",
    "programme.plannedactivity": "activity_plan__plan_area__plan",
    "programme.activityrevision": "activity__activity_plan__plan_area__plan",
}


def framework_visible(model: type[Model], *, actor: Actor) -> QuerySet[Model]:
    """The plans (`model` StrategicPlan), or the parts of plans (a goal, an objective, an
    activity plan ...), that the actor may read: those of `plan_list`'s plans."""
    if model is StrategicPlan:
        return plan_list(actor=actor)
    path = PLAN_OF[model._meta.label_lower]
    return model._default_manager.filter(**{f"{path}__in": plan_list(actor=actor)})


# --- indicators ------------------------------------------------------------------------------


def values_visible(*, actor: Actor) -> QuerySet[IndicatorValue]:
    """Approved values for everyone; a focal point also sees their State's values in
    progress; the Secretariat sees all."""
    values = IndicatorValue.objects.select_related("state", "approved_by", "submitted_by")
    if is_secretariat(actor):
        return values
    own = focal_point_state_ids(actor)
    return values.filter(Q(status=IndicatorValue.Status.APPROVED) | Q(state_id__in=own))


def headline_values(*, actor: Actor, count: int) -> QuerySet[IndicatorValue]:
    """The headline value (national first, the latest year) of the first `count` comparable
    indicators with an approved value the actor may see, by indicator code: one value per
    indicator, chosen in the database, so however many values there are, `count` rows are
    read."""
    approved = values_visible(actor=actor).filter(status=IndicatorValue.Status.APPROVED)
    first = approved.filter(indicator=OuterRef("pk")).order_by(
        "breakdown", "-last_year", "state__name"
    )
    headlines = (
        Indicator.objects.filter(comparable=True)
        .annotate(headline=Subquery(first.values("pk")[:1]))
        .exclude(headline=None)
        .order_by("code")
        .values_list("headline", flat=True)[:count]
    )
    return approved.select_related("indicator").filter(pk__in=headlines).order_by("indicator__code")


def indicators_with_values(*, actor: Actor) -> QuerySet[Indicator]:
    """Indicators with what their charts and completeness need (the approved headline values,
    a few per State) and how many values the reader may see (`value_count`). The values
    themselves, which can be many (a city per row, 100,000 in one file), are read a page at a
    time by `indicator_values`."""
    headline = (
        values_visible(actor=actor)
        .filter(status=IndicatorValue.Status.APPROVED, breakdown="")
        .order_by("state__name", "first_year", "breakdown")
    )
    counted = Count("values", filter=_visible_to(actor), distinct=True)
    return (
        Indicator.objects.select_related("area", "objective")
        .prefetch_related(
            Prefetch("values", queryset=headline, to_attr="headline_values"),
            "targets__state",
            Prefetch("thresholds", queryset=IndicatorThreshold.objects.select_related("state")),
        )
        .annotate(value_count=counted)
    )


def _visible_to(actor: Actor) -> Q:
    """`values_visible`'s rule, seen from the indicator."""
    if is_secretariat(actor):
        return Q()
    own = focal_point_state_ids(actor)
    return Q(values__status=IndicatorValue.Status.APPROVED) | Q(values__state_id__in=own)


def indicator_list(*, area: str = "") -> QuerySet[Indicator]:
    indicators = Indicator.objects.select_related(
        "area", "objective__plan_area__plan", "objective__plan_area__area"
    )
    return indicators.filter(area__code=area) if area else indicators


def indicator_get(*, code: str, actor: Actor) -> Indicator:
    indicator = get_object_or_404(indicators_with_values(actor=actor), code=code)
    _with_charts([indicator])
    return indicator


def indicator_values(
    *, indicator: Indicator, actor: Actor, state: str = "", status: str = ""
) -> QuerySet[IndicatorValue]:
    values = values_visible(actor=actor).filter(indicator=indicator)
    if state:
        values = values.filter(state__code=state.upper())
    if status:
        values = values.filter(status=status)
    return values.order_by("state__name", "first_year", "last_year", "breakdown")


def value_get(*, pk: int, actor: Actor) -> IndicatorValue:
    return get_object_or_404(values_visible(actor=actor).select_related("indicator"), pk=pk)


def chart_values(indicator: Indicator) -> list[IndicatorValue]:
    """What an indicator's chart draws: approved headline values (no breakdown), and only
    when the values share one basis."""
    if not indicator.comparable:
        return []
    return list(indicator.headline_values)  # type: ignore[attr-defined]


def _with_charts(indicators: Iterable[Indicator]) -> None:
    """Set `chart` (what the chart draws) and completeness: how many member States have an
    approved headline value, out of how many should."""
    states_total = MemberState.objects.count()
    for indicator in indicators:
        indicator.chart = chart_values(indicator)
        approved = {
            v.state_id
            for v in indicator.headline_values  # type: ignore[attr-defined]
        }
        indicator.states_reported = len(approved - {None})
        indicator.states_total = states_total if indicator.by_state else 0


def review_queue(*, actor: Actor) -> QuerySet[IndicatorValue]:
    """Values waiting for the Secretariat's approval."""
    if not is_secretariat(actor):
        return IndicatorValue.objects.none()
    return (
        values_visible(actor=actor)
        .filter(status=IndicatorValue.Status.SUBMITTED)
        .select_related("indicator")
        .order_by("indicator__code", "state__name")
    )


def states_reported_for(*, actor: Actor) -> QuerySet[MemberState]:
    """The States whose values the actor may submit: all for the Secretariat, else their own."""
    if is_secretariat(actor):
        return MemberState.objects.all()
    return MemberState.objects.filter(pk__in=focal_point_state_ids(actor))


class StateResults(TypedDict):
    """A State's part in the programme, as its profile shows it."""

    led: QuerySet[PlannedActivity]  # the planned activities it leads
    values: QuerySet[IndicatorValue]  # its headline values


def state_results(*, state: MemberState, actor: Actor) -> StateResults:
    """What a State leads in the activity plans and the indicator values it reports."""
    led = (
        _planned_activities()
        .filter(lead_state=state, activity_plan__plan_area__plan__in=plan_list(actor=actor))
        .select_related("activity_plan__plan_area__area")
    )
    values = (
        values_visible(actor=actor)
        .filter(state=state, breakdown="")
        .select_related("indicator")
        .order_by("indicator__code", "first_year")
    )
    return StateResults(led=led, values=values)
