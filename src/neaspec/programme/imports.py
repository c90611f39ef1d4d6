"""Import indicator values and activity status from CSV or Excel, all rows or none (in the
background, see `neaspec.imports`)."""

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TypedDict

from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from neaspec.accounts.models import Actor
from neaspec.directory.models import MemberState
from neaspec.imports.kinds import Importer, register
from neaspec.programme import services
from neaspec.programme.models import Indicator, PlannedActivity
from neaspec.tables import InvalidRowError, number, year

VALUE_COLUMNS = (
    "indicator",
    "state",
    "first_year",
    "last_year",
    "breakdown",
    "value",
    "note",
    "source",
)
ACTIVITY_COLUMNS = ("id", "code", "title", "status", "reason", "progress")


@dataclass(frozen=True)
class _Known:
    actor: Actor
    indicators: dict[str, Indicator]
    states: dict[str, MemberState]
    activities: dict[str, PlannedActivity]
    submits_for: dict[MemberState | None, bool] = field(default_factory=dict)

    def may_submit_for(self, state: MemberState | None) -> bool:
        """Whether the importer may submit values for `state`, asked once per State a file."""
        if state not in self.submits_for:
            allowed = self.actor.has_perm("programme.submit_indicator_value", state)
            self.submits_for[state] = allowed
        return self.submits_for[state]


def _known(actor: Actor) -> _Known:
    return _Known(
        actor=actor,
        indicators={i.code: i for i in Indicator.objects.all()},
        states={s.code: s for s in MemberState.objects.all()},
        activities={str(a.pk): a for a in PlannedActivity.objects.all()},
    )


class ValueEntry(TypedDict):
    """An indicator value as `services.indicator_values_submit_many` takes it."""

    indicator: Indicator
    state: MemberState | None
    first_year: int
    last_year: int
    breakdown: str
    value: Decimal
    note: str
    source: str


def _value_row(row: dict[str, str], known: _Known) -> ValueEntry:
    indicator = known.indicators.get(row.get("indicator", ""))
    if indicator is None:
        raise InvalidRowError(_("unknown indicator %r") % row.get("indicator", ""))
    code = row.get("state", "").upper()
    state = known.states.get(code)
    if code and state is None:
        raise InvalidRowError(_("unknown member State %r") % row.get("state", ""))
    if not known.may_submit_for(state):
        raise InvalidRowError(_("you may not change this row"))
    first = year(row.get("first_year", ""), "first_year")
    last = year(row.get("last_year") or str(first), "last_year")
    if last < first:
        raise InvalidRowError(_("last_year is before first_year"))
    if not row.get("source"):
        raise InvalidRowError(_("source is empty: say where the value comes from"))
    return ValueEntry(
        indicator=indicator,
        state=state,
        first_year=first,
        last_year=last,
        breakdown=row.get("breakdown", ""),
        value=number(row.get("value", "")),
        note=row.get("note", ""),
        source=row.get("source", ""),
    )


def _values_write(actor: Actor, known: _Known, rows: list[ValueEntry]) -> None:
    # The service takes each entry as a plain dict of its fields.
    services.indicator_values_submit_many(actor=actor, entries=[dict(row) for row in rows])


INDICATOR_VALUES = register(
    Importer(
        key="values",
        title=gettext_lazy("Indicator values"),
        permission="programme.import_results",
        required=("indicator", "state", "first_year", "value", "source"),
        prepare=_known,
        parse=_value_row,
        identity=lambda v: (
            v["indicator"].pk,
            v["state"],
            v["first_year"],
            v["last_year"],
            v["breakdown"],
        ),
        write_batch=_values_write,
    )
)


class _ActivityStatus(TypedDict):
    """An activity's status as `services.activity_status_record` records it."""

    activity: PlannedActivity
    status: str
    reason: str
    progress: int | None


def _activity_row(row: dict[str, str], known: _Known) -> _ActivityStatus:
    activity = known.activities.get(row.get("id", ""))
    if activity is None:
        raise InvalidRowError(_("unknown activity id %r") % row.get("id", ""))
    if not known.actor.has_perm("programme.update_activity", activity):
        raise InvalidRowError(_("you may not change this row"))
    status = row.get("status", "")
    if status not in PlannedActivity.Status.values:
        choices = ", ".join(v for v in PlannedActivity.Status.values if v)
        raise InvalidRowError(
            _("status %(value)r is not one of %(choices)s") % {"value": status, "choices": choices}
        )
    progress = row.get("progress", "")
    if progress and (not progress.isdigit() or int(progress) > 100):
        raise InvalidRowError(_("progress must be a whole number from 0 to 100"))
    return _ActivityStatus(
        activity=activity,
        status=status,
        reason=row.get("reason", ""),
        progress=int(progress) if progress else None,
    )


ACTIVITY_STATUS = register(
    Importer(
        key="activities",
        title=gettext_lazy("Activity status"),
        permission="programme.import_results",
        required=("id", "status"),
        prepare=_known,
        parse=_activity_row,
        identity=lambda v: v["activity"].pk,
        write=lambda actor, _known, entry: services.activity_status_record(actor=actor, **entry),
    )
)
