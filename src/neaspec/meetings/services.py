"""Writes that prepare and run a meeting: the meeting itself and its status, the agenda and
programme, invitations, registrations, attendance, and the adoption of its report by
circulation; and the record of a meeting already held, as its report tells it (series,
meeting, agenda, officers, statements). Each checks permission, locks the meeting it changes,
and is audited."""

import datetime
from collections.abc import Callable
from enum import Enum
from typing import Final

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
from neaspec.directory.models import MemberState, Organization, Person
from neaspec.directory.selectors import name_parts
from neaspec.directory.services import person_record
from neaspec.meetings.models import (
    AgendaItem,
    Meeting,
    MeetingSeries,
    Officer,
    ProgrammeSession,
    Registration,
    Statement,
)

Status = Meeting.Status
ORDER = list(Status.values)


class Keep(Enum):
    """The default of a changing service's field: left as it is (None may be a value)."""

    KEEP = "keep"


KEEP: Final = Keep.KEEP

# What a higher app does when a report is adopted (the library publishes the report and opens
# its review): registered with `when_report_adopted`, run in the adoption's transaction.
_on_adopted: list[Callable[..., None]] = []

# What a higher app keeps in step with the sessions of a series (the decisions: follow-ups due
# "before the next meeting"): registered with `when_meeting_dated`, called with the series'
# ids in the writing transaction whenever a service adds a meeting or moves its first day.
_on_dated: list[Callable[..., None]] = []


def when_report_adopted(hook: Callable[..., None]) -> Callable[..., None]:
    _on_adopted.append(hook)
    return hook


def when_meeting_dated(hook: Callable[..., None]) -> Callable[..., None]:
    """Register `hook(series_ids=...)`; registering the same hook twice keeps one."""
    if hook not in _on_dated:
        _on_dated.append(hook)
    return hook


def _dated(meeting: Meeting) -> None:
    for hook in _on_dated:
        hook(series_ids={meeting.series_id})


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
def meeting_create(
    *,
    actor: Actor,
    series: MeetingSeries,
    number: int | None = None,
    title: str = "",
    start: datetime.date | None = None,
    end: datetime.date | None = None,
    start_time: datetime.time | None = None,
    end_time: datetime.time | None = None,
    time_zone: str = "",
    host: MemberState | None = None,
    city: str = "",
    venue: str = "",
    modality: str = "",
    online_link: str = "",
    registration_deadline: datetime.date | None = None,
    summary: str = "",
) -> Meeting:
    """A meeting as first planned: its series and number, and what is known of date and place."""
    require(actor, "meetings.organize", series)
    if series.numbered and number is None:
        raise ValidationError({"number": _("Meetings of this series are numbered.")})
    meeting = Meeting(
        series=series,
        number=number,
        status=Status.PLANNED,
        title=title,
        start=start,
        end=end,
        start_time=start_time,
        end_time=end_time,
        time_zone=time_zone,
        host=host,
        city=city,
        venue=venue,
        modality=modality,
        online_link=online_link,
        registration_deadline=registration_deadline,
        summary=summary,
    )
    return _meeting_new(actor, meeting, reason="meeting created")


def _meeting_new(actor: Actor, meeting: Meeting, *, reason: str) -> Meeting:
    """Key, time zone and save of a new meeting; then what follows the series' sessions."""
    series = meeting.series
    if (
        meeting.number is not None
        and Meeting.objects.filter(series=series, number=meeting.number).exists()
    ):
        raise ValidationError({"number": _("This series already has a meeting of that number.")})
    meeting.key = meeting_key(series, meeting.number, meeting.start)
    if meeting.start and not meeting.time_zone:
        meeting.time_zone = _host_zone(meeting.host)
    try:
        with transaction.atomic():  # a savepoint: the other creation may win the race
            save_audited(meeting, actor=actor, reason=reason)
    except IntegrityError:
        raise ConflictError(
            _("%s was created by someone else a moment ago.") % f"{series.code}-{meeting.number}"
        ) from None
    _dated(meeting)
    return meeting


@transaction.atomic
def meeting_series_create(
    *, actor: Actor, code: str, name: str, numbered: bool = False, order: int = 99
) -> MeetingSeries:
    """A series of meetings the programme did not have (e.g. from a report of another kind of
    meeting); the Secretariat's, as a series is not any one body's yet."""
    require(actor, "meetings.organize")
    series = MeetingSeries(code=code, name=name, numbered=numbered, order=order)
    save_audited(series, actor=actor, reason="meeting series created")
    return series


@transaction.atomic
def meeting_record(
    *,
    actor: Actor,
    series: MeetingSeries,
    number: int | None,
    start: datetime.date | None,
    end: datetime.date | None,
    host: MemberState | None,
    city: str,
    modality: str,
    attendance_known: bool,
) -> Meeting:
    """A meeting already held, as its report records it, with the report adopted. Unlike a
    planned meeting, it may lack the number its series gives (the report does not say)."""
    require(actor, "meetings.organize", series)
    meeting = Meeting(
        series=series,
        number=number,
        status=Status.REPORT_ADOPTED,
        start=start,
        end=end,
        host=host,
        city=city,
        modality=modality,
        attendance_known=attendance_known,
    )
    return _meeting_new(actor, meeting, reason="recorded from a meeting report")


@transaction.atomic
def meeting_report_record(*, actor: Actor, meeting: Meeting, attendance_known: bool) -> Meeting:
    """A held meeting's report is on record (read from the report itself, not circulated
    here): the meeting is at "report adopted", and its attendance is known once the report
    says who attended. The adoption's own steps (publishing the circulated draft) do not run."""
    require(actor, "meetings.organize", meeting)
    meeting = locked(meeting)
    meeting.status = Status.REPORT_ADOPTED
    meeting.attendance_known = meeting.attendance_known or attendance_known
    save_audited(meeting, actor=actor, reason="recorded from a meeting report")
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


# The fields `meeting_update` takes, which a meeting's page edits.
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
def meeting_update(
    *,
    actor: Actor,
    meeting: Meeting,
    title: str | Keep = KEEP,
    start: datetime.date | Keep | None = KEEP,
    end: datetime.date | Keep | None = KEEP,
    start_time: datetime.time | Keep | None = KEEP,
    end_time: datetime.time | Keep | None = KEEP,
    time_zone: str | Keep = KEEP,
    host: MemberState | Keep | None = KEEP,
    city: str | Keep = KEEP,
    venue: str | Keep = KEEP,
    modality: str | Keep = KEEP,
    online_link: str | Keep = KEEP,
    registration_deadline: datetime.date | Keep | None = KEEP,
    summary: str | Keep = KEEP,
) -> Meeting:
    """Change what is known of the meeting (dates, times, place, modality, link, deadline);
    a field not named is kept. A new first day moves the deadlines that wait for it."""
    require(actor, "meetings.organize", meeting)
    given: dict[str, object] = {
        "title": title,
        "start": start,
        "end": end,
        "start_time": start_time,
        "end_time": end_time,
        "time_zone": time_zone,
        "host": host,
        "city": city,
        "venue": venue,
        "modality": modality,
        "online_link": online_link,
        "registration_deadline": registration_deadline,
        "summary": summary,
    }
    changes = {name: value for name, value in given.items() if value is not KEEP}
    meeting = locked(meeting)
    changed = sorted(name for name, value in changes.items() if value != getattr(meeting, name))
    moved = "start" in changes and changes["start"] != meeting.start
    for name, value in changes.items():
        setattr(meeting, name, value)
    if meeting.start and not meeting.time_zone:  # as when created: the host capital's
        meeting.time_zone = _host_zone(meeting.host)
    save_audited(meeting, actor=actor, reason="meeting changed: " + (", ".join(changed) or "none"))
    if moved:
        _dated(meeting)
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
def agenda_item_record(
    *,
    actor: Actor,
    meeting: Meeting,
    number: str,
    title: str,
    order: int,
    parent: AgendaItem | None = None,
) -> AgendaItem:
    """An agenda item as the meeting's report records it: the item of that number takes the
    report's title, place and parent, or is added. The report is the record of what the
    meeting took up, so an adopted agenda takes it too."""
    require(actor, "meetings.organize", meeting)
    meeting = locked(meeting)
    if parent is not None and parent.meeting_id != meeting.pk:
        raise ValidationError({"parent": _("A sub-item goes under an item of this agenda.")})
    item = meeting.agenda_items.filter(number=number).first() or AgendaItem(
        meeting=meeting, number=number
    )
    item.title, item.order, item.parent = title[:400], order, parent
    save_audited(item, actor=actor, reason="recorded from a meeting report")
    return item


@transaction.atomic
def agenda_circulate(
    *, actor: Actor, meeting: Meeting, today: datetime.date | None = None
) -> Meeting:
    """The provisional agenda goes out to the States (the checklist counts the weeks before)."""
    require(actor, "meetings.record_proceedings", meeting)
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
    require(actor, "meetings.record_proceedings", meeting)
    meeting = locked(meeting)
    if not meeting.agenda_items.exists():
        raise ValidationError(_("The agenda has no items yet."))
    meeting.agenda_status = Meeting.AgendaStatus.ADOPTED
    save_audited(meeting, actor=actor, reason="agenda adopted")
    return meeting


@transaction.atomic
def session_add(
    *,
    actor: Actor,
    meeting: Meeting,
    day: datetime.date,
    starts: datetime.time,
    ends: datetime.time,
    title: str,
    kind: str = ProgrammeSession.Kind.SESSION,
    speakers: str = "",
    description: str = "",
) -> ProgrammeSession:
    """A timed part of the programme: a session with its speakers, or a break."""
    require(actor, "meetings.organize", meeting)
    meeting = locked(meeting)
    session = ProgrammeSession(
        meeting=meeting,
        day=day,
        starts=starts,
        ends=ends,
        title=title,
        kind=kind,
        speakers=speakers,
        description=description,
    )
    if not meeting.time_zone:
        raise ValidationError(
            _(
                "Give the meeting's time zone first (Edit date, place and link): the "
                "programme's times are in it."
            )
        )
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


# --- the record of a meeting held: officers and statements --------------------------------


@transaction.atomic
def officer_record(
    *, actor: Actor, meeting: Meeting, role: str, person: Person, state: MemberState | None
) -> Officer:
    """The meeting's chair, vice-chair or rapporteur (`role`) as its report names them: set,
    or replaced when the report names another person or State."""
    require(actor, "meetings.organize", meeting)
    officer = Officer.objects.filter(meeting=meeting, role=role).first() or Officer(
        meeting=meeting, role=role
    )
    officer.person, officer.state = person, state
    save_audited(officer, actor=actor, reason="recorded from a meeting report")
    return officer


@transaction.atomic
def officer_elect(
    *, actor: Actor, meeting: Meeting, role: str, name: str, state: MemberState
) -> Officer:
    """The meeting elects `name` of `state`'s delegation its chair, a vice-chair or its
    rapporteur. Where the meeting took registrations, the person must be a registered delegate
    of that State (under that name, in either order); a chair or rapporteur elected again
    replaces the one before, vice-chairs add up."""
    require(actor, "meetings.record_proceedings", meeting)
    meeting = locked(meeting)
    if role not in Officer.Role.values:
        raise ValidationError({"role": _("Choose chair, vice-chair or rapporteur.")})
    name = " ".join(name.split())
    if not name:
        raise ValidationError({"name": _("Name the person elected.")})
    registered = meeting.registrations.exclude(status=Registration.Status.WITHDRAWN)
    if registered.exists():
        delegate = next(
            (r for r in registered.filter(state=state) if name_parts(r.name) == name_parts(name)),
            None,
        )
        if delegate is None:
            raise ValidationError(
                {
                    "name": _(
                        "No one called %(name)s is registered in the delegation of %(state)s."
                    )
                    % {"name": name, "state": state}
                }
            )
        name = delegate.name
    person = person_record(
        actor=actor, name=name, state=state, reason=f"elected {role} of {meeting}"
    )
    officer = None
    if role != Officer.Role.VICE_CHAIR:
        officer = Officer.objects.filter(meeting=meeting, role=role).first()
    elif Officer.objects.filter(meeting=meeting, role=role, person=person).exists():
        raise ConflictError(_("%(name)s is already a vice-chair.") % {"name": person})
    officer = officer or Officer(meeting=meeting, role=role)
    officer.person, officer.state = person, state
    save_audited(officer, actor=actor, reason=f"elected {role}")
    return officer


@transaction.atomic
def officer_remove(*, actor: Actor, officer: Officer) -> None:
    """Take back an election recorded by mistake (the history keeps it)."""
    require(actor, "meetings.record_proceedings", officer.meeting)
    delete_audited(officer, actor=actor, reason="election withdrawn")


def _speaker_matches(
    speaker: str, state: MemberState | None, organization: Organization | None
) -> None:
    """The speaker's kind and whom it names agree (the table's check, said in words)."""
    if speaker not in Statement.Speaker.values:
        raise ValidationError({"speaker": _("Choose who spoke.")})
    if speaker == Statement.Speaker.STATE and (state is None or organization is not None):
        raise ValidationError({"state": _("Name the member State that spoke.")})
    if speaker == Statement.Speaker.ORGANIZATION and (organization is None or state is not None):
        raise ValidationError({"organization": _("Name the organization that spoke.")})
    if speaker in {Statement.Speaker.SECRETARIAT, Statement.Speaker.CHAIR} and (
        state is not None or organization is not None
    ):
        raise ValidationError({"speaker": _("The Secretariat and the Chair speak for no State.")})


@transaction.atomic
def statement_record(
    *,
    actor: Actor,
    meeting: Meeting,
    speaker: str,
    summary: str,
    state: MemberState | None = None,
    organization: Organization | None = None,
    paragraph: str = "",
    agenda_item: AgendaItem | None = None,
    spoken_by: str = "",
    text: str = "",
) -> Statement:
    """An intervention at the meeting — a member State's, an organization's, the
    Secretariat's or the Chair's — under an agenda item of this meeting, summarised in the
    meeting's working language (`summary`), with who spoke and the text as delivered when the
    delegation hands it over."""
    require(actor, "meetings.record_proceedings", meeting)
    _speaker_matches(speaker, state, organization)
    if agenda_item is not None and agenda_item.meeting_id != meeting.pk:
        raise ValidationError({"agenda_item": _("Choose an item of this meeting's agenda.")})
    if not summary.strip():
        raise ValidationError({"summary": _("Summarise what was said.")})
    statement = Statement(
        meeting=meeting,
        speaker=speaker,
        state=state,
        organization=organization,
        paragraph=paragraph,
        agenda_item=agenda_item,
        spoken_by=" ".join(spoken_by.split()),
        summary=summary.strip(),
        text=text.strip(),
    )
    save_audited(statement, actor=actor, reason="statement recorded")
    return statement


@transaction.atomic
def statement_delete(*, actor: Actor, statement: Statement) -> None:
    """Take back a statement recorded by mistake (the history keeps it)."""
    require(actor, "meetings.record_proceedings", statement.meeting)
    delete_audited(statement, actor=actor, reason="statement withdrawn")
