"""The `neaspec-extract/1` record of one meeting report (shared/eval/SCHEMA.md), as it travels
from the reader (report.py) through the review (review.py) to the commit (services.py).

Every key of the schema is always present; what the report does not state is None (or an
empty list). The review's record adds, per decision, why the reader took it (`why`) and, per
decision and statement, whether the reviewer keeps it (`include`); a decision's kind may then
be "procedural" (the meeting's own proceedings), which the schema's scorer never sees.
"""

from typing import NotRequired, TypedDict

SCHEMA = "neaspec-extract/1"


class MeetingFields(TypedDict):
    # SOM | NFP | SPC | NEAMPAN-SC | EGM | workshop | forum | other
    series: str | None
    number: int | None  # the meeting's ordinal in its series
    start_date: str | None  # ISO 8601: "2022-09-20", or "2022-09" when only the month is known
    end_date: str | None
    city: str | None  # the venue's city, in English
    host_state: str | None  # the hosting member State's ISO 3166-1 alpha-2 code
    modality: str | None  # in_person | virtual | hybrid


class OfficerRow(TypedDict):
    role: str  # chair | vice_chair | rapporteur
    name: str | None  # None: "Chaired by Thailand"
    state: str | None  # a country's ISO code (not always a member State's)


class SubItemRow(TypedDict):
    number: str | None  # "5(a)", "1.1"
    title: str


class AgendaRow(TypedDict):
    number: str | None  # "5"; None for a programme's unnumbered session
    title: str
    items: list[SubItemRow]


class Why(TypedDict, total=False):
    """Why the reader took a sentence for a decision (review.reasons words it)."""

    structure: str  # sentence | list_sentence | lead_in_item | lettered_item | outcome_subject
    subject: str  # the sentence's subject as written
    subject_is: str  # meeting | collective | alias | pronoun | relative
    lead_in: str  # the lead-in an item stands under


class DecisionRow(TypedDict):
    paragraph: str | None  # the report's paragraph number, as a string
    text: str  # the sentence as written
    verbs: list[str]  # the meeting's verbs in it, lower case, as written
    kind: str  # operative | informational (| procedural, in the review's record)
    # air | biodiversity | marine | cities | land | governance | finance | general
    area: str
    # secretariat | member_states | partners | nfps | a State's code | committee:<acronym>
    addressees: list[str]
    due_date: str | None  # an explicit deadline in the sentence (ISO 8601)
    why: NotRequired[Why]
    include: NotRequired[bool]


class StatementRow(TypedDict):
    paragraph: str | None
    # a member State's code, secretariat, chair, or an organization's acronym as written
    speaker: str
    agenda_item: str | None  # the agenda item's number
    include: NotRequired[bool]
    summary: NotRequired[str]  # what the speaker said, when a reviewer wrote it


class Record(TypedDict):
    schema: str  # SCHEMA
    source: str  # the report's file name
    meeting: MeetingFields
    officers: list[OfficerRow]
    attendance: list[str] | None  # member States' codes; None when the report does not say
    agenda: list[AgendaRow]
    decisions: list[DecisionRow]
    statements: list[StatementRow]
