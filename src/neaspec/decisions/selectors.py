"""Reads of decisions and follow-up: trackers, threads across meetings, consensus."""

import datetime
from collections import deque
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch, Q, QuerySet
from django.http import Http404

from neaspec.accounts.rules import focal_point_state_ids, is_secretariat
from neaspec.decisions.models import Addressee, Decision, DecisionLink, FollowUp, Position
from neaspec.directory.models import MemberState
from neaspec.meetings.models import Meeting
from neaspec.meetings.selectors import session_deadlines, upcoming

OPEN = [FollowUp.Status.OPEN, FollowUp.Status.IN_PROGRESS]


def decisions_visible(*, actor: Any) -> QuerySet[Decision]:
    decisions = Decision.objects.all()
    if not actor.has_perm("decisions.view_draft"):
        decisions = decisions.filter(adopted=True)
    return decisions


def meeting_decisions(*, actor: Any, meeting: Meeting) -> list[Decision]:
    """The decisions of a meeting the actor may see, in the report's order."""
    return list(
        decisions_visible(actor=actor)
        .filter(meeting=meeting)
        .select_related("area")
        .prefetch_related("addressees__state", "addressees__body")
        .order_by("id")
    )


def states_spoken_for(*, actor: Any) -> QuerySet[MemberState]:
    """The States whose positions this actor records: all for the Secretariat, else their own."""
    if is_secretariat(actor):
        return MemberState.objects.all()
    return MemberState.objects.filter(pk__in=focal_point_state_ids(actor))


def addressee_filter(addressee: str) -> Q:
    """'secretariat', 'member_states', 'partners', 'nfps', a State's code or 'body:<key>'."""
    if addressee in {k.value for k in Addressee.Kind} - {"state", "body"}:
        return Q(addressees__kind=addressee)
    if addressee.startswith("body:"):
        return Q(addressees__kind="body", addressees__body__key=addressee[5:])
    # A request to all member States is a request to each of them.
    return Q(addressees__kind="state", addressees__state__code=addressee.upper()) | Q(
        addressees__kind="member_states"
    )


def decision_list(
    *,
    actor: Any,
    today: datetime.date,
    meeting: str = "",
    area: str = "",
    kind: str = "",
    addressee: str = "",
    status: str = "",
    overdue: bool | None = None,
) -> QuerySet[Decision]:
    decisions = decisions_visible(actor=actor).select_related("meeting__series", "area")
    if meeting:
        decisions = decisions.filter(meeting__key=meeting)
    if area:
        decisions = decisions.filter(area__code=area)
    if kind:
        decisions = decisions.filter(kind=kind)
    if addressee:
        decisions = decisions.filter(addressee_filter(addressee)).distinct()
    if status:
        decisions = decisions.filter(status=status)
    if overdue is not None:
        late = Q(due_date__lt=today, status=Decision.Status.ACTIVE)
        decisions = decisions.filter(late) if overdue else decisions.exclude(late)
    return decisions.prefetch_related("addressees__state", "addressees__body").order_by(
        "-meeting__start", "meeting_id", "id"
    )


def decision_get(*, pk: int, actor: Any) -> Decision:
    follow_ups = FollowUp.objects.select_related("state", "body").prefetch_related("notes")
    decision = (
        decisions_visible(actor=actor)
        .select_related("meeting__series", "area", "agenda_item", "parent")
        .prefetch_related(
            "addressees__state",
            "addressees__body",
            "sentences",
            Prefetch("follow_ups", queryset=follow_ups),
            Prefetch("positions", queryset=Position.objects.select_related("state")),
        )
        .filter(pk=pk)
        .first()
    )
    if decision is None:
        raise Http404("No such decision")
    return decision


@dataclass(frozen=True)
class ThreadLink:
    source: Decision
    kind: str
    target: Decision


def decision_thread(*, decision: Decision, actor: Any) -> tuple[list[Decision], list[ThreadLink]]:
    """Every decision linked to this one, directly or through others, oldest meeting first."""
    visible = decisions_visible(actor=actor)
    drafts = actor.has_perm("decisions.view_draft")
    seen = {decision.pk}
    queue = deque([decision.pk])
    links: list[ThreadLink] = []
    while queue:
        batch = [queue.popleft() for _ in range(len(queue))]
        found = DecisionLink.objects.filter(
            Q(source_decision_id__in=batch) | Q(target_id__in=batch)
        ).select_related("source_decision__meeting__series", "target__meeting__series")
        for link in found:
            if not drafts and not (link.source_decision.adopted and link.target.adopted):
                continue
            item = ThreadLink(link.source_decision, link.get_kind_display(), link.target)
            if item not in links:
                links.append(item)
            for pk in (link.source_decision_id, link.target_id):
                if pk not in seen:
                    seen.add(pk)
                    queue.append(pk)
    members = list(
        visible.filter(pk__in=seen)
        .select_related("meeting__series")
        .order_by("meeting__start", "id")
    )
    return members, links


@dataclass
class Consensus:
    """Whether a decision's consensus stands among the States that attended its meeting."""

    stands: bool
    blocking: list[MemberState]
    latest: dict[str, Position] = field(default_factory=dict)
    attending: list[MemberState] = field(default_factory=list)


def decision_consensus(*, decision: Decision) -> Consensus:
    attending = [a.state for a in decision.meeting.attendance.select_related("state") if a.state]
    latest: dict[str, Position] = {}
    for position in decision.positions.select_related("state").order_by("id"):
        latest[position.state.code] = position  # recorded later wins
    attending_codes = {s.code for s in attending} or set(latest)
    blocking = [
        p.state
        for code, p in latest.items()
        if code in attending_codes and p.stance in Position.BLOCKING
    ]
    return Consensus(stands=not blocking, blocking=blocking, latest=latest, attending=attending)


@dataclass(frozen=True)
class Tracked:
    """A follow-up with the date it is due by and whether that date has passed."""

    follow_up: FollowUp
    due: datetime.date | None
    due_label: str
    overdue: bool


def track(follow_ups: Any, *, today: datetime.date) -> list[Tracked]:
    """Resolve 'before the next meeting' to the next session's date; sort by due date."""
    follow_ups = list(follow_ups)
    deadlines = session_deadlines({f.decision.meeting for f in follow_ups})
    tracked = []
    for follow_up in follow_ups:
        due, label = follow_up.due_date, ""
        if due is None and follow_up.due_next_meeting:
            next_meeting, bound = deadlines[follow_up.decision.meeting_id]
            due = bound
            label = f"before {next_meeting}" if next_meeting else "before the next session"
        overdue = bool(due and due < today and not follow_up.is_closed)
        tracked.append(Tracked(follow_up, due, label, overdue))
    tracked.sort(key=lambda t: (t.due is None, t.due or datetime.date.max, t.follow_up.pk))
    return tracked


def _follow_ups(actor: Any) -> QuerySet[FollowUp]:
    visible = decisions_visible(actor=actor)
    return FollowUp.objects.filter(decision__in=visible).select_related(
        "decision__meeting__series", "state", "body"
    )


def open_requests(*, actor: Any, today: datetime.date) -> list[Tracked]:
    """Every open action, whoever owns it, by due date."""
    return track(_follow_ups(actor).filter(status__in=OPEN), today=today)


def open_requests_to_secretariat(*, actor: Any, today: datetime.date) -> list[Tracked]:
    return track(
        _follow_ups(actor).filter(owner=FollowUp.Owner.SECRETARIAT, status__in=OPEN), today=today
    )


def asked_of_state(
    *, actor: Any, state: MemberState, today: datetime.date, include_closed: bool = False
) -> list[Tracked]:
    """What the meetings asked of this State: its own actions and those asked of all States."""
    asked = _follow_ups(actor).filter(
        Q(owner=FollowUp.Owner.STATE, state=state) | Q(owner=FollowUp.Owner.MEMBER_STATES)
    )
    if not include_closed:
        asked = asked.filter(status__in=OPEN)
    return track(asked, today=today)


def due_before_next_som(
    *, actor: Any, today: datetime.date
) -> tuple[Meeting | None, list[Tracked]]:
    """Open actions due by the next SOM (all open actions while it is not yet scheduled)."""
    next_som = upcoming(series_code="SOM", today=today)
    cutoff = next_som.start if next_som else None
    tracked = track(_follow_ups(actor).filter(status__in=OPEN), today=today)
    return next_som, [t for t in tracked if cutoff is None or t.due is None or t.due <= cutoff]


def follow_up_list(
    *,
    actor: Any,
    today: datetime.date,
    owner: str = "",
    status: str = "",
    due_before: datetime.date | None = None,
) -> list[Tracked]:
    follow_ups = _follow_ups(actor)
    if owner in {"secretariat", "member_states"}:
        follow_ups = follow_ups.filter(owner=owner)
    elif owner.startswith("body:"):
        follow_ups = follow_ups.filter(owner="body", body__key=owner[5:])
    elif owner:
        follow_ups = follow_ups.filter(owner="state", state__code=owner.upper())
    if status:
        follow_ups = follow_ups.filter(status=status)
    tracked = track(follow_ups, today=today)
    if due_before:
        tracked = [t for t in tracked if t.due and t.due < due_before]
    return tracked


def follow_up_get(*, pk: int, actor: Any) -> FollowUp:
    found = (
        _follow_ups(actor)
        .select_related("decision__area")
        .prefetch_related("notes__author")
        .filter(pk=pk)
        .first()
    )
    if found is None:
        raise Http404("No such follow-up")
    return found
