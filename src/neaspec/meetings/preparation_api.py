"""The API that prepares and runs a meeting: create and change it, its agenda, invitations,
registrations and the replies to its draft report. Field names follow GET /api/meetings."""

import datetime
from typing import Any, Literal

from django.db import transaction
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Field, Path, Schema
from ninja.errors import HttpError
from ninja.security import django_auth
from pydantic import ConfigDict, model_validator

from neaspec import limits
from neaspec.accounts.models import Actor
from neaspec.accounts.rules import require
from neaspec.api.errors import ErrorOut
from neaspec.api.params import SLUG, TEXT, IsoDate, LocalTime, SingleLine
from neaspec.directory.models import Body, MemberState, Organization
from neaspec.directory.selectors import sees_delegation_contacts
from neaspec.meetings import api as meetings_api
from neaspec.meetings import delegations, preparation, services
from neaspec.meetings.api import AgendaItemOut, MeetingOut, agenda_item_out, meeting_out
from neaspec.meetings.models import (
    AgendaItem,
    Meeting,
    MeetingSeries,
    Registration,
    ReportReply,
)

# The same router as the reads: ninja serves one path (/meetings/{key}) from one router.
router = meetings_api.router
KEY = Path(..., pattern=SLUG)
STATE = r"^[A-Za-z]{2}$"
AGENDA_NUMBER = r"^[0-9A-Za-z().-]+$"  # "5", "5(a)", "II.3"
# 400: a body that is not JSON at all.
WRITES = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}


class In(Schema):
    model_config = ConfigDict(extra="forbid")


class MeetingFields(In):
    # In the subject of the invitations: one line.
    title: SingleLine = Field("", max_length=300, pattern=TEXT)
    start: IsoDate | None = None
    end: IsoDate | None = None
    start_time: LocalTime | None = None
    end_time: LocalTime | None = None
    time_zone: str = Field("", max_length=40, pattern=r"^[A-Za-z0-9_+/-]*$")
    host: str | None = Field(None, pattern=STATE, description="The host State's ISO code")
    city: str = Field("", max_length=100, pattern=TEXT)
    venue: str = Field("", max_length=200, pattern=TEXT)
    modality: Meeting.Modality | Literal[""] = ""
    online_link: str = Field("", max_length=200, pattern=r"^(https?://\S+)?$")
    registration_deadline: IsoDate | None = None
    summary: str = Field("", max_length=limits.NOTE, pattern=TEXT)

    @model_validator(mode="after")
    def dates_in_order(self) -> "MeetingFields":
        if self.start and self.end and self.end < self.start:
            raise ValueError("the meeting cannot end before it starts")
        return self


class MeetingIn(MeetingFields):
    series: str = Field(pattern=SLUG, min_length=1, description="A series code, e.g. SOM")
    number: int | None = Field(None, ge=1, le=999)


class MeetingPatch(MeetingFields):
    status: Meeting.Status | None = None
    report_replies_due: IsoDate | None = Field(
        None, description="With status report_circulated: when the States' replies are due"
    )


def _host(code: str | None) -> MemberState | None:
    if not code:
        return None
    return get_object_or_404(MemberState, code=code.upper())


def _meeting(key: str) -> Meeting:
    return get_object_or_404(Meeting.objects.select_related("series", "host"), key=key)


@router.post(
    "/meetings",
    auth=django_auth,
    response={201: MeetingOut, **WRITES},
    summary="Create a meeting (the Secretariat; a committee's members for their body's)",
)
def create_meeting(request: HttpRequest, data: MeetingIn) -> tuple[int, MeetingOut]:
    series = MeetingSeries.objects.filter(code__iexact=data.series).first()
    if series is None:
        raise HttpError(422, "No meeting series is called so.")
    fields = data.model_dump(exclude={"series", "host"})
    meeting = services.meeting_create(
        actor=request.user, series=series, host=_host(data.host), **fields
    )
    return 201, meeting_out(_meeting(meeting.key))


@router.patch(
    "/meetings/{key}",
    auth=django_auth,
    response={200: MeetingOut, **WRITES},
    summary="Change a meeting, or move its status forward",
)
def change_meeting(request: HttpRequest, data: MeetingPatch, key: str = KEY) -> MeetingOut:
    meeting = _meeting(key)
    sent = data.model_dump(exclude_unset=True)
    status, replies_due = sent.pop("status", None), sent.pop("report_replies_due", None)
    if "host" in sent:
        sent["host"] = _host(sent["host"])
    with transaction.atomic():  # the fields and the status together, or nothing
        if sent:
            meeting = services.meeting_update(actor=request.user, meeting=meeting, **sent)
        if status:
            meeting = services.meeting_status_set(
                actor=request.user, meeting=meeting, status=status, replies_due=replies_due
            )
        elif replies_due:
            raise HttpError(422, "report_replies_due goes with status report_circulated.")
    return meeting_out(_meeting(key))


# --- the agenda -----------------------------------------------------------------------------


class AgendaItemIn(In):
    number: str = Field(min_length=1, max_length=10, pattern=AGENDA_NUMBER)
    title: str = Field(min_length=1, max_length=400, pattern=TEXT)
    parent: str = Field(
        "",
        max_length=10,
        pattern="^$|" + AGENDA_NUMBER,
        description="The number of the item it goes under",
    )
    annotation: str = Field("", max_length=limits.NOTE, pattern=TEXT)


@router.get(
    "/meetings/{key}/agenda",
    response={200: list[AgendaItemOut], 404: ErrorOut, 422: ErrorOut},
    summary="A meeting's agenda, items and sub-items in order",
)
def get_agenda(request: HttpRequest, key: str = KEY) -> list[AgendaItemOut]:
    meeting = _meeting(key)
    items = list(meeting.agenda_items.order_by("order"))
    numbers = {i.pk: i.number for i in items}
    return [agenda_item_out(i, numbers) for i in items]


@router.post(
    "/meetings/{key}/agenda",
    auth=django_auth,
    response={201: AgendaItemOut, **WRITES},
    summary="Add an agenda item, or a sub-item under `parent`",
)
def add_agenda_item(
    request: HttpRequest, data: AgendaItemIn, key: str = KEY
) -> tuple[int, AgendaItemOut]:
    meeting = _meeting(key)
    require(request.user, "meetings.organize", meeting)
    parent = None
    if data.parent:
        parent = AgendaItem.objects.filter(meeting=meeting, number=data.parent).first()
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
    return 201, agenda_item_out(item, {parent.pk: parent.number} if parent else {})


# --- invitations ----------------------------------------------------------------------------


class InvitationIn(In):
    state: str = Field("", pattern=r"^([A-Za-z]{2})?$")
    organization: str = Field("", pattern=SLUG, max_length=80)
    body: str = Field("", pattern=SLUG, max_length=80)


class DeliveryOut(Schema):
    address: str
    status: str
    reason: str


class InvitationOut(Schema):
    id: int
    invitee: str
    state: str | None
    organization: str | None
    body: str | None
    stage: str
    sent_at: datetime.datetime | None
    reminders: int
    reply: str
    registered: int
    emails: list[DeliveryOut] = Field(
        description="The latest invitation or reminder: one e-mail per address, its status "
        "(queued, sent, failed, no_address) and the reason of a failure"
    )


def invitation_out(row: preparation.InvitationRow) -> InvitationOut:
    i = row.invitation
    return InvitationOut(
        id=i.pk,
        invitee=str(i.invitee),
        state=i.state.code if i.state else None,
        organization=i.organization.key if i.organization else None,
        body=i.body.key if i.body else None,
        stage=row.stage,
        sent_at=i.sent_at,
        reminders=i.reminders,
        reply=i.reply,
        registered=row.registered,
        emails=[
            DeliveryOut(address=m.address, status=m.status, reason=m.reason) for m in row.messages
        ],
    )


def _visible_invitations(request: HttpRequest, meeting: Meeting) -> list[InvitationOut]:
    rows = preparation.invitation_rows(meeting)
    if not request.user.has_perm("meetings.organize", meeting):
        own = set(preparation.delegations_of(request.user))
        rows = [r for r in rows if r.invitation.invitee in own]
    return [invitation_out(r) for r in rows]


@router.get(
    "/meetings/{key}/invitations",
    auth=django_auth,
    response={200: list[InvitationOut], 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Who is invited and where each invitation stands (a delegation sees its own)",
)
def list_invitations(request: HttpRequest, key: str = KEY) -> list[InvitationOut]:
    return _visible_invitations(request, _meeting(key))


@router.post(
    "/meetings/{key}/invitations",
    auth=django_auth,
    response={201: InvitationOut, **WRITES},
    summary="Invite a member State (its focal points), an organization or a body; sends the e-mail",
)
def invite(request: HttpRequest, data: InvitationIn, key: str = KEY) -> tuple[int, InvitationOut]:
    meeting = _meeting(key)
    require(request.user, "meetings.organize", meeting)
    invitee: dict[str, Any] = {}
    if data.state:
        invitee["state"] = get_object_or_404(MemberState, code=data.state.upper())
    if data.organization:
        invitee["organization"] = get_object_or_404(Organization, key=data.organization)
    if data.body:
        invitee["body"] = get_object_or_404(Body, key=data.body)
    invitation = delegations.invitation_send(actor=request.user, meeting=meeting, **invitee)
    row = next(r for r in preparation.invitation_rows(meeting) if r.invitation.pk == invitation.pk)
    return 201, invitation_out(row)


# --- registrations --------------------------------------------------------------------------


class RegistrationIn(In):
    state: str = Field("", pattern=r"^([A-Za-z]{2})?$")
    organization: str = Field("", pattern=SLUG, max_length=80, description="An observer's")
    name: str = Field(min_length=1, max_length=200, pattern=TEXT)
    title: str = Field("", max_length=200, pattern=TEXT)
    affiliation: str = Field("", max_length=300, pattern=TEXT, description="Ministry, institute")
    role: Registration.Role = Registration.Role.DELEGATE
    email: str = Field(max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    attendance: Registration.Attending = Registration.Attending.IN_PERSON


class RegistrationPatch(In):
    name: str | None = Field(None, min_length=1, max_length=200, pattern=TEXT)
    title: str | None = Field(None, max_length=200, pattern=TEXT)
    affiliation: str | None = Field(None, max_length=300, pattern=TEXT)
    role: Registration.Role | None = None
    email: str | None = Field(None, max_length=254, pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
    attendance: Registration.Attending | None = None
    status: Literal["accepted", "withdrawn"] | None = None
    attended: bool | None = None


class RegistrationOut(Schema):
    id: int
    state: str | None
    organization: str | None
    name: str
    title: str
    affiliation: str
    role: str
    email: str | None = Field(
        description="For the Secretariat and those who speak for the delegation; null for others"
    )
    attendance: str
    status: str
    attended: bool | None


def registration_out(r: Registration, actor: Actor) -> RegistrationOut:
    # A delegate's e-mail follows the directory's rule for contacts, by the delegation.
    shown = sees_delegation_contacts(
        actor=actor, state_id=r.state_id, organization_id=r.organization_id
    )
    return RegistrationOut(
        id=r.pk,
        state=r.state.code if r.state else None,
        organization=r.organization.key if r.organization else None,
        name=r.name,
        title=r.title,
        affiliation=r.affiliation,
        role=r.role,
        email=r.email if shown else None,
        attendance=r.attendance,
        status=r.status,
        attended=r.attended,
    )


@router.get(
    "/meetings/{key}/registrations",
    auth=django_auth,
    response={200: list[RegistrationOut], 401: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="Registrations: all for the organizers, a delegation's own for its focal point",
)
def list_registrations(request: HttpRequest, key: str = KEY) -> list[RegistrationOut]:
    meeting = _meeting(key)
    registrations = preparation.registrations_visible(actor=request.user, meeting=meeting)
    return [registration_out(r, request.user) for r in registrations]


@router.post(
    "/meetings/{key}/registrations",
    auth=django_auth,
    response={201: RegistrationOut, **WRITES},
    summary="Register a delegate of a member State, or an observer of an organization",
)
def register(
    request: HttpRequest, data: RegistrationIn, key: str = KEY
) -> tuple[int, RegistrationOut]:
    meeting = _meeting(key)
    fields = data.model_dump(exclude={"state", "organization"})
    state = get_object_or_404(MemberState, code=data.state.upper()) if data.state else None
    organization = (
        get_object_or_404(Organization, key=data.organization) if data.organization else None
    )
    registration = delegations.registration_submit(
        actor=request.user, meeting=meeting, state=state, organization=organization, **fields
    )
    return 201, registration_out(registration, request.user)


@router.patch(
    "/meetings/{key}/registrations/{registration_id}",
    auth=django_auth,
    response={200: RegistrationOut, **WRITES},
    summary="Change or withdraw a registration (its delegation); accept it or confirm "
    "attendance (the organizers)",
)
def change_registration(
    request: HttpRequest, registration_id: int, data: RegistrationPatch, key: str = KEY
) -> RegistrationOut:
    meeting = _meeting(key)
    registration = preparation.registration_get(
        actor=request.user, pk=registration_id, meeting=meeting
    )
    if registration is None:
        raise HttpError(404, "No such registration.")
    sent = data.model_dump(exclude_unset=True)
    status, attended = sent.pop("status", None), sent.pop("attended", None)
    with transaction.atomic():
        if sent:
            registration = delegations.registration_update(
                actor=request.user, registration=registration, **sent
            )
        if status == "withdrawn":
            registration = delegations.registration_withdraw(
                actor=request.user, registration=registration
            )
        elif status == "accepted":
            registration = delegations.registration_accept(
                actor=request.user, registration=registration
            )
        if attended is not None:
            registration = delegations.attendance_confirm(
                actor=request.user, registration=registration, attended=attended
            )
    return registration_out(registration, request.user)


# --- the draft report -----------------------------------------------------------------------


class ReplyIn(In):
    state: str = Field(pattern=STATE)
    answer: ReportReply.Answer
    comments: str = Field("", max_length=limits.NOTE, pattern=TEXT)


class ReplyOut(Schema):
    state: str
    answer: str
    comments: str
    waiting_for: list[str]


@router.post(
    "/meetings/{key}/report-replies",
    auth=django_auth,
    response={201: ReplyOut, **WRITES},
    summary="A member State's answer to the circulated draft report: no objection or comments",
)
def reply_to_report(request: HttpRequest, data: ReplyIn, key: str = KEY) -> tuple[int, ReplyOut]:
    meeting = _meeting(key)
    state = get_object_or_404(MemberState, code=data.state.upper())
    reply = delegations.report_reply(
        actor=request.user,
        meeting=meeting,
        state=state,
        answer=data.answer,
        comments=data.comments,
    )
    waiting = [r.state.code for r in preparation.report_replies(meeting) if r.reply is None]
    return 201, ReplyOut(
        state=state.code, answer=reply.answer, comments=reply.comments, waiting_for=waiting
    )
