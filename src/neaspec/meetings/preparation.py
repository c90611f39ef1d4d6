"""Reads of a meeting's preparation: who may see which registrations, where each invitation
stands, who has answered the draft report, and the checklist the Secretariat works through."""

import datetime
from collections import Counter
from dataclasses import dataclass
from typing import Any

from django.db.models import Count, Prefetch, Q, QuerySet
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from neaspec.accounts.models import Actor, Role
from neaspec.accounts.rules import grants_of, is_secretariat
from neaspec.directory.models import MemberState, Organization
from neaspec.mail.models import Message, Purpose
from neaspec.mail.selectors import latest_by_recipient, latest_by_record, summary
from neaspec.meetings.delegations import registration_closes
from neaspec.meetings.models import AgendaItem, Invitation, Meeting, Registration, ReportReply
from neaspec.meetings.services import states_answering

Status = Meeting.Status


def speaks_for(actor: Actor) -> Q:
    """The registrations of the delegations `actor` speaks for (its State, its organization)."""
    grants = grants_of(actor)
    states = {g.state_id for g in grants if g.role == Role.FOCAL_POINT and g.state_id}
    organizations = {
        g.organization_id for g in grants if g.role == Role.PARTNER and g.organization_id
    }
    return Q(state_id__in=states) | Q(organization_id__in=organizations)


def registrations_visible(*, actor: Actor, meeting: Meeting) -> QuerySet[Registration]:
    """Every registration for the meeting's organizers; a delegation's own for those who speak
    for it; none for anyone else. Japan's focal point never sees Mongolia's delegates."""
    registrations = Registration.objects.filter(meeting=meeting).select_related(
        "state", "organization"
    )
    if actor.has_perm("meetings.organize", meeting):
        return registrations
    if not getattr(actor, "is_authenticated", False):
        return registrations.none()
    return registrations.filter(speaks_for(actor))


def registration_get(*, actor: Actor, pk: int, meeting: Meeting) -> Registration | None:
    return registrations_visible(actor=actor, meeting=meeting).filter(pk=pk).first()


def may_join_online(*, actor: Actor, meeting: Meeting) -> bool:
    """The online link is for the organizers and those registered (or their focal point)."""
    if actor.has_perm("meetings.organize", meeting):
        return True
    if not getattr(actor, "is_authenticated", False):
        return False
    registered = meeting.registrations.exclude(status=Registration.Status.WITHDRAWN)
    return registered.filter(
        speaks_for(actor) | Q(email__iexact=getattr(actor, "email", "") or "-")
    ).exists()


def organizes_any(actor: Actor) -> bool:
    """Whether `actor` organizes meetings of some series (the Secretariat, committee members)."""
    return is_secretariat(actor) or any(g.role == Role.COMMITTEE_MEMBER for g in grants_of(actor))


def delegations_of(actor: Actor) -> list[Any]:
    """The States and organizations `actor` registers for (all of them for the Secretariat)."""
    if is_secretariat(actor):
        return [*MemberState.objects.order_by("name"), *Organization.objects.order_by("name")]
    grants = grants_of(actor)
    states = MemberState.objects.filter(
        pk__in=[g.state_id for g in grants if g.role == Role.FOCAL_POINT]
    ).order_by("name")
    organizations = Organization.objects.filter(
        pk__in=[g.organization_id for g in grants if g.role == Role.PARTNER]
    ).order_by("name")
    return [*states, *organizations]


@dataclass(frozen=True)
class InvitationRow:
    invitation: Invitation
    stage: str
    registered: int
    # The e-mails of the latest invitation or reminder: one per address, each with its status.
    messages: tuple[Message, ...] = ()


def invitation_rows(meeting: Meeting) -> list[InvitationRow]:
    """Each invitee with where it stands: not sent yet, sent, replied, registered."""
    counts = dict(
        meeting.registrations.exclude(status=Registration.Status.WITHDRAWN)
        .values_list("state_id")
        .annotate(n=Count("id"))
        .values_list("state_id", "n")
    )
    by_org = dict(
        meeting.registrations.exclude(status=Registration.Status.WITHDRAWN)
        .values_list("organization_id")
        .annotate(n=Count("id"))
        .values_list("organization_id", "n")
    )
    rows = []
    invitations = meeting.invitations.select_related("state", "organization", "body")
    mail = latest_by_record(regarding=f"meeting:{meeting.key}")
    for invitation in invitations:
        registered = (
            counts.get(invitation.state_id, 0)
            if invitation.state_id
            else by_org.get(invitation.organization_id, 0)
            if invitation.organization_id
            else 0
        )
        messages = tuple(mail.get(f"invitation:{invitation.pk}", ()))
        stage = _stage(invitation, registered, messages)
        rows.append(InvitationRow(invitation, stage, registered, messages))
    return rows


def _stage(invitation: Invitation, registered: int, messages: tuple[Message, ...]) -> str:
    if registered:
        return _("Registered")
    if invitation.reply:
        return invitation.get_reply_display()
    if invitation.sent_at and not messages:
        return _("Sent")  # before the outbox: the invitation records that it went
    status = summary(list(messages))
    return str(Message.Status(status).label) if status else _("Not sent yet")


@dataclass(frozen=True)
class ReplyRow:
    state: MemberState
    reply: ReportReply | None
    # The draft report's notice to the State: one e-mail per address, each with its status.
    messages: tuple[Message, ...] = ()


def report_replies(meeting: Meeting) -> list[ReplyRow]:
    """Each State asked to answer the draft report, with its answer (None: not yet) and the
    e-mails that told it the draft was circulated."""
    replies = {r.state_id: r for r in meeting.report_replies.select_related("state")}
    mail = latest_by_recipient(
        regarding=f"meeting:{meeting.key}", purpose=Purpose.REPORT_CIRCULATION
    )
    return [
        ReplyRow(state, replies.get(state.pk), tuple(mail.get(f"state:{state.code}", ())))
        for state in states_answering(meeting)
    ]


@dataclass(frozen=True)
class Check:
    label: str
    done: bool
    detail: str = ""


def with_preparation(meetings: QuerySet[Meeting]) -> QuerySet[Meeting]:
    """Meetings with what their checklists read, in a fixed number of queries for any number."""
    return meetings.prefetch_related(
        Prefetch("invitations", queryset=Invitation.objects.select_related("state")),
        Prefetch("registrations", queryset=Registration.objects.select_related("state")),
        Prefetch("agenda_items", queryset=AgendaItem.objects.order_by("order")),
        "meeting_documents",  # the library's MeetingDocument, by its reverse name
        "report_replies",
    )


def checklist(
    meeting: Meeting, *, today: datetime.date, states: list[MemberState] | None = None
) -> list[Check]:
    """What is ready for the meeting and what is not, computed from the record (read through
    `with_preparation`; `states`, all member States, is read once for several meetings)."""
    states = states if states is not None else list(MemberState.objects.order_by("name"))
    placed = bool(meeting.start) and bool(
        meeting.city or meeting.venue or meeting.modality == Meeting.Modality.VIRTUAL
    )
    where = ", ".join(x for x in (meeting.venue, meeting.city, str(meeting.host or "")) if x)
    when = meeting.start.isoformat() if meeting.start else ""
    invitations = list(meeting.invitations.all())
    sent = sum(1 for i in invitations if i.sent_at)
    invited = [i.state for i in invitations if i.state]
    answering = sorted(invited, key=lambda s: s.name) or states
    registered = [
        r for r in meeting.registrations.all() if r.status != Registration.Status.WITHDRAWN
    ]
    per_state = Counter(str(r.state) for r in registered if r.state)
    closes = registration_closes(meeting)
    if per_state:
        registrations = ", ".join(f"{name} {n}" for name, n in sorted(per_state.items()))
    elif closes and meeting.status == Status.REGISTRATION_OPEN:
        registrations = _("None yet; registration closes on %s.") % closes.isoformat()
    else:
        registrations = _("None yet.")
    replies = len(meeting.report_replies.all())
    return [
        Check(_("Date and venue set"), placed, " · ".join(x for x in (when, where) if x)),
        _agenda_check(meeting),
        Check(
            _("Invitations sent"),
            bool(invitations) and sent == len(invitations),
            _("%(sent)d of %(invited)d sent; %(states)d of %(all)d member States invited")
            % {
                "sent": sent,
                "invited": len(invitations),
                "states": len(invited),
                "all": len(states),
            },
        ),
        Check(_("Registrations per State"), bool(per_state), registrations),
        _documents_check(meeting),
        Check(
            _("Report circulated"),
            meeting.report_circulated_on is not None,
            _("%(n)d of %(all)d States answered, due %(due)s")
            % {"n": replies, "all": len(answering), "due": meeting.report_replies_due.isoformat()}
            if meeting.report_replies_due
            else "",
        ),
        Check(_("Report adopted"), meeting.status == Status.REPORT_ADOPTED),
    ]


def _agenda_check(meeting: Meeting) -> Check:
    circulated = meeting.agenda_circulated_on
    if circulated is None:
        items = len(meeting.agenda_items.all())
        detail = (
            ngettext("%(n)d item, not circulated", "%(n)d items, not circulated", items)
            % {"n": items}
            if items
            else _("No items yet.")
        )
        return Check(_("Provisional agenda circulated"), False, detail)
    detail = circulated.isoformat()
    if meeting.start:
        weeks = (meeting.start - circulated).days // 7
        detail += " · " + ngettext(
            "%(n)d week before the meeting", "%(n)d weeks before the meeting", weeks
        ) % {"n": weeks}
    return Check(_("Provisional agenda circulated"), True, detail)


def _documents_check(meeting: Meeting) -> Check:
    """Documents under each item (a sub-item's count with its item's)."""
    items = list(meeting.agenda_items.all())
    top_of = {i.pk: (i.parent_id or i.pk) for i in items}
    counts = Counter(top_of.get(d.agenda_item_id or 0) for d in meeting.meeting_documents.all())
    tops = [i for i in items if i.parent_id is None]
    detail = ", ".join(f"{i.number}: {counts[i.pk]}" for i in tops)
    return Check(
        _("Documents per agenda item"), bool(tops) and all(counts[i.pk] for i in tops), detail
    )


def meetings_in_preparation(*, today: datetime.date) -> QuerySet[Meeting]:
    """Meetings from four months back on whose report is not adopted yet, soonest first."""
    return with_preparation(
        Meeting.objects.select_related("series", "host")
        .filter(start__gte=today - datetime.timedelta(days=120))
        .exclude(status=Status.REPORT_ADOPTED)
        .order_by("start")
    )
