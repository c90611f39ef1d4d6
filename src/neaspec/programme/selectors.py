"""Reads of the programme frame: areas, SDG links and strategic plans."""

import datetime
from typing import Any

from django.db.models import Prefetch, QuerySet
from django.http import Http404
from django.shortcuts import get_object_or_404

from neaspec.programme.models import (
    Objective,
    PlanArea,
    ProgrammeArea,
    SdgLink,
    StrategicPlan,
)


def area_list() -> QuerySet[ProgrammeArea]:
    return ProgrammeArea.objects.select_related("platform").order_by("order")


def area_get(*, code: str, actor: Any) -> ProgrammeArea:
    plan_areas = (
        PlanArea.objects.filter(plan__in=plan_list(actor=actor))
        .select_related("plan")
        .prefetch_related(
            Prefetch("objectives", queryset=Objective.objects.prefetch_related("activities"))
        )
        .order_by("-plan__start_year")
    )
    return get_object_or_404(
        ProgrammeArea.objects.select_related("platform").prefetch_related(
            Prefetch("plan_areas", queryset=plan_areas, to_attr="framings"),
            Prefetch(
                "sdg_links", queryset=SdgLink.objects.select_related("goal", "target", "plan")
            ),
        ),
        code=code,
    )


def plan_list(*, actor: Any) -> QuerySet[StrategicPlan]:
    """Plans the actor may read: drafts only for those they are circulated to."""
    plans = StrategicPlan.objects.order_by("-start_year")
    if not actor.has_perm("programme.view_draft_plan"):
        plans = plans.exclude(status=StrategicPlan.Status.DRAFT)
    return plans


def plan_get(*, code: str, actor: Any) -> StrategicPlan:
    objectives = Objective.objects.prefetch_related("activities")
    plan_areas = PlanArea.objects.select_related("area").prefetch_related(
        Prefetch("objectives", queryset=objectives)
    )
    plan = (
        plan_list(actor=actor)
        .prefetch_related(
            "goals",
            "approaches",
            Prefetch("plan_areas", queryset=plan_areas),
            Prefetch(
                "sdg_links", queryset=SdgLink.objects.select_related("goal", "target", "area")
            ),
        )
        .filter(code=code)
        .first()
    )
    if plan is None:
        raise Http404("No such plan")
    return plan


def plan_current(*, on: datetime.date) -> StrategicPlan | None:
    """The adopted plan in force on `on`, else the most recent adopted one."""
    adopted = StrategicPlan.objects.exclude(status=StrategicPlan.Status.DRAFT)
    in_force = adopted.filter(start_year__lte=on.year, end_year__gte=on.year).first()
    return in_force or adopted.order_by("-start_year").first()
