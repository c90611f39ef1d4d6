"""The API that prepares and runs a meeting: create and change it, its agenda, invitations,
registrations and the replies to its draft report. Field names follow GET /api/meetings."""

from typing import Any

from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Path, Status
from ninja.errors import HttpError

from neaspec.accounts.rules import require
from neaspec.api.auth import SIGNED_IN
from neaspec.api.errors import WRITES, ErrorOut
from neaspec.api.params import SLUG
from neaspec.directory.models import Body, MemberState, Organization
from neaspec.meetings import delegations, preparation, preparation_services, selectors, services
from neaspec.meetings.api.meetings import router
from neaspec.meetings.models import (
    AgendaItem,
    Meeting,
    MeetingSeries,
    Registration,
    ReportComment,
    ReportReply,
)
from neaspec.meetings.schemas import (
    AgendaItemIn,
    AgendaItemOut,
    CommentAnswerIn,
    InvitationIn,
    InvitationOut,
    MeetingIn,
    MeetingOut,
    MeetingPatch,
    ParagraphCommentOut,
    RegistrationIn,
    RegistrationOut,
    RegistrationPatch,
    ReplyIn,
    ReplyOut,
)

KEY = Path(..., pattern=SLUG)
# 400: a body that is not JSON at all.


def _state(code: str | None) -> MemberState | None:
    return get_object_or_404(MemberState, code=code.upper()) if code else None


def _organization(key: str) -> Organization | None:
    return get_object_or_404(Organization, key=key) if key else None


@router.post(
    "/meetings",
    auth=SIGNED_IN,
    response={201: MeetingOut, **WRITES},
    summary="Create a meeting (the Secretariat; a committee's members for their body's)",
)
def create_meeting(request: HttpRequest, data: MeetingIn) -> Status[Meeting]:
    series = MeetingSeries.objects.filter(code__iexact=data.series).first()
    if series is None:
        raise HttpError(422, "No meeting series is called so.")
    fields = data.model_dump(exclude={"series", "host"})
    meeting = services.meeting_create(
        actor=request.user, series=series, host=_state(data.host), **fields
    )
    return Status(201, selectors.meeting_brief(key=meeting.key))


@router.patch(
    "/meetings/{key}",
    auth=SIGNED_IN,
    response={200: MeetingOut, **WRITES},
    summary="Change a meeting, or move its status forward",
)
def change_meeting(request: HttpRequest, data: MeetingPatch, key: str = KEY) -> Meeting:
    meeting = selectors.meeting_brief(key=key)
    changes = data.model_dump(exclude_unset=True)
    status, replies_due = changes.pop("status", None), changes.pop("report_replies_due", None)
    if replies_due and not status:
        raise HttpError(422, "report_replies_due goes with status report_circulated.")
    if "host" in changes:
        changes["host"] = _state(changes["host"])
    preparation_services.meeting_change(
        actor=request.user, meeting=meeting, changes=changes, status=status, replies_due=replies_due
    )
    return selectors.meeting_brief(key=key)


# --- the agenda -----------------------------------------------------------------------------


@router.get(
    "/meetings/{key}/agenda",
    response={200: list[AgendaItemOut], 404: ErrorOut, 422: ErrorOut},
    summary="A meeting's agenda, items and sub-items in order",
)
def get_agenda(request: HttpRequest, key: str = KEY) -> QuerySet[AgendaItem]:
    return selectors.agenda(meeting=selectors.meeting_brief(key=key))


@router.post(
    "/meetings/{key}/agenda",
    auth=SIGNED_IN,
    response={201: AgendaItemOut, **WRITES},
    summary="Add an agenda item, or a sub-item under `parent`",
)
def add_agenda_item(request: HttpRequest, data: AgendaItemIn, key: str = KEY) -> Status[AgendaItem]:
    meeting = selectors.meeting_brief(key=key)
    require(request.user, "meetings.organize", meeting)
    parent = None
    if data.parent:
        parent = selectors.agenda(meeting=meeting).filter(number=data.parent).first()
        if parent is None:
            raise HttpError(422, f"The agenda has no item {data.parent}.")
    item = services.agenda_item_add(
        actor=request.user,
        meeting=meeting,
        number=data.number,
        title=data.title,
        parent=parent,
        annotation=data.annotation,
    )
    return Status(201, item)


# --- invitations ----------------------------------------------------------------------------


@router.get(
    "/meetings/{key}/invitations",
    auth=SIGNED_IN,
    response={200: list[InvitationOut], 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Who is invited and where each invitation stands (a delegation sees its own)",
)
def list_invitations(request: HttpRequest, key: str = KEY) -> list[preparation.InvitationRow]:
    meeting = selectors.meeting_brief(key=key)
    return selectors.invitations_visible(actor=request.user, meeting=meeting)


@router.post(
    "/meetings/{key}/invitations",
    auth=SIGNED_IN,
    response={201: InvitationOut, **WRITES},
    summary="Invite a member State (its focal points), an organization or a body; sends the e-mail",
)
def invite(
    request: HttpRequest, data: InvitationIn, key: str = KEY
) -> Status[preparation.InvitationRow]:
    meeting = selectors.meeting_brief(key=key)
    require(request.user, "meetings.organize", meeting)
    invitee: dict[str, Any] = {}
    if data.state:
        invitee["state"] = _state(data.state)
    if data.organization:
        invitee["organization"] = _organization(data.organization)
    if data.body:
        invitee["body"] = get_object_or_404(Body, key=data.body)
    invitation = delegations.invitation_send(actor=request.user, meeting=meeting, **invitee)
    row = next(r for r in preparation.invitation_rows(meeting) if r.invitation.pk == invitation.pk)
    return Status(201, row)


# --- registrations --------------------------------------------------------------------------


@router.get(
    "/meetings/{key}/registrations",
    auth=SIGNED_IN,
    response={200: list[RegistrationOut], 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Registrations: all for the organizers, a delegation's own for its focal point",
)
def list_registrations(request: HttpRequest, key: str = KEY) -> QuerySet[Registration]:
    meeting = selectors.meeting_brief(key=key)
    return preparation.registrations_visible(actor=request.user, meeting=meeting)


@router.post(
    "/meetings/{key}/registrations",
    auth=SIGNED_IN,
    response={201: RegistrationOut, **WRITES},
    summary="Register a delegate of a member State, or an observer of an organization",
)
def register(request: HttpRequest, data: RegistrationIn, key: str = KEY) -> Status[Registration]:
    meeting = selectors.meeting_brief(key=key)
    fields = data.model_dump(exclude={"state", "organization"})
    registration = delegations.registration_submit(
        actor=request.user,
        meeting=meeting,
        state=_state(data.state),
        organization=_organization(data.organization),
        **fields,
    )
    return Status(201, registration)


@router.patch(
    "/meetings/{key}/registrations/{registration_id}",
    auth=SIGNED_IN,
    response={200: RegistrationOut, **WRITES},
    summary="Change or withdraw a registration (its delegation); accept it or confirm "
    "attendance (the organizers)",
)
def change_registration(
    request: HttpRequest, registration_id: int, data: RegistrationPatch, key: str = KEY
) -> Registration:
    meeting = selectors.meeting_brief(key=key)
    registration = preparation.registration_get(
        actor=request.user, pk=registration_id, meeting=meeting
    )
    if registration is None:
        raise HttpError(404, "No such registration.")
    changes = data.model_dump(exclude_unset=True)
    status, attended = changes.pop("status", None), changes.pop("attended", None)
    return preparation_services.registration_change(
        actor=request.user,
        registration=registration,
        changes=changes,
        status=status,
        attended=attended,
    )


# --- the draft report -----------------------------------------------------------------------


@router.get(
    "/meetings/{key}/report-replies",
    auth=SIGNED_IN,
    response={200: list[ReplyOut], 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="The answers to the draft report, with the comments on paragraphs and the "
    "Secretariat's answers: all for the organizers, a focal point's State's own",
)
def list_report_replies(request: HttpRequest, key: str = KEY) -> list[ReportReply]:
    meeting = selectors.meeting_brief(key=key)
    rows = preparation.report_replies(meeting)
    if not request.user.has_perm("meetings.organize", meeting):
        rows = [r for r in rows if request.user.has_perm("meetings.answer_report", r.state)]
        if not rows:
            raise HttpError(403, "Only the organizers and the States asked to answer see these.")
    waiting = [r.state.code for r in rows if r.reply is None]
    shown = {r.reply.pk for r in rows if r.reply is not None}
    replies = list(
        ReportReply.objects.filter(pk__in=shown)
        .select_related("state")
        .prefetch_related("paragraph_comments")
        .order_by("state__name")
    )
    for reply in replies:
        reply.waiting_for_codes = waiting  # type: ignore[attr-defined]
    return replies


@router.post(
    "/meetings/{key}/report-replies",
    auth=SIGNED_IN,
    response={201: ReplyOut, **WRITES},
    summary="A member State's answer to the circulated draft report, by the date replies are "
    "due: no objection, or comments on the whole and on paragraphs",
)
def reply_to_report(request: HttpRequest, data: ReplyIn, key: str = KEY) -> Status[ReportReply]:
    meeting = selectors.meeting_brief(key=key)
    reply = delegations.report_reply(
        actor=request.user,
        meeting=meeting,
        state=get_object_or_404(MemberState, code=data.state.upper()),
        answer=data.answer,
        comments=data.comments,
        paragraphs=[(p.paragraph, p.text) for p in data.paragraphs],
    )
    return Status(201, reply)


@router.post(
    "/meetings/{key}/report-comments/{comment_id}/answer",
    auth=SIGNED_IN,
    response={200: ParagraphCommentOut, **WRITES},
    summary="The Secretariat's answer to a State's comment on a paragraph of the draft report "
    "(409 if someone else answered meanwhile and `previous` is not that answer)",
)
def answer_report_comment(
    request: HttpRequest, comment_id: int, data: CommentAnswerIn, key: str = KEY
) -> ReportComment:
    meeting = selectors.meeting_brief(key=key)
    require(request.user, "meetings.organize", meeting)
    comment = get_object_or_404(
        ReportComment.objects.select_related("reply__meeting"),
        pk=comment_id,
        reply__meeting=meeting,
    )
    return delegations.report_comment_answer(
        actor=request.user, comment=comment, answer=data.answer, previous=data.previous
    )
