"""The home page's decision panels: the latest adopted decisions and open requests by whom
they ask, for everyone; what is asked of my State, or what is overdue, for those who act."""

import datetime
from collections.abc import Sequence
from typing import Any

from django.http import HttpRequest
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _

from neaspec.accounts.rules import focal_point_state_ids, is_secretariat
from neaspec.decisions.selectors import (
    Tracked,
    decisions_visible,
    follow_up_list,
    newest_meeting_with,
    requests_by_owner,
)
from neaspec.directory.models import MemberState
from neaspec.workspace import Panel, Row, contributes, listing

SHOWN = 5


def _tracked_rows(tracked: Sequence[Tracked]) -> list[Row]:
    rows = []
    for t in tracked[:SHOWN]:
        due = date_format(t.due) if t.due else _("no date")
        late = f" · {_('overdue')}" if t.overdue else ""
        detail = f"{t.follow_up.decision.citation} · {_('due')} {due}{late}"
        rows.append(
            Row(t.follow_up.action, reverse("decisions:follow_up", args=[t.follow_up.pk]), detail)
        )
    return rows


def _tracker(**params: Any) -> str:
    return f"{reverse('decisions:tracker')}?{urlencode(params)}"


@contributes
def latest_decisions(request: HttpRequest, today: datetime.date) -> Panel | None:
    # Operative decisions as adopted: sentences, and paragraphs not split into sentences.
    visible = decisions_visible(actor=request.user).filter(kind="operative", sentences=None)
    meeting = newest_meeting_with(visible)
    if meeting is None:
        return None
    decisions = visible.filter(meeting=meeting).select_related("meeting__series").order_by("id")
    rows = [
        Row(d.summary, reverse("decisions:detail", args=[d.pk]), d.citation)
        for d in decisions[:SHOWN]
    ]
    return listing(
        "decisions",
        _("Latest decisions"),
        rows,
        lead=_("Adopted at %(meeting)s.") % {"meeting": meeting.label},
        more_url=f"{reverse('decisions:list')}?{urlencode({'meeting': meeting.label})}",
        more_label=_("All decisions of %(meeting)s") % {"meeting": meeting.label},
        order=20,
    )


@contributes
def open_requests(request: HttpRequest, today: datetime.date) -> Panel | None:
    rows = [
        Row(f"{owner}: {count}", detail=_("%(late)d overdue") % {"late": late} if late else "")
        for owner, count, late in requests_by_owner(actor=request.user, today=today)
    ]
    return listing(
        "requests",
        _("Open requests by whom they ask"),
        rows,
        empty=_("Nothing is open."),
        more_url=reverse("decisions:tracker"),
        more_label=_("The follow-up tracker"),
        order=30,
    )


@contributes
def asked_of_my_state(request: HttpRequest, today: datetime.date) -> Panel | None:
    state_ids = focal_point_state_ids(request.user)
    if not state_ids:
        return None
    state = MemberState.objects.filter(pk__in=state_ids).order_by("name").first()
    assert state is not None
    tracked = follow_up_list(actor=request.user, today=today, owner=state.code)
    return listing(
        "asked",
        _("Asked of %(state)s") % {"state": state},
        _tracked_rows(tracked),
        empty=_("Nothing is open."),
        more_url=_tracker(owner=state.code),
        more_label=_("All that is asked of %(state)s") % {"state": state},
        mine=True,
        order=10,
    )


@contributes
def overdue(request: HttpRequest, today: datetime.date) -> Panel | None:
    if not is_secretariat(request.user):
        return None
    tracked = follow_up_list(actor=request.user, today=today, overdue=True)
    return listing(
        "overdue",
        _("Overdue: %(count)d actions") % {"count": len(tracked)},
        _tracked_rows(tracked),
        empty=_("Nothing is overdue."),
        more_url=_tracker(overdue="yes"),
        more_label=_("All overdue actions"),
        mine=True,
        order=10,
    )
