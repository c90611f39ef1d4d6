"""Writes about who comes to a meeting: invitations and their reminders, the registration of
delegations and observers, attendance on the day, and the States' answers to the circulated
draft report. Each checks permission, locks the meeting or row it changes, and is audited."""

import datetime
import re
from collections.abc import Sequence

from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor, account_of
from neaspec.accounts.rules import require
from neaspec.audit import delete_audited, save_audited
from neaspec.conflicts import ConflictError
from neaspec.directory.models import Body, MemberState, Organization
from neaspec.meetings.mail import invitation_queue
from neaspec.meetings.models import (
    Attendance,
    Invitation,
    Meeting,
    Registration,
    ReportComment,
    ReportReply,
)
from neaspec.meetings.services import KEEP, Keep, Status, locked

# --- invitations --------------------------------------------------------------------------


@transaction.atomic
def invitation_send(
    *,
    actor: Actor,
    meeting: Meeting,
    state: MemberState | None = None,
    organization: Organization | None = None,
    body: Body | None = None,
) -> Invitation:
    """Invite a State (its focal points), an organization or a body; the e-mail goes out from
    the worker after the invitation is recorded."""
    require(actor, "meetings.organize", meeting)
    meeting = locked(meeting)
    if meeting.status in (Status.HELD, Status.REPORT_CIRCULATED, Status.REPORT_ADOPTED):
        raise ValidationError(_("The meeting has been held; invitations are closed."))
    if sum(x is not None for x in (state, organization, body)) != 1:
        raise ValidationError(_("Invite one member State, organization or body at a time."))
    invitee = {"state": state, "organization": organization, "body": body}
    if meeting.invitations.filter(**{k: v for k, v in invitee.items() if v}).exists():
        raise ValidationError(_("%s is already invited.") % (state or organization or body))
    invitation = Invitation(meeting=meeting, invited_by=account_of(actor), **invitee)
    save_audited(invitation, actor=actor, reason="invited")
    invitation_queue(actor=actor, invitation=invitation, reminder=False)
    return invitation


@transaction.atomic
def invitations_send_to_states(*, actor: Actor, meeting: Meeting) -> list[Invitation]:
    """Invite every member State not invited yet (those already invited keep theirs)."""
    require(actor, "meetings.organize", meeting)
    locked(meeting)
    invited = meeting.invitations.filter(state__isnull=False).values("state_id")
    return [
        invitation_send(actor=actor, meeting=meeting, state=state)
        for state in MemberState.objects.exclude(pk__in=invited).order_by("name")
    ]


@transaction.atomic
def invitation_remind(*, actor: Actor, invitation: Invitation) -> Invitation:
    """Send the invitation again, as a reminder, to an invitee who has not registered."""
    require(actor, "meetings.organize", invitation.meeting)
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    if invitation.reply == Invitation.Reply.DECLINED:
        raise ValidationError(_("%s declined the invitation.") % invitation)
    invitation_queue(actor=actor, invitation=invitation, reminder=True)
    return invitation


@transaction.atomic
def invitation_sent(
    *, invitation: Invitation, address: str, reminder: bool, queued_at: datetime.datetime
) -> Invitation:
    """Note that the mail server accepted the invitation (or a reminder) for `address`; the
    messages of one reminder, queued together, count as one reminder."""
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    now = timezone.now()
    if reminder:
        if invitation.reminded_at is None or invitation.reminded_at < queued_at:
            invitation.reminders = F("reminders") + 1
        invitation.reminded_at = now
    else:
        invitation.sent_at = invitation.sent_at or now
    sent_to = set(invitation.addresses.split()) | {address}
    invitation.addresses = "\n".join(sorted(sent_to))
    invitation.save()
    invitation.refresh_from_db()
    return invitation


@transaction.atomic
def invitation_reply(*, actor: Actor, invitation: Invitation, reply: str) -> Invitation:
    """The invitee says whether it will attend."""
    delegation = invitation.state or invitation.organization
    if delegation is None:
        require(actor, "meetings.organize", invitation.meeting)
    else:
        require(actor, "meetings.register", delegation)
    invitation = Invitation.objects.select_for_update().get(pk=invitation.pk)
    invitation.reply, invitation.replied_at = reply, timezone.now()
    save_audited(invitation, actor=actor, reason=f"replied: {reply}")
    return invitation


# --- registration and attendance ------------------------------------------------------------


def registration_closes(meeting: Meeting) -> datetime.date | None:
    """The last day to register or change a registration: the deadline, else the first day."""
    return meeting.registration_deadline or meeting.start


def _registration_open(meeting: Meeting, today: datetime.date) -> None:
    if meeting.status != Status.REGISTRATION_OPEN:
        raise ValidationError(_("Registration for %s is not open.") % meeting)
    closes = registration_closes(meeting)
    if closes is not None and today > closes:
        raise ValidationError(
            _("Registration for %(meeting)s closed on %(date)s.")
            % {"meeting": meeting, "date": closes.isoformat()}
        )


@transaction.atomic
def registration_submit(
    *,
    actor: Actor,
    meeting: Meeting,
    name: str,
    email: str,
    state: MemberState | None = None,
    organization: Organization | None = None,
    role: str = "",
    title: str = "",
    affiliation: str = "",
    attendance: str = Registration.Attending.IN_PERSON,
    today: datetime.date | None = None,
) -> Registration:
    """A delegate of `state`, or an observer of `organization`, registered by whoever speaks
    for it, until registration closes."""
    delegation = state or organization
    if delegation is None or (state and organization):
        raise ValidationError(_("Register for one member State or one organization."))
    require(actor, "meetings.register", delegation)
    meeting = locked(meeting)  # registrations of one meeting queue up: one e-mail, one place
    _registration_open(meeting, today or timezone.localdate())
    if organization is not None:
        role = Registration.Role.OBSERVER
    elif role == Registration.Role.OBSERVER:
        raise ValidationError({"role": _("A member State's delegates are not observers.")})
    registration = Registration(
        meeting=meeting,
        state=state,
        organization=organization,
        registered_by=account_of(actor),
        name=name,
        title=title,
        affiliation=affiliation,
        role=role,
        email=email,
        attendance=attendance,
    )
    _one_head(registration)
    save_audited(registration, actor=actor, reason="registered")
    return registration


def _one_head(registration: Registration) -> None:
    if registration.role != Registration.Role.HEAD or registration.state_id is None:
        return
    heads = Registration.objects.filter(
        meeting_id=registration.meeting_id,
        state_id=registration.state_id,
        role=Registration.Role.HEAD,
    ).exclude(status=Registration.Status.WITHDRAWN)
    if heads.exclude(pk=registration.pk).exists():
        raise ValidationError({"role": _("The delegation already has a head.")})


@transaction.atomic
def registration_update(
    *,
    actor: Actor,
    registration: Registration,
    name: str | Keep = KEEP,
    title: str | Keep = KEEP,
    affiliation: str | Keep = KEEP,
    role: str | Keep = KEEP,
    email: str | Keep = KEEP,
    attendance: str | Keep = KEEP,
    today: datetime.date | None = None,
) -> Registration:
    """Change a delegate's details until registration closes (a field not named is kept; an
    observer stays an observer); a change waits for acceptance again."""
    require(actor, "meetings.register", registration.delegation)
    meeting = locked(registration.meeting)
    _registration_open(meeting, today or timezone.localdate())
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status == Registration.Status.WITHDRAWN:
        raise ConflictError(_("This registration was withdrawn."))
    given: dict[str, object] = {
        "name": name,
        "title": title,
        "affiliation": affiliation,
        "role": KEEP if registration.organization_id else role,
        "email": email,
        "attendance": attendance,
    }
    for field, value in given.items():
        if value is not KEEP:
            setattr(registration, field, value)
    _one_head(registration)
    registration.status = Registration.Status.SUBMITTED
    save_audited(registration, actor=actor, reason="registration changed")
    return registration


@transaction.atomic
def registration_withdraw(*, actor: Actor, registration: Registration) -> Registration:
    require(actor, "meetings.register", registration.delegation)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    registration.status = Registration.Status.WITHDRAWN
    save_audited(registration, actor=actor, reason="registration withdrawn")
    return registration


@transaction.atomic
def registration_accept(*, actor: Actor, registration: Registration) -> Registration:
    """The Secretariat (or the committee organizing) accepts a registration."""
    require(actor, "meetings.organize", registration.meeting)
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status == Registration.Status.WITHDRAWN:
        raise ConflictError(_("This registration was withdrawn."))
    registration.status = Registration.Status.ACCEPTED
    save_audited(registration, actor=actor, reason="registration accepted")
    return registration


@transaction.atomic
def attendance_confirm(
    *, actor: Actor, registration: Registration, attended: bool, today: datetime.date | None = None
) -> Registration:
    """On the day: the delegate came (or did not). The meeting's attendance follows: a
    delegation is present when one of its accepted delegates is."""
    require(actor, "meetings.organize", registration.meeting)
    meeting = locked(registration.meeting)
    if meeting.start is None or meeting.start > (today or timezone.localdate()):
        raise ValidationError(_("Attendance is confirmed from the meeting's first day."))
    registration = Registration.objects.select_for_update().get(pk=registration.pk)
    if registration.status != Registration.Status.ACCEPTED:
        raise ValidationError(_("Only an accepted registration is confirmed."))
    registration.attended = attended
    save_audited(registration, actor=actor, reason="attended" if attended else "did not attend")
    delegation = {"state": registration.state, "organization": registration.organization}
    present = meeting.registrations.filter(attended=True, **delegation).exists()
    row = meeting.attendance.filter(**delegation).first()
    if present and row is None:
        save_audited(Attendance(meeting=meeting, **delegation), actor=actor, reason="attended")
    elif not present and row is not None:
        delete_audited(row, actor=actor, reason="no delegate attended")
    if not meeting.attendance_known:
        meeting.attendance_known = True
        save_audited(meeting, actor=actor, reason="attendance confirmed")
    return registration


@transaction.atomic
def attendance_record(
    *,
    actor: Actor,
    meeting: Meeting,
    state: MemberState | None = None,
    organization: Organization | None = None,
) -> Attendance:
    """A delegation present at the meeting as its report or list of participants records it
    (after the day, without registrations to confirm); recorded once."""
    require(actor, "meetings.organize", meeting)
    if (state is None) == (organization is None):
        raise ValidationError(_("Name one member State or one organization."))
    row = meeting.attendance.filter(state=state, organization=organization).first()
    if row is None:
        row = Attendance(meeting=meeting, state=state, organization=organization)
        save_audited(row, actor=actor, reason="recorded from a meeting report")
    return row


# --- the draft report, circulated for adoption ----------------------------------------------


# A paragraph as the draft report numbers it: "3", "5(a)", "II.3".
PARAGRAPH = re.compile(r"^[0-9A-Za-z().-]{1,10}$")


def _paragraph_comments(paragraphs: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """The comments on paragraphs as given, trimmed; a row left empty is dropped, a row with
    only half of it filled in is refused with what is missing."""
    rows = []
    for number, text in paragraphs:
        number, text = number.strip(), text.strip()
        if not number and not text:
            continue
        if not number:
            raise ValidationError(
                {"paragraphs": _("Give the number of the paragraph each comment is on.")}
            )
        if not PARAGRAPH.match(number):
            raise ValidationError(
                {
                    "paragraphs": _(
                        "“%(paragraph)s” is not a paragraph number, e.g. 3, 5(a) or II.3."
                    )
                    % {"paragraph": number}
                }
            )
        if not text:
            raise ValidationError(
                {
                    "paragraphs": _("Write the comment on paragraph %(paragraph)s.")
                    % {"paragraph": number}
                }
            )
        rows.append((number, text))
    return rows


@transaction.atomic
def report_reply(
    *,
    actor: Actor,
    meeting: Meeting,
    state: MemberState,
    answer: str,
    comments: str = "",
    paragraphs: Sequence[tuple[str, str]] = (),
    today: datetime.date | None = None,
) -> ReportReply:
    """A member State answers the circulated draft report, until the date replies are due: no
    objection, or comments — on the whole (`comments`) and on paragraphs (`paragraphs`: the
    paragraph's number and the comment). A second answer replaces the first until the report
    is adopted: its comments on paragraphs that the Secretariat has not answered yet go with
    it; those it has answered stay, as part of the record of how the report took them up."""
    require(actor, "meetings.answer_report", state)
    meeting = locked(meeting)
    if meeting.status != Status.REPORT_CIRCULATED:
        raise ValidationError(_("The draft report of %s is not circulated for replies.") % meeting)
    due = meeting.report_replies_due
    if due is not None and (today or timezone.localdate()) > due:
        raise ValidationError(
            _("Replies to the draft report of %(meeting)s were due by %(date)s.")
            % {"meeting": meeting, "date": date_format(due)}
        )
    if answer not in ReportReply.Answer.values:
        raise ValidationError({"answer": _("Answer “No objection” or “Comments”.")})
    rows = _paragraph_comments(paragraphs)
    comments = comments.strip()
    if answer == ReportReply.Answer.COMMENTS and not comments and not rows:
        raise ValidationError({"comments": _("Write the comments.")})
    if answer == ReportReply.Answer.NO_OBJECTION and rows:
        raise ValidationError(
            {"paragraphs": _("Comments on paragraphs go with the answer “Comments”.")}
        )
    reply = meeting.report_replies.filter(state=state).first() or ReportReply(
        meeting=meeting, state=state
    )
    reply.answer, reply.comments, reply.answered_by = answer, comments, account_of(actor)
    save_audited(reply, actor=actor, reason=f"report reply: {answer}")
    for earlier in reply.paragraph_comments.select_for_update().filter(answered_at=None):
        delete_audited(earlier, actor=actor, reason="replaced by a later reply")
    for number, text in rows:
        comment = ReportComment(reply=reply, paragraph=number, text=text)
        save_audited(comment, actor=actor, reason=f"comment on para. {number}")
    return reply


@transaction.atomic
def report_comment_answer(
    *, actor: Actor, comment: ReportComment, answer: str, previous: str | None = None
) -> ReportComment:
    """The Secretariat answers a State's comment on a paragraph of the draft report: how the
    revised report takes it up, or why it does not. `previous` is the answer the writer saw
    (empty: none yet); when someone else answered meanwhile and it is no longer that one,
    nothing is saved (ConflictError). None skips the check: the answer replaces whatever is
    there."""
    meeting = comment.reply.meeting
    require(actor, "meetings.organize", meeting)
    if locked(meeting).status != Status.REPORT_CIRCULATED:
        # Answered while the draft is before the States; the adopted report is the answer.
        raise ConflictError(
            _("The report of %(meeting)s is adopted; its comments are closed.")
            % {"meeting": meeting}
        )
    answer = answer.strip()
    if not answer:
        raise ValidationError({"answer": _("Write the answer.")})
    comment = ReportComment.objects.select_for_update().get(pk=comment.pk)
    author = account_of(actor)
    by_someone_else = comment.answered_by_id != (author.pk if author else None)
    # Compared word for word: a browser sends the line breaks of a form's field as CR LF.
    changed = previous is not None and comment.answer.split() != previous.split()
    if changed and by_someone_else:
        who = comment.answered_by
        raise ConflictError(
            _(
                "%(name)s answered this comment meanwhile: “%(answer)s”. Yours is not saved; "
                "read the answer and change it if need be."
            )
            % {
                "name": (who.get_full_name() or who.username) if who else "—",
                "answer": comment.answer,
            }
        )
    comment.answer, comment.answered_by = answer, author
    comment.answered_at = timezone.now()
    save_audited(comment, actor=actor, reason=f"answered the comment on para. {comment.paragraph}")
    return comment
