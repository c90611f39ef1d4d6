"""The decisions API's schemas: the lists' filters (read by the pages' filter forms), what is
sent to close, progress, take positions and link decisions, and the answers, read from the
models."""

import datetime
from typing import Annotated, ClassVar, Literal, Self

from ninja import Field, Schema
from pydantic import model_validator

from neaspec import limits
from neaspec.api.filters import FilterFormClass, FormFilters
from neaspec.api.params import ADDRESSEE, SLUG, TEXT, IsoDate, one_of
from neaspec.api.schemas import In, Languages, Out
from neaspec.decisions import selectors
from neaspec.decisions.addressees import AddresseeCode
from neaspec.decisions.forms import DecisionFilterForm, FollowUpFilterForm
from neaspec.decisions.models import Decision, DecisionLink, FollowUp, Position
from neaspec.decisions.selectors import Tracked
from neaspec.meetings.models import Meeting
from neaspec.meetings.schemas import MEETING, MeetingNamed
from neaspec.multilingual import field_languages
from neaspec.sourcing import cite

AREA = "A programme area code, e.g. air"


class DecisionFilters(FormFilters):
    form: ClassVar[FilterFormClass] = DecisionFilterForm

    meeting: str = Field("", pattern=SLUG, description=MEETING)
    area: str = Field("", pattern=SLUG, description=AREA)
    kind: str = Field("", pattern=one_of(Decision.Kind))
    addressee: str = Field(
        "", pattern=ADDRESSEE, description="secretariat, member_states, a State code or body:<key>"
    )
    status: str = Field("", pattern=one_of(Decision.Status))
    overdue: bool | None = None
    due_before: IsoDate | None = None


class DecisionOut(Out):
    id: int
    citation: str
    meeting: str = Field(alias="meeting.key")
    paragraph: str
    sentence: int | None
    summary: str
    verbs: list[str]
    kind: str
    concern: str
    area: str | None = Field(None, alias="area.code")
    addressees: list[str]
    due_date: datetime.date | None
    status: str
    adopted: bool
    languages: Languages

    @staticmethod
    def resolve_addressees(decision: Decision) -> list[str]:
        return [str(AddresseeCode.of(a)) for a in decision.addressees.all()]


class FollowUpFilters(FormFilters):
    form: ClassVar[FilterFormClass] = FollowUpFilterForm

    status: str = Field(
        "open",
        pattern=r"^(open|in_progress|done|dropped|closed|all)?$",
        description="open (the default: open or in progress), in_progress, done, dropped, "
        "closed or all",
    )
    meeting: str = Field("", pattern=SLUG, description=MEETING)
    owner: str = Field(
        "",
        pattern=ADDRESSEE,
        description="secretariat, member_states, a State code (with what is asked of all "
        "States) or body:<key>",
    )
    area: str = Field("", pattern=SLUG, description=AREA)
    overdue: bool | None = None
    due_before: IsoDate | None = None


# A follow-up as the tracker shows it (a `Tracked`): with the date it is due by.
class FollowUpOut(Out):
    id: int = Field(alias="follow_up.id")
    decision: str = Field(alias="follow_up.decision.citation")
    action: str = Field(alias="follow_up.action")
    owner: str
    due: datetime.date | None
    due_note: str = Field(alias="due_label")
    overdue: bool
    status: str = Field(alias="follow_up.status")
    progress: int = Field(alias="follow_up.progress")
    outcome: str = Field(alias="follow_up.outcome")
    closed_on: datetime.date | None = Field(alias="follow_up.closed_on")
    evidence: list[str]
    languages: Languages

    @staticmethod
    def resolve_owner(tracked: Tracked) -> str:
        return str(AddresseeCode.of(tracked.follow_up))

    @staticmethod
    def resolve_evidence(tracked: Tracked) -> list[str]:
        """What shows the action closed, as citations: a decision, a meeting, a document, a
        source."""
        f = tracked.follow_up
        found = []
        if f.evidence_decision:
            found.append(f.evidence_decision.citation)
        if f.evidence_meeting:
            found.append(f.evidence_meeting.label)
        if f.evidence_document:
            found.append(f.evidence_document.title)
        return found + [str(c) for c in cite(f.evidence_source)]

    @staticmethod
    def resolve_languages(tracked: Tracked) -> dict[str, str]:
        return field_languages(tracked.follow_up)


class CloseIn(In):
    status: Literal["done", "dropped"]
    outcome: str = Field(min_length=1, max_length=limits.NOTE, pattern=TEXT)
    closed_on: IsoDate
    evidence_decision: int | None = Field(None, description="The id of a later decision")
    evidence_meeting: Annotated[Meeting | None, MeetingNamed()] = Field(
        "", validate_default=True, description=MEETING
    )
    evidence_document: int | None = Field(None, description="The id of a library document")
    evidence_source: str = Field("", max_length=limits.SHORT, pattern=TEXT)


class ProgressIn(In):
    date: IsoDate
    text: str = Field(min_length=1, max_length=limits.NOTE, pattern=TEXT)
    progress: int = Field(ge=0, le=100)
    status: FollowUp.Status


class PositionIn(In):
    state: str = Field(pattern=r"^[A-Za-z]{2}$")
    position: Position.Stance | None = Field(
        None, description="support, reservation, objection or suspension_requested"
    )
    stance: Position.Stance | None = Field(None, description="The same as `position`")
    date: IsoDate | None = None
    note: str = Field("", max_length=500, pattern=TEXT)
    version: int | None = Field(
        None, ge=1, description="The version of the text the State read; 409 if amended since"
    )

    @model_validator(mode="after")
    def one_position(self) -> Self:
        if (self.position is None) == (self.stance is None):
            raise ValueError("Give the position: support, reservation, objection or suspension.")
        return self

    @property
    def chosen(self) -> str:
        return str(self.position or self.stance)


class PositionOut(Out):
    state: str = Field(alias="state.code")
    position: str = Field(alias="stance")
    stance: str
    date: datetime.date | None
    note: str
    version: int | None = Field(description="The version of the text the position was taken on")
    consensus_stands: bool

    @staticmethod
    def resolve_consensus_stands(position: Position) -> bool:
        return selectors.decision_consensus(decision=position.decision).stands


class LinkIn(In):
    to: str = Field(
        min_length=1,
        max_length=40,
        pattern=TEXT,
        description="The other decision's citation, e.g. SOM-25, para. 4.2",
    )
    kind: str = Field(
        max_length=20, description="continues, amends, replaces, reports_on or recalls"
    )
    note: str = Field("", max_length=DecisionLink._meta.get_field("note").max_length, pattern=TEXT)


class DecisionCited(Out):
    id: int
    citation: str


# A link as one of its decisions reads it (a `LinkRead`): from its source "continues", from
# its target "continued by".
class LinkOut(Out):
    id: int = Field(alias="link.pk")
    kind: str = Field(alias="link.code", description=", ".join(DecisionLink.Kind.values))
    kind_words: str = Field(alias="link.kind", description="The kind in words: continues")
    reads: str = Field(
        alias="words",
        description="How the decision asked about reads the link: continues, or from the "
        "other end continued by",
    )
    source: DecisionCited = Field(alias="link.source")
    target: DecisionCited = Field(alias="link.target")
    note: str = Field(alias="link.note")


class LinksOut(Schema):
    links_out: list[LinkOut] = Field(description="This decision continues, amends … those")
    links_in: list[LinkOut] = Field(description="This decision is continued, amended … by those")


class StandOut(Schema):
    state: str
    state_name: str
    position: str | None = Field(description="support, reservation, objection or suspension")
    position_label: str | None
    note: str
    version: int | None = Field(description="The version of the text the position was taken on")
    current: bool = Field(description="Taken on the text now on the screen")


class PositionsOut(Schema):
    decision: int
    citation: str
    adopted: bool
    version: int | None = Field(description="The version of the text on the screen")
    consensus: bool = Field(description="No State present objects or asks to suspend the text")
    blocking: list[str]
    waiting: list[str] = Field(description="States present that have not spoken to this text")
    states: list[StandOut]
