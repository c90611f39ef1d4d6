"""Progress rolled up the results framework: activity → objective → programme area → plan.

A parent's progress is the weighted mean of its children that have reported. Children nobody
has reported on are *missing*, not zero: they are counted apart so a page can say "2 of 5
reported" instead of pulling the mean down. Dropped activities leave the roll-up altogether.
"""

from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal

from neaspec.programme.models import PlannedActivity

Status = PlannedActivity.Status
# What a reported status says on its own; on track and delayed need a reported percentage.
STATUS_PERCENT: dict[str, Decimal] = {Status.NOT_STARTED: Decimal(0), Status.DONE: Decimal(100)}


@dataclass(frozen=True)
class Progress:
    percent: Decimal | None
    reported: int
    missing: int

    @property
    def counted(self) -> int:
        return self.reported + self.missing


@dataclass(frozen=True)
class Child:
    weight: Decimal
    percent: Decimal | None


NOTHING = Progress(percent=None, reported=0, missing=0)


def activity_percent(activity: PlannedActivity) -> Decimal | None:
    """An activity's own progress, or None when it has not been reported."""
    if activity.status in STATUS_PERCENT:
        return STATUS_PERCENT[activity.status]
    if activity.status in (Status.ON_TRACK, Status.DELAYED) and activity.progress is not None:
        return Decimal(activity.progress)
    return None


def rollup(children: Iterable[Child]) -> Progress:
    """The weighted mean of reported children; missing ones are counted, not averaged."""
    children = list(children)
    reported = [c for c in children if c.percent is not None]
    missing = sum(1 for c in children if c.percent is None)
    weight = sum((c.weight for c in reported), Decimal(0))
    if not reported or weight == 0:
        return Progress(percent=None, reported=len(reported), missing=missing)
    total = sum((c.weight * c.percent for c in reported if c.percent is not None), Decimal(0))
    return Progress(
        percent=(total / weight).quantize(Decimal("0.1")),
        reported=len(reported),
        missing=missing,
    )


def activities_progress(activities: Iterable[PlannedActivity]) -> Progress:
    return rollup(
        [Child(a.weight, activity_percent(a)) for a in activities if a.status != Status.DROPPED]
    )
