"""Surveys: written by the Secretariat, answered by the focal points for their States or by
anyone holding a public survey's link, and their results."""

import json
from typing import Any

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import RequestDataTooBig
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Status
from ninja.pagination import paginate
from ninja.security import APIKeyQuery

from neaspec.accounts.rules import require
from neaspec.api.auth import SIGNED_IN
from neaspec.api.errors import ErrorOut
from neaspec.api.paging import Page
from neaspec.consultations import selectors, surveys
from neaspec.consultations.api.consultations import ID, WRITES, router
from neaspec.consultations.models import Consultation, Survey, SurveyResponse
from neaspec.consultations.schemas import (
    SurveyAnswersIn,
    SurveyIn,
    SurveyOut,
    SurveyResponseOut,
    SurveyResultsOut,
    surveys_read,
)
from neaspec.directory.models import MemberState
from neaspec.paging import Rows
from neaspec.programme.models import ProgrammeArea


def _survey(request: HttpRequest, survey_id: int) -> Survey:
    return get_object_or_404(selectors.surveys_visible(actor=request.user), pk=survey_id)


@router.get("/surveys", response={200: list[SurveyOut], 422: ErrorOut}, summary="Surveys")
@paginate(Page)
def list_surveys(request: HttpRequest) -> Rows[Survey]:
    return Rows(selectors.surveys_visible(actor=request.user), surveys_read)


@router.post(
    "/surveys",
    auth=SIGNED_IN,
    response={201: SurveyOut, **WRITES},
    summary="Write a survey (the Secretariat)",
)
def create_survey(request: HttpRequest, data: SurveyIn) -> Status[Survey]:
    require(request.user, "consultations.manage")
    questions: list[surveys.QuestionSpec] = []
    for q in data.questions:
        spec = surveys.QuestionSpec(
            text=q.text,
            kind=q.kind,
            choices=q.choices,
            scale_min=q.scale_min,
            scale_max=q.scale_max,
            required=q.required,
        )
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
    return Status(201, surveys_read([survey])[0])


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


@router.post(
    "/surveys/{survey_id}/responses",
    auth=[SurveyLink(), *SIGNED_IN],
    response={201: SurveyResponseOut, **WRITES},
    summary="Answer a survey: a focal point for their State; anyone with the link's ?token=",
)
def answer_survey(
    request: HttpRequest, data: SurveyAnswersIn, survey_id: int = ID
) -> Status[SurveyResponse]:
    survey = get_object_or_404(Survey, pk=survey_id)
    response = surveys.survey_answer(
        actor=request.auth,  # type: ignore[attr-defined]  # nobody, when let in by the token
        survey=survey,
        answers={a.question: a.value for a in data.answers},
        state=get_object_or_404(MemberState, code=data.state.upper()) if data.state else None,
        token=link_token(request),
    )
    return Status(201, response)


@router.get(
    "/surveys/{survey_id}/results",
    response={200: SurveyResultsOut, 403: ErrorOut, 404: ErrorOut, 422: ErrorOut},
    summary="A survey's results: counts per choice and scale point, means, free text",
)
def survey_results(request: HttpRequest, survey_id: int = ID) -> surveys.SurveyResults:
    survey = _survey(request, survey_id)
    return surveys.survey_results(actor=request.user, survey=survey)
