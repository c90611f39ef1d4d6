"""The API of a meeting in session: officers elected, statements, draft decisions put on the
screen, amended and adopted (positions are recorded and read through the decisions API:
`/api/decisions/{id}/positions`)."""

from typing import Any

from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Path, Router, Status
from ninja.errors import HttpError

from neaspec.accounts.rules import require
from neaspec.api.auth import SIGNED_IN
from neaspec.api.errors import WRITES, ErrorOut
from neaspec.api.params import SLUG
from neaspec.decisions import drafting_services
from neaspec.decisions.models import Decision
from neaspec.decisions.selectors import decision_get
from neaspec.directory.models import MemberState, Organization
from neaspec.meetings import selectors as meeting_selectors
from neaspec.meetings import services as meetings
from neaspec.meetings.models import AgendaItem, Meeting, Officer, Statement
from neaspec.proceedings import selectors
from neaspec.proceedings.reading import draft_reading
from neaspec.proceedings.schemas import (
    AdoptIn,
    AmendIn,
    DraftIn,
    DraftOut,
    OfficerIn,
    SessionOfficerOut,
    SessionStatementOut,
    StatementIn,
)

router = Router(tags=["proceedings"])
KEY = Path(..., pattern=SLUG)
READS = {404: ErrorOut, 422: ErrorOut}


def _item(meeting: Meeting, number: str) -> AgendaItem | None:
    if not number:
        return None
    item = meeting.agenda_items.filter(number__iexact=number).first()
    if item is None:
        raise HttpError(422, f"The agenda of {meeting} has no item {number}.")
    return item


def _state(code: str) -> MemberState:
    return get_object_or_404(MemberState, code=code.upper())


@router.get(
    "/meetings/{key}/officers",
    response={200: list[SessionOfficerOut], **READS},
    summary="A meeting's officers: chair, vice-chairs, rapporteur",
)
def list_officers(request: HttpRequest, key: str = KEY) -> Any:
    return selectors.officers(meeting_selectors.meeting_brief(key=key))


@router.post(
    "/meetings/{key}/officers",
    auth=SIGNED_IN,
    response={201: SessionOfficerOut, **WRITES},
    summary="Elect an officer from a member State's registered delegates (the Secretariat, "
    "the meeting's organizers and rapporteur)",
)
def elect_officer(request: HttpRequest, data: OfficerIn, key: str = KEY) -> Status[Officer]:
    meeting = meeting_selectors.meeting_brief(key=key)
    officer = meetings.officer_elect(
        actor=request.user,
        meeting=meeting,
        role=data.role,
        name=data.name,
        state=_state(data.state),
    )
    return Status(201, officer)


@router.get(
    "/meetings/{key}/statements",
    response={200: list[SessionStatementOut], **READS},
    summary="A meeting's statements, in the order they were made",
)
def list_statements(request: HttpRequest, key: str = KEY) -> Any:
    meeting = meeting_selectors.meeting_brief(key=key)
    return meeting.statements.select_related("state", "organization", "agenda_item").order_by("id")


@router.post(
    "/meetings/{key}/statements",
    auth=SIGNED_IN,
    response={201: SessionStatementOut, **WRITES},
    summary="Record a statement under an agenda item (the Secretariat, the organizers and "
    "the rapporteur)",
)
def record_statement(request: HttpRequest, data: StatementIn, key: str = KEY) -> Status[Statement]:
    meeting = meeting_selectors.meeting_brief(key=key)
    require(request.user, "meetings.record_proceedings", meeting)
    named = [bool(data.state), bool(data.organization), bool(data.speaker)]
    if sum(named) != 1:
        raise HttpError(422, "Name one speaker: a state, an organization, or the speaker.")
    state = _state(data.state) if data.state else None
    organization = (
        get_object_or_404(Organization, key=data.organization) if data.organization else None
    )
    speaker = (
        Statement.Speaker.STATE
        if state
        else Statement.Speaker.ORGANIZATION
        if organization
        else data.speaker
    )
    statement = meetings.statement_record(
        actor=request.user,
        meeting=meeting,
        speaker=speaker,
        state=state,
        organization=organization,
        agenda_item=_item(meeting, data.agenda_item),
        summary=data.summary,
        spoken_by=data.spoken_by,
        text=data.text,
    )
    return Status(201, statement)


def _draft_out(decision: Decision) -> Decision:
    return (
        Decision.objects.prefetch_related("texts", "addressees__state", "addressees__body")
        .select_related("agenda_item", "meeting__series")
        .get(pk=decision.pk)
    )


@router.post(
    "/meetings/{key}/decisions",
    auth=SIGNED_IN,
    response={201: DraftOut, **WRITES},
    summary="Put a draft decision on the screen (or, with status adopted, record it adopted)",
)
def draft_decision(request: HttpRequest, data: DraftIn, key: str = KEY) -> Status[Decision]:
    meeting = meeting_selectors.meeting_brief(key=key)
    require(request.user, "decisions.record_decision")
    decision = drafting_services.decision_draft(
        actor=request.user,
        meeting=meeting,
        text=data.text,
        reading=draft_reading(data.text),
        agenda_item=_item(meeting, data.agenda_item),
        paragraph=data.paragraph,
    )
    if data.status == "adopted":
        decision = drafting_services.decision_adopt(actor=request.user, decision=decision)
    return Status(201, _draft_out(decision))


@router.post(
    "/decisions/{decision_id}/amend",
    auth=SIGNED_IN,
    response={200: DraftOut, **WRITES},
    summary="Amend a draft decision: its next version goes on the screen",
)
def amend_decision(request: HttpRequest, decision_id: int, data: AmendIn) -> Decision:
    decision = decision_get(pk=decision_id, actor=request.user)
    drafting_services.decision_amend(
        actor=request.user,
        decision=decision,
        text=data.text,
        reading=draft_reading(data.text),
        version=data.version,
    )
    return _draft_out(decision)


@router.post(
    "/decisions/{decision_id}/adopt",
    auth=SIGNED_IN,
    response={200: DraftOut, **WRITES},
    summary="Adopt a draft decision as it stands (refused while a member State objects); "
    "its addressees' follow-up is recorded",
)
def adopt_decision(request: HttpRequest, decision_id: int, data: AdoptIn) -> Decision:
    decision = decision_get(pk=decision_id, actor=request.user)
    drafting_services.decision_adopt(actor=request.user, decision=decision, version=data.version)
    return _draft_out(decision)
