"""The API of a meeting in session: what is sent to elect an officer, record a statement, put
a draft decision on the screen, amend and adopt it; a draft as read, and where the member
States stand on it."""

from typing import Literal

from ninja import Field

from neaspec import limits
from neaspec.api.params import SLUG, TEXT, SingleLine
from neaspec.api.schemas import In, Named, Out
from neaspec.decisions.models import Decision
from neaspec.meetings.models import Officer
from neaspec.meetings.schemas import AGENDA_NUMBER, STATE, StatementOut


class OfficerIn(In):
    role: Officer.Role
    name: SingleLine = Field(min_length=1, max_length=200, pattern=TEXT)
    state: str = Field(pattern=STATE, description="The member State of the delegate elected")


class StatementIn(In):
    """Who spoke: a member State (`state`), an organization (`organization`, its key), or the
    Secretariat or the Chair (`speaker`); under which agenda item, summarised."""

    state: str = Field("", pattern=r"^([A-Za-z]{2})?$")
    organization: str = Field("", pattern=SLUG, max_length=80)
    speaker: Literal["", "secretariat", "chair"] = ""
    agenda_item: str = Field("", max_length=10, pattern=r"^([0-9A-Za-z().-]+)?$")
    spoken_by: SingleLine = Field("", max_length=200, pattern=TEXT)
    summary: str = Field(min_length=1, max_length=limits.NOTE, pattern=TEXT)
    text: str = Field("", max_length=20_000, pattern=TEXT)


class SessionStatementOut(StatementOut):
    id: int
    spoken_by: str
    text: str


class SessionOfficerOut(Out):
    id: int
    role: str
    person: Named
    state: str | None = Field(None, alias="state.code")


class DraftIn(In):
    agenda_item: str = Field("", max_length=10, pattern=r"^([0-9A-Za-z().-]+)?$")
    text: str = Field(min_length=1, max_length=limits.NOTE, pattern=TEXT)
    status: Literal["draft", "adopted"] = Field(
        "draft", description="adopted: recorded as adopted at once, with no positions taken"
    )
    paragraph: str = Field("", max_length=10, pattern=AGENDA_NUMBER + "|^$")


class AmendIn(In):
    text: str = Field(min_length=1, max_length=limits.NOTE, pattern=TEXT)
    version: int | None = Field(
        None, ge=1, description="The version amended; refused (409) if it was amended since"
    )


class AdoptIn(In):
    version: int | None = Field(
        None, ge=1, description="The version adopted; refused (409) if it was amended since"
    )


class DraftOut(Out):
    id: int
    citation: str
    paragraph: str
    agenda_item: str | None = Field(None, alias="agenda_item.number")
    text: str = Field(alias="summary")
    version: int | None
    adopted: bool
    kind: str
    verbs: list[str]
    addressees: list[str]
    due_date: str | None
    follow_ups: int

    @staticmethod
    def resolve_version(decision: Decision) -> int | None:
        return max((t.number for t in decision.texts.all()), default=None)

    @staticmethod
    def resolve_addressees(decision: Decision) -> list[str]:
        return [str(a) for a in decision.addressees.all()]

    @staticmethod
    def resolve_due_date(decision: Decision) -> str | None:
        return decision.due_date.isoformat() if decision.due_date else None

    @staticmethod
    def resolve_follow_ups(decision: Decision) -> int:
        return decision.follow_ups.count()
