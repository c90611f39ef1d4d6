"""The progress report to the SOM, per programme area: its objectives, the activity plans of the
period and where their activities stand, the indicators against baseline and target, the
projects, the meetings held and the SOM's decisions on the area with their follow-up."""

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Prefetch, Q
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from neaspec.accounts.models import Actor
from neaspec.decisions.models import Decision, FollowUp
from neaspec.decisions.selectors import decisions_visible
from neaspec.meetings.models import Meeting
from neaspec.programme import selectors as programme
from neaspec.programme.models import (
    ActivityPlan,
    Indicator,
    IndicatorTarget,
    IndicatorThreshold,
    IndicatorValue,
    Objective,
    PlanArea,
    PlannedActivity,
    ProgrammeArea,
    StrategicPlan,
)
from neaspec.projects.models import Project
from neaspec.projects.selectors import project_list
from neaspec.reports.catalogue import (
    On,
    Progress,
    Report,
    Values,
    date_field,
    param_date,
    param_text,
    register,
)
from neaspec.reports.document import (
    Block,
    Cell,
    Chart,
    Column,
    Items,
    Paragraph,
    Percent,
    ReportDocument,
    Section,
    Table,
    date_span,
)
from neaspec.templatetags.figures import figure


class Params(forms.Form):
    from_ = date_field(
        gettext_lazy("From"), gettext_lazy("The start of the current strategic plan when empty.")
    )
    to = date_field(gettext_lazy("To"), gettext_lazy("Today when empty."))
    area = forms.ChoiceField(label=gettext_lazy("Programme area"), required=False)

    def __init__(self, data: Mapping[str, str] | None = None, *, auto_id: str = "id_%s") -> None:
        super().__init__(data, auto_id=auto_id)
        # "from" is a Python keyword: the field is declared as from_ and named "from" here.
        fields = self.fields
        self.fields = {"from": fields.pop("from_"), **fields}
        areas = [(a.code, a.name) for a in programme.area_list()]
        self.fields["area"].choices = [("", _("Every programme area")), *areas]  # type: ignore[attr-defined]

    def clean(self) -> None:
        start, end = self.cleaned_data.get("from"), self.cleaned_data.get("to")
        if start and end and end < start:
            raise ValidationError(
                {
                    "to": _("The end of the period (%(to)s) is before its start (%(from)s).")
                    % {"to": end.isoformat(), "from": start.isoformat()}
                }
            )


@dataclass(frozen=True)
class Asked:
    """The parameters as the report reads them: the period, and one area or all."""

    start: datetime.date
    end: datetime.date
    area: str  # a programme area's code, "" for every area

    @classmethod
    def read(cls, params: Values) -> "Asked":
        """The period asked for: up to today when open, from the start of the strategic plan
        current at its end (or of that year) when its start is not given."""
        end = param_date(params, "to") or timezone.localdate()
        start = param_date(params, "from")
        if start is None:
            plan = programme.plan_current(on=end)
            start = datetime.date(plan.start_year, 1, 1) if plan else end.replace(month=1, day=1)
        return cls(start, end, param_text(params, "area"))


def _areas(asked: Asked) -> list[ProgrammeArea]:
    areas = programme.area_list()
    return list(areas.filter(code=asked.area) if asked.area else areas)


def size(*, actor: Actor, params: Values) -> int:
    asked = Asked.read(params)
    start, end = asked.start, asked.end
    area = Q(activity_plan__plan_area__area__code=asked.area) if asked.area else Q()
    activities = PlannedActivity.objects.filter(area, activity_plan__start__lte=end).count()
    values_area = Q(indicator__area__code=asked.area) if asked.area else Q()
    values = IndicatorValue.objects.filter(values_area, breakdown="").count()
    decisions = Decision.objects.filter(meeting__start__range=(start, end)).count()
    return activities + values + decisions


def build(*, actor: Actor, params: Values, progress: Progress) -> ReportDocument:
    asked = Asked.read(params)
    start, end = asked.start, asked.end
    areas = _areas(asked)
    steps = len(areas) + 1
    progress(0, steps)
    held = list(
        Meeting.objects.filter(start__range=(start, end))
        .select_related("series", "host")
        .order_by("start", "pk")
    )
    decisions = list(
        decisions_visible(actor=actor)
        .filter(meeting__in=held, area__in=areas)
        .select_related("meeting__series")
        .prefetch_related(Prefetch("follow_ups", queryset=FollowUp.objects.order_by("pk")))
        .order_by("meeting__start", "pk")
    )
    document = ReportDocument(
        title=_("Progress report"),
        subtitle=_("Programme areas, %(start)s to %(end)s")
        % {"start": date_format(start, "DATE_FORMAT"), "end": date_format(end, "DATE_FORMAT")},
        as_of=end,
        sections=[_meetings(held)],
    )
    progress(1, steps)
    for number, area in enumerate(areas, start=2):
        full = programme.area_get(code=area.code, actor=actor)
        on_area = [d for d in decisions if d.area_id == area.pk]
        document.sections.extend(_area(full, start, end, actor, on_area))
        progress(number, steps)
    return document


def _meetings(held: list[Meeting]) -> Section:
    rows: list[list[Cell]] = [
        [
            # A numbered meeting is cited by its number, its title after; others by title.
            f"{m} — {m.title}" if m.number is not None and m.title else str(m),
            date_span(m.start, m.end),
            ", ".join(p for p in (m.city, str(m.host or "")) if p) or None,
        ]
        for m in held
    ]
    table = Table(
        columns=[Column(_("Meeting")), Column(_("Dates")), Column(_("Place"))],
        rows=rows,
        empty=_("No meeting was held in the period."),
    )
    return Section(_("Meetings held"), [table])


def _area(
    area: ProgrammeArea,
    start: datetime.date,
    end: datetime.date,
    actor: Actor,
    decisions: list[Decision],
) -> list[Section]:
    framings = [
        pa
        for pa in area.framings  # type: ignore[attr-defined]
        if pa.plan.start_year <= end.year and pa.plan.end_year >= start.year
    ]
    intro: list[Block] = [Paragraph(area.description)] if area.description else []
    objectives = [f"{o.code} {o.text}" for pa in framings for o in pa.objectives.all()]
    intro.append(
        Items(objectives) if objectives else Paragraph(_("No objective is set for the period."))
    )
    sections = [Section(str(area), intro)]
    sections.append(Section(_("Activity plans"), _activity_plans(framings, start, end), level=3))
    sections.append(Section(_("Indicators"), _indicators(area, start, end), level=3))
    sections.append(Section(_("Projects"), [_projects(area, start, end)], level=3))
    sections.append(
        Section(_("Decisions of the SOM and their follow-up"), [_decisions(decisions)], level=3)
    )
    return sections


def _activity_plans(
    framings: list[PlanArea], start: datetime.date, end: datetime.date
) -> list[Block]:
    blocks: list[Block] = []
    for plan_area in framings:
        for activity_plan in plan_area.activity_plans.all():
            if activity_plan.start > end or activity_plan.end < start:
                continue
            rows: list[list[Cell]] = [
                [
                    a.code,
                    a.title,
                    str(a.lead_state or a.lead_organization or a.get_lead_display() or "") or None,
                    a.get_status_display() or None,
                    Percent(a.progress) if a.progress is not None else None,
                ]
                for a in activity_plan.activities.all()
            ]
            when = date_span(activity_plan.start, activity_plan.end)
            blocks.append(
                Table(
                    columns=[
                        Column(_("Code")),
                        Column(_("Activity")),
                        Column(_("Lead")),
                        Column(_("Status")),
                        Column(_("Progress"), numeric=True),
                    ],
                    rows=rows,
                    caption=f"{activity_plan.title} ({when})",
                    empty=_("No activity is planned."),
                )
            )
    return blocks or [Paragraph(_("No activity plan covers the period."))]


def _indicators(area: ProgrammeArea, start: datetime.date, end: datetime.date) -> list[Block]:
    blocks: list[Block] = []
    for indicator in area.indicators.all():
        values = [
            v
            for v in indicator.headline_values  # type: ignore[attr-defined]
            if v.first_year <= end.year and v.last_year >= start.year
        ]
        target = _target(indicator)
        lines = [(t.label, t.value) for t in indicator.thresholds.all()]
        facts = _facts(indicator, target, lines)
        # Each value's distance to each reference line, in the indicator's unit.
        table = Table(
            columns=[
                Column(_("Member State")),
                Column(_("Period")),
                Column(_("Value"), numeric=True),
                *[_distance_column(label) for label, _line in lines],
                Column(_("Note")),
            ],
            rows=[
                [
                    str(v.state or "") or None,
                    _years(v),
                    v.value,
                    *[v.value - line for _label, line in lines],
                    v.note or None,
                ]
                for v in values
            ],
            caption=f"{indicator.name} ({indicator.unit})",
            empty=_("No approved value for the period."),
        )
        blocks.append(Paragraph(f"{indicator.name}: {'; '.join(facts)}"))
        if values and indicator.comparable:
            points = [
                (f"{v.state.short_name or v.state if v.state else ''} {_years(v)}".strip(), v.value)
                for v in values
            ]
            blocks.append(
                Chart(
                    title=f"{indicator.name} ({indicator.unit})",
                    unit=indicator.unit,
                    points=points,
                    table=table,
                    baseline=indicator.baseline_value,
                    target=target.value if target else None,
                    lines=lines,
                )
            )
        else:
            blocks.append(table)
    return blocks or [Paragraph(_("No indicator is set for this area."))]


def _facts(
    indicator: Indicator, target: IndicatorTarget | None, lines: list[tuple[str, Decimal]]
) -> list[str]:
    """The baseline, the target and the reference lines, each said once; what no source gives
    is said once, not as "not set" twice."""
    unit = indicator.unit
    facts = []
    if indicator.baseline_value is None and target is None:
        facts.append(_("no baseline or target is recorded"))
    else:
        baseline = _figure(indicator.baseline_value, unit, indicator.baseline_year)
        facts.append(_("Baseline: %(value)s") % {"value": baseline})
        shown = _figure(target.value if target else None, unit, target.year if target else None)
        facts.append(_("Target: %(value)s") % {"value": shown})
    facts += [f"{label}: {figure(value)} {unit}" for label, value in lines]
    return facts


def _distance_column(label: str) -> Column:
    return Column(_("Distance to %(line)s") % {"line": label}, numeric=True)


def _target(indicator: Indicator) -> IndicatorTarget | None:
    """The programme-wide target (not one State's), the latest year set."""
    whole = [t for t in indicator.targets.all() if t.state_id is None]
    return max(whole, key=lambda t: t.year) if whole else None


def _figure(value: Decimal | None, unit: str, year: int | None) -> str:
    if value is None:
        return _("not set")
    return f"{figure(value)} {unit}" + (f" ({year})" if year else "")


def _years(value: IndicatorValue) -> str:
    if value.first_year == value.last_year:
        return str(value.first_year)
    return f"{value.first_year}–{value.last_year}"


def _projects(area: ProgrammeArea, start: datetime.date, end: datetime.date) -> Table:
    rows: list[list[Cell]] = []
    for p in project_list(area=area.code):
        began = p.actual_start or p.planned_start
        ended = p.actual_end or p.planned_end
        if (began and began > end) or (ended and ended < start):
            continue
        rows.append(
            [
                p.title,
                p.get_status_display() or None,
                began,
                ended,
            ]
        )
    return Table(
        columns=[Column(_("Project")), Column(_("Status")), Column(_("Start")), Column(_("End"))],
        rows=rows,
        empty=_("No project of this area ran in the period."),
    )


def _decisions(decisions: list[Decision]) -> Table:
    rows: list[list[Cell]] = []
    for d in decisions:
        follow_ups = list(d.follow_ups.all())
        state: str | None
        if follow_ups:
            done = sum(f.status == FollowUp.Status.DONE for f in follow_ups)
            state = _("%(done)s of %(total)s actions done") % {
                "done": done,
                "total": len(follow_ups),
            }
        else:
            state = d.get_status_display() or None
        rows.append([d.citation, d.summary, state])
    return Table(
        columns=[Column(_("Decision")), Column(_("What was decided")), Column(_("Follow-up"))],
        rows=rows,
        empty=_("No SOM decision on this area in the period."),
    )


def _plan_period(plan: StrategicPlan) -> Values:
    """A strategic plan's years, up to today."""
    end = min(datetime.date(plan.end_year, 12, 31), timezone.localdate())
    return {"from": datetime.date(plan.start_year, 1, 1), "to": end}


register(
    Report(
        key="progress-report",
        title=gettext_lazy("Progress report"),
        summary=gettext_lazy(
            "Per programme area: objectives, activity plans and the status of their "
            "activities, indicator values against baseline and target, projects, meetings "
            "held, and the SOM decisions on the area with their follow-up."
        ),
        params=Params,
        build=build,
        reads=(
            ProgrammeArea,
            PlanArea,
            Objective,
            ActivityPlan,
            PlannedActivity,
            Indicator,
            IndicatorTarget,
            IndicatorThreshold,
            IndicatorValue,
            Project,
            Meeting,
            Decision,
            FollowUp,
        ),
        size=size,
        concerns={
            "area": On(ProgrammeArea, lambda area: {"area": area.code}),
            "plan": On(StrategicPlan, _plan_period),
        },
    )
)
