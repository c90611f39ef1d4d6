"""The decisions API: decisions and follow-up actions, filtered as their pages filter them;
closing an action on evidence, recording progress and a member State's position."""

from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Query, Router
from ninja.pagination import paginate
from ninja.security import django_auth

from neaspec.api.errors import ErrorOut
from neaspec.api.paging import Page
from neaspec.decisions import selectors, services
from neaspec.decisions.models import Position
from neaspec.decisions.schemas import (
    CloseIn,
    DecisionFilters,
    DecisionOut,
    FollowUpFilters,
    FollowUpOut,
    PositionIn,
    PositionOut,
    ProgressIn,
)
from neaspec.decisions.selectors import Tracked
from neaspec.directory.models import MemberState
from neaspec.library.selectors import document_get

router = Router(tags=["decisions"])
WRITES = {401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut}


@router.get(
    "/decisions", response={200: list[DecisionOut], 422: ErrorOut}, summary="Decisions, filtered"
)
@paginate(Page)
def list_decisions(request: HttpRequest, filters: Query[DecisionFilters]) -> Any:
    return selectors.decision_list(
        actor=request.user, today=timezone.localdate(), **filters.selected()
    )


@router.get(
    "/followups",
    response={200: list[FollowUpOut], 422: ErrorOut},
    summary="Follow-up actions, filtered",
)
@paginate(Page)
def list_follow_ups(request: HttpRequest, filters: Query[FollowUpFilters]) -> Any:
    return selectors.follow_up_list(
        actor=request.user, today=timezone.localdate(), **filters.selected()
    )


def _tracked(request: HttpRequest, follow_up_id: int) -> Tracked:
    """The follow-up as it now stands, with the date it is due by."""
    follow_up = selectors.follow_up_get(pk=follow_up_id, actor=request.user)
    return selectors.track([follow_up], today=timezone.localdate())[0]


@router.post(
    "/followups/{follow_up_id}/close",
    auth=django_auth,
    response={200: FollowUpOut, **WRITES},
    summary="Close a follow-up action as done or dropped, on evidence (its owner or the "
    "Secretariat)",
)
def close_follow_up(request: HttpRequest, follow_up_id: int, data: CloseIn) -> Tracked:
    follow_up = selectors.follow_up_get(pk=follow_up_id, actor=request.user)
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
        evidence_meeting=data.evidence_meeting,
        evidence_document=evidence_document,
        evidence_source=data.evidence_source,
    )
    return _tracked(request, follow_up_id)


@router.post(
    "/followups/{follow_up_id}/progress",
    auth=django_auth,
    response={201: FollowUpOut, **WRITES},
    summary="Record progress on a follow-up action (its owner or the Secretariat)",
)
def record_progress(
    request: HttpRequest, follow_up_id: int, data: ProgressIn
) -> tuple[int, Tracked]:
    follow_up = selectors.follow_up_get(pk=follow_up_id, actor=request.user)
    services.follow_up_progress_record(actor=request.user, follow_up=follow_up, **data.model_dump())
    return 201, _tracked(request, follow_up_id)


@router.post(
    "/decisions/{decision_id}/positions",
    auth=django_auth,
    response={201: PositionOut, **WRITES},
    summary="Record a member State's position on a draft decision",
)
def record_position(
    request: HttpRequest, decision_id: int, data: PositionIn
) -> tuple[int, Position]:
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
    return 201, position
