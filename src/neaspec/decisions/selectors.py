"""Reads of decisions and follow-up: trackers, threads across meetings, consensus."""

import datetime
import re
from collections import Counter, deque
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from django.db.models import (
    Count,
    Exists,
    F,
    Max,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
)
from django.http import Http404
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import focal_point_state_ids, is_secretariat
from neaspec.decisions.addressees import AddresseeCode
from neaspec.decisions.models import Decision, DecisionLink, DraftText, FollowUp, Position
from neaspec.diff import Piece, compare
from neaspec.directory.models import Body, MemberState
from neaspec.library.models import Document
from neaspec.meetings.models import Meeting
from neaspec.meetings.selectors import meeting_find, session_deadlines
from neaspec.paging import Rows
from neaspec.programme.models import ProgrammeArea

OPEN = [FollowUp.Status.OPEN, FollowUp.Status.IN_PROGRESS]


def decisions_visible(*, actor: Actor) -> QuerySet[Decision]:
    decisions = Decision.objects.all()
    if not actor.has_perm("decisions.view_draft"):
        decisions = decisions.filter(adopted=True)
    return decisions


def meeting_decisions(*, actor: Actor, meeting: Meeting) -> list[Decision]:
    """The decisions of a meeting the actor may see, in the report's order."""
    return list(
        decisions_visible(actor=actor)
        .filter(meeting=meeting)
        .select_related("area")
        .prefetch_related("addressees__state", "addressees__body")
        .order_by("id")
    )


# The newest meetings looked at first for the latest decisions (most have decisions).
LOOK_BACK = 30


def newest_meeting_with(decisions: QuerySet[Decision]) -> Meeting | None:
    """The newest meeting that took one of `decisions`: among the newest meetings first, in
    two small queries; only if none of them did, by all the decisions."""
    newest = Meeting.objects.select_related("series").order_by(
        F("start").desc(nulls_last=True), "pk"
    )
    recent = list(newest[:LOOK_BACK])
    took = set(decisions.filter(meeting__in=recent).values_list("meeting_id", flat=True))
    found = next((m for m in recent if m.pk in took), None)
    return found or newest.filter(Exists(decisions.filter(meeting=OuterRef("pk")))).first()


def states_spoken_for(*, actor: Actor) -> QuerySet[MemberState]:
    """The States whose positions this actor records: all for the Secretariat, else their own."""
    if is_secretariat(actor):
        return MemberState.objects.all()
    return MemberState.objects.filter(pk__in=focal_point_state_ids(actor))


def decision_list(
    *,
    actor: Actor,
    today: datetime.date,
    meeting: Meeting | None = None,
    area: ProgrammeArea | None = None,
    kind: str = "",
    addressee: AddresseeCode | None = None,
    status: str = "",
    overdue: bool | None = None,
    due_before: datetime.date | None = None,
) -> QuerySet[Decision]:
    """Decisions the actor may see, newest meeting first, of a meeting, a programme area, a
    kind, an addressee (a State's: with those addressed to all member States), a status,
    overdue or not, due before a date."""
    decisions = decisions_visible(actor=actor).select_related("meeting__series", "area")
    if meeting is not None:
        decisions = decisions.filter(meeting=meeting)
    if area is not None:
        decisions = decisions.filter(area=area)
    if kind:
        decisions = decisions.filter(kind=kind)
    if addressee is not None:
        decisions = decisions.filter(addressee.decisions()).distinct()
    if status:
        decisions = decisions.filter(status=status)
    if overdue is not None:
        late = Q(due_date__lt=today, status=Decision.Status.ACTIVE)
        decisions = decisions.filter(late) if overdue else decisions.exclude(late)
    if due_before:
        decisions = decisions.filter(due_date__lt=due_before)
    # A paragraph recorded sentence by sentence heads them: the list shows it as their heading.
    heads = Exists(Decision.objects.filter(parent=OuterRef("pk")))
    return (
        decisions.annotate(heads_sentences=heads)
        .prefetch_related("addressees__state", "addressees__body")
        .order_by("-meeting__start", "meeting_id", "id")
    )


# "SOM-25, para. 10.3", "SOM-25 para 10", "som-25/10.3".
CITATION = re.compile(
    r"^\s*(?P<meeting>.+?)\s*(?:,?\s*para(?:graph)?\.?\s*|/)(?P<para>\d+)(?:\.(?P<sentence>\d+))?\s*$",
    re.IGNORECASE,
)


def decision_by_citation(citation: str) -> Decision | None:
    """The decision a citation names, as the programme writes it or as the dataset does."""
    match = CITATION.match(citation)
    meeting = meeting_find(match["meeting"]) if match else None
    if match is None or meeting is None:
        return None
    sentence = int(match["sentence"]) if match["sentence"] else None
    return Decision.objects.filter(
        meeting=meeting, paragraph=match["para"], sentence=sentence
    ).first()


def decision_get(*, pk: int, actor: Actor) -> Decision:
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
    """A link of a thread, in words as it reads from its source (`kind`: "continues") and from
    its target (`inverse`: "continued by"); `code` is its kind's code ("continues")."""

    source: Decision
    kind: str
    target: Decision
    code: str = ""
    inverse: str = ""
    note: str = ""
    pk: int | None = None

    @classmethod
    def of(cls, link: DecisionLink) -> "ThreadLink":
        return cls(
            link.source_decision,
            link.get_kind_display(),
            link.target,
            code=link.kind,
            inverse=link.inverse_display,
            note=link.note,
            pk=link.pk,
        )

    def read_from(self, decision: Decision) -> "LinkRead":
        """The link as `decision` (one of its ends) reads it."""
        if decision.pk == self.source.pk:
            return LinkRead(self, self.kind, self.target, outgoing=True)
        return LinkRead(self, self.inverse, self.source, outgoing=False)


@dataclass(frozen=True)
class LinkRead:
    """A link as one of its two decisions reads it: "continues SOM-25, para. 4.2" from its
    source, "continued by SOM-30, para. 6" from its target (`other`)."""

    link: ThreadLink
    words: str
    other: Decision
    outgoing: bool


def decision_thread(*, decision: Decision, actor: Actor) -> tuple[list[Decision], list[ThreadLink]]:
    """Every decision linked to this one, directly or through others, oldest meeting first,
    and the links between them; a link to a draft only for those who may see drafts."""
    visible = decisions_visible(actor=actor)
    drafts = actor.has_perm("decisions.view_draft")
    seen = {decision.pk}
    queue = deque([decision.pk])
    links: list[ThreadLink] = []
    while queue:
        batch = [queue.popleft() for _ in range(len(queue))]
        found = (
            DecisionLink.objects.filter(Q(source_decision_id__in=batch) | Q(target_id__in=batch))
            .select_related("source_decision__meeting__series", "target__meeting__series")
            .order_by("pk")
        )
        for link in found:
            if not drafts and not (link.source_decision.adopted and link.target.adopted):
                continue
            item = ThreadLink.of(link)
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


def links_of(decision: Decision, links: list[ThreadLink]) -> tuple[list[LinkRead], list[LinkRead]]:
    """Of a thread's links (`decision_thread`'s), those from `decision` and those to it, each
    as `decision` reads it: "continues …", then "continued by …"."""
    out = [link.read_from(decision) for link in links if link.source.pk == decision.pk]
    into = [link.read_from(decision) for link in links if link.target.pk == decision.pk]
    return out, into


def decision_link_get(*, decision: Decision, pk: int) -> DecisionLink:
    """The link `pk` from or to `decision` (one the actor may see: `decision_get`'s)."""
    found = DecisionLink.objects.filter(
        Q(source_decision=decision) | Q(target=decision), pk=pk
    ).first()
    if found is None:
        raise Http404("No such link")
    return found


@dataclass
class Consensus:
    """Whether a decision's consensus stands among the States that attended its meeting: no
    State's latest position on the text now on the screen objects or asks to suspend it (a
    reservation is recorded and lets it stand). A position taken on an earlier version of the
    text no longer counts; that State is `waiting` until it speaks to the new one."""

    stands: bool
    blocking: list[MemberState]
    latest: dict[str, Position] = field(default_factory=dict)
    attending: list[MemberState] = field(default_factory=list)
    version: int | None = None
    earlier: dict[str, Position] = field(default_factory=dict)
    waiting: list[MemberState] = field(default_factory=list)


def draft_version(decision: Decision) -> int | None:
    """The number of the text now on the screen; None for a decision recorded from a report."""
    version: int | None = decision.texts.aggregate(number=Max("number"))["number"]
    return version


@dataclass(frozen=True)
class TextVersion:
    """A version of a draft's text and what changed from the one before ([] for the first)."""

    text: DraftText
    changes: list[Piece]


def draft_versions(decision: Decision) -> list[TextVersion]:
    """The versions of a decision drafted on the screen, newest first; [] for one recorded
    from a report."""
    texts = list(decision.texts.select_related("written_by").order_by("number"))
    versions = [
        TextVersion(text, compare([texts[i - 1].text], [text.text])[0].pieces if i else [])
        for i, text in enumerate(texts)
    ]
    return versions[::-1]


def decision_consensus(*, decision: Decision) -> Consensus:
    attending = [a.state for a in decision.meeting.attendance.select_related("state") if a.state]
    positions = decision.positions.select_related("state").order_by("id")
    return consensus_among(positions, version=draft_version(decision), attending=attending)


def consensus_among(
    positions: Iterable[Position], *, version: int | None, attending: list[MemberState]
) -> Consensus:
    """Consensus from a draft's positions in the order recorded, the number of its text on the
    screen and the States attending (read once for all of a meeting's drafts)."""
    latest: dict[str, Position] = {}
    earlier: dict[str, Position] = {}
    for position in positions:
        code = position.state.code
        if position.version is None or position.version == version:
            latest[code] = position  # recorded later wins
            earlier.pop(code, None)
        else:
            earlier[code] = position
            latest.pop(code, None)
    attending_codes = {s.code for s in attending} or set(latest) | set(earlier)
    blocking = [
        p.state
        for code, p in latest.items()
        if code in attending_codes and p.stance in Position.BLOCKING
    ]
    waiting = [s for s in attending if s.code not in latest]
    return Consensus(
        stands=not blocking,
        blocking=blocking,
        latest=latest,
        attending=attending,
        version=version,
        earlier=earlier,
        waiting=waiting,
    )


@dataclass(frozen=True)
class Tracked:
    """A follow-up with the date it is due by and whether that date has passed."""

    follow_up: FollowUp
    due: datetime.date | None
    due_label: str
    overdue: bool


def track(follow_ups: Any, *, today: datetime.date, ordered: bool = False) -> list[Tracked]:
    """Resolve 'before the next meeting' to the next session's date (and name it), for the
    rows shown: one query, whatever the number of rows. `ordered` rows (from
    `follow_ups_due`) keep their order; others are sorted by due date."""
    follow_ups = list(follow_ups)
    deadlines = session_deadlines({f.decision.meeting for f in follow_ups})
    tracked = []
    for follow_up in follow_ups:
        due, label = follow_up.due_date, ""
        if due is None and follow_up.due_next_meeting:
            next_meeting, bound = deadlines[follow_up.decision.meeting_id]
            due = bound
            label = (
                _("before %(meeting)s") % {"meeting": next_meeting}
                if next_meeting
                else _("before the next session")
            )
        overdue = bool(due and due < today and not follow_up.is_closed)
        tracked.append(Tracked(follow_up, due, label, overdue))
    if not ordered:
        tracked.sort(key=lambda t: (t.due is None, t.due or datetime.date.max, t.follow_up.pk))
    return tracked


def tracked_rows(follow_ups: QuerySet[FollowUp], today: datetime.date) -> Rows[Tracked]:
    """Follow-ups in the database's order, tracked a page at a time."""
    return Rows(follow_ups, lambda shown: track(shown, today=today, ordered=True))


def follow_ups_visible(*, actor: Actor) -> QuerySet[FollowUp]:
    """The follow-up actions of the decisions the actor may see (`decisions_visible`)."""
    # All but the drafts' (few, found by their index), so that lists need no join to the
    # decisions to count.
    follow_ups = FollowUp.objects.all()
    if not actor.has_perm("decisions.view_draft"):
        follow_ups = follow_ups.exclude(decision__in=Decision.objects.filter(adopted=False))
    return follow_ups


def _follow_ups(actor: Actor) -> QuerySet[FollowUp]:
    # An evidence document is shown by its title: its text (a whole report) is not read.
    evidence_text = [f"evidence_document__{name}" for name in Document.TEXT_FIELDS]
    return (
        follow_ups_visible(actor=actor)
        .select_related(
            "decision__meeting__series",
            "decision__area",
            "state",
            "body",
            "evidence_decision__meeting__series",
            "evidence_meeting__series",
            "evidence_document",
        )
        .defer(*evidence_text)
    )


# The tracker's status filter: 'open' means not yet closed (open or in progress).
STATUS_FILTERS = {
    "open": OPEN,
    "in_progress": [FollowUp.Status.IN_PROGRESS],
    "done": [FollowUp.Status.DONE],
    "dropped": [FollowUp.Status.DROPPED],
    "closed": [FollowUp.Status.DONE, FollowUp.Status.DROPPED],
}


def follow_ups_due(
    *,
    actor: Actor,
    today: datetime.date,
    status: str = "open",
    meeting: Meeting | None = None,
    owner: AddresseeCode | None = None,
    area: ProgrammeArea | None = None,
    overdue: bool | None = None,
    due_before: datetime.date | None = None,
) -> QuerySet[FollowUp]:
    """Follow-up actions by due date: open by default, or done, dropped, closed or all, of one
    meeting, owner or programme area, overdue or not, due before a date — all by the stored
    `due_by` (its date, or the date by which the next session was held), so that the
    database filters, sorts and counts by its index."""
    follow_ups = _follow_ups(actor)
    if status in STATUS_FILTERS:
        follow_ups = follow_ups.filter(status__in=STATUS_FILTERS[status])
    if meeting is not None:
        follow_ups = follow_ups.filter(decision__meeting=meeting)
    if owner is not None:
        follow_ups = follow_ups.filter(owner.follow_ups())
    if area is not None:
        follow_ups = follow_ups.filter(decision__area=area)
    if overdue is not None:
        late = Q(due_by__lt=today, status__in=OPEN)
        follow_ups = follow_ups.filter(late) if overdue else follow_ups.exclude(late)
    if due_before:
        follow_ups = follow_ups.filter(due_by__lt=due_before)
    return follow_ups.order_by(F("due_by").asc(nulls_last=True), "pk")


def follow_up_list(*, actor: Actor, today: datetime.date, **filters: Any) -> Rows[Tracked]:
    """`follow_ups_due`, tracked a page at a time."""
    return tracked_rows(follow_ups_due(actor=actor, today=today, **filters), today)


def requests_by_owner(*, actor: Actor, today: datetime.date) -> list[tuple[str, int, int]]:
    """Open actions counted by whom they ask — (name, open, overdue), most first — in one
    query."""
    rows = (
        follow_ups_due(actor=actor, today=today)
        .order_by()
        .values("owner", "state", "body")
        .annotate(open=Count("pk"), overdue=Count("pk", filter=Q(due_by__lt=today)))
    )
    states = {s.pk: str(s) for s in MemberState.objects.all()}
    bodies = {b.pk: str(b) for b in Body.objects.filter(pk__in={r["body"] for r in rows})}
    owners = dict(FollowUp.Owner.choices)
    counted: Counter[str] = Counter()
    late: Counter[str] = Counter()
    for row in rows:
        name = states.get(row["state"]) or bodies.get(row["body"]) or str(owners[row["owner"]])
        counted[name] += row["open"]
        late[name] += row["overdue"]
    return [(name, count, late[name]) for name, count in counted.most_common()]


def asked_of_state(
    *, actor: Actor, state: MemberState, today: datetime.date, status: str = "open"
) -> Rows[Tracked]:
    """What the meetings asked of this State: its own actions and those asked of all States."""
    return follow_up_list(actor=actor, today=today, status=status, owner=AddresseeCode.of(state))


def follow_up_get(*, pk: int, actor: Actor) -> FollowUp:
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
