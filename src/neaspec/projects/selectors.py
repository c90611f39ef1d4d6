"""Reads of projects: the list with filters and one project with everything its page shows."""

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from neaspec.decisions.models import Decision
from neaspec.projects.models import Delay, Participation, Project


def project_list(*, area: str = "", status: str = "", state: str = "") -> QuerySet[Project]:
    projects = Project.objects.select_related("area", "funding_fund", "funding_state")
    if area:
        projects = projects.filter(area__code=area)
    if status:
        projects = projects.filter(status=status)
    if state:
        projects = projects.filter(participants__state__code=state.upper()).distinct()
    return projects.order_by("area__order", "title")


def project_get(*, key: str) -> Project:
    return get_object_or_404(
        Project.objects.select_related(
            "area",
            "objective__plan_area__plan",
            "funding_fund",
            "funding_state",
        ).prefetch_related(
            Prefetch(
                "participants",
                queryset=Participation.objects.select_related("organization", "state"),
            ),
            "components",
            "budgets",
            Prefetch("delays", queryset=Delay.objects.select_related("reported_at__series")),
            Prefetch("decisions", queryset=Decision.objects.select_related("meeting__series")),
        ),
        key=key,
    )
