"""Reads of a meeting in session: its officers, its statements under each agenda item, and its
drafts with their versions and where each member State stands on the text on the screen."""

from dataclasses import dataclass, field
from typing import Any

from django.db.models import Prefetch, QuerySet

from neaspec.accounts.models import Actor
from neaspec.decisions.models import Decision, DraftText, Position
from neaspec.decisions.selectors import Consensus, consensus_among, decisions_visible
from neaspec.diff import Piece, compare
from neaspec.directory.models import MemberState
from neaspec.meetings.models import AgendaItem, Meeting, Officer, Statement
from neaspec.meetings.selectors import states_present


def officers(meeting: Meeting) -> QuerySet[Officer]:
    return meeting.officers.select_related("person", "state").order_by("role", "id")


@dataclass(frozen=True)
class ItemStatements:
    item: AgendaItem | None  # None: statements under no item
    statements: list[Statement]


def statements_by_item(meeting: Meeting) -> list[ItemStatements]:
    """Each agenda item in order with the statements under it, then those under none."""
    said: dict[int | None, list[Statement]] = {}
    for statement in meeting.statements.select_related("state", "organization").order_by("id"):
        said.setdefault(statement.agenda_item_id, []).append(statement)
    items = [ItemStatements(i, said.get(i.pk, [])) for i in meeting.agenda_items.all()]
    if said.get(None):
        items.append(ItemStatements(None, said[None]))
    return items


@dataclass(frozen=True)
class Stand:
    """Where one member State stands on a draft: its position on the text on the screen, or
    (when it has not spoken to that text) the one it took on an earlier version."""

    state: MemberState
    position: Position | None
    earlier: Position | None


@dataclass
class Draft:
    decision: Decision
    texts: list[DraftText]
    consensus: Consensus
    stands: list[Stand]
    changes: list[Piece]  # from the version before to the text on the screen; [] for the first
    forms: dict[str, Any] = field(default_factory=dict)  # the page's forms for this draft

    @property
    def version(self) -> int:
        return self.texts[-1].number


def drafts(*, actor: Actor, meeting: Meeting) -> list[Draft]:
    """The meeting's decisions drafted on the screen and not adopted yet, in paragraph order,
    each with its versions, where each State stands and what the last amendment changed —
    read in a fixed number of queries, however many drafts and positions."""
    found = (
        decisions_visible(actor=actor)
        .filter(meeting=meeting, adopted=False, texts__isnull=False)
        .distinct()
        .select_related("agenda_item", "meeting__series")
        .prefetch_related(
            Prefetch("texts", queryset=DraftText.objects.order_by("number")),
            Prefetch("positions", queryset=Position.objects.select_related("state").order_by("id")),
        )
    )
    states = states_present(meeting)
    attending = list(MemberState.objects.filter(attendance__meeting=meeting).order_by("name"))
    rows = []
    for decision in sorted(found, key=lambda d: (len(d.paragraph), d.paragraph)):
        texts = list(decision.texts.all())
        consensus = consensus_among(
            decision.positions.all(), version=texts[-1].number, attending=attending
        )
        stands = [
            Stand(s, consensus.latest.get(s.code), consensus.earlier.get(s.code)) for s in states
        ]
        changes = compare([texts[-2].text], [texts[-1].text])[0].pieces if len(texts) > 1 else []
        rows.append(Draft(decision, texts, consensus, stands, changes))
    return rows


def adopted_in_session(*, actor: Actor, meeting: Meeting) -> QuerySet[Decision]:
    """The decisions the meeting adopted from a draft on the screen, with their follow-ups."""
    return (
        decisions_visible(actor=actor)
        .filter(meeting=meeting, adopted=True, texts__isnull=False)
        .distinct()
        .select_related("meeting__series")
        .prefetch_related("follow_ups")
        .order_by("id")
    )
