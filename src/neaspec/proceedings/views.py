"""The meeting's page during the meeting: the Secretariat (and the rapporteur) elect officers,
record statements and adopt the agenda; the Secretariat puts draft decisions on the screen,
amends and adopts them; each member State's delegation states its position. Every form saves
one row and answers with its section as it now stands (htmx), or the whole page without
JavaScript (neaspec/htmx.py)."""

from collections.abc import Callable, Mapping
from typing import Any

from django import forms
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from neaspec.accounts.models import Actor, AuthenticatedRequest
from neaspec.decisions import drafting_services
from neaspec.decisions.models import Decision, Position
from neaspec.decisions.services import position_record
from neaspec.directory.models import MemberState
from neaspec.htmx import after_save, page_or_part
from neaspec.meetings import services as meetings
from neaspec.meetings.models import Meeting, Officer, Statement
from neaspec.meetings.preparation_views import Said
from neaspec.proceedings import selectors
from neaspec.proceedings.forms import (
    AdoptForm,
    AmendForm,
    DraftForm,
    OfficerForm,
    PositionForm,
    StatementForm,
)
from neaspec.proceedings.reading import draft_reading
from neaspec.submission import refusal_status, refuse

SESSION = "proceedings/session.html"
PARTS = AGENDA, OFFICERS, STATEMENTS, DRAFTS = ("agenda", "officers", "statements", "drafts")


def _meeting(request: HttpRequest, key: str) -> Meeting:
    """The meeting, for those who record it or follow its drafts (the member States)."""
    meeting: Meeting = get_object_or_404(Meeting.objects.select_related("series", "host"), key=key)
    user = request.user
    if not (
        user.has_perm("meetings.record_proceedings", meeting)
        or user.has_perm("decisions.view_draft")
    ):
        raise PermissionDenied
    return meeting


def _speaks_for(request: HttpRequest) -> list[MemberState]:
    """The States whose position the reader may record: all for the Secretariat, a focal
    point's own."""
    return [
        s
        for s in MemberState.objects.order_by("name")
        if request.user.has_perm("decisions.record_position", s)
    ]


def session_page(
    request: HttpRequest,
    meeting: Meeting,
    *,
    part: str = "",
    status: int = 200,
    said: Said | None = None,
    sent: Mapping[str, Any] | None = None,
) -> HttpResponse:
    """The page, or to htmx its `part`; a refused form comes back in `sent` (`officer_form`,
    `statement_form`, `draft_form`, or a draft's own forms under `draft_forms`)."""
    user = request.user
    speaks_for = _speaks_for(request)
    context: dict[str, Any] = {
        "meeting": meeting,
        "said": said,
        "can_record": user.has_perm("meetings.record_proceedings", meeting),
        "can_draft": user.has_perm("decisions.record_decision"),
        "speaks_for": speaks_for,
        "officers": selectors.officers(meeting),
        "statements": selectors.statements_by_item(meeting),
        "drafts": selectors.drafts(actor=user, meeting=meeting),
        "adopted": selectors.adopted_in_session(actor=user, meeting=meeting),
        "officer_form": OfficerForm(meeting=meeting),
        "statement_form": StatementForm(meeting=meeting),
        "draft_form": DraftForm(meeting=meeting),
        "draft_forms": {},
    }
    context.update({name: value for name, value in (sent or {}).items() if value})
    for draft in context["drafts"]:
        sent_forms = context["draft_forms"].get(draft.decision.pk, {})
        # Each draft's forms have ids of their own: several drafts share the page.
        ids = f"d{draft.decision.pk}_%s"
        draft.forms = {
            "amend": sent_forms.get("amend")
            or AmendForm(
                initial={"text": draft.decision.summary, "version": draft.version}, auto_id=ids
            ),
            "position": sent_forms.get("position")
            or PositionForm(states=speaks_for, initial={"version": draft.version}, auto_id=ids),
            "adopt": AdoptForm(initial={"version": draft.version}, auto_id=ids),
        }
    return page_or_part(request, SESSION, context, part=part, status=status)


@login_required
def session(request: AuthenticatedRequest, key: str) -> HttpResponse:
    return session_page(request, _meeting(request, key))


def _saved(request: HttpRequest, meeting: Meeting, part: str, done: str) -> HttpResponse:
    url = reverse("proceedings:session", args=[meeting.key]) + f"#{part}"
    said = Said(part, done=(done,))
    return after_save(
        request, url, lambda: session_page(request, meeting, part=part, said=said), message=done
    )


def _refused(
    request: HttpRequest,
    meeting: Meeting,
    part: str,
    error: ValidationError,
    sent: Mapping[str, Any] | None = None,
) -> HttpResponse:
    """Refused by the service: the section says why (beside the fields of a form `sent` back),
    422, or 409 when someone changed the record first."""
    said = Said(part, refused=() if sent else tuple(error.messages))
    status = refusal_status(error)
    return session_page(request, meeting, part=part, status=status, said=said, sent=sent)


def _recorder(request: HttpRequest, key: str) -> Meeting:
    meeting = _meeting(request, key)
    if not request.user.has_perm("meetings.record_proceedings", meeting):
        raise PermissionDenied
    return meeting


def _draft(request: HttpRequest, meeting: Meeting, pk: int) -> Decision:
    return get_object_or_404(
        Decision.objects.filter(meeting=meeting, texts__isnull=False).distinct(), pk=pk
    )


def _form_refused(
    request: HttpRequest, meeting: Meeting, part: str, form: forms.Form, name: str
) -> HttpResponse:
    """A form that did not validate: back in its section with its errors (422)."""
    return session_page(request, meeting, part=part, status=422, sent={name: form})


def _pressed(
    request: AuthenticatedRequest,
    meeting: Meeting,
    part: str,
    service: Callable[..., object],
    done: str,
    /,
    **context: object,
) -> HttpResponse:
    """A button of `part`: `service(actor=…, **context)`, then the section saying `done`, or
    why the service refused."""
    try:
        service(actor=request.user, **context)
    except ValidationError as error:
        return _refused(request, meeting, part, error)
    return _saved(request, meeting, part, done)


def _sent(
    request: AuthenticatedRequest,
    meeting: Meeting,
    part: str,
    form: forms.Form,
    name: str,
    service: Callable[..., Any],
    done: Callable[[Any], str],
) -> HttpResponse:
    """A form of `part` (`name` in the page's context): `service(actor=…, meeting=…, **its
    data)`, then the section saying `done(what was saved)`, or the form back with why not."""
    if not form.is_valid():
        return _form_refused(request, meeting, part, form, name)
    try:
        saved = service(actor=request.user, meeting=meeting, **form.cleaned_data)
    except ValidationError as error:
        refuse(form, error)
        return _refused(request, meeting, part, error, {name: form})
    return _saved(request, meeting, part, done(saved))


# --- the agenda and the officers ------------------------------------------------------------


@login_required
@require_POST
def agenda_adopt(request: AuthenticatedRequest, key: str) -> HttpResponse:
    meeting = _recorder(request, key)
    done = _("The agenda is adopted.")
    return _pressed(request, meeting, AGENDA, meetings.agenda_adopt, done, meeting=meeting)


def _elected(officer: Officer) -> str:
    return _("%(name)s is elected %(role)s.") % {
        "name": officer.person,
        "role": officer.get_role_display(),
    }


@login_required
@require_POST
def officer_elect(request: AuthenticatedRequest, key: str) -> HttpResponse:
    meeting = _recorder(request, key)
    form = OfficerForm(request.POST, meeting=meeting)
    return _sent(request, meeting, OFFICERS, form, "officer_form", meetings.officer_elect, _elected)


@login_required
@require_POST
def officer_remove(request: AuthenticatedRequest, key: str, pk: int) -> HttpResponse:
    meeting = _recorder(request, key)
    officer = get_object_or_404(Officer, meeting=meeting, pk=pk)
    done = _("The election is taken back.")
    return _pressed(request, meeting, OFFICERS, meetings.officer_remove, done, officer=officer)


# --- statements -----------------------------------------------------------------------------


def _recorded(statement: Statement) -> str:
    return _("The statement of %(speaker)s is recorded.") % {"speaker": statement.speaker_name}


@login_required
@require_POST
def statement_add(request: AuthenticatedRequest, key: str) -> HttpResponse:
    meeting = _recorder(request, key)
    form = StatementForm(request.POST, meeting=meeting)
    return _sent(
        request, meeting, STATEMENTS, form, "statement_form", meetings.statement_record, _recorded
    )


@login_required
@require_POST
def statement_remove(request: AuthenticatedRequest, key: str, pk: int) -> HttpResponse:
    meeting = _recorder(request, key)
    statement = get_object_or_404(Statement, meeting=meeting, pk=pk)
    done = _("The statement is taken back.")
    return _pressed(
        request, meeting, STATEMENTS, meetings.statement_delete, done, statement=statement
    )


# --- draft decisions ------------------------------------------------------------------------


def _drafter(request: HttpRequest, key: str) -> Meeting:
    meeting = _meeting(request, key)
    if not request.user.has_perm("decisions.record_decision"):
        raise PermissionDenied
    return meeting


def _draft_put(*, actor: Actor, meeting: Meeting, text: str, agenda_item: Any) -> Decision:
    """A draft's text read (its verbs, addressees, date) as it goes on the screen."""
    return drafting_services.decision_draft(
        actor=actor,
        meeting=meeting,
        text=text,
        reading=draft_reading(text),
        agenda_item=agenda_item,
    )


def _on_screen(decision: Decision) -> str:
    return _("Draft paragraph %(paragraph)s is on the screen.") % {"paragraph": decision.paragraph}


@login_required
@require_POST
def draft_add(request: AuthenticatedRequest, key: str) -> HttpResponse:
    meeting = _drafter(request, key)
    form = DraftForm(request.POST, meeting=meeting)
    return _sent(request, meeting, DRAFTS, form, "draft_form", _draft_put, _on_screen)


@login_required
@require_POST
def draft_amend(request: AuthenticatedRequest, key: str, pk: int) -> HttpResponse:
    meeting = _drafter(request, key)
    decision = _draft(request, meeting, pk)
    form = AmendForm(request.POST, auto_id=f"d{decision.pk}_%s")
    sent = {"draft_forms": {decision.pk: {"amend": form}}}
    if not form.is_valid():
        return session_page(request, meeting, part=DRAFTS, status=422, sent=sent)
    text = form.cleaned_data["text"]
    try:
        amended = drafting_services.decision_amend(
            actor=request.user,
            decision=decision,
            text=text,
            reading=draft_reading(text),
            version=form.cleaned_data["version"],
        )
    except ValidationError as error:
        refuse(form, error)
        return _refused(request, meeting, DRAFTS, error, sent)
    done = _("Paragraph %(paragraph)s is amended: version %(version)s is on the screen.") % {
        "paragraph": decision.paragraph,
        "version": amended.number,
    }
    return _saved(request, meeting, DRAFTS, done)


@login_required
@require_POST
def position_add(request: AuthenticatedRequest, key: str, pk: int) -> HttpResponse:
    meeting = _meeting(request, key)
    decision = _draft(request, meeting, pk)
    states = _speaks_for(request)
    if not states:
        raise PermissionDenied
    form = PositionForm(request.POST, states=states, auto_id=f"d{decision.pk}_%s")
    sent = {"draft_forms": {decision.pk: {"position": form}}}
    if not form.is_valid():
        return session_page(request, meeting, part=DRAFTS, status=422, sent=sent)
    data = form.cleaned_data
    try:
        position = position_record(
            actor=request.user,
            decision=decision,
            state=data["state"],
            stance=data["stance"],
            note=data["note"],
            date=None,
            version=data["version"],
        )
    except ValidationError as error:
        refuse(form, error)
        return _refused(request, meeting, DRAFTS, error, sent)
    done = _("%(state)s: %(position)s on paragraph %(paragraph)s.") % {
        "state": position.state,
        "position": Position.Stance(position.stance).label,
        "paragraph": decision.paragraph,
    }
    return _saved(request, meeting, DRAFTS, done)


@login_required
@require_POST
def draft_adopt(request: AuthenticatedRequest, key: str, pk: int) -> HttpResponse:
    meeting = _drafter(request, key)
    decision = _draft(request, meeting, pk)
    form = AdoptForm(request.POST)
    version = form.cleaned_data["version"] if form.is_valid() else None
    try:
        adopted = drafting_services.decision_adopt(
            actor=request.user, decision=decision, version=version
        )
    except ValidationError as error:
        return _refused(request, meeting, DRAFTS, error)
    done = _("Paragraph %(paragraph)s is adopted.") % {"paragraph": adopted.paragraph}
    if adopted.follow_ups.exists():
        done += " " + _("What it asks is in the follow-up tracker.")
    return _saved(request, meeting, DRAFTS, done)
