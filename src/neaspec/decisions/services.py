"""Writes to decisions: decisions as a meeting's report records them, whom they ask and the
follow-up they ask for; positions, progress on follow-ups, links between decisions.

A follow-up's stored deadline (`due_by`, decisions/deadlines.py) is set here when the
follow-up is created; the meetings' services refresh it when a session of its series moves."""

import datetime
from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import Q
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor, account_of
from neaspec.accounts.rules import is_secretariat, require
from neaspec.audit import delete_audited, save_audited
from neaspec.conflicts import ConflictError
from neaspec.decisions.addressees import AddresseeCode
from neaspec.decisions.deadlines import due_by
from neaspec.decisions.models import (
    Addressee,
    Decision,
    DecisionLink,
    FollowUp,
    Position,
    ProgressNote,
)
from neaspec.decisions.selectors import decisions_visible, draft_version
from neaspec.directory.models import Body, MemberState
from neaspec.library.models import Document
from neaspec.meetings.models import AgendaItem, Meeting
from neaspec.programme.models import ProgrammeArea

# --- decisions, whom they ask, and the follow-up they ask for --------------------------------


@transaction.atomic
def decision_create(
    *,
    actor: Actor,
    meeting: Meeting,
    paragraph: str,
    summary: str,
    kind: str,
    concern: str,
    sentence: int | None = None,
    verbs: Sequence[str] = (),
    area: ProgrammeArea | None = None,
    agenda_item: AgendaItem | None = None,
    due_date: datetime.date | None = None,
    source: str = "",
) -> Decision:
    """A decision of `meeting`: a paragraph of its conclusions or, with `sentence`, one
    sentence of it, under the paragraph's own record when there is one."""
    require(actor, "decisions.record_decision")
    if agenda_item is not None and agenda_item.meeting_id != meeting.pk:
        raise ValidationError({"agenda_item": _("Choose an item of this meeting's agenda.")})
    parent = None
    if sentence is not None:
        parent = Decision.objects.filter(
            meeting=meeting, paragraph=paragraph, sentence=None
        ).first()
    decision = Decision(
        meeting=meeting,
        parent=parent,
        paragraph=paragraph,
        sentence=sentence,
        summary=summary,
        verbs=list(verbs),
        kind=kind,
        concern=concern,
        area=area,
        agenda_item=agenda_item,
        due_date=due_date,
        source=source,
    )
    save_audited(decision, actor=actor, reason="decision recorded")
    return decision


@transaction.atomic
def decision_classify(
    *,
    actor: Actor,
    decision: Decision,
    verbs: Sequence[str],
    kind: str,
    concern: str,
    area: ProgrammeArea | None,
    due_date: datetime.date | None,
) -> Decision:
    """What a recorded decision does (its verbs and kind), what it is about and by when, as
    its report is read again; its words and its follow-ups stay as recorded."""
    require(actor, "decisions.record_decision")
    decision = Decision.objects.select_for_update().get(pk=decision.pk)
    decision.verbs, decision.kind, decision.concern = list(verbs), kind, concern
    decision.area, decision.due_date = area, due_date
    save_audited(decision, actor=actor, reason="decision classified")
    return decision


def _scope(code: AddresseeCode) -> tuple[MemberState | None, Body | None]:
    """The member State or body an addressee's code names (neither for the others)."""
    if code.kind == Addressee.Kind.STATE:
        state = MemberState.objects.filter(code=code.state).first()
        if state is None:
            raise ValidationError({"addressees": _("No member State has the code %s.") % code})
        return state, None
    if code.kind == Addressee.Kind.BODY:
        body = Body.objects.filter(key=code.body).first()
        if body is None:
            raise ValidationError({"addressees": _("No body is called %s.") % code})
        return None, body
    return None, None


@transaction.atomic
def addressee_add(*, actor: Actor, decision: Decision, code: AddresseeCode) -> Addressee | None:
    """Record that `decision` asks `code` (the Secretariat, member States, a State, a body,
    partners, focal points); None, with nothing written, when that is already recorded."""
    require(actor, "decisions.record_decision")
    state, body = _scope(code)
    if decision.addressees.filter(kind=code.kind, state=state, body=body).exists():
        return None
    addressee = Addressee(decision=decision, kind=code.kind, state=state, body=body)
    save_audited(addressee, actor=actor, reason="addressee recorded")
    return addressee


@transaction.atomic
def follow_up_create(
    *,
    actor: Actor,
    decision: Decision,
    owner: str,
    action: str,
    state: MemberState | None = None,
    body: Body | None = None,
    due_date: datetime.date | None = None,
    due_next_meeting: bool = False,
) -> FollowUp:
    """An action `decision` asks of its owner, open, with the date it is due by: its own, or
    (`due_next_meeting`) the next session's of the decision's series."""
    require(actor, "decisions.record_decision")
    follow_up = FollowUp(
        decision=decision,
        owner=owner,
        state=state,
        body=body,
        action=action,
        due_date=due_date,
        due_next_meeting=due_next_meeting,
    )
    follow_up.due_by = due_by(follow_up)
    save_audited(follow_up, actor=actor, reason="follow-up recorded")
    return follow_up


@transaction.atomic
def follow_up_ask(*, actor: Actor, decision: Decision, code: AddresseeCode) -> FollowUp | None:
    """The follow-up an operative decision asks of an addressee who owns work (the
    Secretariat, the member States together, a State, a body), with the decision's words and
    due date, else due before the next meeting. None, with nothing written, when the decision
    directs no one, the addressee owns no follow-up (partners, focal points) or one is already
    recorded — by hand, by the reference data or from an earlier reading of the report; what
    is asked of the member States is often followed up State by State, which counts too."""
    require(actor, "decisions.record_decision")
    if decision.kind != Decision.Kind.OPERATIVE or code.kind not in FollowUp.Owner.values:
        return None
    state, body = _scope(code)
    recorded = decision.follow_ups.filter(owner=code.kind, state=state, body=body)
    if code.kind == FollowUp.Owner.MEMBER_STATES:
        recorded = decision.follow_ups.filter(
            owner__in=[FollowUp.Owner.MEMBER_STATES, FollowUp.Owner.STATE]
        )
    if recorded.exists():
        return None
    return follow_up_create(
        actor=actor,
        decision=decision,
        owner=code.kind,
        state=state,
        body=body,
        action=decision.summary,
        due_date=decision.due_date,
        due_next_meeting=decision.due_date is None,
    )


# --- positions, progress and links --------------------------------------------------------


@transaction.atomic
def position_record(
    *,
    actor: Actor,
    decision: Decision,
    state: MemberState,
    stance: str,
    date: datetime.date | None,
    note: str = "",
    version: int | None = None,
) -> Position:
    """Record where `state` stands on a draft decision; the latest position counts. It is
    taken on the text now on the screen: `version`, when given, is the text the delegation
    read, and a position on a text amended since is refused (409), not filed under the new."""
    require(actor, "decisions.record_position", state)
    decision = Decision.objects.select_for_update().get(pk=decision.pk)
    if decision.adopted and not is_secretariat(actor):
        # Once adopted, only the Secretariat may add to the record (e.g. from the report).
        raise ValidationError(_("This decision is adopted; positions are taken on drafts."))
    if stance not in Position.Stance.values:
        raise ValidationError(
            {"stance": _("Choose support, reservation, objection or suspension.")}
        )
    current = draft_version(decision)
    if version is not None and current is not None and version != current:
        raise ConflictError(
            _("The text was amended (now version %(now)s); read it and state the position again.")
            % {"now": current}
        )
    position = Position(
        decision=decision,
        state=state,
        stance=stance,
        date=date,
        note=note.strip(),
        version=current,
        recorded_by=account_of(actor),
    )
    save_audited(position, actor=actor, reason=f"position recorded: {stance}")
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


def _linked(a: Decision, b: Decision) -> DecisionLink | None:
    """The link already made between `a` and `b`, either way round."""
    return (
        DecisionLink.objects.filter(Q(source_decision=a, target=b) | Q(source_decision=b, target=a))
        .select_related("source_decision__meeting__series", "target__meeting__series")
        .first()
    )


def _lock_pair(actor: Actor, a: Decision, b: Decision) -> dict[int, Decision]:
    """`a` and `b` as the actor may see them, locked in the order of their keys (so that two
    writes to one pair wait for each other instead of deadlocking), by key; a decision the
    actor may not see is not among them."""
    found = (
        decisions_visible(actor=actor)
        .select_for_update(of=("self",))
        .filter(pk__in={a.pk, b.pk})
        .select_related("meeting__series")
        .order_by("pk")
    )
    return {d.pk: d for d in found}


@transaction.atomic
def decision_link(
    *, actor: Actor, source: Decision, kind: str, target: Decision, note: str = ""
) -> DecisionLink:
    """Thread `source` to an earlier or later decision: it continues, amends, replaces,
    reports on or recalls `target`. Two decisions are linked once (either way round, of any
    kind): a second link is refused (409), also when two people link them at once, for both
    decisions are locked first. A decision is not linked to itself, to its own paragraph or
    sentences, nor to a decision the actor may not see. Replacing marks the target
    superseded."""
    require(actor, "decisions.link_decisions")
    if kind not in DecisionLink.Kind.values:
        raise ValidationError(
            {
                "kind": _(
                    "Choose how the decisions are linked: continues, amends, replaces, "
                    "reports on or recalls."
                )
            }
        )
    locked = _lock_pair(actor, source, target)
    unseen = _("No decision is cited so: %(citation)s")
    if source.pk not in locked:
        raise ValidationError(unseen % {"citation": source.citation})
    if target.pk not in locked:
        raise ValidationError({"target": unseen % {"citation": target.citation}})
    source, target = locked[source.pk], locked[target.pk]
    if source.pk == target.pk:
        raise ValidationError({"target": _("A decision cannot be linked to itself.")})
    if source.parent_id == target.pk or target.parent_id == source.pk:
        raise ValidationError({"target": _("A sentence cannot be linked to its own paragraph.")})
    found = _linked(source, target)
    if found is not None:
        said = (
            f"{found.source_decision.citation} {found.get_kind_display()} {found.target.citation}"
        )
        raise ConflictError(
            {"target": _("These decisions are already linked: %(link)s.") % {"link": said}}
        )
    link = DecisionLink(source_decision=source, kind=kind, target=target, note=note.strip())
    try:
        # Should a link of the pair have been made meanwhile all the same, the refusal is the
        # same 409, and the transaction goes on without the row.
        with transaction.atomic():
            save_audited(link, actor=actor, reason=f"decisions linked: {kind}")
    except IntegrityError:
        raise ConflictError(
            {"target": _("These decisions were linked meanwhile; reload the page.")}
        ) from None
    if kind == DecisionLink.Kind.REPLACES and target.status != Decision.Status.SUPERSEDED:
        target.status = Decision.Status.SUPERSEDED
        save_audited(target, actor=actor, reason=f"superseded by {source.citation}")
    return link


@transaction.atomic
def decision_unlink(*, actor: Actor, link: DecisionLink) -> None:
    """Remove a link between two decisions. A decision that the link replaced is active
    again, unless another decision still replaces it."""
    require(actor, "decisions.link_decisions")
    gone = ConflictError(_("This link was removed meanwhile."))
    found = DecisionLink.objects.filter(pk=link.pk).first()
    if found is None:
        raise gone
    # The decisions first, as a link locks them, then the link itself.
    locked = _lock_pair(actor, found.source_decision, found.target)
    found = DecisionLink.objects.select_for_update().filter(pk=link.pk).first()
    if found is None:
        raise gone
    kind, target = found.kind, locked.get(found.target_id) or found.target
    source = locked.get(found.source_decision_id) or found.source_decision
    delete_audited(found, actor=actor, reason=f"link removed: {kind}")
    replaced = kind == DecisionLink.Kind.REPLACES and target.status == Decision.Status.SUPERSEDED
    if replaced and not target.links_in.filter(kind=DecisionLink.Kind.REPLACES).exists():
        target.status = Decision.Status.ACTIVE
        save_audited(target, actor=actor, reason=f"no longer replaced by {source.citation}")
