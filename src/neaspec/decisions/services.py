"""Writes to decisions: positions, progress on follow-ups, links between decisions."""

import datetime
from typing import Any

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from neaspec.accounts.rules import is_secretariat, require
from neaspec.audit import save_audited
from neaspec.decisions.models import Decision, DecisionLink, FollowUp, Position, ProgressNote
from neaspec.directory.models import MemberState


@transaction.atomic
def position_record(
    *,
    actor: Any,
    decision: Decision,
    state: MemberState,
    stance: str,
    date: datetime.date | None,
    note: str = "",
) -> Position:
    """Record where `state` stands on a draft decision; the latest position counts."""
    require(actor, "decisions.record_position", state)
    if decision.adopted and not is_secretariat(actor):
        # Once adopted, only the Secretariat may add to the record (e.g. from the report).
        raise ValidationError(_("This decision is adopted; positions are taken on drafts."))
    position = Position(
        decision=decision, state=state, stance=stance, date=date, note=note, recorded_by=actor
    )
    save_audited(position, actor=actor, reason="position recorded")
    return position


@transaction.atomic
def follow_up_progress_record(
    *,
    actor: Any,
    follow_up: FollowUp,
    date: datetime.date,
    text: str,
    progress: int,
    status: str,
) -> ProgressNote:
    """Add a dated progress note; marking the action done sets it to 100 per cent."""
    require(actor, "decisions.update_followup", follow_up)
    if status == FollowUp.Status.DONE:
        progress = 100
    elif progress == 100 and status != FollowUp.Status.DROPPED:
        status = FollowUp.Status.DONE
    note = ProgressNote(follow_up=follow_up, date=date, text=text, progress=progress, author=actor)
    save_audited(note, actor=actor, reason="progress recorded")
    follow_up.progress, follow_up.status = progress, status
    save_audited(follow_up, actor=actor, reason=f"progress {progress}%, {status}")
    return note


@transaction.atomic
def decision_link(
    *, actor: Any, source: Decision, kind: str, target: Decision, note: str = ""
) -> DecisionLink:
    """Thread two decisions; a superseded decision's status follows."""
    require(actor, "decisions.link_decisions")
    if source.pk == target.pk:
        raise ValidationError(_("A decision cannot be linked to itself."))
    link = DecisionLink(source_decision=source, kind=kind, target=target, note=note)
    save_audited(link, actor=actor, reason="decisions linked")
    if kind == DecisionLink.Kind.SUPERSEDES:
        target.status = Decision.Status.SUPERSEDED
        save_audited(target, actor=actor, reason=f"superseded by {source.citation}")
    return link
