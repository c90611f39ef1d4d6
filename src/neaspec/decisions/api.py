import datetime

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Query, Router, Schema
from ninja.security import django_auth

from neaspec.api.errors import ErrorOut
from neaspec.api.params import ADDRESSEE, SLUG, TEXT, IsoDate, one_of
from neaspec.decisions import selectors, services
from neaspec.decisions.models import Decision, FollowUp, Position
from neaspec.decisions.selectors import Tracked
from neaspec.directory.models import MemberState

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


class DecisionFilters(Schema):
    meeting: str = Field("", pattern=SLUG, description="A meeting key, e.g. som-25")
    area: str = Field("", pattern=SLUG, description="A programme area code, e.g. air")
    kind: str = Field("", pattern=one_of(Decision.Kind))
    addressee: str = Field(
        "", pattern=ADDRESSEE, description="secretariat, member_states, a State code or body:<key>"
    )
    status: str = Field("", pattern=one_of(Decision.Status))
    overdue: bool | None = None


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
    )


@router.get(
    "/decisions", response={200: list[DecisionOut], 422: ErrorOut}, summary="Decisions, filtered"
)
def list_decisions(request: HttpRequest, filters: Query[DecisionFilters]) -> list[DecisionOut]:
    decisions = selectors.decision_list(
        actor=request.user, today=timezone.localdate(), **filters.model_dump()
    )
    return [decision_out(d) for d in decisions]


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


class FollowUpFilters(Schema):
    owner: str = Field(
        "", pattern=ADDRESSEE, description="secretariat, member_states, a State code or body:<key>"
    )
    status: str = Field("", pattern=one_of(FollowUp.Status))
    due_before: IsoDate | None = None


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
    )


@router.get(
    "/followups",
    response={200: list[FollowUpOut], 422: ErrorOut},
    summary="Follow-up actions, filtered",
)
def list_follow_ups(request: HttpRequest, filters: Query[FollowUpFilters]) -> list[FollowUpOut]:
    tracked = selectors.follow_up_list(
        actor=request.user,
        today=timezone.localdate(),
        owner=filters.owner,
        status=filters.status,
        due_before=filters.due_before,
    )
    return [follow_up_out(t) for t in tracked]


class ProgressIn(Schema):
    date: IsoDate
    text: str = Field(min_length=1, max_length=4000, pattern=TEXT)
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
