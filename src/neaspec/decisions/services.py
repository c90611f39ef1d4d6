"""Writes to decisions: positions, progress on follow-ups, links between decisions."""

import datetime

from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor, account_of
from neaspec.accounts.rules import is_secretariat, require
from neaspec.audit import save_audited
from neaspec.decisions.models import Decision, DecisionLink, FollowUp, Position, ProgressNote
from neaspec.directory.models import MemberState
from neaspec.library.models import Document
from neaspec.meetings.models import Meeting


@transaction.atomic
def position_record(
    *,
    actor: Actor,
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
        decision=decision,
        state=state,
        stance=stance,
        date=date,
        note=note,
        recorded_by=account_of(actor),
    )
    save_audited(position, actor=actor, reason="position recorded")
    return position


@transaction.atomic
def follow_up_progress_record(
    *,
    actor: Actor,
    follow_up: FollowUp,
    date: datetime.date,
    text: str,
    progress: int,
    status: str,
) -> ProgressNote:
    """Add a dated progress note; marking the action done sets it to 100 per cent."""
    require(actor, "decisions.update_followup", follow_up)
    follow_up = FollowUp.objects.select_for_update().get(pk=follow_up.pk)
    if status == FollowUp.Status.DONE:
        progress = 100
    elif progress == 100 and status != FollowUp.Status.DROPPED:
        status = FollowUp.Status.DONE
    note = ProgressNote(
        follow_up=follow_up, date=date, text=text, progress=progress, author=account_of(actor)
    )
    save_audited(note, actor=actor, reason="progress recorded")
    follow_up.progress, follow_up.status = progress, status
    if follow_up.is_closed:
        # The note that closes an action is its outcome unless one was recorded with evidence.
        follow_up.outcome = follow_up.outcome or text
        follow_up.closed_on = follow_up.closed_on or date
    else:
        follow_up.closed_on = None
    save_audited(follow_up, actor=actor, reason=f"progress {progress}%, {status}")
    return note


@transaction.atomic
def follow_up_close(
    *,
    actor: Actor,
    follow_up: FollowUp,
    status: str,
    outcome: str,
    closed_on: datetime.date,
    evidence_decision: Decision | None = None,
    evidence_meeting: Meeting | None = None,
    evidence_document: Document | None = None,
    evidence_source: str = "",
) -> FollowUp:
    """Close an action as done or dropped with its outcome and what shows it: a later
    decision, a meeting, a document or a source. Saves the action and a progress note."""
    require(actor, "decisions.close_followup", follow_up)
    follow_up = (
        FollowUp.objects.select_for_update()
        .select_related("decision__meeting")
        .get(pk=follow_up.pk)
    )
    errors: dict[str, str] = {}
    if status not in {FollowUp.Status.DONE, FollowUp.Status.DROPPED}:
        errors["status"] = _("An action is closed as done or dropped.")
    if not outcome.strip():
        errors["outcome"] = _("Say what came of the action.")
    if not (evidence_decision or evidence_meeting or evidence_document or evidence_source):
        errors["evidence_decision"] = _(
            "Name what shows it: a later decision, a meeting, a document or a source."
        )
    asked_at = follow_up.decision.meeting
    if evidence_decision is not None and evidence_decision.pk == follow_up.decision_id:
        errors["evidence_decision"] = _("The decision that asked cannot show the work done.")
    if evidence_meeting is not None and evidence_meeting.pk == asked_at.pk:
        errors["evidence_meeting"] = _("The meeting that asked cannot show the work done.")
    if asked_at.start and closed_on < asked_at.start:
        errors["closed_on"] = _("An action cannot close before the meeting that asked for it.")
    if errors:
        raise ValidationError(errors)
    follow_up.status = status
    follow_up.progress = 100 if status == FollowUp.Status.DONE else follow_up.progress
    follow_up.outcome = outcome.strip()
    follow_up.closed_on = closed_on
    follow_up.evidence_decision = evidence_decision
    follow_up.evidence_meeting = evidence_meeting
    follow_up.evidence_document = evidence_document
    follow_up.evidence_source = evidence_source.strip()
    note = ProgressNote(
        follow_up=follow_up,
        date=closed_on,
        text=follow_up.outcome,
        progress=follow_up.progress,
        author=account_of(actor),
    )
    save_audited(note, actor=actor, reason="closed on evidence")
    save_audited(follow_up, actor=actor, reason=f"closed as {status} on evidence")
    return follow_up


@transaction.atomic
def decision_link(
    *, actor: Actor, source: Decision, kind: str, target: Decision, note: str = ""
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
