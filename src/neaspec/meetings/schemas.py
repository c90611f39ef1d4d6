"""The meetings API's schemas: meetings with their agenda, officers, attendance and statements
as read; what is sent to create and change a meeting, its agenda, invitations, registrations
and the replies to its draft report; and the answers, read from the models."""

import datetime
import re
from dataclasses import dataclass
from typing import Any, Literal

from django.core.exceptions import ValidationError as DjangoValidationError
from ninja import Field, Schema
from pydantic import ConfigDict, GetCoreSchemaHandler, GetJsonSchemaHandler, model_validator
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema

from neaspec import limits
from neaspec.api.params import SLUG, TEXT, IsoDate, LocalTime, SingleLine, WallClockOut
from neaspec.api.schemas import In, Languages, Named, Out
from neaspec.directory.selectors import sees_delegation_contacts
from neaspec.meetings import preparation
from neaspec.meetings.models import (
    AgendaItem,
    Meeting,
    Registration,
    ReportComment,
    ReportReply,
    Statement,
)
from neaspec.meetings.selectors import meeting_named

STATE = r"^[A-Za-z]{2}$"
AGENDA_NUMBER = r"^[0-9A-Za-z().-]+$"  # "5", "5(a)", "II.3"


# --- a meeting named in a request -------------------------------------------------------------

MEETING = "A meeting as it is cited (SOM-25) or by its key (som-25), any case"


@dataclass(frozen=True)
class MeetingNamed:
    """Marks a `Meeting | None` field given as a meeting's label ("SOM-25"), key or title: read
    once, here, into the Meeting (None when empty); a label no meeting has is refused in the
    words the pages use (meetings.selectors.meeting_named). The OpenAPI schema shows a string.

        evidence_meeting: Annotated[Meeting | None, MeetingNamed()] = Field("", ...)
    """

    pattern: str = SLUG
    max_length: int | None = None

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.no_info_plain_validator_function(self.read)

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        shown: dict[str, Any] = {"type": "string", "pattern": self.pattern}
        if self.max_length is not None:
            shown["maxLength"] = self.max_length
        return shown

    def read(self, value: Any) -> Meeting | None:
        if value is None or value == "":
            return None
        if not isinstance(value, str) or not re.match(self.pattern, value):
            raise PydanticCustomError(
                "string_pattern_mismatch",
                "String should match pattern '{pattern}'",
                {"pattern": self.pattern},
            )
        if self.max_length is not None and len(value) > self.max_length:
            raise PydanticCustomError(
                "string_too_long",
                "String should have at most {max_length} characters",
                {"max_length": self.max_length},
            )
        try:
            return meeting_named(value)
        except DjangoValidationError as refused:
            # The page's words, as they are: "{reason}" keeps braces in a label from being read.
            raise PydanticCustomError(
                "unknown_meeting", "{reason}", {"reason": " ".join(refused.messages)}
            ) from None


# --- read ------------------------------------------------------------------------------------


class MeetingOut(Out):
    key: str
    label: str
    series: str = Field(alias="series.code")
    number: int | None
    title: str
    start: datetime.date | None
    end: datetime.date | None
    start_time: WallClockOut | None = None
    end_time: WallClockOut | None = None
    time_zone: str
    date_note: str
    host: str | None = Field(None, alias="host.code")
    city: str
    venue: str
    modality: str
    status: str
    registration_deadline: datetime.date | None
    agenda_status: str
    summary: str
    source: str
    languages: Languages


class AgendaItemOut(Out):
    # An item without annotation was once answered without the field: not required.
    model_config = ConfigDict(json_schema_serialization_defaults_required=False)

    number: str
    title: str
    parent: str | None
    annotation: str = ""
    languages: Languages

    @staticmethod
    def resolve_parent(item: AgendaItem) -> str | None:
        return item.parent.number if item.parent else None


class OfficerOut(Out):
    role: str
    person: Named
    state: str | None = Field(None, alias="state.code")


class StatementOut(Out):
    paragraph: str
    agenda_item: str | None = Field(None, alias="agenda_item.number")
    speaker: str
    summary: str
    languages: Languages

    @staticmethod
    def resolve_speaker(statement: Statement) -> str:
        if statement.state:
            return statement.state.code
        return str(statement.organization or statement.speaker)


class MeetingDetailOut(MeetingOut):
    attendance_known: bool
    attending_states: list[str]
    attending_organizations: list[str]
    officers: list[OfficerOut]
    agenda: list[AgendaItemOut] = Field(alias="agenda_items")
    statements: list[StatementOut]

    @staticmethod
    def resolve_attending_states(meeting: Meeting) -> list[str]:
        return [a.state.code for a in meeting.attendance.all() if a.state]

    @staticmethod
    def resolve_attending_organizations(meeting: Meeting) -> list[str]:
        return [str(a.organization) for a in meeting.attendance.all() if a.organization]


class MeetingFilters(Schema):
    series: str = Field("", pattern=SLUG, description="A series code, e.g. SOM")
    year: int | None = Field(None, ge=1990, le=2100)
    host: str = Field("", pattern=r"^([A-Za-z]{2})?$", description="A host State's ISO code")


# --- create and change -----------------------------------------------------------------------


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


# --- invitations -----------------------------------------------------------------------------


class InvitationIn(In):
    state: str = Field("", pattern=r"^([A-Za-z]{2})?$")
    organization: str = Field("", pattern=SLUG, max_length=80)
    body: str = Field("", pattern=SLUG, max_length=80)


class DeliveryOut(Out):
    address: str
    status: str
    reason: str


# Read from a preparation.InvitationRow: the invitation, where it stands, its latest e-mails.
class InvitationOut(Out):
    id: int = Field(alias="invitation.id")
    invitee: str
    state: str | None = Field(None, alias="invitation.state.code")
    organization: str | None = Field(None, alias="invitation.organization.key")
    body: str | None = Field(None, alias="invitation.body.key")
    stage: str
    sent_at: datetime.datetime | None = Field(alias="invitation.sent_at")
    reminders: int = Field(alias="invitation.reminders")
    reply: str = Field(alias="invitation.reply")
    registered: int
    emails: list[DeliveryOut] = Field(
        alias="messages",
        description="The latest invitation or reminder: one e-mail per address, its status "
        "(queued, sent, failed, no_address) and the reason of a failure",
    )

    @staticmethod
    def resolve_invitee(row: preparation.InvitationRow) -> str:
        return str(row.invitation.invitee)


# --- registrations ---------------------------------------------------------------------------


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


class RegistrationOut(Out):
    id: int
    state: str | None = Field(None, alias="state.code")
    organization: str | None = Field(None, alias="organization.key")
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

    @staticmethod
    def resolve_email(registration: Registration, context: dict[str, Any]) -> str | None:
        # A delegate's e-mail follows the directory's rule for contacts, by the delegation.
        shown = sees_delegation_contacts(
            actor=context["request"].user,
            state_id=registration.state_id,
            organization_id=registration.organization_id,
        )
        return registration.email if shown else None


# --- the draft report ------------------------------------------------------------------------


class ParagraphIn(In):
    paragraph: str = Field(
        pattern=r"^[0-9A-Za-z().-]{1,10}$", description="As the draft numbers it: 3, 5(a), II.3"
    )
    text: str = Field(min_length=1, max_length=limits.NOTE, pattern=TEXT)


class ReplyIn(In):
    state: str = Field(pattern=STATE)
    answer: ReportReply.Answer
    comments: str = Field("", max_length=limits.NOTE, pattern=TEXT)
    paragraphs: list[ParagraphIn] = Field(
        [], max_length=200, description="Comments on paragraphs (with the answer `comments`)"
    )


class ParagraphCommentOut(Out):
    id: int
    paragraph: str
    text: str
    answer: str = Field(description="The Secretariat's answer; empty until it answers")
    answered_at: datetime.datetime | None


class ReplyOut(Out):
    state: str = Field(alias="state.code")
    answer: str
    comments: str
    paragraphs: list[ParagraphCommentOut]
    answered_at: datetime.datetime
    waiting_for: list[str]

    @staticmethod
    def resolve_paragraphs(reply: ReportReply) -> list[ReportComment]:
        return list(reply.paragraph_comments.all())

    @staticmethod
    def resolve_waiting_for(reply: ReportReply) -> list[str]:
        """The States whose answer the meeting still waits for (worked out once for a list:
        `waiting_for_codes`)."""
        known: list[str] | None = getattr(reply, "waiting_for_codes", None)
        if known is not None:
            return known
        rows = preparation.report_replies(reply.meeting)
        return [r.state.code for r in rows if r.reply is None]


class CommentAnswerIn(In):
    answer: str = Field(min_length=1, max_length=limits.NOTE, pattern=TEXT)
    previous: str | None = Field(
        None,
        max_length=limits.NOTE,
        pattern=TEXT,
        description='The answer you saw ("" if none): refused with 409 if someone else '
        "answered meanwhile; leave out to overwrite",
    )
