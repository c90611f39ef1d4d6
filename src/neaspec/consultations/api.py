"""The API of consultations and surveys. A consultation is addressed by its id; paragraphs by
their number in the latest version; a survey's questions by their number."""

import datetime
import json
from typing import Annotated, Any, Literal

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from django.utils import timezone
from ninja import Field, Path, Router, Schema
from ninja.errors import HttpError
from ninja.pagination import paginate
from ninja.security import APIKeyQuery, django_auth
from pydantic import ConfigDict, model_validator

from neaspec import limits
from neaspec.accounts.rules import require
from neaspec.api.errors import ErrorOut
from neaspec.api.paging import Mapped, Page
from neaspec.api.params import SLUG, TEXT, IsoDate, SingleLine
from neaspec.consultations import selectors, services, surveys
from neaspec.consultations.models import (
    Audience,
    Comment,
    Consultation,
    Question,
    Survey,
    Version,
)
from neaspec.decisions.models import Decision
from neaspec.directory.models import Body, MemberState, Organization
from neaspec.meetings.selectors import meeting_find
from neaspec.programme.models import ProgrammeArea

router = Router(tags=["consultations"])
STATE = r"^([A-Za-z]{2})?$"
WRITES = {400: ErrorOut, 401: ErrorOut, 403: ErrorOut, 404: ErrorOut, 409: ErrorOut, 422: ErrorOut}
ID = Path(..., ge=1, le=2**31 - 1)
PARAGRAPHS = 500  # a draft plan runs to a few hundred paragraphs at most
# One paragraph of a text, one choice of a question: text without NUL, of bounded length.
ParagraphText = Annotated[str, Field(max_length=limits.SHEET_TEXT, pattern=TEXT)]
ChoiceText = Annotated[str, Field(max_length=200, pattern=TEXT)]


class In(Schema):
    model_config = ConfigDict(extra="forbid")


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
    meeting: str = Field(
        "", max_length=100, pattern=r"^[A-Za-z0-9 ._-]*$", description="e.g. SOM-25"
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


class TextParagraphOut(Schema):
    number: int
    text: str
    decision: str | None = Field(description="The draft decision it is, as cited")


class TextVersionOut(Schema):
    number: int
    published_on: datetime.date
    note: str
    paragraphs: list[TextParagraphOut]


class StateAnswerOut(Schema):
    state: str
    name: str
    answer: Literal["commented", "no_comment", "waiting"]
    comments: int


class ConsultationOut(Schema):
    id: int
    key: str
    title: str
    subject: str
    summary: str
    audience: str
    body: str | None
    opens: datetime.date
    closes: datetime.date | None
    open: bool
    accepting_comments: bool
    meeting: str | None
    request: str | None
    version: int
    paragraphs: list[TextParagraphOut] = Field(description="The latest version's")
    versions: list[TextVersionOut]
    answers: list[StateAnswerOut] | None = Field(
        description="Per member State, for those who may see it"
    )


class ConsultationRow(Schema):
    id: int
    key: str
    title: str
    audience: str
    opens: datetime.date
    closes: datetime.date | None
    open: bool
    version: int
    comments: int


def _version_out(version: Version) -> TextVersionOut:
    paragraphs = version.paragraphs.select_related("decision__meeting__series")
    return TextVersionOut(
        number=version.number,
        published_on=version.published_on,
        note=version.note,
        paragraphs=[
            TextParagraphOut(
                number=p.number, text=p.text, decision=p.decision.citation if p.decision else None
            )
            for p in paragraphs
        ],
    )


def consultation_out(request: HttpRequest, consultation: Consultation) -> ConsultationOut:
    versions = [_version_out(v) for v in consultation.versions.order_by("number")]
    shown = selectors.answers_shown(actor=request.user, consultation=consultation)
    answers = None
    if shown is not None:
        answers = [
            StateAnswerOut(
                state=a.state.code, name=a.state.name, answer=a.answer, comments=a.comments
            )
            for a in shown
        ]
    return ConsultationOut(
        id=consultation.pk,
        key=consultation.key,
        title=consultation.title,
        subject=consultation.subject,
        summary=consultation.summary,
        audience=consultation.audience,
        body=consultation.body.key if consultation.body else None,
        opens=consultation.opens,
        closes=consultation.closes,
        open=consultation.open,
        accepting_comments=bool(versions) and consultation.is_open_on(timezone.localdate()),
        meeting=str(consultation.meeting) if consultation.meeting else None,
        request=consultation.request.citation if consultation.request else None,
        version=versions[-1].number if versions else 0,
        paragraphs=versions[-1].paragraphs if versions else [],
        versions=versions,
        answers=answers,
    )


def _consultation(request: HttpRequest, consultation_id: int) -> Consultation:
    return get_object_or_404(
        selectors.consultations_visible(actor=request.user), pk=consultation_id
    )


@router.get(
    "/consultations",
    response={200: list[ConsultationRow], 422: ErrorOut},
    summary="The consultations addressed to the reader, newest first",
)
@paginate(Page)
def list_consultations(request: HttpRequest) -> Any:
    return Mapped(
        selectors.consultation_rows(actor=request.user),
        lambda c: ConsultationRow(
            id=c.pk,
            key=c.key,
            title=c.title,
            audience=c.audience,
            opens=c.opens,
            closes=c.closes,
            open=c.open,
            version=c.version_count or 0,
            comments=c.comment_count,
        ),
    )


@router.post(
    "/consultations",
    auth=django_auth,
    response={201: ConsultationOut, **WRITES},
    summary="Open a consultation on a text given as paragraphs (the Secretariat)",
)
def open_consultation(request: HttpRequest, data: ConsultationIn) -> tuple[int, ConsultationOut]:
    require(request.user, "consultations.manage")
    meeting = None
    if data.meeting:
        meeting = meeting_find(data.meeting)
        if meeting is None:
            raise HttpError(422, f"No meeting is called {data.meeting}.")
    asked = get_object_or_404(Decision, pk=data.request) if data.request else None
    drafts = {d.paragraph: get_object_or_404(Decision, pk=d.decision) for d in data.drafts}
    consultation = services.consultation_open(
        actor=request.user,
        title=data.title,
        paragraphs=data.paragraphs,
        opens=data.opens,
        closes=data.closes,
        audience=data.audience,
        open=data.open,
        body=get_object_or_404(Body, key=data.body) if data.body else None,
        subject=data.subject,
        summary=data.summary,
        meeting=meeting,
        request=asked,
        drafts=drafts,
    )
    return 201, consultation_out(request, consultation)


@router.get(
    "/consultations/{consultation_id}",
    response={200: ConsultationOut, 404: ErrorOut, 422: ErrorOut},
    summary="A consultation with the paragraphs of its latest version and all its versions",
)
def get_consultation(request: HttpRequest, consultation_id: int = ID) -> ConsultationOut:
    return consultation_out(request, _consultation(request, consultation_id))


class VersionIn(In):
    paragraphs: list[ParagraphText] = Field(min_length=1, max_length=PARAGRAPHS)
    note: str = Field("", max_length=limits.SHORT, pattern=TEXT)
    based_on: int | None = Field(
        None, ge=1, le=10_000, description="The version revised; 409 if a later one exists"
    )


@router.post(
    "/consultations/{consultation_id}/versions",
    auth=django_auth,
    response={201: TextVersionOut, **WRITES},
    summary="Publish the revised text as the next version (the Secretariat)",
)
def publish_version(
    request: HttpRequest, data: VersionIn, consultation_id: int = ID
) -> tuple[int, TextVersionOut]:
    consultation = _consultation(request, consultation_id)
    version = services.version_publish(
        actor=request.user,
        consultation=consultation,
        paragraphs=data.paragraphs,
        note=data.note,
        based_on=data.based_on,
    )
    return 201, _version_out(version)


class ResponseOut(Schema):
    outcome: str
    text: str
    answered_at: datetime.datetime | None


class CommentOut(Schema):
    id: int
    version: int
    paragraph: int | None
    state: str | None
    organization: str | None
    by: str
    no_comment: bool
    text: str
    proposed_text: str
    stance: str
    made_at: datetime.datetime
    response: ResponseOut | None


def comment_out(c: Comment) -> CommentOut:
    response = None
    if c.outcome:
        response = ResponseOut(outcome=c.outcome, text=c.response, answered_at=c.responded_at)
    return CommentOut(
        id=c.pk,
        version=c.version.number,
        paragraph=c.paragraph,
        state=c.state.code if c.state else None,
        organization=c.organization.key if c.organization else None,
        by=c.commenter,
        no_comment=c.no_comment,
        text=c.text,
        proposed_text=c.proposed_text,
        stance=c.stance,
        made_at=c.created_at,
        response=response,
    )


class CommentIn(In):
    state: str = Field("", pattern=STATE, description="The member State it speaks for")
    organization: str = Field("", max_length=80, pattern=SLUG)
    paragraph: int | None = Field(None, ge=1, le=PARAGRAPHS, description="Empty: the whole text")
    text: str = Field("", max_length=limits.NOTE, pattern=TEXT)
    proposed_text: str = Field("", max_length=limits.SHEET_TEXT, pattern=TEXT)
    stance: Comment.Stance | Literal[""] = ""
    no_comment: bool = False


@router.get(
    "/consultations/{consultation_id}/comments",
    response={200: list[CommentOut], 404: ErrorOut, 422: ErrorOut},
    summary="The comments the reader may read (all in an open consultation; else their own)",
)
@paginate(Page)
def list_comments(request: HttpRequest, consultation_id: int = ID) -> Any:
    consultation = _consultation(request, consultation_id)
    return Mapped(
        selectors.comments_visible(actor=request.user, consultation=consultation), comment_out
    )


@router.post(
    "/consultations/{consultation_id}/comments",
    auth=django_auth,
    response={201: CommentOut, **WRITES},
    summary="Comment on a paragraph or the whole text; a focal point for their own State",
)
def add_comment(
    request: HttpRequest, data: CommentIn, consultation_id: int = ID
) -> tuple[int, CommentOut]:
    consultation = _consultation(request, consultation_id)
    comment = services.comment_add(
        actor=request.user,
        consultation=consultation,
        state=get_object_or_404(MemberState, code=data.state.upper()) if data.state else None,
        organization=get_object_or_404(Organization, key=data.organization)
        if data.organization
        else None,
        paragraph=data.paragraph,
        text=data.text,
        proposed_text=data.proposed_text,
        stance=data.stance,
        no_comment=data.no_comment,
    )
    return 201, comment_out(comment)


class ResponseIn(In):
    outcome: Comment.Outcome
    text: str = Field("", max_length=limits.NOTE, pattern=TEXT)


@router.post(
    "/comments/{comment_id}/response",
    auth=django_auth,
    response={201: CommentOut, **WRITES},
    summary="The Secretariat's response to a comment: taken, partly taken or not taken, and why",
)
def respond(request: HttpRequest, data: ResponseIn, comment_id: int = ID) -> tuple[int, CommentOut]:
    require(request.user, "consultations.manage")
    comment = get_object_or_404(Comment, pk=comment_id)
    answered = services.comment_respond(
        actor=request.user, comment=comment, outcome=data.outcome, text=data.text
    )
    return 201, comment_out(answered)


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


class QuestionOut(Schema):
    number: int
    text: str
    kind: str
    choices: list[str]
    scale_min: int
    scale_max: int
    required: bool
    area: str | None


class SurveyOut(Schema):
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


def survey_out(request: HttpRequest, survey: Survey) -> SurveyOut:
    questions = [
        QuestionOut(
            number=q.number,
            text=q.text,
            kind=q.kind,
            choices=q.choices,
            scale_min=q.scale_min,
            scale_max=q.scale_max,
            required=q.required,
            area=q.area.code if q.area else None,
        )
        for q in survey.questions.select_related("area")
    ]
    manager = request.user.has_perm("consultations.manage")
    public = survey.audience == Survey.Audience.PUBLIC
    return SurveyOut(
        id=survey.pk,
        key=survey.key,
        title=survey.title,
        description=survey.description,
        audience=survey.audience,
        opens=survey.opens,
        closes=survey.closes,
        accepting_responses=bool(questions) and survey.is_open_on(timezone.localdate()),
        responses=survey.responses.count(),
        participants_recorded=survey.participants_recorded,
        period=survey.period,
        questions=questions,
        link=surveys.survey_link(survey) if manager and public else None,
    )


def _survey(request: HttpRequest, survey_id: int) -> Survey:
    return get_object_or_404(selectors.surveys_visible(actor=request.user), pk=survey_id)


@router.get("/surveys", response={200: list[SurveyOut], 422: ErrorOut}, summary="Surveys")
@paginate(Page)
def list_surveys(request: HttpRequest) -> Any:
    return Mapped(selectors.surveys_visible(actor=request.user), lambda s: survey_out(request, s))


@router.post(
    "/surveys",
    auth=django_auth,
    response={201: SurveyOut, **WRITES},
    summary="Write a survey (the Secretariat)",
)
def create_survey(request: HttpRequest, data: SurveyIn) -> tuple[int, SurveyOut]:
    require(request.user, "consultations.manage")
    questions: list[dict[str, Any]] = []
    for q in data.questions:
        spec = q.model_dump(exclude={"per_area", "area"})
        if q.area:
            spec["area"] = get_object_or_404(ProgrammeArea, code=q.area)
        questions += surveys.questions_per_area(spec) if q.per_area else [spec]
    linked = get_object_or_404(Consultation, pk=data.consultation) if data.consultation else None
    survey = surveys.survey_create(
        actor=request.user,
        title=data.title,
        audience=data.audience,
        questions=questions,
        description=data.description,
        opens=data.opens,
        closes=data.closes,
        consultation=linked,
        invitees=[(i.name, i.email) for i in data.invitees],
    )
    return 201, survey_out(request, survey)


def _body_token(request: HttpRequest) -> str:
    """The `token` of a JSON body, for clients that send it there rather than in the query."""
    if request.content_type != "application/json":
        return ""
    try:
        body = json.loads(request.body)
    except (ValueError, RequestDataTooBig):
        return ""  # the body's own validation says what is wrong with it
    token = body.get("token") if isinstance(body, dict) else None
    return token if isinstance(token, str) else ""


def link_token(request: HttpRequest) -> str:
    """The link's token, from the query or the body; "" when there is none that could be one."""
    token = request.GET.get("token") or _body_token(request)
    return token if selectors.TOKEN.fullmatch(token) else ""


class SurveyLink(APIKeyQuery):
    """The token of a survey's link (`?token=`, or `token` in the body) lets anyone answer that
    survey, as nobody in particular: a signed-in browser that follows a link elsewhere answers
    nothing in its name. It is checked before the body, so a stranger learns nothing else."""

    param_name = "token"

    def _get_key(self, request: HttpRequest) -> str | None:
        return link_token(request) or None

    def authenticate(self, request: HttpRequest, key: str | None) -> Any:
        match = request.resolver_match
        survey_id = match.kwargs.get("survey_id") if match else None
        if key and survey_id and selectors.survey_link_holds(survey_id, key):
            return AnonymousUser()
        return None


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


class SurveyResponseOut(Schema):
    id: int
    survey: int
    state: str | None
    submitted_at: datetime.datetime
    answers: int


@router.post(
    "/surveys/{survey_id}/responses",
    auth=[SurveyLink(), django_auth],
    response={201: SurveyResponseOut, **WRITES},
    summary="Answer a survey: a focal point for their State; anyone with the link's ?token=",
)
def answer_survey(
    request: HttpRequest, data: SurveyAnswersIn, survey_id: int = ID
) -> tuple[int, SurveyResponseOut]:
    survey = get_object_or_404(Survey, pk=survey_id)
    response = surveys.survey_answer(
        actor=request.auth,  # type: ignore[attr-defined]  # nobody, when let in by the token
        survey=survey,
        answers={a.question: a.value for a in data.answers},
        state=get_object_or_404(MemberState, code=data.state.upper()) if data.state else None,
        token=link_token(request),
    )
    return 201, SurveyResponseOut(
        id=response.pk,
        survey=survey.pk,
        state=response.state.code if response.state else None,
        submitted_at=response.submitted_at,
        answers=len(data.answers),
    )


class CountOut(Schema):
    label: str
    count: int


class QuestionResultOut(Schema):
    number: int
    text: str
    kind: str
    area: str | None
    answered: int
    counts: list[CountOut]
    mean: float | None
    low: float | None
    high: float | None
    texts: list[str] = Field(description="Free-text answers, for the Secretariat")


class SurveyResultsOut(Schema):
    survey: int
    title: str
    responses: int
    participants_recorded: int | None
    questions: list[QuestionResultOut]


def _float(value: Any) -> float | None:
    return None if value is None else float(value)


@router.get(
    "/surveys/{survey_id}/results",
    response={200: SurveyResultsOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="A survey's results: counts per choice and scale point, means, free text",
)
def survey_results(request: HttpRequest, survey_id: int = ID) -> SurveyResultsOut:
    survey = _survey(request, survey_id)
    results = surveys.survey_results(actor=request.user, survey=survey)
    return SurveyResultsOut(
        survey=survey.pk,
        title=survey.title,
        responses=results.responses,
        participants_recorded=survey.participants_recorded,
        questions=[
            QuestionResultOut(
                number=r.question.number,
                text=r.question.text,
                kind=r.question.kind,
                area=r.question.area.code if r.question.area else None,
                answered=r.answered,
                counts=[CountOut(label=label, count=n) for label, n in r.counts],
                mean=_float(r.mean),
                low=_float(r.low),
                high=_float(r.high),
                texts=r.texts,
            )
            for r in results.questions
        ],
    )
