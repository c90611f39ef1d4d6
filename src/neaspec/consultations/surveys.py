"""Surveys: write a questionnaire, answer it once per invitee, read its results.

Who answers depends on the audience: a member State through its focal point (one answer per
State), an invited stakeholder through their own link, anyone through the survey's public link.
Answers are checked against each question's kind before anything is written."""

import datetime
import math
import secrets
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import NotRequired, TypedDict

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from neaspec import limits
from neaspec.accounts.models import Actor, account_of
from neaspec.accounts.rules import require
from neaspec.audit import save_audited
from neaspec.conflicts import ConflictError
from neaspec.consultations.models import (
    Answer,
    Consultation,
    Invitee,
    Question,
    Survey,
    SurveyResponse,
)
from neaspec.consultations.selectors import TOKEN, own_state
from neaspec.directory.models import MemberState
from neaspec.keys import claimed, free_key
from neaspec.mail.models import Message, Purpose
from neaspec.meetings.mail import link
from neaspec.programme.models import ProgrammeArea

Kind = Question.Kind

# An answer as given and as stored: a choice or a text, several choices, a scale point or a
# number.
type AnswerValue = str | int | float | list[str]


class QuestionSpec(TypedDict):
    """A question as written (on the page, in the API), before it is checked."""

    text: str
    kind: str
    choices: NotRequired[list[str]]
    scale_min: NotRequired[int]
    scale_max: NotRequired[int]
    required: NotRequired[bool]
    area: NotRequired[ProgrammeArea | None]  # for a question asked of one area


class Respondent(TypedDict, total=False):
    """Who answers, as a response records it: a State or an invitee (nobody for the public)."""

    state: MemberState
    invitee: Invitee


def _question_checked(number: int, spec: QuestionSpec) -> Question:
    kind = spec.get("kind", "")
    choices = [str(c).strip() for c in spec.get("choices") or []]
    question = Question(
        number=number,
        text=str(spec.get("text", "")).strip(),
        kind=kind,
        choices=choices,
        scale_min=spec.get("scale_min", 1),
        scale_max=spec.get("scale_max", 5),
        required=bool(spec.get("required", False)),
        area=spec.get("area"),
    )
    where = _("Question %(number)s") % {"number": number}
    if not question.text:
        raise ValidationError(_("%s has no text.") % where)
    if kind not in Kind.values:
        raise ValidationError(_("%s has no kind the Hub knows.") % where)
    if kind in (Kind.SINGLE, Kind.MULTIPLE):
        if len(choices) < 2 or len(set(choices)) != len(choices) or not all(choices):
            raise ValidationError(_("%s needs at least two different choices.") % where)
    elif choices:
        raise ValidationError(
            _("%s takes no choices: only one-choice and several-choice questions do.") % where
        )
    if question.scale_max <= question.scale_min:
        raise ValidationError(_("%s: the scale must run from a lower to a higher point.") % where)
    return question


def questions_per_area(spec: QuestionSpec) -> list[QuestionSpec]:
    """One question for each programme area: "{area}" in the text stands for the area's name."""
    return [
        {**spec, "text": str(spec["text"]).replace("{area}", area.name), "area": area}
        for area in ProgrammeArea.objects.order_by("order", "code")
    ]


@transaction.atomic
def survey_create(
    *,
    actor: Actor,
    title: str,
    audience: str,
    questions: list[QuestionSpec],
    description: str = "",
    opens: datetime.date | None = None,
    closes: datetime.date | None = None,
    consultation: Consultation | None = None,
    invitees: list[tuple[str, str]] | None = None,
) -> Survey:
    """A survey with its questions (each: text, kind, choices, scale, required, area), and for
    stakeholders the people invited, each of whom gets their own link."""
    require(actor, "consultations.manage")
    if not title.strip():
        raise ValidationError({"title": _("Give the survey a title.")})
    if not questions:
        raise ValidationError({"questions": _("A survey asks at least one question.")})
    if opens and closes and closes < opens:
        raise ValidationError({"closes": _("A survey cannot close before it opens.")})
    checked = [_question_checked(n, q) for n, q in enumerate(questions, start=1)]
    survey = Survey(
        key=free_key(Survey, title, fallback="survey"),
        title=title.strip(),
        description=description.strip(),
        audience=audience,
        opens=opens,
        closes=closes,
        consultation=consultation,
        created_by=account_of(actor),
    )
    with claimed(survey.key):
        save_audited(survey, actor=actor, reason="survey written")
    for question in checked:
        question.survey = survey
        save_audited(question, actor=actor, reason="survey written")
    for name, email in invitees or []:
        save_audited(Invitee(survey=survey, name=name, email=email), actor=actor, reason="invited")
    return survey


def _value(question: Question, value: AnswerValue) -> AnswerValue:
    """The answer as stored, or a ValidationError saying what the question takes."""
    where = _("Question %(number)s") % {"number": question.number}
    kind = question.kind
    if kind == Kind.SINGLE:
        if value not in question.choices:
            raise ValidationError(_("%s: choose one of the choices given.") % where)
        return value
    if kind == Kind.MULTIPLE:
        chosen = value if isinstance(value, list) else [value]
        if (
            not chosen
            or any(v not in question.choices for v in chosen)
            or len(set(chosen)) != len(chosen)
        ):
            raise ValidationError(_("%s: choose among the choices given, each once.") % where)
        return [c for c in question.choices if c in chosen]  # in the question's order
    if kind == Kind.SCALE:
        if (
            isinstance(value, bool)
            or not isinstance(value, int)
            or not question.scale_min <= value <= question.scale_max
        ):
            raise ValidationError(
                _("%(where)s: a whole number from %(low)s to %(high)s.")
                % {"where": where, "low": question.scale_min, "high": question.scale_max}
            )
        return value
    if kind == Kind.NUMBER:
        if (
            isinstance(value, bool)
            or not isinstance(value, int | float)
            or not math.isfinite(value)
        ):
            raise ValidationError(_("%s: a number.") % where)
        return value
    if not isinstance(value, str) or not value.strip() or len(value) > limits.NOTE:
        raise ValidationError(
            _("%(where)s: text of at most %(n)s characters.") % {"where": where, "n": limits.NOTE}
        )
    return value.strip()


def _respondent(actor: Actor, survey: Survey, state: MemberState | None, token: str) -> Respondent:
    """Who answers: a State, an invited stakeholder, or someone with the public link."""
    manager = actor.has_perm("consultations.manage")
    token = token if TOKEN.fullmatch(token) else ""  # not a link's token: none at all
    if survey.audience == Survey.Audience.MEMBER_STATES:
        state = state or own_state(actor)
        if state is None:
            raise ValidationError({"state": _("Say which member State answers.")})
        require(actor, "surveys.answer_for_state", state)
        return Respondent(state=state)
    if survey.audience == Survey.Audience.STAKEHOLDERS:
        invitee = Invitee.objects.filter(survey=survey, token=token).first() if token else None
        if invitee is None:
            raise PermissionDenied("this survey is answered through an invitation link")
        return Respondent(invitee=invitee)
    if not manager and not secrets.compare_digest(token.encode(), survey.token.encode()):
        raise PermissionDenied("this survey is answered through its link")
    return Respondent()


@transaction.atomic
def survey_answer(
    *,
    actor: Actor,
    survey: Survey,
    answers: Mapping[int, AnswerValue],
    state: MemberState | None = None,
    token: str = "",
    today: datetime.date | None = None,
) -> SurveyResponse:
    """Record one response: `answers` maps question numbers to values. A State or an invitee
    answers once; a second response is refused (409) and nothing is written."""
    survey = Survey.objects.select_for_update().get(pk=survey.pk)
    respondent = _respondent(actor, survey, state, token)
    today = today or timezone.localdate()
    if survey.opens and today < survey.opens:
        raise ValidationError(
            _("The survey opens on %(date)s.") % {"date": survey.opens.isoformat()}
        )
    if survey.closes and today > survey.closes:
        raise ValidationError(
            _("The survey closed on %(date)s.") % {"date": survey.closes.isoformat()}
        )
    questions = {q.number: q for q in survey.questions.all()}
    if not questions:
        raise ValidationError(_("This survey's questions are not in the Hub; it takes no answers."))
    unknown = sorted(set(answers) - set(questions))
    if unknown:
        raise ValidationError(_("The survey has no question %s.") % unknown[0])
    missing = [n for n, q in questions.items() if q.required and n not in answers]
    if missing:
        raise ValidationError(_("Question %s must be answered.") % missing[0])
    if not answers:
        raise ValidationError(_("Answer at least one question."))
    values = {n: _value(questions[n], v) for n, v in sorted(answers.items())}
    earlier = survey.responses.filter(**respondent).first() if respondent else None
    if earlier is not None:
        raise ConflictError(
            _("%s has already answered this survey.") % (earlier.state or earlier.invitee)
        )
    response = SurveyResponse(survey=survey, user=account_of(actor), **respondent)
    try:
        with transaction.atomic():
            save_audited(response, actor=actor, reason="survey answered")
    except IntegrityError as error:  # the same State answering twice at the same moment
        raise ConflictError(_("This survey has already been answered for them.")) from error
    for number, value in values.items():
        save_audited(
            Answer(response=response, question=questions[number], value=value),
            actor=actor,
            reason="survey answered",
        )
    return response


@transaction.atomic
def invitations_send(*, actor: Actor, survey: Survey) -> list[Invitee]:
    """E-mail each invited stakeholder with an address, not yet sent to, their own link; the
    worker sends them after this commits. Returns those queued."""
    from neaspec.consultations.mail import survey_link_queue

    require(actor, "consultations.manage")
    survey = Survey.objects.select_for_update().get(pk=survey.pk)
    if survey.closes and timezone.localdate() > survey.closes:
        raise ValidationError(
            _("The survey closed on %(date)s.") % {"date": survey.closes.isoformat()}
        )
    # Not twice: a link on its way to the mail server is not queued again.
    on_the_way = Message.objects.filter(
        purpose=Purpose.SURVEY_LINK, status__in=[Message.Status.QUEUED, Message.Status.SENDING]
    ).values_list("record", flat=True)
    waiting = [
        invitee
        for invitee in survey.invitees.filter(sent_at=None).exclude(email="").order_by("name")
        if f"invitee:{invitee.pk}" not in set(on_the_way)
    ]
    for invitee in waiting:
        survey_link_queue(actor=actor, invitee=invitee)
    return waiting


@transaction.atomic
def invitation_sent(*, invitee: Invitee) -> None:
    """Note that the worker sent the invitee their link (once, however often it is queued)."""
    Invitee.objects.filter(pk=invitee.pk, sent_at=None).update(sent_at=timezone.now())


def survey_link(survey: Survey, invitee: Invitee | None = None) -> str:
    """The address to share: the survey with its token (an invitee's own for stakeholders)."""
    return f"{link('consultations:survey', survey)}?token={(invitee or survey).token}"


# --- results -----------------------------------------------------------------------------


@dataclass
class QuestionResult:
    question: Question
    answered: int
    counts: list[tuple[str, int]] = field(default_factory=list)  # choices and scale points
    mean: Decimal | None = None
    low: Decimal | None = None
    high: Decimal | None = None
    texts: list[str] = field(default_factory=list)  # for those who may read them


@dataclass
class SurveyResults:
    survey: Survey
    responses: int
    questions: list[QuestionResult]


def survey_results(*, actor: Actor, survey: Survey) -> SurveyResults:
    """Counts per choice and scale point, the mean and range of numbers; free-text answers
    for the Secretariat only (they may name people)."""
    require(actor, "surveys.results", survey)
    texts_too = actor.has_perm("consultations.manage")
    by_question: dict[int, list[AnswerValue]] = {}
    for question_id, value in Answer.objects.filter(response__survey=survey).values_list(
        "question_id", "value"
    ):
        by_question.setdefault(question_id, []).append(value)
    results = []
    for question in survey.questions.select_related("area"):
        values = by_question.get(question.pk, [])
        result = QuestionResult(question, len(values))
        if question.kind in (Kind.SINGLE, Kind.MULTIPLE):
            tally = Counter(c for v in values for c in (v if isinstance(v, list) else [v]))
            result.counts = [(c, tally[c]) for c in question.choices]
        elif question.kind in (Kind.SCALE, Kind.NUMBER):
            numbers = [Decimal(str(v)) for v in values]
            if question.kind == Kind.SCALE:
                chosen = Counter(v for v in values if isinstance(v, int))  # scale points
                points = range(question.scale_min, question.scale_max + 1)
                result.counts = [(str(p), chosen[p]) for p in points]
            if numbers:
                mean = sum(numbers, Decimal(0)) / len(numbers)
                result.mean = mean.quantize(Decimal("0.01"))
                result.low, result.high = min(numbers), max(numbers)
        elif texts_too:
            result.texts = [str(v) for v in values]
        results.append(result)
    return SurveyResults(survey, survey.responses.count(), results)
