import datetime
from typing import Any, Literal

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.pagination import paginate
from ninja.security import django_auth

from neaspec import limits
from neaspec.api.errors import ErrorOut
from neaspec.api.paging import Mapped, Page
from neaspec.api.params import ADDRESSEE, LANGUAGES_HELP, SLUG, TEXT, IsoDate, one_of
from neaspec.decisions import selectors, services
from neaspec.decisions.models import Decision, FollowUp, Position
from neaspec.decisions.selectors import Tracked
from neaspec.directory.models import MemberState
from neaspec.library.selectors import document_get
from neaspec.meetings.selectors import meeting_find
from neaspec.multilingual import field_languages
from neaspec.sourcing import cite

router = Router(tags=["decisions"])


class DecisionOut(Schema):
    id: int
    citation: str
    meeting: str
    paragraph: str
    sentence: int | None
    summary: str
    verbs: list[str]
    kind: str
    concern: str
    area: str | None
    addressees: list[str]
    due_date: datetime.date | None
    status: str
    adopted: bool
    languages: dict[str, str] = Field(description=LANGUAGES_HELP)


MEETING = "A meeting as it is cited (SOM-25) or by its key (som-25), any case"


class DecisionFilters(Schema):
    meeting: str = Field("", pattern=SLUG, description=MEETING)
    area: str = Field("", pattern=SLUG, description="A programme area code, e.g. air")
    kind: str = Field("", pattern=one_of(Decision.Kind))
    addressee: str = Field(
        "", pattern=ADDRESSEE, description="secretariat, member_states, a State code or body:<key>"
    )
    status: str = Field("", pattern=one_of(Decision.Status))
    overdue: bool | None = None
    due_before: IsoDate | None = None


def _addressee_code(a: object) -> str:
    kind = getattr(a, "kind", "")
    if kind == "state":
        return a.state.code  # type: ignore[attr-defined]
    if kind == "body":
        return f"body:{a.body.key}"  # type: ignore[attr-defined]
    return str(kind)


def decision_out(d: Decision) -> DecisionOut:
    return DecisionOut(
        id=d.pk,
        citation=d.citation,
        meeting=d.meeting.key,
        paragraph=d.paragraph,
        sentence=d.sentence,
        summary=d.summary,
        verbs=list(d.verbs),
        kind=d.kind,
        concern=d.concern,
        area=d.area.code if d.area else None,
        addressees=[_addressee_code(a) for a in d.addressees.all()],
        due_date=d.due_date,
        status=d.status,
        adopted=d.adopted,
        languages=field_languages(d),
    )


@router.get(
    "/decisions", response={200: list[DecisionOut], 422: ErrorOut}, summary="Decisions, filtered"
)
@paginate(Page)
def list_decisions(request: HttpRequest, filters: Query[DecisionFilters]) -> Any:
    decisions = selectors.decision_list(
        actor=request.user, today=timezone.localdate(), **filters.model_dump()
    )
    return Mapped(decisions, decision_out)


class FollowUpOut(Schema):
    id: int
    decision: str
    action: str
    owner: str
    due: datetime.date | None
    due_note: str
    overdue: bool
    status: str
    progress: int
    outcome: str
    closed_on: datetime.date | None
    evidence: list[str]
    languages: dict[str, str] = Field(description=LANGUAGES_HELP)


class FollowUpFilters(Schema):
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
    area: str = Field("", pattern=SLUG, description="A programme area code, e.g. air")
    overdue: bool | None = None
    due_before: IsoDate | None = None


def _evidence(f: FollowUp) -> list[str]:
    """What shows an action closed, as citations: a decision, a meeting, a document, a source."""
    found = []
    if f.evidence_decision:
        found.append(f.evidence_decision.citation)
    if f.evidence_meeting:
        found.append(f.evidence_meeting.label)
    if f.evidence_document:
        found.append(f.evidence_document.title)
    found += [str(c) for c in cite(f.evidence_source)]
    return found


def follow_up_out(t: Tracked) -> FollowUpOut:
    f = t.follow_up
    owner = f.state.code if f.state else (f"body:{f.body.key}" if f.body else f.owner)
    return FollowUpOut(
        id=f.pk,
        decision=f.decision.citation,
        action=f.action,
        owner=owner,
        due=t.due,
        due_note=t.due_label,
        overdue=t.overdue,
        status=f.status,
        progress=f.progress,
        outcome=f.outcome,
        closed_on=f.closed_on,
        evidence=_evidence(f),
        languages=field_languages(f),
    )


@router.get(
    "/followups",
    response={200: list[FollowUpOut], 422: ErrorOut},
    summary="Follow-up actions, filtered",
)
@paginate(Page)
def list_follow_ups(request: HttpRequest, filters: Query[FollowUpFilters]) -> Any:
    meeting = meeting_find(filters.meeting) if filters.meeting else None
    if filters.meeting and meeting is None:
        return []
    tracked = selectors.follow_up_list(
        actor=request.user,
        today=timezone.localdate(),
        status=filters.status or "open",
        meeting=meeting,
        owner=filters.owner,
        area=filters.area,
        overdue=filters.overdue,
        due_before=filters.due_before,
    )
    return Mapped(tracked, follow_up_out)


class CloseIn(Schema):
    status: Literal["done", "dropped"]
    outcome: str = Field(min_length=1, max_length=limits.NOTE, pattern=TEXT)
    closed_on: IsoDate
    evidence_decision: int | None = Field(None, description="The id of a later decision")
    evidence_meeting: str = Field("", pattern=SLUG, description=MEETING)
    evidence_document: int | None = Field(None, description="The id of a library document")
    evidence_source: str = Field("", max_length=limits.SHORT, pattern=TEXT)


@router.post(
    "/followups/{follow_up_id}/close",
    auth=django_auth,
    response={200: FollowUpOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Close a follow-up action as done or dropped, on evidence (its owner or the "
    "Secretariat)",
)
def close_follow_up(request: HttpRequest, follow_up_id: int, data: CloseIn) -> FollowUpOut:
    follow_up = selectors.follow_up_get(pk=follow_up_id, actor=request.user)
    evidence_meeting = None
    if data.evidence_meeting:
        evidence_meeting = meeting_find(data.evidence_meeting)
        if evidence_meeting is None:
            raise ValidationError({"evidence_meeting": "No meeting is called so."})
    evidence_decision = (
        selectors.decision_get(pk=data.evidence_decision, actor=request.user)
        if data.evidence_decision
        else None
    )
    evidence_document = (
        document_get(pk=data.evidence_document, actor=request.user)
        if data.evidence_document
        else None
    )
    services.follow_up_close(
        actor=request.user,
        follow_up=follow_up,
        status=data.status,
        outcome=data.outcome,
        closed_on=data.closed_on,
        evidence_decision=evidence_decision,
        evidence_meeting=evidence_meeting,
        evidence_document=evidence_document,
        evidence_source=data.evidence_source,
    )
    refreshed = selectors.follow_up_get(pk=follow_up_id, actor=request.user)
    return follow_up_out(selectors.track([refreshed], today=timezone.localdate())[0])


class ProgressIn(Schema):
    date: IsoDate
    text: str = Field(min_length=1, max_length=limits.NOTE, pattern=TEXT)
    progress: int = Field(ge=0, le=100)
    status: FollowUp.Status


@router.post(
    "/followups/{follow_up_id}/progress",
    auth=django_auth,
    response={201: FollowUpOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Record progress on a follow-up action (its owner or the Secretariat)",
)
def record_progress(
    request: HttpRequest, follow_up_id: int, data: ProgressIn
) -> tuple[int, FollowUpOut]:
    follow_up = selectors.follow_up_get(pk=follow_up_id, actor=request.user)
    services.follow_up_progress_record(actor=request.user, follow_up=follow_up, **data.model_dump())
    refreshed = selectors.follow_up_get(pk=follow_up_id, actor=request.user)
    return 201, follow_up_out(selectors.track([refreshed], today=timezone.localdate())[0])


class PositionIn(Schema):
    state: str = Field(pattern=r"^[A-Za-z]{2}$")
    stance: Position.Stance
    date: IsoDate | None = None
    note: str = Field("", max_length=500, pattern=TEXT)


class PositionOut(Schema):
    state: str
    stance: str
    date: datetime.date | None
    note: str
    consensus_stands: bool


@router.post(
    "/decisions/{decision_id}/positions",
    auth=django_auth,
    response={201: PositionOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Record a member State's position on a draft decision",
)
def record_position(
    request: HttpRequest, decision_id: int, data: PositionIn
) -> tuple[int, PositionOut]:
    decision = selectors.decision_get(pk=decision_id, actor=request.user)
    state = get_object_or_404(MemberState, code=data.state.upper())
    position = services.position_record(
        actor=request.user,
        decision=decision,
        state=state,
        stance=data.stance,
        date=data.date,
        note=data.note,
    )
    consensus = selectors.decision_consensus(decision=decision)
    return 201, PositionOut(
        state=state.code,
        stance=position.stance,
        date=position.date,
        note=position.note,
        consensus_stands=consensus.stands,
    )
