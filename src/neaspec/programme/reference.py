"""The programme's reference data: areas, SDG goals and targets, strategic plans with their
goals, areas, objectives and activities, activity plans and indicators."""

from neaspec.data.loader import (
    FRAMEWORK,
    PLANS,
    RESULTS,
    Context,
    Converter,
    Kind,
    Record,
    SeedError,
    children,
    day,
    decimal,
    decision,
    flag,
    line_of,
    load_child,
    load_record,
    number,
    optional,
    ref,
    register,
    resolve,
    text,
)
from neaspec.directory.models import Body, MemberState, Organization
from neaspec.meetings.models import Meeting
from neaspec.programme.models import (
    Activity,
    ActivityPlan,
    ActivityRevision,
    Cluster,
    Indicator,
    IndicatorTarget,
    IndicatorThreshold,
    IndicatorValue,
    Objective,
    PlanApproach,
    PlanArea,
    PlanGoal,
    PlannedActivity,
    ProgrammeArea,
    SdgGoal,
    SdgLink,
    SdgTarget,
    StrategicPlan,
)

register(
    "areas",
    stage=FRAMEWORK,
    kind=Kind(
        ProgrammeArea,
        ("code",),
        {
            "code": text,
            "name": text,
            "order": number,
            "description": text,
            "platform": optional(ref(Body, "key")),
        },
        frozenset({"code", "name", "order", "source"}),
    ),
)

register(
    "sdg_goals",
    stage=FRAMEWORK,
    kind=Kind(
        SdgGoal,
        ("number",),
        {"number": number, "title": text},
        frozenset({"number", "title", "source"}),
    ),
)

register(
    "sdg_targets",
    stage=FRAMEWORK,
    kind=Kind(
        SdgTarget,
        ("code",),
        {"code": text, "goal": ref(SdgGoal, "number"), "summary": text},
        frozenset({"code", "goal", "summary", "source"}),
    ),
)

PLAN = Kind(
    StrategicPlan,
    ("code",),
    {
        "code": text,
        "title": text,
        "start_year": number,
        "end_year": number,
        "status": text,
        "adopted_at": optional(ref(Meeting, "key")),
        "adopted_by": optional(decision),
        "summary": text,
    },
    frozenset({"code", "title", "start_year", "end_year", "status", "source"}),
)
CLUSTER = Kind(
    Cluster,
    ("code",),
    {"code": text, "title": text, "order": number},
    frozenset({"code", "title", "source"}),
)
STATEMENT: dict[str, Converter] = {"code": text, "text": text}
GOAL = Kind(PlanGoal, ("code",), STATEMENT, frozenset({"code", "text", "source"}))
APPROACH = Kind(PlanApproach, ("code",), STATEMENT, frozenset({"code", "text", "source"}))
PLAN_AREA = Kind(
    PlanArea,
    ("area",),
    {"area": ref(ProgrammeArea, "code"), "title": text, "order": number},
    frozenset({"area", "title", "order", "source"}),
)
OBJECTIVE = Kind(
    Objective,
    ("code",),
    {**STATEMENT, "platform": optional(ref(Body, "key")), "weight": decimal},
    frozenset({"code", "text", "source"}),
)
ACTIVITY = Kind(Activity, ("code",), STATEMENT, frozenset({"code", "text", "source"}))
SDG_LINK = Kind(
    SdgLink,
    ("area", "goal", "target"),
    {
        "area": ref(ProgrammeArea, "code"),
        "goal": ref(SdgGoal, "number"),
        "target": optional(ref(SdgTarget, "code")),
    },
    frozenset({"area", "goal", "source"}),
)


def _load_plan(ctx: Context, record: Record) -> None:
    """A plan and its goals, approaches, areas (objectives → activities) and SDG links."""
    record = dict(record)
    nested = {
        name: list(children(record, name, ctx))
        for name in ("goals", "approaches", "clusters", "areas", "sdg_links")
    }
    plan = load_record(ctx, PLAN, record)
    made = [load_record(ctx, CLUSTER, c, plan=plan) for c in nested["clusters"]]
    clusters = {cluster.code: cluster for cluster in made}
    for goal in nested["goals"]:
        load_record(ctx, GOAL, goal, plan=plan)
    for approach in nested["approaches"]:
        load_record(ctx, APPROACH, approach, plan=plan)
    for area_record in nested["areas"]:
        area_record = dict(area_record)
        objectives = list(children(area_record, "objectives", ctx))
        line = line_of(area_record)
        cluster = resolve(ctx, optional(text), area_record.pop("cluster", None), line, "cluster")
        if cluster is not None and cluster not in clusters:
            raise SeedError(ctx.path, line, f"no cluster {cluster!r} in this plan")
        plan_area = load_child(
            ctx,
            PLAN_AREA,
            area_record,
            extra={"cluster": clusters.get(cluster) if cluster else None},
            plan=plan,
        )
        for objective_record in objectives:
            objective_record = dict(objective_record)
            activities = list(children(objective_record, "activities", ctx))
            objective = load_record(ctx, OBJECTIVE, objective_record, plan_area=plan_area)
            for activity in activities:
                load_record(ctx, ACTIVITY, activity, objective=objective)
    for link in nested["sdg_links"]:
        link = {"target": None, **link}
        load_record(ctx, SDG_LINK, link, plan=plan)


ACTIVITY_PLAN = Kind(
    ActivityPlan,
    ("start",),
    {"title": text, "start": day, "end": day, "approved_by": optional(decision)},
    frozenset({"title", "start", "end", "source"}),
)
PLANNED_ACTIVITY = Kind(
    PlannedActivity,
    ("code",),
    {
        "code": text,
        "title": text,
        "starts": optional(day),
        "ends": optional(day),
        "lead": text,
        "lead_state": optional(ref(MemberState, "code")),
        "lead_organization": optional(ref(Organization, "key")),
        "budget_line": text,
        "weight": decimal,
        "status": text,
        "status_reason": text,
        "progress": optional(number),
    },
    frozenset({"code", "title", "source"}),
)
REVISION = Kind(
    ActivityRevision,
    ("what", "after"),
    {
        "what": text,
        "before": text,
        "after": text,
        "reason": text,
        "requested_by": optional(ref(MemberState, "code")),
        "meeting": optional(ref(Meeting, "key")),
    },
    frozenset({"what", "before", "after", "reason", "source"}),
)
INDICATOR = Kind(
    Indicator,
    ("code",),
    {
        "code": text,
        "name": text,
        "unit": text,
        "direction": text,
        "area": ref(ProgrammeArea, "code"),
        "by_state": flag,
        "comparable": flag,
        "baseline_value": optional(decimal),
        "baseline_year": optional(number),
        "description": text,
    },
    frozenset({"code", "name", "unit", "direction", "area", "source"}),
)
INDICATOR_VALUE = Kind(
    IndicatorValue,
    ("state", "first_year", "last_year", "breakdown"),
    {
        "state": optional(ref(MemberState, "code")),
        "first_year": number,
        "last_year": number,
        "breakdown": text,
        "value": decimal,
        "value_upper": optional(decimal),
        "note": text,
    },
    frozenset({"first_year", "value", "source"}),
)
INDICATOR_TARGET = Kind(
    IndicatorTarget,
    ("year", "state"),
    {"year": number, "state": optional(ref(MemberState, "code")), "value": decimal},
    frozenset({"year", "value", "source"}),
)

INDICATOR_THRESHOLD = Kind(
    IndicatorThreshold,
    ("kind", "issuer", "year", "state"),
    {
        "kind": text,
        "issuer": text,
        "year": optional(number),
        "state": optional(ref(MemberState, "code")),
        "value": decimal,
    },
    frozenset({"kind", "issuer", "value", "source"}),
)


def _plan_area(ctx: Context, record: Record) -> PlanArea:
    plan_area = PlanArea.objects.filter(
        plan__code=record.pop("plan", None), area__code=record.pop("area", None)
    ).first()
    if plan_area is None:
        raise SeedError(ctx.path, line_of(record), "no such plan and area")
    return plan_area


def _load_activity_plan(ctx: Context, record: Record) -> None:
    """An approved activity plan of one area, its coded activities and their revisions."""
    record = dict(record)
    activities = list(children(record, "activities", ctx))
    plan_area = _plan_area(ctx, record)
    activity_plan = load_record(ctx, ACTIVITY_PLAN, record, plan_area=plan_area)
    objectives = {o.code: o for o in plan_area.objectives.all()}
    for activity_record in activities:
        activity_record = dict(activity_record)
        revisions = list(children(activity_record, "revisions", ctx))
        objective = activity_record.pop("objective", None)
        if objective is not None and str(objective) not in objectives:
            raise SeedError(ctx.path, line_of(activity_record), f"no objective {objective!r}")
        activity = load_child(
            ctx,
            PLANNED_ACTIVITY,
            activity_record,
            extra={"objective": objectives.get(str(objective))},
            activity_plan=activity_plan,
        )
        for revision in revisions:
            load_record(ctx, REVISION, revision, activity=activity)


def _load_indicator(ctx: Context, record: Record) -> None:
    """An indicator with its targets, its reference lines (thresholds) and reference values;
    seeded values count as approved."""
    record = dict(record)
    nested = {
        name: list(children(record, name, ctx)) for name in ("targets", "thresholds", "values")
    }
    indicator = load_record(ctx, INDICATOR, record)
    for target in nested["targets"]:
        load_child(ctx, INDICATOR_TARGET, {"state": None, **target}, indicator=indicator)
    for threshold in nested["thresholds"]:
        threshold = {"state": None, "year": None, **threshold}
        load_child(ctx, INDICATOR_THRESHOLD, threshold, indicator=indicator)
    for value in nested["values"]:
        value = {"state": None, "breakdown": "", **value}
        value.setdefault("last_year", value.get("first_year"))
        approved = {"status": IndicatorValue.Status.APPROVED}
        load_child(ctx, INDICATOR_VALUE, value, extra=approved, indicator=indicator)


register("plans", stage=PLANS, loader=_load_plan)
register("activity_plans", stage=RESULTS, loader=_load_activity_plan)
register("indicators", stage=RESULTS, loader=_load_indicator)
