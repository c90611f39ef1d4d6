"""Pages that prepare and run a meeting: create and edit it, the organizers' preparation page
(checklist, status, agenda, programme, invitations, registrations, documents, report), a
delegation's registration page and the page where States answer the draft report."""

import datetime
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from django import forms
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Model, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from neaspec.accounts.models import Actor, AuthenticatedRequest, Role
from neaspec.accounts.rules import grants_of, is_secretariat
from neaspec.directory.models import MemberState
from neaspec.htmx import after_save, page_or_part, wants_part
from neaspec.mail.models import Message
from neaspec.mail.selectors import latest_by_record
from neaspec.meetings import delegations, pages, preparation, services
from neaspec.meetings.forms import (
    AgendaItemForm,
    CommentAnswerForm,
    InviteForm,
    MeetingCreateForm,
    MeetingForm,
    ParagraphCommentFormSet,
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
    ReportComment,
    ReportReply,
)
from neaspec.meetings.selectors import agenda_tree
from neaspec.submission import attempt, refusal_status, refuse, submit


def _meeting(key: str) -> Meeting:
    return get_object_or_404(Meeting.objects.select_related("series", "host"), key=key)


def _organizer(request: HttpRequest, key: str) -> Meeting:
    meeting = _meeting(key)
    if not request.user.has_perm("meetings.organize", meeting):
        raise PermissionDenied
    return meeting


def _series_organized(user: Actor) -> QuerySet[MeetingSeries]:
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


PREPARE = "meetings/prepare.html"
# The preparation page's sections that a form or a button changes, each a partial of PREPARE.
PARTS = CHECKLIST, AGENDA, PROGRAMME, DOCUMENTS, INVITATIONS, REGISTRATIONS = (
    "checklist",
    "agenda",
    "programme",
    "documents",
    "invitations",
    "registrations",
)


@dataclass(frozen=True)
class Said:
    """What a section of the preparation page says after one of its forms or buttons: what was
    done (`done`, with `warned` beside it), or why it was refused (`refused`)."""

    part: str
    done: tuple[str, ...] = ()
    warned: tuple[str, ...] = ()
    refused: tuple[str, ...] = ()


def prepare_page(
    request: HttpRequest,
    key: str,
    *,
    part: str = "",
    status: int = 200,
    said: Said | None = None,
    **sent: forms.BaseForm | dict[str, str],
) -> HttpResponse:
    """The preparation page, or to htmx its `part`: the status with its checklist and the
    replies to the draft report ("checklist"), the agenda, the programme, the documents, the
    invitations or the registrations, each section with its forms. What a refused post sent
    comes in `sent` and stands in place of a fresh form: a form with its errors (`item_form`,
    `session_form`, `invite_form`, the library's `document_form`) or the status asked for
    (`asked`); `said` is what a section says after a change or a refusal."""
    meeting = _organizer(request, key)
    today = timezone.localdate()
    following = services.ORDER[services.ORDER.index(meeting.status) + 1 :]
    context = {
        # What the apps built on meetings add (meetings/pages.py): the meeting's documents and
        # the form that adds one ("papers", "document_form", the library's) and the adopted
        # report's review, where its decisions and follow-ups are recorded ("reviews", the
        # extraction's).
        **pages.parts("prepare", request, meeting),
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
        "item_form": AgendaItemForm(meeting=meeting),
        "session_form": SessionForm(initial={"day": meeting.start}),
        "invite_form": InviteForm(),
        # Named before anything is sent, each with the page where an address is added.
        "unreachable": states_without_address(),
        "closes": delegations.registration_closes(meeting),
        "said": said,
    }
    context.update({name: value for name, value in sent.items() if value})
    return page_or_part(request, PREPARE, context, part=part, status=status)


@login_required
def prepare(request: AuthenticatedRequest, key: str) -> HttpResponse:
    """The preparation page; to htmx, one section (`?part=`), read again when another section
    changed what it shows (prepare.html: the checklist, the documents' agenda items)."""
    part = request.GET.get("part", "")
    return prepare_page(request, key, part=part if part in PARTS else "")


def prepare_saved(
    request: HttpRequest,
    key: str,
    part: str,
    *,
    done: str = "",
    warned: Sequence[str] = (),
    refused: Sequence[str] = (),
    changed: str = "",
) -> HttpResponse:
    """Once a form or a button of `part` has changed the meeting: to htmx, the section as it now
    stands, saying `done` (and `warned`, and `refused` for what was not done), and telling the
    page what changed (`changed`, "<part>-changed" unless named): the sections that show
    something of it read themselves again (prepare.html). Otherwise a redirect to the section,
    with the same said on the page it lands on."""
    if not wants_part(request):
        if done:
            messages.success(request, done)
        for line in warned:
            messages.warning(request, line)
        for line in refused:
            messages.error(request, line)
    said = Said(part, done=(done,) if done else (), warned=tuple(warned), refused=tuple(refused))

    def section() -> HttpResponse:
        response = prepare_page(request, key, part=part, said=said)
        response["HX-Trigger"] = changed or f"{part}-changed"
        return response

    return after_save(request, f"{meeting_prepare_url(key)}#{part}", section)


def _refused(
    request: HttpRequest,
    key: str,
    part: str,
    error: ValidationError,
    **sent: forms.BaseForm | dict[str, str],
) -> HttpResponse:
    """A change refused: the section says why, 422 (409 when someone changed the record
    first), with what was `sent` in place; the whole page without htmx."""
    said = Said(part, refused=tuple(error.messages))
    return prepare_page(request, key, part=part, status=refusal_status(error), said=said, **sent)


def _pressed(
    request: AuthenticatedRequest,
    key: str,
    part: str,
    service: Callable[..., object],
    *,
    done: str = "",
    changed: str = "",
    **context: Model | bool,
) -> HttpResponse:
    """A button of `part`: `service(actor=…, **context)`, then the section saying `done` (and
    telling the page what `changed`), or why the service refused."""
    try:
        service(actor=request.user, **context)
    except ValidationError as error:
        return _refused(request, key, part, error)
    return prepare_saved(request, key, part, done=done, changed=changed)


def meeting_prepare_url(key: str) -> str:
    return reverse("meetings:prepare", args=[key])


@login_required
@require_POST
def status_set(request: AuthenticatedRequest, key: str) -> HttpResponse:
    meeting = _organizer(request, key)
    status = request.POST.get("status", "")
    replies_due = request.POST.get("replies_due", "")
    asked = {"status": status, "replies_due": replies_due}
    try:
        due = datetime.date.fromisoformat(replies_due) if replies_due else None
    except ValueError:  # the date as typed where the browser has no date picker
        wrong = ValidationError(_("Write the date as YYYY-MM-DD."))
        return _refused(request, key, CHECKLIST, wrong, asked=asked)
    try:
        services.meeting_status_set(
            actor=request.user, meeting=meeting, status=status, replies_due=due
        )
    except ValidationError as error:
        return _refused(request, key, CHECKLIST, error, asked=asked)
    done = _("The meeting is now “%s”.") % Meeting.Status(status).label
    return prepare_saved(request, key, CHECKLIST, done=done)


@login_required
@require_POST
def agenda_add(request: AuthenticatedRequest, key: str) -> HttpResponse:
    meeting = _organizer(request, key)
    form = AgendaItemForm(request.POST, meeting=meeting)
    if submit(form, services.agenda_item_add, actor=request.user, meeting=meeting):
        return prepare_saved(request, key, AGENDA)
    return prepare_page(request, key, part=AGENDA, status=422, item_form=form)


@login_required
@require_POST
def agenda_change(request: AuthenticatedRequest, key: str) -> HttpResponse:
    """The agenda's buttons: move an item, remove it, circulate or adopt the agenda."""
    meeting = _organizer(request, key)
    action = request.POST.get("action", "")
    stages = {
        "circulate": (services.agenda_circulate, _("The provisional agenda is circulated.")),
        "adopt": (services.agenda_adopt, _("The agenda is adopted.")),
    }
    if action in stages:
        service, done = stages[action]
        # The agenda's stage changes, not its items (which the documents' form lists): the
        # checklist reads itself again, the documents need not.
        changed = "agenda-stage-changed"
        return _pressed(request, key, AGENDA, service, done=done, changed=changed, meeting=meeting)
    item = get_object_or_404(AgendaItem, meeting=meeting, pk=request.POST.get("item") or 0)
    if action in ("up", "down"):
        return _pressed(
            request, key, AGENDA, services.agenda_item_move, item=item, up=action == "up"
        )
    if action == "delete":
        return _pressed(request, key, AGENDA, services.agenda_item_delete, item=item)
    return prepare_saved(request, key, AGENDA)  # no such button: the agenda as it stands


@login_required
@require_POST
def session_add(request: AuthenticatedRequest, key: str) -> HttpResponse:
    meeting = _organizer(request, key)
    form = SessionForm(request.POST)
    if submit(form, services.session_add, actor=request.user, meeting=meeting):
        return prepare_saved(request, key, PROGRAMME)
    return prepare_page(request, key, part=PROGRAMME, status=422, session_form=form)


@login_required
@require_POST
def session_delete(request: AuthenticatedRequest, key: str, pk: int) -> HttpResponse:
    meeting = _organizer(request, key)
    session = get_object_or_404(ProgrammeSession, meeting=meeting, pk=pk)
    return _pressed(request, key, PROGRAMME, services.session_delete, session=session)


@login_required
@require_POST
def invite(request: AuthenticatedRequest, key: str) -> HttpResponse:
    """Invite a member State, an organization or a body, or every member State not invited
    yet; the section says what was recorded and queued, and whom nothing could be sent to."""
    meeting = _organizer(request, key)
    form = InviteForm(request.POST)
    if not form.is_valid():
        return prepare_page(request, key, part=INVITATIONS, status=422, invite_form=form)
    data = form.cleaned_data
    invitees = [{name: data[name]} for name in ("state", "organization", "body") if data[name]]
    if not invitees and not data["all_states"]:
        form.add_error(None, _("Choose whom to invite."))
        return prepare_page(request, key, part=INVITATIONS, status=422, invite_form=form)
    invited: list[Invitation] = []
    refusals: list[ValidationError] = []
    try:
        if data["all_states"]:
            invited += delegations.invitations_send_to_states(actor=request.user, meeting=meeting)
    except ValidationError as error:
        refusals.append(error)
    for invitee in invitees:
        try:
            invited.append(
                delegations.invitation_send(actor=request.user, meeting=meeting, **invitee)
            )
        except ValidationError as error:
            refusals.append(error)
    if refusals and not invited:
        status = max(refuse(form, error) for error in refusals)  # 409 over 422
        return prepare_page(request, key, part=INVITATIONS, status=status, invite_form=form)
    done, warned = _what_was_queued(meeting, invited)
    refused = [line for error in refusals for line in error.messages]
    return prepare_saved(request, key, INVITATIONS, done=done, warned=warned, refused=refused)


def _what_was_queued(meeting: Meeting, invitations: list[Invitation]) -> tuple[str, list[str]]:
    """What happened, no more: invitations recorded, e-mails queued (the table says when each
    is sent); and, as a warning, the invitees who could not be written to because no address
    is known."""
    mail = latest_by_record(regarding=f"meeting:{meeting.key}")
    queued = 0
    names = []
    for invitation in invitations:
        batch = mail.get(f"invitation:{invitation.pk}", [])
        if batch and all(m.status == Message.Status.NO_ADDRESS for m in batch):
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
    warned = []
    if names:
        warned.append(
            _("Nothing was sent to %(names)s: no e-mail address is recorded.")
            % {"names": ", ".join(names)}
        )
    return text, warned


@login_required
@require_POST
def remind(request: AuthenticatedRequest, key: str, pk: int) -> HttpResponse:
    meeting = _organizer(request, key)
    invitation = get_object_or_404(Invitation, meeting=meeting, pk=pk)
    try:
        delegations.invitation_remind(actor=request.user, invitation=invitation)
    except ValidationError as error:
        return _refused(request, key, INVITATIONS, error)
    done, warned = _what_was_queued(meeting, [invitation])
    return prepare_saved(request, key, INVITATIONS, done=done, warned=warned)


@login_required
@require_POST
def registration_review(request: AuthenticatedRequest, key: str, pk: int) -> HttpResponse:
    """The organizers accept a registration, and on the day confirm who came."""
    meeting = _organizer(request, key)
    registration = get_object_or_404(Registration, meeting=meeting, pk=pk)
    action = request.POST.get("action", "")
    if action == "accept":
        return _pressed(
            request,
            key,
            REGISTRATIONS,
            delegations.registration_accept,
            registration=registration,
        )
    if action in ("attended", "absent"):
        return _pressed(
            request,
            key,
            REGISTRATIONS,
            delegations.attendance_confirm,
            registration=registration,
            attended=action == "attended",
        )
    return prepare_saved(request, key, REGISTRATIONS)  # no such button


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


REPORT = "meetings/report.html"


@dataclass(frozen=True)
class ReplyShown:
    """A State asked to answer the draft report, its answer (None: none yet) and its comments
    on paragraphs, each with the Secretariat's answer."""

    state: MemberState
    reply: ReportReply | None
    comments: tuple[ReportComment, ...] = ()


def _answers_for(request: HttpRequest, meeting: Meeting) -> tuple[list[ReplyShown], bool]:
    """The States asked to answer, with their answers and comments; whether the user
    organizes the meeting. Refused to whoever neither organizes it nor answers for one of
    them."""
    comments: dict[int, list[ReportComment]] = {}
    for comment in ReportComment.objects.filter(reply__meeting=meeting).order_by("pk"):
        comments.setdefault(comment.reply_id, []).append(comment)
    rows = [
        ReplyShown(r.state, r.reply, tuple(comments.get(r.reply.pk, ()) if r.reply else ()))
        for r in preparation.report_replies(meeting)
    ]
    organizer = request.user.has_perm("meetings.organize", meeting)
    mine = [r for r in rows if request.user.has_perm("meetings.answer_report", r.state)]
    if not mine and not organizer:
        raise PermissionDenied
    return (rows if organizer else mine), organizer


def _reply_forms(
    request: HttpRequest, mine: list[ReplyShown]
) -> tuple[ReplyShown | None, ReplyForm, Any]:
    """The State the answer form is for, when one is chosen (the user answers for one State,
    or chose one with `?state=`), and the form with its rows of comments on paragraphs: the
    chosen State's answer as it stands, its comments the Secretariat has not answered yet,
    and three empty rows."""
    code = request.GET.get("state", "").upper()
    chosen = next((r for r in mine if r.state.code == code), None)
    if chosen is None and len(mine) == 1:
        chosen = mine[0]
    initial: dict[str, str] = {}
    rows: list[dict[str, str]] = []
    if chosen is not None and chosen.reply is not None:
        initial = {"answer": chosen.reply.answer, "comments": chosen.reply.comments}
        rows = [
            {"paragraph": c.paragraph, "text": c.text}
            for c in chosen.comments
            if c.answered_at is None
        ]
    return (
        chosen,
        ReplyForm(initial=initial),
        ParagraphCommentFormSet(initial=rows, prefix="para"),
    )


def report_page(
    request: HttpRequest,
    key: str,
    *,
    status: int = 200,
    **sent: Any,
) -> HttpResponse:
    """The draft report circulated for adoption: its files and their earlier versions, the
    date replies are due and what silence by then means, each State's answer with its comments
    on paragraphs and the Secretariat's answers, the form for the States the user answers for,
    and for the organizers the form that uploads a revised file. What a refused post sent
    comes in `sent` in place of a fresh form (`form` and `paragraph_rows`, the answer; the
    library's `revision_form`; `comment_said`, a comment's answer refused)."""
    meeting = _meeting(key)
    shown, organizer = _answers_for(request, meeting)
    mine = [r for r in shown if request.user.has_perm("meetings.answer_report", r.state)]
    chosen, form, rows = _reply_forms(request, mine)
    due = meeting.report_replies_due
    today = timezone.localdate()
    context = {
        # What the apps built on meetings add (meetings/pages.py): the draft report's files,
        # the files its revisions replaced and the form that uploads one ("papers", "earlier",
        # "revision_form", the library's); whether the decisions were recorded during the
        # meeting ("decisions_recorded", the extraction's).
        **pages.parts("report", request, meeting),
        "meeting": meeting,
        "rows": shown,
        "mine": [chosen] if chosen else mine,
        "chosen": chosen,
        # The user answers for several States (the Secretariat, recording answers that came by
        # letter): each row links the form for its State.
        "several": len(mine) > 1,
        "answerable": {r.state.code for r in mine},
        "form": form,
        "paragraph_rows": rows,
        "organizer": organizer,
        "open": meeting.status == Meeting.Status.REPORT_CIRCULATED,
        "past_due": due is not None and today > due,
    }
    context.update({name: value for name, value in sent.items() if value})
    return render(request, REPORT, context, status=status)


@login_required
def report(request: AuthenticatedRequest, key: str) -> HttpResponse:
    """The draft report's page; a post is a State's answer (`state`: the State's code)."""
    if request.method != "POST":
        return report_page(request, key)
    meeting = _meeting(key)
    shown, _organizer = _answers_for(request, meeting)
    code = request.POST.get("state", "")
    state = next(
        (
            r.state
            for r in shown
            if r.state.code == code and request.user.has_perm("meetings.answer_report", r.state)
        ),
        None,
    )
    if state is None:
        raise PermissionDenied
    form = ReplyForm(request.POST)
    rows = ParagraphCommentFormSet(request.POST, prefix="para")
    status = 422
    if form.is_valid() and rows.is_valid():
        paragraphs = [
            (row.cleaned_data.get("paragraph", ""), row.cleaned_data.get("text", ""))
            for row in rows.forms
        ]
        try:
            delegations.report_reply(
                actor=request.user,
                meeting=meeting,
                state=state,
                paragraphs=paragraphs,
                **form.cleaned_data,
            )
        except ValidationError as error:
            status = refuse(form, error)
        else:
            messages.success(request, _("The answer of %s is recorded.") % state)
            return redirect("meetings:report", key=key)
    elif form.is_valid():
        form.add_error(None, rows.non_form_errors() or _("Check the comments on paragraphs."))
    chosen = ReplyShown(state, None)
    return report_page(
        request, key, status=status, form=form, paragraph_rows=rows, chosen=chosen, mine=[chosen]
    )


@login_required
@require_POST
def report_comment_answer(request: AuthenticatedRequest, key: str, pk: int) -> HttpResponse:
    """The Secretariat answers a State's comment on a paragraph: to htmx, the comment's row
    as it now stands (or with why the answer was refused, 422, or what someone else answered
    meanwhile, 409); otherwise back to the report page at the comment."""
    meeting = _organizer(request, key)
    comment = get_object_or_404(
        ReportComment.objects.select_related("reply__state", "reply__meeting"),
        pk=pk,
        reply__meeting=meeting,
    )
    form = CommentAnswerForm(request.POST)
    said: dict[str, Any] = {"pk": comment.pk, "answer": request.POST.get("answer", "")}
    status = 422
    if form.is_valid():
        try:
            comment = delegations.report_comment_answer(
                actor=request.user,
                comment=comment,
                answer=form.cleaned_data["answer"],
                previous=form.cleaned_data["previous"],
            )
        except ValidationError as error:
            status = refusal_status(error)
            said["refused"] = error.messages
            comment.refresh_from_db()
        else:
            said = {"pk": comment.pk, "done": _("The answer is saved.")}
            url = f"{reverse('meetings:report', args=[key])}#comment-{comment.pk}"
            return after_save(
                request,
                url,
                lambda: _comment_row(request, comment, said),
                message=str(said["done"]),
            )
    else:
        said["refused"] = [e for errors in form.errors.values() for e in errors]
    if wants_part(request):
        return _comment_row(request, comment, said, status=status)
    return report_page(request, key, status=status, comment_said=said)


def _comment_row(
    request: HttpRequest, comment: ReportComment, said: dict[str, Any], *, status: int = 200
) -> HttpResponse:
    """One comment's row of the report page (meetings/_report_comment.html), as it stands."""
    context = {
        "c": comment,
        "meeting": comment.reply.meeting,
        "organizer": True,
        "comment_said": said,
    }
    response = render(request, "meetings/_report_comment.html", context, status=status)
    patch_vary_headers(response, ("HX-Request",))
    return response
