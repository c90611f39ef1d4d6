"""Pages that prepare and run a meeting: create and edit it, the organizers' preparation page
(checklist, status, agenda, programme, invitations, registrations, documents, report), a
delegation's registration page and the page where States answer the draft report."""

import datetime
from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from neaspec.accounts.models import Actor, AuthenticatedRequest, Role
from neaspec.accounts.rules import grants_of, is_secretariat

# The meeting's pages show its documents, which the library keeps (as the meeting page does).
from neaspec.library.forms import MeetingDocumentForm
from neaspec.library.meeting_documents import meeting_documents
from neaspec.library.models import Document
from neaspec.mail.models import Message
from neaspec.mail.selectors import latest_by_record
from neaspec.meetings import delegations, preparation, services
from neaspec.meetings.forms import (
    AgendaItemForm,
    InviteForm,
    MeetingCreateForm,
    MeetingForm,
    RegistrationForm,
    ReplyForm,
    SessionForm,
)
from neaspec.meetings.mail import states_without_address
from neaspec.meetings.models import (
    AgendaItem,
    Invitation,
    Meeting,
    MeetingSeries,
    ProgrammeSession,
    Registration,
)
from neaspec.meetings.selectors import agenda_tree
from neaspec.submission import attempt, submit


def _meeting(key: str) -> Meeting:
    return get_object_or_404(Meeting.objects.select_related("series", "host"), key=key)


def _organizer(request: HttpRequest, key: str) -> Meeting:
    meeting = _meeting(key)
    if not request.user.has_perm("meetings.organize", meeting):
        raise PermissionDenied
    return meeting


def _series_organized(user: Actor) -> Any:
    if is_secretariat(user):
        return MeetingSeries.objects.all()
    bodies = {g.body_id for g in grants_of(user) if g.role == Role.COMMITTEE_MEMBER and g.body_id}
    return MeetingSeries.objects.filter(body_id__in=bodies)


@login_required
def meeting_create(request: AuthenticatedRequest) -> HttpResponse:
    series = _series_organized(request.user)
    if not series.exists():
        raise PermissionDenied
    form = MeetingCreateForm(request.POST or None, series=series)
    if request.method == "POST":
        meeting = submit(form, services.meeting_create, actor=request.user)
        if meeting:
            return redirect("meetings:prepare", key=meeting.key)
    status = 422 if request.method == "POST" else 200
    return render(request, "meetings/meeting_form.html", {"form": form}, status=status)


@login_required
def meeting_edit(request: AuthenticatedRequest, key: str) -> HttpResponse:
    meeting = _organizer(request, key)
    form = MeetingForm(request.POST or None, instance=_meeting(key))
    saved = request.method == "POST" and submit(
        form, services.meeting_update, actor=request.user, meeting=meeting
    )
    if saved:
        return redirect("meetings:prepare", key=key)
    status = 422 if request.method == "POST" else 200
    context = {"form": form, "meeting": meeting}
    return render(request, "meetings/meeting_form.html", context, status=status)


@login_required
def prepare(
    request: AuthenticatedRequest, key: str, status: int = 200, **forms: Any
) -> HttpResponse:
    meeting = _organizer(request, key)
    today = timezone.localdate()
    following = services.ORDER[services.ORDER.index(meeting.status) + 1 :]
    context = {
        "meeting": meeting,
        "checklist": preparation.checklist(
            preparation.with_preparation(Meeting.objects.filter(pk=meeting.pk)).get(),
            today=today,
        ),
        "next_statuses": [(s, Meeting.Status(s).label) for s in following],
        "agenda": agenda_tree(meeting=meeting, decisions=[]),
        "sessions": meeting.sessions.all(),
        "invitations": preparation.invitation_rows(meeting),
        "registrations": preparation.registrations_visible(actor=request.user, meeting=meeting),
        "replies": preparation.report_replies(meeting),
        "item_form": forms.get("item_form") or AgendaItemForm(meeting=meeting),
        "session_form": forms.get("session_form") or SessionForm(initial={"day": meeting.start}),
        "invite_form": InviteForm(),
        # Named before anything is sent, each with the page where an address is added.
        "unreachable": states_without_address(),
        "document_form": forms.get("document_form") or _document_form(meeting),
        "closes": delegations.registration_closes(meeting),
        # The adopted report's review, where its decisions and follow-ups are recorded.
        "reviews": Document.objects.filter(
            meeting_document__meeting=meeting, extraction__isnull=False
        ).select_related("extraction"),
    }
    return render(request, "meetings/prepare.html", context, status=status)


def _document_form(meeting: Meeting) -> MeetingDocumentForm:
    return MeetingDocumentForm(meeting=meeting)


@login_required
@require_POST
def status_set(request: AuthenticatedRequest, key: str) -> HttpResponse:
    meeting = _organizer(request, key)
    replies_due = request.POST.get("replies_due") or None
    try:
        due = datetime.date.fromisoformat(replies_due) if replies_due else None
    except ValueError:
        messages.error(request, _("Write the date as YYYY-MM-DD."))
        return redirect("meetings:prepare", key=key)
    if attempt(
        request,
        services.meeting_status_set,
        meeting=meeting,
        status=request.POST.get("status", ""),
        replies_due=due,
    ):
        messages.success(
            request, _("The meeting is now “%s”.") % Meeting.Status(request.POST["status"]).label
        )
    return redirect("meetings:prepare", key=key)


@login_required
@require_POST
def agenda_add(request: AuthenticatedRequest, key: str) -> HttpResponse:
    meeting = _organizer(request, key)
    form = AgendaItemForm(request.POST, meeting=meeting)
    if submit(form, services.agenda_item_add, actor=request.user, meeting=meeting):
        return redirect(f"{meeting_prepare_url(key)}#agenda")
    return prepare(request, key, status=422, item_form=form)


def meeting_prepare_url(key: str) -> str:
    return reverse("meetings:prepare", args=[key])


@login_required
@require_POST
def agenda_change(request: AuthenticatedRequest, key: str) -> HttpResponse:
    """The agenda's buttons: move an item, remove it, circulate or adopt the agenda."""
    meeting = _organizer(request, key)
    action = request.POST.get("action", "")
    if action in ("circulate", "adopt"):
        service = services.agenda_circulate if action == "circulate" else services.agenda_adopt
        if attempt(request, service, meeting=meeting):
            messages.success(
                request,
                _("The provisional agenda is circulated.")
                if action == "circulate"
                else _("The agenda is adopted."),
            )
        return redirect(f"{meeting_prepare_url(key)}#agenda")
    item = get_object_or_404(AgendaItem, meeting=meeting, pk=request.POST.get("item") or 0)
    if action in ("up", "down"):
        attempt(request, services.agenda_item_move, item=item, up=action == "up")
    elif action == "delete":
        attempt(request, services.agenda_item_delete, item=item)
    return redirect(f"{meeting_prepare_url(key)}#agenda")


@login_required
@require_POST
def session_add(request: AuthenticatedRequest, key: str) -> HttpResponse:
    meeting = _organizer(request, key)
    form = SessionForm(request.POST)
    if submit(form, services.session_add, actor=request.user, meeting=meeting):
        return redirect(f"{meeting_prepare_url(key)}#programme")
    return prepare(request, key, status=422, session_form=form)


@login_required
@require_POST
def session_delete(request: AuthenticatedRequest, key: str, pk: int) -> HttpResponse:
    meeting = _organizer(request, key)
    session = get_object_or_404(ProgrammeSession, meeting=meeting, pk=pk)
    attempt(request, services.session_delete, session=session)
    return redirect(f"{meeting_prepare_url(key)}#programme")


@login_required
@require_POST
def invite(request: AuthenticatedRequest, key: str) -> HttpResponse:
    meeting = _organizer(request, key)
    form = InviteForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Choose whom to invite."))
        return redirect(f"{meeting_prepare_url(key)}#invitations")
    data = form.cleaned_data
    invitees = [{name: data[name]} for name in ("state", "organization", "body") if data[name]]
    invited: list[Invitation] = []
    if data["all_states"]:
        invited += attempt(request, delegations.invitations_send_to_states, meeting=meeting) or []
    for invitee in invitees:
        if invitation := attempt(request, delegations.invitation_send, meeting=meeting, **invitee):
            invited.append(invitation)
    if invited:
        _say_what_was_queued(request, meeting, invited)
    elif not invitees and not data["all_states"]:
        messages.error(request, _("Choose whom to invite."))
    return redirect(f"{meeting_prepare_url(key)}#invitations")


def _say_what_was_queued(
    request: HttpRequest, meeting: Meeting, invitations: list[Invitation]
) -> None:
    """Tell what happened, no more: invitations recorded, e-mails queued (the table says when
    each is sent), and the invitees who could not be written to because no address is known."""
    mail = latest_by_record(regarding=f"meeting:{meeting.key}")
    queued = unreachable = 0
    names = []
    for invitation in invitations:
        batch = mail.get(f"invitation:{invitation.pk}", [])
        if batch and all(m.status == Message.Status.NO_ADDRESS for m in batch):
            unreachable += 1
            names.append(str(invitation.invitee))
        else:
            queued += len(batch)
    n = len(invitations)
    text = ngettext("%(n)d invitation recorded.", "%(n)d invitations recorded.", n) % {"n": n}
    if queued:
        text += " " + ngettext(
            "%(n)d e-mail is queued; the table says when it is sent.",
            "%(n)d e-mails are queued; the table says when each is sent.",
            queued,
        ) % {"n": queued}
    messages.success(request, text)
    if names:
        messages.warning(
            request,
            _("Nothing was sent to %(names)s: no e-mail address is recorded.")
            % {"names": ", ".join(names)},
        )


@login_required
@require_POST
def remind(request: AuthenticatedRequest, key: str, pk: int) -> HttpResponse:
    meeting = _organizer(request, key)
    invitation = get_object_or_404(Invitation, meeting=meeting, pk=pk)
    if attempt(request, delegations.invitation_remind, invitation=invitation):
        _say_what_was_queued(request, meeting, [invitation])
    return redirect(f"{meeting_prepare_url(key)}#invitations")


@login_required
@require_POST
def registration_review(request: AuthenticatedRequest, key: str, pk: int) -> HttpResponse:
    """The organizers accept a registration, and on the day confirm who came."""
    meeting = _organizer(request, key)
    registration = get_object_or_404(Registration, meeting=meeting, pk=pk)
    action = request.POST.get("action", "")
    if action == "accept":
        attempt(request, delegations.registration_accept, registration=registration)
    elif action in ("attended", "absent"):
        attempt(
            request,
            delegations.attendance_confirm,
            registration=registration,
            attended=action == "attended",
        )
    return redirect(f"{meeting_prepare_url(key)}#registrations")


@login_required
def registration(request: AuthenticatedRequest, key: str) -> HttpResponse:
    """A delegation's registration: its delegates, and a form to add one until registration
    closes. Each user sees only the delegations they speak for."""
    meeting = _meeting(key)
    own = preparation.delegations_of(request.user)
    if not own:
        raise PermissionDenied
    form = RegistrationForm(request.POST or None, delegations=own)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            try:
                delegations.registration_submit(
                    actor=request.user, meeting=meeting, **form.service_fields()
                )
                messages.success(request, _("%s is registered.") % form.cleaned_data["name"])
                return redirect("meetings:registration", key=key)
            except ValidationError as error:
                form.add_error(None, error)
        status = 422
    context = {
        "meeting": meeting,
        "form": form,
        "registrations": preparation.registrations_visible(actor=request.user, meeting=meeting),
        "closes": delegations.registration_closes(meeting),
        "open": meeting.status == Meeting.Status.REGISTRATION_OPEN,
    }
    return render(request, "meetings/registration.html", context, status=status)


@login_required
def registration_edit(request: AuthenticatedRequest, key: str, pk: int) -> HttpResponse:
    meeting = _meeting(key)
    found = preparation.registration_get(actor=request.user, pk=pk, meeting=meeting)
    if found is None or not request.user.has_perm("meetings.register", found.delegation):
        raise PermissionDenied
    form = RegistrationForm(request.POST or None, instance=found, delegations=[])
    if request.method == "POST":
        if request.POST.get("action") == "withdraw":
            attempt(request, delegations.registration_withdraw, registration=found)
            return redirect("meetings:registration", key=key)
        if submit(form, delegations.registration_update, actor=request.user, registration=found):
            return redirect("meetings:registration", key=key)
    status = 422 if request.method == "POST" else 200
    context = {"meeting": meeting, "form": form, "registration": found}
    return render(request, "meetings/registration_edit.html", context, status=status)


@login_required
def report(request: AuthenticatedRequest, key: str) -> HttpResponse:
    """The draft report circulated for adoption: its files, each State's answer, and the form
    for the States the user answers for."""
    meeting = _meeting(key)
    rows = preparation.report_replies(meeting)
    mine = [r for r in rows if request.user.has_perm("meetings.answer_report", r.state)]
    organizer = request.user.has_perm("meetings.organize", meeting)
    if not mine and not organizer:
        raise PermissionDenied
    state = None
    if request.method == "POST":
        state = next((r.state for r in mine if r.state.code == request.POST.get("state")), None)
        if state is None:
            raise PermissionDenied
    form = ReplyForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if submit(form, delegations.report_reply, actor=request.user, meeting=meeting, state=state):
            messages.success(request, _("The answer of %s is recorded.") % state)
            return redirect("meetings:report", key=key)
        status = 422
    papers = meeting_documents(actor=request.user, meeting=meeting).filter(kind="report")
    context = {
        "meeting": meeting,
        "rows": rows if organizer else mine,
        "mine": mine,
        "form": form,
        "papers": papers,
        "open": meeting.status == Meeting.Status.REPORT_CIRCULATED,
    }
    return render(request, "meetings/report.html", context, status=status)
