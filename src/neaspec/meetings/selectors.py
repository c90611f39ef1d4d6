"""Reads of meetings: lists, the meeting page, hosted meetings, the next session of a series."""

import datetime
import re
from typing import Any

from django.core.exceptions import ValidationError
from django.db.models import (
    Case,
    ExpressionWrapper,
    F,
    IntegerField,
    OuterRef,
    Prefetch,
    Q,
    QuerySet,
    Subquery,
    Value,
    When,
)
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext_lazy as _

from neaspec.accounts.models import Actor
from neaspec.directory.models import MemberState
from neaspec.meetings.models import (
    AgendaItem,
    Attendance,
    Meeting,
    Officer,
    Statement,
    zone_named,
)
from neaspec.meetings.preparation import InvitationRow, delegations_of, invitation_rows


def meeting_list(
    *, series: str = "", year: int | None = None, host: str = "", since: int | None = None
) -> QuerySet[Meeting]:
    """Meetings newest first, of a series, a year, a host, or from a year on (and the undated,
    which are still to be scheduled or whose date is lost)."""
    # Undated meetings last on every database (PostgreSQL puts NULLs first when descending).
    meetings = Meeting.objects.select_related("series", "host").order_by(
        F("start").desc(nulls_last=True), "series__order", "-number"
    )
    if series:
        meetings = meetings.filter(series__code__iexact=series)
    if year:
        meetings = meetings.filter(start__year=year)
    if host:
        meetings = meetings.filter(host__code__iexact=host)
    if since:
        meetings = meetings.filter(Q(start__year__gte=since) | Q(start__isnull=True))
    return meetings


# "SOM-25", "som 25", "SOM25", "NEAMPAN-SC-3": a series code and a number.
LABEL = re.compile(r"^\s*([A-Za-z][A-Za-z-]*?)[-\s]?(\d+)\s*$")


def meeting_find(value: str) -> Meeting | None:
    """The meeting people mean by its label ("SOM-25"), its key ("som-25") or its title, in
    any case; None when no meeting is called that."""
    value = value.strip()
    if not value:
        return None
    meetings = Meeting.objects.select_related("series")
    found = meetings.filter(key__iexact=value).first()
    if found is None and (label := LABEL.match(value)):
        found = meetings.filter(series__code__iexact=label[1], number=int(label[2])).first()
    return found or meetings.filter(title__iexact=value).first()


def meeting_named(label: str) -> Meeting:
    """The meeting `label` names, as `meeting_find` reads it; a ValidationError that says so
    when no meeting is called that. Pages and the API read a meeting's label through this, so
    both refuse an unknown one in the same words."""
    found = meeting_find(label)
    if found is None:
        raise ValidationError(
            _("No meeting is called “%(name)s”."), code="unknown_meeting", params={"name": label}
        )
    return found


# A filter suggests this many meetings (the newest); any other is found by typing its label.
SUGGESTED_MEETINGS = 60


def meeting_choices() -> list[tuple[str, str]]:
    """The newest meetings as (label, label with year), for filters that pick one."""
    return [
        (m.label, f"{m.label} ({m.start.year})" if m.start else m.label)
        for m in meeting_list()[:SUGGESTED_MEETINGS]
    ]


def meeting_get(*, key: str) -> Meeting:
    """A meeting with everything its page shows, in a fixed number of queries."""
    # Each item and statement with the number of the item it goes under (the API gives it).
    items = AgendaItem.objects.select_related("parent").order_by("order")
    statements = Statement.objects.select_related("state", "organization", "agenda_item")
    return get_object_or_404(
        Meeting.objects.select_related("series", "host", "organizer").prefetch_related(
            Prefetch("officers", queryset=officers_in_order()),
            Prefetch(
                "attendance", queryset=Attendance.objects.select_related("state", "organization")
            ),
            Prefetch("agenda_items", queryset=items),
            Prefetch("statements", queryset=statements.order_by("id")),
            "sessions",
        ),
        key=key,
    )


def meeting_brief(*, key: str) -> Meeting:
    """A meeting with its series and host, as a list shows it; 404 when no meeting has the key."""
    return get_object_or_404(Meeting.objects.select_related("series", "host"), key=key)


def agenda(*, meeting: Meeting) -> QuerySet[AgendaItem]:
    """The meeting's agenda items in order, each with the item it goes under."""
    return meeting.agenda_items.select_related("parent").order_by("order")


def invitations_visible(*, actor: Actor, meeting: Meeting) -> list[InvitationRow]:
    """Where each invitation stands: all of them for the meeting's organizers, a delegation's
    own for those who speak for it."""
    rows = invitation_rows(meeting)
    if actor.has_perm("meetings.organize", meeting):
        return rows
    own = set(delegations_of(actor))
    return [r for r in rows if r.invitation.invitee in own]


def officers_in_order() -> QuerySet[Officer]:
    """Chair, then vice-chair, then rapporteur, as a report lists them."""
    rank = Case(
        *(When(role=role, then=Value(i)) for i, role in enumerate(Officer.Role.values)),
        output_field=IntegerField(),
    )
    return Officer.objects.select_related("person", "state").order_by(rank)


def agenda_tree(*, meeting: Meeting, decisions: list[Any]) -> list[dict[str, Any]]:
    """Agenda items in order, each with its statements and the decisions taken under it."""
    statements = list(meeting.statements.all())
    return [
        {
            "item": item,
            "level": 2 if item.parent_id else 1,
            "statements": [s for s in statements if s.agenda_item_id == item.pk],
            "decisions": [d for d in decisions if d.agenda_item_id == item.pk],
        }
        for item in meeting.agenda_items.all()
    ]


def attendance_grid(*, meeting: Meeting) -> list[tuple[MemberState, bool | None]]:
    """Each member State with True (attended), False (absent) or None (not known)."""
    present = {a.state_id for a in meeting.attendance.all() if a.state_id}
    known = meeting.attendance_known
    return [
        (state, (state.pk in present) if known else (True if state.pk in present else None))
        for state in MemberState.objects.order_by("name")
    ]


def states_present(meeting: Meeting) -> list[MemberState]:
    """The member States at a meeting: those recorded present, else those registered, else all
    (before attendance is taken, every State may speak)."""
    present = MemberState.objects.filter(attendance__meeting=meeting)
    if not present.exists():
        present = MemberState.objects.filter(registration__meeting=meeting)
    return list(present.distinct().order_by("name")) or list(MemberState.objects.order_by("name"))


def meetings_hosted_by(*, state: MemberState) -> QuerySet[Meeting]:
    return Meeting.objects.filter(host=state).select_related("series").order_by("-start")


# Sessions of a series in order: by number, unnumbered ones after, then by date (the same on
# SQLite and PostgreSQL, which otherwise put NULLs at opposite ends).
SESSION_ORDER = (F("number").asc(nulls_last=True), "start")


def session_deadlines(meetings: Any) -> dict[int, tuple[Meeting | None, datetime.date | None]]:
    """For each meeting: its next session, and the latest date by which that session was held.

    When the next session's date is unknown (SOM-26), a later session with a known date
    (SOM-27) bounds it: whatever was due before SOM-26 was certainly due by then. Two queries
    whatever the number of meetings: the database finds each one's next sessions by index.
    """
    ids = {m.pk for m in meetings}
    later = _later_sessions()
    rows = list(
        Meeting.objects.filter(pk__in=ids)
        .annotate(
            next_id=Subquery(later.values("pk")[:1]),
            bound=Subquery(later.filter(start__isnull=False).values("start")[:1]),
        )
        .values_list("pk", "next_id", "bound")
    )
    following = Meeting.objects.select_related("series").in_bulk({n for _, n, _ in rows if n})
    return {pk: (following.get(next_id) if next_id else None, bound) for pk, next_id, bound in rows}


def _later_sessions() -> QuerySet[Meeting]:
    """The sessions after the outer query's meeting in its series, in order: later by number
    when both have one, else by date."""
    return (
        Meeting.objects.filter(series_id=OuterRef("series_id"))
        .annotate(outer_number=ExpressionWrapper(OuterRef("number"), output_field=IntegerField()))
        .filter(
            Q(number__gt=OuterRef("number"))
            | (
                (Q(number__isnull=True) | Q(outer_number__isnull=True))
                & Q(start__gt=OuterRef("start"))
            )
        )
        .order_by(*SESSION_ORDER)
    )


def upcoming(*, series_code: str, today: datetime.date) -> Meeting | None:
    return (
        Meeting.objects.filter(series__code=series_code)
        .filter(Q(start__gte=today) | Q(start__isnull=True, status=Meeting.Status.PLANNED))
        .order_by("start")
        .first()
    )


def zone_label(meeting: Meeting) -> str:
    """A meeting's time zone as people write it: "GMT+9", or "Asia/Seoul (GMT+9)"."""
    if not meeting.time_zone:
        return ""
    zone = zone_named(meeting.time_zone)
    if zone is None:
        return meeting.time_zone
    day = meeting.start or datetime.date.today()
    offset = datetime.datetime.combine(day, datetime.time(12), zone).utcoffset()
    hours, minutes = divmod(int(offset.total_seconds() // 60) if offset else 0, 60)
    gmt = f"GMT{hours:+d}" + (f":{minutes:02d}" if minutes else "")
    return gmt if meeting.time_zone.startswith("Etc/") else f"{meeting.time_zone} ({gmt})"


def last_held(*, body_ids: set[int], today: datetime.date) -> Meeting | None:
    """The latest meeting of the bodies' series that began before `today`."""
    return (
        Meeting.objects.select_related("series")
        .filter(series__body_id__in=body_ids, start__lt=today)
        .order_by("-start")
        .first()
    )
