"""Writes to the results framework: indicator values through their approval cycle, activity
status and revisions. Each checks permission, runs in one transaction and is audited."""

import datetime
from decimal import Decimal
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from neaspec.accounts.rules import is_secretariat, require
from neaspec.audit import save_audited
from neaspec.directory.models import MemberState
from neaspec.meetings.models import Meeting
from neaspec.programme.models import (
    ActivityRevision,
    Indicator,
    IndicatorValue,
    PlannedActivity,
    timing_label,
)

Value = IndicatorValue.Status


@transaction.atomic
def indicator_value_submit(
    *,
    actor: Any,
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
    entry.value, entry.note, entry.source = value, note.strip(), source.strip()
    entry.status, entry.return_reason = Value.SUBMITTED, ""
    entry.submitted_by, entry.approved_by, entry.approved_at = actor, None, None
    save_audited(entry, actor=actor, reason="resubmitted" if was_returned else "submitted")
    return entry


@transaction.atomic
def indicator_value_return(*, actor: Any, value: IndicatorValue, reason: str) -> IndicatorValue:
    """Send a value back to its State with the reason it cannot be approved as it is."""
    require(actor, "programme.review_indicator_value", value)
    if value.status not in (Value.SUBMITTED, Value.APPROVED):
        raise ValidationError(_("Only a submitted or approved value can be returned."))
    if not reason.strip():
        raise ValidationError({"reason": _("Say why the value is returned.")})
    value.status, value.return_reason = Value.RETURNED, reason.strip()
    value.approved_by, value.approved_at = None, None
    save_audited(value, actor=actor, reason=f"returned: {reason.strip()}")
    return value


@transaction.atomic
def indicator_value_approve(*, actor: Any, value: IndicatorValue) -> IndicatorValue:
    """Approve a submitted value: from now on it is public and charted."""
    require(actor, "programme.review_indicator_value", value)
    if value.status != Value.SUBMITTED:
        raise ValidationError(_("Only a submitted value can be approved."))
    value.status, value.approved_by, value.approved_at = Value.APPROVED, actor, timezone.now()
    save_audited(value, actor=actor, reason="approved")
    return value


@transaction.atomic
def activity_status_record(
    *,
    actor: Any,
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
    actor: Any,
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
