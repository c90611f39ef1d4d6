"""Indicator values and activity status as CSV and JSON, in the columns the import reads back."""

from typing import Any

from neaspec.programme.imports import VALUE_COLUMNS
from neaspec.programme.models import IndicatorValue, PlannedActivity
from neaspec.sourcing import cited


def value_row(v: IndicatorValue) -> dict[str, Any]:
    return {
        "indicator": v.indicator.code,
        "state": v.state.code if v.state else "",
        "first_year": v.first_year,
        "last_year": v.last_year,
        "breakdown": v.breakdown,
        "value": v.value,
        "note": v.note,
        "source": cited(v.source),
        "value_upper": v.value_upper,
        "status": v.status,
        "return_reason": v.return_reason,
    }


VALUE_EXPORT = (*VALUE_COLUMNS, "value_upper", "status", "return_reason")


def activity_row(a: PlannedActivity) -> dict[str, Any]:
    return {
        "id": a.pk,
        "plan": a.activity_plan.plan_area.plan.code,
        "area": a.activity_plan.plan_area.area.code,
        "activity_plan": a.activity_plan.title,
        "code": a.code,
        "title": a.title,
        "timing": a.timing,
        "lead": a.lead_state.code if a.lead_state else a.lead,
        "status": a.status,
        "reason": a.status_reason,
        "progress": a.progress,
        "source": cited(a.source),
    }


# The import reads `id`, `status`, `reason` and `progress` back; the rest says what the row is.
ACTIVITY_EXPORT = (
    "id",
    "plan",
    "area",
    "activity_plan",
    "code",
    "title",
    "timing",
    "lead",
    "status",
    "reason",
    "progress",
    "source",
)
