"""Reads of projects: the list with filters, one project with everything its page shows, and
the projects whose progress a partner is to report."""

import datetime
from dataclasses import dataclass

from django.db.models import Prefetch, QuerySet
from django.shortcuts import get_object_or_404

from neaspec.decisions.models import Decision
from neaspec.meetings.models import Meeting
from neaspec.meetings.selectors import upcoming
from neaspec.projects.models import ActivityStatus, Delay, Participation, Project


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


# --- progress to report ----------------------------------------------------------------------

# A project's progress is reported to each Senior Officials Meeting, which hears how the
# projects stand and records their delays: the SOMs are its reporting periods.
REPORTED_TO = "SOM"
ENDED = [ActivityStatus.CLOSED, ActivityStatus.CANCELLED]


def projects_of(*, organization_ids: set[int]) -> QuerySet[Project]:
    """The projects the organizations take part in (in any role) that have not ended."""
    return (
        Project.objects.filter(participants__organization_id__in=organization_ids)
        .exclude(status__in=ENDED)
        .distinct()
        .order_by("title")
    )


@dataclass(frozen=True)
class ProgressDue:
    """A project whose progress is to be reported: `late` when its status was last recorded
    (`status_as_of`) before the last SOM held, or never; else due for the next SOM, which
    opens within the horizon. `som` is the meeting it was or is due for."""

    project: Project
    late: bool
    som: Meeting


def progress_due(
    *, projects: list[Project], today: datetime.date, horizon: datetime.date
) -> list[ProgressDue]:
    """Of `projects` (`projects_of`), those whose progress is late or due, late first."""
    if not projects:
        return []
    last = (
        Meeting.objects.select_related("series")
        .filter(series__code=REPORTED_TO, start__lt=today)
        .order_by("-start")
        .first()
    )
    following = upcoming(series_code=REPORTED_TO, today=today)
    late, soon = [], []
    for project in projects:
        recorded = project.status_as_of
        if last is not None and last.start and (recorded is None or recorded < last.start):
            late.append(ProgressDue(project, True, last))
        elif following is not None and following.start and following.start <= horizon:
            soon.append(ProgressDue(project, False, following))
    return late + soon
