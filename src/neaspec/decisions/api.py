"""The decisions API: decisions and follow-up actions, filtered as their pages filter them;
closing an action on evidence, recording progress and a member State's position; the links
that thread decisions across meetings."""

from typing import Any

from django.core.exceptions import ValidationError
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.translation import gettext as _
from ninja import Query, Router, Status
from ninja.pagination import paginate

from neaspec.accounts.rules import require
from neaspec.api.auth import SIGNED_IN
from neaspec.api.errors import WRITES, ErrorOut
from neaspec.api.paging import Page
from neaspec.decisions import selectors, services
from neaspec.decisions.models import Position
from neaspec.decisions.schemas import (
    CloseIn,
    DecisionFilters,
    DecisionOut,
    FollowUpFilters,
    FollowUpOut,
    LinkIn,
    LinkOut,
    LinksOut,
    PositionIn,
    PositionOut,
    PositionsOut,
    ProgressIn,
)
from neaspec.decisions.selectors import LinkRead, ThreadLink, Tracked
from neaspec.directory.models import MemberState
from neaspec.library.selectors import document_get
from neaspec.meetings.selectors import states_present

router = Router(tags=["decisions"])
# 400: a body that is not JSON at all.


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
    auth=SIGNED_IN,
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
    auth=SIGNED_IN,
    response={201: FollowUpOut, **WRITES},
    summary="Record progress on a follow-up action (its owner or the Secretariat)",
)
def record_progress(request: HttpRequest, follow_up_id: int, data: ProgressIn) -> Status[Tracked]:
    follow_up = selectors.follow_up_get(pk=follow_up_id, actor=request.user)
    services.follow_up_progress_record(actor=request.user, follow_up=follow_up, **data.model_dump())
    return Status(201, _tracked(request, follow_up_id))


@router.post(
    "/decisions/{decision_id}/positions",
    auth=SIGNED_IN,
    response={201: PositionOut, **WRITES, 409: ErrorOut},
    summary="Record a member State's position on a draft decision (the text on the screen)",
)
def record_position(request: HttpRequest, decision_id: int, data: PositionIn) -> Status[Position]:
    decision = selectors.decision_get(pk=decision_id, actor=request.user)
    state = get_object_or_404(MemberState, code=data.state.upper())
    position = services.position_record(
        actor=request.user,
        decision=decision,
        state=state,
        stance=data.chosen,
        date=data.date,
        note=data.note,
        version=data.version,
    )
    return Status(201, position)


@router.get(
    "/decisions/{decision_id}/positions",
    response={200: PositionsOut, 404: ErrorOut, 422: ErrorOut},
    summary="Where each member State present stands on a decision's text on the screen, and "
    "whether there is consensus",
)
def list_positions(request: HttpRequest, decision_id: int) -> dict[str, Any]:
    decision = selectors.decision_get(pk=decision_id, actor=request.user)
    consensus = selectors.decision_consensus(decision=decision)
    rows = []
    for state in states_present(decision.meeting):
        position = consensus.latest.get(state.code) or consensus.earlier.get(state.code)
        rows.append(
            {
                "state": state.code,
                "state_name": state.name,
                "position": position.stance if position else None,
                "position_label": position.get_stance_display() if position else None,
                "note": position.note if position else "",
                "version": position.version if position else None,
                "current": state.code in consensus.latest,
            }
        )
    return {
        "decision": decision.pk,
        "citation": decision.citation,
        "adopted": decision.adopted,
        "version": consensus.version,
        "consensus": consensus.stands,
        "blocking": [s.code for s in consensus.blocking],
        "waiting": [s.code for s in consensus.waiting],
        "states": rows,
    }


@router.get(
    "/decisions/{decision_id}/links",
    response={200: LinksOut, 404: ErrorOut, 422: ErrorOut},
    summary="The links of a decision: to those it continues, amends, replaces, reports on or "
    "recalls, and from those that continue it …",
)
def list_links(request: HttpRequest, decision_id: int) -> dict[str, list[LinkRead]]:
    decision = selectors.decision_get(pk=decision_id, actor=request.user)
    _thread, links = selectors.decision_thread(decision=decision, actor=request.user)
    links_out, links_in = selectors.links_of(decision, links)
    return {"links_out": links_out, "links_in": links_in}


@router.post(
    "/decisions/{decision_id}/links",
    auth=SIGNED_IN,
    response={201: LinkOut, 409: ErrorOut, **WRITES},
    summary="Link a decision to another, named by its citation (the Secretariat); two "
    "decisions are linked once (409)",
)
def add_link(request: HttpRequest, decision_id: int, data: LinkIn) -> Status[LinkRead]:
    require(request.user, "decisions.link_decisions")
    decision = selectors.decision_get(pk=decision_id, actor=request.user)
    target = selectors.decision_by_citation(data.to)
    if target is None:
        raise ValidationError(
            {"to": _("No decision is cited so: %(citation)s") % {"citation": data.to}}
        )
    link = services.decision_link(
        actor=request.user, source=decision, kind=data.kind, target=target, note=data.note
    )
    return Status(201, ThreadLink.of(link).read_from(decision))


@router.delete(
    "/decisions/{decision_id}/links/{link_id}",
    auth=SIGNED_IN,
    response={204: None, 409: ErrorOut, **WRITES},
    summary="Remove a link from or to a decision (the Secretariat)",
)
def remove_link(request: HttpRequest, decision_id: int, link_id: int) -> Status[None]:
    require(request.user, "decisions.link_decisions")
    decision = selectors.decision_get(pk=decision_id, actor=request.user)
    link = selectors.decision_link_get(decision=decision, pk=link_id)
    services.decision_unlink(actor=request.user, link=link)
    return Status(204, None)
