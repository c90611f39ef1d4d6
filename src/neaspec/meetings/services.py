"""Writes that prepare and run a meeting: the meeting itself and its status, the agenda and
programme, invitations, registrations, attendance, and the adoption of its report by
circulation. Each checks permission, locks the meeting it changes, and is audited."""

import datetime
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Max
from django.utils import timezone
from django.utils.translation import gettext as _

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import require
from neaspec.audit import delete_audited, save_audited
from neaspec.conflicts import ConflictError
from neaspec.directory.models import MemberState
from neaspec.meetings.models import (
    AgendaItem,
    Meeting,
    MeetingSeries,
    ProgrammeSession,
)

Status = Meeting.Status
ORDER = list(Status.values)

# What a higher app does when a report is adopted (the library publishes the report and opens
# its review): registered with `when_report_adopted`, run in the adoption's transaction.
_on_adopted: list[Callable[..., None]] = []


def when_report_adopted(hook: Callable[..., None]) -> Callable[..., None]:
    _on_adopted.append(hook)
    return hook


def locked(meeting: Meeting) -> Meeting:
    return Meeting.objects.select_for_update().select_related("series").get(pk=meeting.pk)


def meeting_key(series: MeetingSeries, number: int | None, start: datetime.date | None) -> str:
    """ "som-29" for a numbered session; "workshop-2027-03-04" for a dated one."""
    suffix = str(number) if number is not None else (start.isoformat() if start else "new")
    base = f"{series.code.lower()}-{suffix}"
    key, n = base, 2
    while Meeting.objects.filter(key=key).exists():
        key, n = f"{base}-{n}", n + 1
    return key


@transaction.atomic
def meeting_create(*, actor: Actor, series: MeetingSeries, **fields: Any) -> Meeting:
    """A meeting as first planned: its series and number, and what is known of date and place."""
    require(actor, "meetings.organize", series)
    if series.numbered and fields.get("number") is None:
        raise ValidationError({"number": _("Meetings of this series are numbered.")})
    if (
        fields.get("number") is not None
        and Meeting.objects.filter(series=series, number=fields["number"]).exists()
    ):
        raise ValidationError({"number": _("This series already has a meeting of that number.")})
    key = meeting_key(series, fields.get("number"), fields.get("start"))
    meeting = Meeting(key=key, series=series, status=Status.PLANNED, **fields)
    if meeting.start and not meeting.time_zone:
        meeting.time_zone = _host_zone(meeting.host)
    try:
        with transaction.atomic():  # a savepoint: the other creation may win the race
            save_audited(meeting, actor=actor, reason="meeting created")
    except IntegrityError:
        raise ConflictError(
            _("%s was created by someone else a moment ago.") % f"{series.code}-{meeting.number}"
        ) from None
    return meeting


# Where a host State's meetings keep time when nobody says otherwise (the capital's zone).
CAPITAL_ZONES = {
    "CN": "Asia/Shanghai",
    "KP": "Asia/Pyongyang",
    "JP": "Asia/Tokyo",
    "MN": "Asia/Ulaanbaatar",
    "KR": "Asia/Seoul",
    "RU": "Europe/Moscow",
}


def _host_zone(host: MemberState | None) -> str:
    return CAPITAL_ZONES.get(host.code, "") if host else ""


EDITABLE = (
    "title",
    "start",
    "end",
    "start_time",
    "end_time",
    "time_zone",
    "host",
    "city",
    "venue",
    "modality",
    "online_link",
    "registration_deadline",
    "summary",
)


@transaction.atomic
def meeting_update(*, actor: Actor, meeting: Meeting, **fields: Any) -> Meeting:
    """Change what is known of the meeting (dates, times, place, modality, link, deadline)."""
    require(actor, "meetings.organize", meeting)
    unknown = set(fields) - set(EDITABLE)
    if unknown:
        raise ValidationError(_("These cannot be changed here: %s.") % ", ".join(sorted(unknown)))
    meeting = locked(meeting)
    for name, value in fields.items():
        setattr(meeting, name, value)
    save_audited(meeting, actor=actor, reason="meeting changed: " + ", ".join(sorted(fields)))
    return meeting


def _require_announceable(meeting: Meeting) -> None:
    if meeting.start is None:
        raise ValidationError(_("Set the meeting's dates first."))
    if not meeting.city and meeting.modality != Meeting.Modality.VIRTUAL:
        raise ValidationError(_("Set the city (or make the meeting virtual) first."))


@transaction.atomic
def meeting_status_set(
    *,
    actor: Actor,
    meeting: Meeting,
    status: str,
    today: datetime.date | None = None,
    replies_due: datetime.date | None = None,
) -> Meeting:
    """Move the meeting forward: planned → announced → registration open → held → report
    circulated → report adopted. A step may be skipped when its checks hold; none goes back."""
    require(actor, "meetings.organize", meeting)
    today = today or timezone.localdate()
    meeting = locked(meeting)
    if status not in ORDER:
        raise ValidationError(_("Unknown status."))
    if ORDER.index(status) < ORDER.index(meeting.status):
        raise ConflictError(
            _("%(meeting)s is already at “%(now)s”; its status does not go back.")
            % {"meeting": meeting, "now": meeting.get_status_display()}
        )
    if status == meeting.status:
        return meeting
    if ORDER.index(status) >= ORDER.index(Status.ANNOUNCED):
        _require_announceable(meeting)
    held = ORDER.index(status) >= ORDER.index(Status.HELD)
    if held and meeting.start is not None and meeting.start > today:
        raise ValidationError(_("A meeting cannot be held before its first day."))
    if status == Status.REPORT_CIRCULATED:
        _circulate(
            meeting,
            replies_due or today + datetime.timedelta(days=settings.NEASPEC_REPORT_REPLY_DAYS),
            today,
        )
    elif status == Status.REPORT_ADOPTED:
        _adopt(actor, meeting, today)
    elif replies_due is not None:
        raise ValidationError(_("A date for replies is set when the report is circulated."))
    meeting.status = status
    save_audited(meeting, actor=actor, reason=f"status: {status}")
    if status == Status.REPORT_CIRCULATED:
        from neaspec.meetings.mail import report_circulation_queue

        report_circulation_queue(actor=actor, meeting=meeting, states=states_answering(meeting))
    return meeting


def _circulate(meeting: Meeting, replies_due: datetime.date, today: datetime.date) -> None:
    # The draft is a meeting document of kind "report" with a file (library.MeetingDocument).
    if not meeting.meeting_documents.filter(kind="report", versions__isnull=False).exists():
        raise ValidationError(_("Add the draft report, with its file, to the meeting's documents."))
    if replies_due < today:
        raise ValidationError(_("Replies cannot be due before today."))
    meeting.report_circulated_on, meeting.report_replies_due = today, replies_due


def states_answering(meeting: Meeting) -> list[MemberState]:
    """The States asked to answer the draft report: those invited, or all when none was."""
    invited = MemberState.objects.filter(invitation__meeting=meeting).order_by("name")
    return list(invited) or list(MemberState.objects.order_by("name"))


def _adopt(actor: Actor, meeting: Meeting, today: datetime.date) -> None:
    if meeting.status != Status.REPORT_CIRCULATED:
        raise ValidationError(_("Circulate the draft report to the member States first."))
    answered = set(meeting.report_replies.values_list("state_id", flat=True))
    waiting = [s for s in states_answering(meeting) if s.pk not in answered]
    due = meeting.report_replies_due
    if waiting and due is not None and today <= due:
        raise ValidationError(
            _("Still waiting for %(states)s until %(due)s.")
            % {"states": ", ".join(str(s) for s in waiting), "due": due.isoformat()}
        )
    for hook in _on_adopted:
        hook(actor=actor, meeting=meeting)


# --- the agenda and the programme ---------------------------------------------------------


def _agenda_open(meeting: Meeting) -> None:
    if meeting.agenda_status == Meeting.AgendaStatus.ADOPTED:
        raise ValidationError(_("The agenda is adopted; it no longer changes."))


@transaction.atomic
def agenda_item_add(
    *,
    actor: Actor,
    meeting: Meeting,
    number: str,
    title: str,
    parent: AgendaItem | None = None,
    annotation: str = "",
) -> AgendaItem:
    """An item (or a sub-item under `parent`) at the end of the agenda or of its parent."""
    require(actor, "meetings.organize", meeting)
    meeting = locked(meeting)  # items added at once get distinct places
    _agenda_open(meeting)
    if parent is not None and (parent.meeting_id != meeting.pk or parent.parent_id):
        raise ValidationError({"parent": _("A sub-item goes under an item of this agenda.")})
    items = meeting.agenda_items.all()
    if items.filter(number=number).exists():
        raise ValidationError({"number": _("The agenda already has an item %s.") % number})
    if parent is not None:
        last = items.filter(parent=parent).aggregate(m=Max("order"))["m"] or parent.order
        items.filter(order__gt=last).update(order=F("order") + 1)
        order = last + 1
    else:
        order = (items.aggregate(m=Max("order"))["m"] or 0) + 1
    item = AgendaItem(
        meeting=meeting,
        number=number,
        title=title,
        parent=parent,
        annotation=annotation,
        order=order,
    )
    save_audited(item, actor=actor, reason="agenda item added")
    _agenda_provisional(actor, meeting)
    return item


def _agenda_provisional(actor: Actor, meeting: Meeting) -> None:
    if not meeting.agenda_status:
        meeting.agenda_status = Meeting.AgendaStatus.PROVISIONAL
        save_audited(meeting, actor=actor, reason="provisional agenda begun")


@transaction.atomic
def agenda_item_update(
    *, actor: Actor, item: AgendaItem, number: str, title: str, annotation: str = ""
) -> AgendaItem:
    require(actor, "meetings.organize", item.meeting)
    meeting = locked(item.meeting)
    _agenda_open(meeting)
    item = AgendaItem.objects.get(pk=item.pk)
    if meeting.agenda_items.filter(number=number).exclude(pk=item.pk).exists():
        raise ValidationError({"number": _("The agenda already has an item %s.") % number})
    item.number, item.title, item.annotation = number, title, annotation
    save_audited(item, actor=actor, reason="agenda item changed")
    return item


@transaction.atomic
def agenda_item_move(*, actor: Actor, item: AgendaItem, up: bool) -> None:
    """Swap an item with its neighbour at the same level (its sub-items move with it)."""
    require(actor, "meetings.organize", item.meeting)
    meeting = locked(item.meeting)
    _agenda_open(meeting)
    siblings = list(meeting.agenda_items.filter(parent_id=item.parent_id).order_by("order"))
    place = next(i for i, s in enumerate(siblings) if s.pk == item.pk)
    other = place - 1 if up else place + 1
    if not 0 <= other < len(siblings):
        return
    siblings[place], siblings[other] = siblings[other], siblings[place]
    # Renumber the whole agenda in the new order: each item followed by its sub-items.
    children: dict[int, list[AgendaItem]] = {}
    for sub in meeting.agenda_items.exclude(parent=None).order_by("order"):
        children.setdefault(sub.parent_id or 0, []).append(sub)
    tops = (
        siblings
        if item.parent_id is None
        else list(meeting.agenda_items.filter(parent=None).order_by("order"))
    )
    if item.parent_id is not None:
        children[item.parent_id] = siblings
    order = 0
    for top in tops:
        for entry in [top, *children.get(top.pk, [])]:
            order += 1
            if entry.order != order:
                entry.order = order
                save_audited(entry, actor=actor, reason="agenda reordered")


@transaction.atomic
def agenda_item_delete(*, actor: Actor, item: AgendaItem) -> None:
    require(actor, "meetings.organize", item.meeting)
    _agenda_open(locked(item.meeting))
    if item.sub_items.exists():
        raise ValidationError(_("Remove its sub-items first."))
    if item.decisions.exists() or item.statements.exists():
        raise ValidationError(_("Decisions or statements are recorded under this item."))
    delete_audited(item, actor=actor, reason="agenda item removed")


@transaction.atomic
def agenda_circulate(
    *, actor: Actor, meeting: Meeting, today: datetime.date | None = None
) -> Meeting:
    """The provisional agenda goes out to the States (the checklist counts the weeks before)."""
    require(actor, "meetings.organize", meeting)
    meeting = locked(meeting)
    if not meeting.agenda_items.exists():
        raise ValidationError(_("The agenda has no items yet."))
    meeting.agenda_status = meeting.agenda_status or Meeting.AgendaStatus.PROVISIONAL
    meeting.agenda_circulated_on = today or timezone.localdate()
    save_audited(meeting, actor=actor, reason="provisional agenda circulated")
    return meeting


@transaction.atomic
def agenda_adopt(*, actor: Actor, meeting: Meeting) -> Meeting:
    """The meeting adopts its agenda (at its opening): it is fixed from then on."""
    require(actor, "meetings.organize", meeting)
    meeting = locked(meeting)
    if not meeting.agenda_items.exists():
        raise ValidationError(_("The agenda has no items yet."))
    meeting.agenda_status = Meeting.AgendaStatus.ADOPTED
    save_audited(meeting, actor=actor, reason="agenda adopted")
    return meeting


@transaction.atomic
def session_add(*, actor: Actor, meeting: Meeting, **fields: Any) -> ProgrammeSession:
    """A timed part of the programme: a session with its speakers, or a break."""
    require(actor, "meetings.organize", meeting)
    meeting = locked(meeting)
    session = ProgrammeSession(meeting=meeting, **fields)
    if meeting.start and meeting.end and not meeting.start <= session.day <= meeting.end:
        raise ValidationError({"day": _("The day is not one of the meeting's days.")})
    if session.starts and session.ends and session.ends <= session.starts:
        raise ValidationError({"ends": _("A session ends after it starts.")})
    overlapping = meeting.sessions.filter(
        day=session.day, starts__lt=session.ends, ends__gt=session.starts
    ).first()
    if overlapping:
        raise ValidationError(_("It overlaps “%s”.") % overlapping.title)
    save_audited(session, actor=actor, reason="programme session added")
    return session


@transaction.atomic
def session_delete(*, actor: Actor, session: ProgrammeSession) -> None:
    require(actor, "meetings.organize", session.meeting)
    delete_audited(session, actor=actor, reason="programme session removed")
