"""Writes to the results framework: indicator values through their approval cycle, what they
are read against (baselines, targets, reference lines), activity status and revisions. Each
checks permission, runs in one transaction and is audited."""

import datetime
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from simple_history.utils import bulk_create_with_history, bulk_update_with_history

from neaspec.accounts.models import Actor, account_of
from neaspec.accounts.rules import is_secretariat, require
from neaspec.audit import created, journal_open, save_audited, snapshot
from neaspec.conflicts import ConflictError
from neaspec.directory.models import MemberState
from neaspec.meetings.models import Meeting
from neaspec.programme.models import (
    ActivityRevision,
    Indicator,
    IndicatorTarget,
    IndicatorThreshold,
    IndicatorValue,
    PlannedActivity,
    timing_label,
)

Value = IndicatorValue.Status


@transaction.atomic
def indicator_value_submit(
    *,
    actor: Actor,
    indicator: Indicator,
    state: MemberState | None,
    first_year: int,
    last_year: int | None = None,
    breakdown: str = "",
    value: Decimal,
    note: str = "",
    source: str,
) -> IndicatorValue:
    """Submit (or correct and resubmit) a value for the Secretariat to approve."""
    require(actor, "programme.submit_indicator_value", state)
    if not source.strip():
        raise ValidationError({"source": _("Say where the value comes from.")})
    last_year = last_year or first_year
    found = (
        IndicatorValue.objects.select_for_update()
        .filter(
            indicator=indicator,
            state=state,
            first_year=first_year,
            last_year=last_year,
            breakdown=breakdown.strip(),
        )
        .first()
    )
    if found and found.status == Value.APPROVED and not is_secretariat(actor):
        raise ValidationError(
            _("This value is approved. Ask the Secretariat to return it before changing it.")
        )
    entry = found or IndicatorValue(
        indicator=indicator,
        state=state,
        first_year=first_year,
        last_year=last_year,
        breakdown=breakdown.strip(),
    )
    was_returned = entry.status == Value.RETURNED
    _submitted(entry, actor=actor, value=value, note=note, source=source)
    save_audited(entry, actor=actor, reason="resubmitted" if was_returned else "submitted")
    return entry


def _submitted(
    entry: IndicatorValue, *, actor: Actor, value: Decimal, note: str, source: str
) -> None:
    entry.value, entry.note, entry.source = value, note.strip(), source.strip()
    entry.status, entry.return_reason = Value.SUBMITTED, ""
    entry.submitted_by, entry.approved_by, entry.approved_at = account_of(actor), None, None


APPROVED_BY_SECRETARIAT = "submitted and approved by the Secretariat"


@transaction.atomic
def indicator_values_submit_many(
    *, actor: Actor, entries: Sequence[dict[str, Any]]
) -> list[IndicatorValue]:
    """Submit many values at once, all or none: a file's rows, written as a few statements
    instead of a dozen queries each. The same rules as `indicator_value_submit`; the
    Secretariat's values are approved at once. A refused entry raises a ValidationError keyed
    by its position in `entries`."""
    secretariat = is_secretariat(actor)
    # Once per State, not per entry: a file's batch is hundreds of rows of one or two States.
    for state in {fields["state"] for fields in entries}:
        require(actor, "programme.submit_indicator_value", state)
    found = _stored_values(entries)
    new: list[IndicatorValue] = []
    changed: list[IndicatorValue] = []
    journal = journal_open()
    now = timezone.now()
    for index, fields in enumerate(entries):
        entry = found.get(_value_key(fields))
        if entry is not None and entry.status == Value.APPROVED and not secretariat:
            message = _(
                "This value is approved. Ask the Secretariat to return it before changing it."
            )
            raise ValidationError({str(index): message})
        if not fields["source"].strip():
            raise ValidationError({str(index): _("Say where the value comes from.")})
        if entry is None:
            entry = IndicatorValue(
                indicator=fields["indicator"],
                state=fields["state"],
                first_year=fields["first_year"],
                last_year=fields.get("last_year") or fields["first_year"],
                breakdown=fields.get("breakdown", "").strip(),
            )
            new.append(entry)
        else:
            if journal is not None:
                journal.append(snapshot(entry))
            changed.append(entry)
        _submitted(
            entry,
            actor=actor,
            value=fields["value"],
            note=fields.get("note", ""),
            source=fields["source"],
        )
        if secretariat:
            entry.status, entry.approved_by, entry.approved_at = (
                Value.APPROVED,
                account_of(actor),
                now,
            )
        try:
            # Field rules only: the lookup above keeps entries unique, and each related row
            # was just read.
            entry.full_clean(
                exclude=["indicator", "state", "submitted_by", "approved_by"],
                validate_unique=False,
                validate_constraints=False,
            )
            if entry.last_year < entry.first_year:
                raise ValidationError(_("last_year is before first_year"))
        except ValidationError as error:
            raise ValidationError({str(index): " ".join(error.messages)}) from error
    reason = APPROVED_BY_SECRETARIAT if secretariat else "submitted"
    user = actor if getattr(actor, "is_authenticated", False) else None
    bulk_create_with_history(new, IndicatorValue, default_user=user, default_change_reason=reason)
    fields_written = [
        "value",
        "note",
        "source",
        "status",
        "return_reason",
        "submitted_by",
        "approved_by",
        "approved_at",
    ]
    bulk_update_with_history(
        changed, IndicatorValue, fields_written, default_user=user, default_change_reason=reason
    )
    if journal is not None:
        journal.extend(created(entry) for entry in new)
    return [*new, *changed]


def _value_key(fields: dict[str, Any]) -> tuple[Any, ...]:
    state = fields["state"]
    first = fields["first_year"]
    last = fields.get("last_year") or first
    return (
        fields["indicator"].pk,
        state.pk if state else None,
        first,
        last,
        fields.get("breakdown", "").strip(),
    )


def _stored_values(entries: Sequence[dict[str, Any]]) -> dict[tuple[Any, ...], IndicatorValue]:
    """The stored values these entries would change, locked, by key."""
    if not entries:
        return {}
    # No ordering: the model's default joins member States, which PostgreSQL cannot lock.
    stored = (
        IndicatorValue.objects.select_for_update()
        .order_by()
        .filter(
            indicator__in={e["indicator"].pk for e in entries},
            first_year__in={e["first_year"] for e in entries},
            breakdown__in={e.get("breakdown", "").strip() for e in entries},
        )
    )
    return {(v.indicator_id, v.state_id, v.first_year, v.last_year, v.breakdown): v for v in stored}


def _locked(value: IndicatorValue) -> IndicatorValue:
    """The value as stored, locked: two reviewers at once queue, and the second sees the
    first one's decision."""
    return IndicatorValue.objects.select_for_update().order_by().get(pk=value.pk)


@transaction.atomic
def indicator_value_return(*, actor: Actor, value: IndicatorValue, reason: str) -> IndicatorValue:
    """Send a value back to its State with the reason it cannot be approved as it is."""
    require(actor, "programme.review_indicator_value", value)
    value = _locked(value)
    if value.status not in (Value.SUBMITTED, Value.APPROVED):
        raise ConflictError(_("Only a submitted or approved value can be returned."))
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the value is returned.")})
    value.status, value.return_reason = Value.RETURNED, reason.strip()
    value.approved_by, value.approved_at = None, None
    save_audited(value, actor=actor, reason=f"returned: {reason.strip()}")
    return value


@transaction.atomic
def indicator_value_approve(*, actor: Actor, value: IndicatorValue) -> IndicatorValue:
    """Approve a submitted value: from now on it is public and charted."""
    require(actor, "programme.review_indicator_value", value)
    value = _locked(value)
    if value.status != Value.SUBMITTED:
        raise ConflictError(_("Only a submitted value can be approved."))
    value.status, value.approved_by, value.approved_at = (
        Value.APPROVED,
        account_of(actor),
        timezone.now(),
    )
    save_audited(value, actor=actor, reason="approved")
    return value


@transaction.atomic
def activity_status_record(
    *,
    actor: Actor,
    activity: PlannedActivity,
    status: str,
    reason: str = "",
    progress: int | None = None,
) -> PlannedActivity:
    """Report how an activity goes; done means 100 per cent, a delay needs its reason."""
    require(actor, "programme.update_activity", activity)
    if status == PlannedActivity.Status.DONE:
        progress = 100
    elif status == PlannedActivity.Status.NOT_STARTED:
        progress = 0
    activity.status, activity.status_reason, activity.progress = status, reason.strip(), progress
    save_audited(activity, actor=actor, reason=f"status {status or 'not reported'}")
    return activity


@transaction.atomic
def activity_revise(
    *,
    actor: Actor,
    activity: PlannedActivity,
    starts: datetime.date,
    ends: datetime.date,
    reason: str,
    source: str,
    requested_by: MemberState | None = None,
    meeting: Meeting | None = None,
) -> ActivityRevision:
    """Move an approved activity in time, keeping what it was, why and who asked."""
    require(actor, "programme.revise_activity", activity)
    before, after = activity.timing, timing_label(starts, ends)
    if before == after:
        raise ValidationError(_("The new timing is the same as the current one."))
    revision = ActivityRevision(
        activity=activity,
        what="timing",
        before=before or "—",
        after=after,
        reason=reason.strip(),
        requested_by=requested_by,
        meeting=meeting,
        source=source.strip(),
    )
    save_audited(revision, actor=actor, reason="activity revised")
    activity.starts, activity.ends = starts, ends
    save_audited(activity, actor=actor, reason=f"timing {before} → {after}")
    return revision


# --- what values are read against: the baseline, targets and reference lines ----------------


def _indicator_locked(actor: Actor, indicator: Indicator) -> Indicator:
    """The indicator, row-locked, for the Secretariat: two officers setting its references at
    once write one after the other."""
    require(actor, "programme.set_indicator_references")
    return Indicator.objects.select_for_update().get(pk=indicator.pk)


@transaction.atomic
def indicator_baseline_set(
    *, actor: Actor, indicator: Indicator, value: Decimal, year: int | None, source: str
) -> Indicator:
    """Set the indicator's baseline, with the year it stands for and where it comes from."""
    indicator = _indicator_locked(actor, indicator)
    if not source.strip():
        raise ValidationError({"source": _("Say where the baseline comes from.")})
    indicator.baseline_value, indicator.baseline_year = value, year
    indicator.baseline_source = source.strip()
    save_audited(indicator, actor=actor, reason="baseline set")
    return indicator


@transaction.atomic
def indicator_target_set(
    *,
    actor: Actor,
    indicator: Indicator,
    year: int,
    value: Decimal,
    source: str,
    state: MemberState | None = None,
) -> IndicatorTarget:
    """Set the target for a year, programme-wide or one State's; setting it again for the same
    year and State changes it."""
    indicator = _indicator_locked(actor, indicator)
    if state is not None and not indicator.by_state:
        raise ValidationError({"state": _("This indicator is not reported per member State.")})
    target = IndicatorTarget.objects.filter(indicator=indicator, year=year, state=state).first()
    target = target or IndicatorTarget(indicator=indicator, year=year, state=state)
    target.value, target.source = value, source.strip()
    save_audited(target, actor=actor, reason="target set")
    return target


@transaction.atomic
def indicator_threshold_set(
    *,
    actor: Actor,
    indicator: Indicator,
    kind: str,
    issuer: str,
    value: Decimal,
    source: str,
    year: int | None = None,
    state: MemberState | None = None,
) -> IndicatorThreshold:
    """Set a reference line (a guideline, an interim target, a State's national standard);
    the same kind, issuer, year and State again changes its value."""
    indicator = _indicator_locked(actor, indicator)
    if kind == IndicatorThreshold.Kind.NATIONAL_STANDARD and state is None:
        raise ValidationError({"state": _("Name the State whose national standard it is.")})
    same = {"indicator": indicator, "kind": kind, "issuer": issuer.strip(), "year": year}
    line = IndicatorThreshold.objects.filter(**same, state=state).first()
    line = line or IndicatorThreshold(**same, state=state)
    line.value, line.source = value, source.strip()
    save_audited(line, actor=actor, reason="reference line set")
    return line
