"""Consultations on texts: opened on a text given as paragraphs, revised version by version,
commented on by the States and answered by the Secretariat."""

from django.db.models import QuerySet
from django.http import HttpRequest
from django.shortcuts import get_object_or_404
from ninja import Path, Router, Status
from ninja.pagination import paginate

from neaspec.accounts.rules import require
from neaspec.api.auth import SIGNED_IN
from neaspec.api.errors import WRITES, ErrorOut
from neaspec.api.paging import Page
from neaspec.consultations import selectors, services
from neaspec.consultations.models import Comment, Consultation, Version
from neaspec.consultations.schemas import (
    CommentIn,
    CommentOut,
    ConsultationIn,
    ConsultationOut,
    ConsultationRow,
    ResponseIn,
    TextVersionOut,
    VersionIn,
    versions_read,
    with_texts,
)
from neaspec.decisions.models import Decision
from neaspec.directory.models import Body, MemberState, Organization

router = Router(tags=["consultations"])
ID = Path(..., ge=1, le=2**31 - 1)


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
def list_consultations(request: HttpRequest) -> QuerySet[Consultation]:
    return selectors.consultation_rows(actor=request.user)


@router.post(
    "/consultations",
    auth=SIGNED_IN,
    response={201: ConsultationOut, **WRITES},
    summary="Open a consultation on a text given as paragraphs (the Secretariat)",
)
def open_consultation(request: HttpRequest, data: ConsultationIn) -> Status[Consultation]:
    require(request.user, "consultations.manage")
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
        meeting=data.meeting,
        request=asked,
        drafts=drafts,
    )
    return Status(201, with_texts(consultation))


@router.get(
    "/consultations/{consultation_id}",
    response={200: ConsultationOut, 404: ErrorOut, 422: ErrorOut},
    summary="A consultation with the paragraphs of its latest version and all its versions",
)
def get_consultation(request: HttpRequest, consultation_id: int = ID) -> Consultation:
    return with_texts(_consultation(request, consultation_id))


@router.post(
    "/consultations/{consultation_id}/versions",
    auth=SIGNED_IN,
    response={201: TextVersionOut, **WRITES},
    summary="Publish the revised text as the next version (the Secretariat)",
)
def publish_version(
    request: HttpRequest, data: VersionIn, consultation_id: int = ID
) -> Status[Version]:
    consultation = _consultation(request, consultation_id)
    version = services.version_publish(
        actor=request.user,
        consultation=consultation,
        paragraphs=data.paragraphs,
        note=data.note,
        based_on=data.based_on,
    )
    return Status(201, versions_read([version])[0])


@router.get(
    "/consultations/{consultation_id}/comments",
    response={200: list[CommentOut], 404: ErrorOut, 422: ErrorOut},
    summary="The comments the reader may read (all in an open consultation; else their own)",
)
@paginate(Page)
def list_comments(request: HttpRequest, consultation_id: int = ID) -> QuerySet[Comment]:
    consultation = _consultation(request, consultation_id)
    return selectors.comments_visible(actor=request.user, consultation=consultation)


@router.post(
    "/consultations/{consultation_id}/comments",
    auth=SIGNED_IN,
    response={201: CommentOut, **WRITES},
    summary="Comment on a paragraph or the whole text; a focal point for their own State",
)
def add_comment(
    request: HttpRequest, data: CommentIn, consultation_id: int = ID
) -> Status[Comment]:
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
    return Status(201, comment)


@router.post(
    "/comments/{comment_id}/response",
    auth=SIGNED_IN,
    response={201: CommentOut, **WRITES},
    summary="The Secretariat's response to a comment: taken, partly taken or not taken, and why",
)
def respond(request: HttpRequest, data: ResponseIn, comment_id: int = ID) -> Status[Comment]:
    require(request.user, "consultations.manage")
    comment = get_object_or_404(Comment, pk=comment_id)
    answered = services.comment_respond(
        actor=request.user, comment=comment, outcome=data.outcome, text=data.text
    )
    return Status(201, answered)
