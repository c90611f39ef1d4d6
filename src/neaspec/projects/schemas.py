"""The projects API's schemas: projects with their participants, components, budget, delays
and decisions; and what is sent to record a delay."""

import datetime

from ninja import Field, Schema

from neaspec.api.params import SLUG, TEXT, IsoDate, one_of
from neaspec.api.schemas import In, Out
from neaspec.projects import iati
from neaspec.projects.models import ActivityStatus, Project


class ParticipantOut(Out):
    role: str
    organization: str | None = Field(None, alias="organization.key")
    state: str | None = Field(None, alias="state.code")


class DelayOut(Out):
    what: str
    reason: str
    date: datetime.date | None
    reported_at: str | None = Field(None, alias="reported_at.key")
    source: str


class ProjectOut(Out):
    key: str
    title: str
    area: str = Field(alias="area.code")
    status: str
    status_as_of: datetime.date | None
    funding_fund: str | None = Field(None, alias="funding_fund.key")
    funding_state: str | None = Field(None, alias="funding_state.code")
    source: str


class ProjectDetailOut(ProjectOut):
    description: str
    objective: str | None
    planned_start: datetime.date | None
    planned_end: datetime.date | None
    actual_start: datetime.date | None
    actual_end: datetime.date | None
    participants: list[ParticipantOut]
    components: list[str]
    budgets: dict[int, str]
    delays: list[DelayOut]
    decisions: list[str]
    iati_missing: list[str]

    @staticmethod
    def resolve_objective(project: Project) -> str | None:
        """The objective it serves: "<plan>/<area>/<objective code>", e.g. 2021-2025/air/1."""
        objective = project.objective
        if objective is None:
            return None
        return f"{objective.plan_area.plan.code}/{objective.plan_area.area.code}/{objective.code}"

    @staticmethod
    def resolve_components(project: Project) -> list[str]:
        return [c.title for c in project.components.all()]

    @staticmethod
    def resolve_budgets(project: Project) -> dict[int, str]:
        return {b.year: f"{b.amount} {b.currency}" for b in project.budgets.all()}

    @staticmethod
    def resolve_decisions(project: Project) -> list[str]:
        return [d.citation for d in project.decisions.all()]

    @staticmethod
    def resolve_iati_missing(project: Project) -> list[str]:
        return [str(m) for m in iati.missing_for_iati(project)]


class ProjectFilters(Schema):
    area: str = Field("", pattern=SLUG, description="A programme area code, e.g. lcc")
    status: str = Field("", pattern=one_of(ActivityStatus), description="An IATI status code")
    state: str = Field("", pattern=r"^([A-Za-z]{2})?$", description="A participating State")


class DelayIn(In):
    what: str = Field(min_length=1, max_length=300, pattern=TEXT)
    reason: str = Field(min_length=1, max_length=2000, pattern=TEXT)
    date: IsoDate | None = None
    reported_at: str | None = Field(None, pattern=r"^[a-z0-9-]+$")
    source: str = Field("", max_length=500, pattern=TEXT)
