"""The consultations API's schemas: consultations with their versions, the States' answers and
comments; surveys with their questions, a response and the results; what is sent to open a
consultation, publish a version, comment and respond, and to write and answer a survey."""

import datetime
from collections.abc import Iterable
from typing import Annotated, Any, Literal

from django.db.models import Prefetch, prefetch_related_objects
from django.utils import timezone
from ninja import Field
from pydantic import model_validator

from neaspec import limits
from neaspec.api.params import SLUG, TEXT, IsoDate, SingleLine
from neaspec.api.schemas import In, Named, Out
from neaspec.consultations import selectors, surveys
from neaspec.consultations.models import (
    Audience,
    Comment,
    Consultation,
    Paragraph,
    Question,
    Survey,
    SurveyResponse,
    Version,
)
from neaspec.meetings.models import Meeting
from neaspec.meetings.schemas import MeetingNamed

STATE = r"^([A-Za-z]{2})?$"
PARAGRAPHS = 500  # a draft plan runs to a few hundred paragraphs at most
# One paragraph of a text, one choice of a question: text without NUL, of bounded length.
ParagraphText = Annotated[str, Field(max_length=limits.SHEET_TEXT, pattern=TEXT)]
ChoiceText = Annotated[str, Field(max_length=200, pattern=TEXT)]


def versions_read(versions: Iterable[Version]) -> list[Version]:
    """The versions with their paragraphs and the draft decision each is, in one query."""
    read = list(versions)
    paragraphs = Paragraph.objects.select_related("decision__meeting__series")
    prefetch_related_objects(read, Prefetch("paragraphs", queryset=paragraphs))
    return read


def with_texts(consultation: Consultation) -> Consultation:
    """The consultation with its versions in order, each with its paragraphs (`texts`)."""
    texts = versions_read(consultation.versions.order_by("number"))
    consultation.texts = texts  # type: ignore[attr-defined]
    return consultation


def surveys_read(found: Iterable[Survey]) -> list[Survey]:
    """The surveys with their questions and the programme area each asks about, in one query."""
    read = list(found)
    questions = Question.objects.select_related("area")
    prefetch_related_objects(read, Prefetch("questions", queryset=questions))
    return read


# --- consultations ------------------------------------------------------------------------


class DraftIn(In):
    paragraph: int = Field(ge=1, le=PARAGRAPHS)
    decision: int = Field(ge=1, le=2**31 - 1, description="The draft decision's id")


class ConsultationIn(In):
    # In the subject of the reminders: one line.
    title: SingleLine = Field(min_length=1, max_length=300, pattern=TEXT)
    paragraphs: list[ParagraphText] = Field(min_length=1, max_length=PARAGRAPHS)
    opens: IsoDate
    closes: IsoDate | None = None
    audience: Audience
    open: bool = True
    body: str = Field("", max_length=80, pattern=SLUG, description="With audience body")
    subject: Consultation.Subject = Consultation.Subject.OTHER
    summary: str = Field("", max_length=limits.NOTE, pattern=TEXT)
    meeting: Annotated[Meeting | None, MeetingNamed(r"^[A-Za-z0-9 ._-]*$", 100)] = Field(
        "", validate_default=True, description="e.g. SOM-25"
    )
    request: int | None = Field(
        None, ge=1, le=2**31 - 1, description="The id of the decision that asked for comments"
    )
    drafts: list[DraftIn] = Field(default_factory=list, max_length=PARAGRAPHS)

    @model_validator(mode="after")
    def dates_in_order(self) -> "ConsultationIn":
        if self.closes and self.closes < self.opens:
            raise ValueError("the consultation cannot close before it opens")
        return self


class TextParagraphOut(Out):
    number: int
    text: str
    decision: str | None = Field(
        None, alias="decision.citation", description="The draft decision it is, as cited"
    )


class TextVersionOut(Out):
    number: int
    published_on: datetime.date
    note: str
    paragraphs: list[TextParagraphOut]


# Read from selectors.StateAnswer.
class StateAnswerOut(Out):
    state: str = Field(alias="state.code")
    name: str = Field(alias="state.name")
    answer: Literal["commented", "no_comment", "waiting"]
    comments: int


# Read from a consultation `with_texts`.
class ConsultationOut(Out):
    id: int
    key: str
    title: str
    subject: str
    summary: str
    audience: str
    body: str | None = Field(None, alias="body.key")
    opens: datetime.date
    closes: datetime.date | None
    open: bool
    accepting_comments: bool
    meeting: Named | None
    request: str | None = Field(None, alias="request.citation")
    version: int
    paragraphs: list[TextParagraphOut] = Field(description="The latest version's")
    versions: list[TextVersionOut] = Field(alias="texts")
    answers: list[StateAnswerOut] | None = Field(
        description="Per member State, for those who may see it"
    )

    @staticmethod
    def resolve_accepting_comments(consultation: Consultation) -> bool:
        published = bool(consultation.texts)  # type: ignore[attr-defined]
        return published and consultation.is_open_on(timezone.localdate())

    @staticmethod
    def resolve_version(consultation: Consultation) -> int:
        texts = consultation.texts  # type: ignore[attr-defined]
        return texts[-1].number if texts else 0

    @staticmethod
    def resolve_paragraphs(consultation: Consultation) -> list[Paragraph]:
        texts = consultation.texts  # type: ignore[attr-defined]
        return list(texts[-1].paragraphs.all()) if texts else []

    @staticmethod
    def resolve_answers(
        consultation: Consultation, context: dict[str, Any]
    ) -> list[selectors.StateAnswer] | None:
        return selectors.answers_shown(actor=context["request"].user, consultation=consultation)


# Read from selectors.consultation_rows.
class ConsultationRow(Out):
    id: int
    key: str
    title: str
    audience: str
    opens: datetime.date
    closes: datetime.date | None
    open: bool
    version: int
    comments: int = Field(alias="comment_count")

    @staticmethod
    def resolve_version(consultation: Consultation) -> int:
        return consultation.version_count or 0  # type: ignore[attr-defined]


class VersionIn(In):
    paragraphs: list[ParagraphText] = Field(min_length=1, max_length=PARAGRAPHS)
    note: str = Field("", max_length=limits.SHORT, pattern=TEXT)
    based_on: int | None = Field(
        None, ge=1, le=10_000, description="The version revised; 409 if a later one exists"
    )


# The Secretariat's response, read from the comment it answers.
class ResponseOut(Out):
    outcome: str
    text: str = Field(alias="response")
    answered_at: datetime.datetime | None = Field(alias="responded_at")


class CommentOut(Out):
    id: int
    version: int = Field(alias="version.number")
    paragraph: int | None
    state: str | None = Field(None, alias="state.code")
    organization: str | None = Field(None, alias="organization.key")
    by: str = Field(alias="commenter")
    no_comment: bool
    text: str
    proposed_text: str
    stance: str
    made_at: datetime.datetime = Field(alias="created_at")
    response: ResponseOut | None

    @staticmethod
    def resolve_response(comment: Comment) -> Comment | None:
        return comment if comment.outcome else None


class CommentIn(In):
    state: str = Field("", pattern=STATE, description="The member State it speaks for")
    organization: str = Field("", max_length=80, pattern=SLUG)
    paragraph: int | None = Field(None, ge=1, le=PARAGRAPHS, description="Empty: the whole text")
    text: str = Field("", max_length=limits.NOTE, pattern=TEXT)
    proposed_text: str = Field("", max_length=limits.SHEET_TEXT, pattern=TEXT)
    stance: Comment.Stance | Literal[""] = ""
    no_comment: bool = False


class ResponseIn(In):
    outcome: Comment.Outcome
    text: str = Field("", max_length=limits.NOTE, pattern=TEXT)


# --- surveys ------------------------------------------------------------------------------


class QuestionIn(In):
    text: str = Field(min_length=1, max_length=500, pattern=TEXT)
    kind: Question.Kind
    choices: list[ChoiceText] = Field(default_factory=list, max_length=50)
    scale_min: int = Field(1, ge=-100, le=100)
    scale_max: int = Field(5, ge=-100, le=100)
    required: bool = False
    area: str = Field("", max_length=20, pattern=SLUG, description="A programme area's code")
    per_area: bool = Field(
        False, description="Ask it once per programme area; {area} in the text is its name"
    )


class InviteeIn(In):
    name: str = Field(min_length=1, max_length=200, pattern=TEXT)
    email: str = Field("", max_length=254, pattern=r"^([^@\s\x00]+@[^@\s\x00]+)?$")


class SurveyIn(In):
    title: str = Field(min_length=1, max_length=300, pattern=TEXT)
    audience: Survey.Audience
    questions: list[QuestionIn] = Field(min_length=1, max_length=200)
    description: str = Field("", max_length=limits.NOTE, pattern=TEXT)
    opens: IsoDate | None = None
    closes: IsoDate | None = None
    consultation: int | None = Field(None, ge=1, le=2**31 - 1)
    invitees: list[InviteeIn] = Field(default_factory=list, max_length=1000)


class QuestionOut(Out):
    number: int
    text: str
    kind: str
    choices: list[str]
    scale_min: int
    scale_max: int
    required: bool
    area: str | None = Field(None, alias="area.code")


# Read from a survey as `surveys_read` gives it.
class SurveyOut(Out):
    id: int
    key: str
    title: str
    description: str
    audience: str
    opens: datetime.date | None
    closes: datetime.date | None
    accepting_responses: bool
    responses: int
    participants_recorded: int | None
    period: str
    questions: list[QuestionOut]
    link: str | None = Field(description="The public link, for the Secretariat to share")

    @staticmethod
    def resolve_accepting_responses(survey: Survey) -> bool:
        asked = bool(survey.questions.all())
        return asked and survey.is_open_on(timezone.localdate())

    @staticmethod
    def resolve_responses(survey: Survey) -> int:
        return survey.responses.count()

    @staticmethod
    def resolve_link(survey: Survey, context: dict[str, Any]) -> str | None:
        manager = context["request"].user.has_perm("consultations.manage")
        public = survey.audience == Survey.Audience.PUBLIC
        return surveys.survey_link(survey) if manager and public else None


AnswerValue = str | int | float | list[str]


class AnswerIn(In):
    question: int = Field(ge=1, le=1000)
    value: AnswerValue

    @model_validator(mode="after")
    def no_nul(self) -> "AnswerIn":
        texts = self.value if isinstance(self.value, list) else [self.value]
        if any(isinstance(t, str) and "\x00" in t for t in texts):
            raise ValueError("answers are text without NUL characters")
        return self


class SurveyAnswersIn(In):
    answers: list[AnswerIn] = Field(min_length=1, max_length=1000)
    state: str = Field("", pattern=STATE, description="For a member State's answer")
    token: str = Field(
        "", max_length=40, pattern=SLUG, description="The survey link's token (or ?token=)"
    )

    @model_validator(mode="after")
    def once_each(self) -> "SurveyAnswersIn":
        numbers = [a.question for a in self.answers]
        if len(set(numbers)) != len(numbers):
            raise ValueError("each question is answered once")
        return self


class SurveyResponseOut(Out):
    id: int
    survey: int = Field(alias="survey_id")
    state: str | None = Field(None, alias="state.code")
    submitted_at: datetime.datetime
    answers: int

    @staticmethod
    def resolve_answers(response: SurveyResponse) -> int:
        return response.answers.count()


class CountOut(Out):
    label: str
    count: int


# Read from a surveys.QuestionResult.
class QuestionResultOut(Out):
    number: int = Field(alias="question.number")
    text: str = Field(alias="question.text")
    kind: str = Field(alias="question.kind")
    area: str | None = Field(None, alias="question.area.code")
    answered: int
    counts: list[CountOut]
    mean: float | None
    low: float | None
    high: float | None
    texts: list[str] = Field(description="Free-text answers, for the Secretariat")

    @staticmethod
    def resolve_counts(result: surveys.QuestionResult) -> list[dict[str, Any]]:
        return [{"label": label, "count": n} for label, n in result.counts]


# Read from surveys.SurveyResults.
class SurveyResultsOut(Out):
    survey: int = Field(alias="survey.id")
    title: str = Field(alias="survey.title")
    responses: int
    participants_recorded: int | None = Field(alias="survey.participants_recorded")
    questions: list[QuestionResultOut]
