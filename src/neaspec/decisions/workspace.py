"""The home page's decision panels: the latest adopted decisions and open requests by whom
they ask, for everyone; what is asked of my State or my committee, or what is overdue, for
those who act. What is due (late, or due within `SOON`) is read from the same tracker."""

import datetime
from collections.abc import Sequence

from django.http import HttpRequest
from django.urls import reverse
from django.utils.formats import date_format
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext

from neaspec.accounts.models import Actor
from neaspec.accounts.rules import focal_point_state_ids, is_secretariat
from neaspec.decisions.addressees import AddresseeCode
from neaspec.decisions.models import FollowUp
from neaspec.decisions.selectors import (
    Tracked,
    decisions_visible,
    follow_up_list,
    newest_meeting_with,
    requests_by_owner,
)
from neaspec.directory.models import Body, MemberState
from neaspec.workspace import SOON, Panel, Row, committee_body_ids, contributes, due, listing

SHOWN = 5
# A digest lists this many actions of a kind, then links to the rest.
DUE_SHOWN = 20


def _owner(follow_up: FollowUp) -> str:
    return str(follow_up.state or follow_up.body or follow_up.get_owner_display())


def _tracked_rows(
    tracked: Sequence[Tracked], shown: int = SHOWN, *, owner: bool = False
) -> list[Row]:
    rows = []
    for t in tracked[:shown]:
        due = date_format(t.due) if t.due else _("no date")
        late = f" · {_('overdue')}" if t.overdue else ""
        detail = f"{t.follow_up.decision.citation} · {_('due')} {due}{late}"
        if owner:
            detail = f"{_owner(t.follow_up)} · {detail}"
        rows.append(
            Row(t.follow_up.action, reverse("decisions:follow_up", args=[t.follow_up.pk]), detail)
        )
    return rows


def _due_rows(tracked: Sequence[Tracked], more_url: str, *, owner: bool = False) -> list[Row]:
    """The first DUE_SHOWN actions, and a row that links to the others when there are more."""
    rows = _tracked_rows(tracked, DUE_SHOWN, owner=owner)
    if len(rows) == DUE_SHOWN and (more := len(tracked) - DUE_SHOWN) > 0:
        label = ngettext("%(n)d more action", "%(n)d more actions", more) % {"n": more}
        rows.append(Row(label, more_url))
    return rows


def _tracker(
    *, owner: AddresseeCode | None = None, due_before: datetime.date | None = None, **params: str
) -> str:
    """The tracker's address, filtered as the page's form reads it (FollowUpFilterForm)."""
    if owner is not None:
        params["owner"] = str(owner)
    if due_before is not None:
        params["due_before"] = due_before.isoformat()
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
    owner = AddresseeCode.of(state)
    tracked = follow_up_list(actor=request.user, today=today, owner=owner)
    return listing(
        "asked",
        _("Asked of %(state)s") % {"state": state},
        _tracked_rows(tracked),
        empty=_("Nothing is open."),
        more_url=_tracker(owner=owner),
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


def _bodies(user: Actor) -> list[Body]:
    ids = committee_body_ids(user)
    return list(Body.objects.filter(pk__in=ids).order_by("name")) if ids else []


@contributes
def asked_of_my_committee(request: HttpRequest, today: datetime.date) -> Panel | None:
    """A committee member's: the actions the meetings asked of their committee, open."""
    bodies = _bodies(request.user)
    if not bodies:
        return None
    body = bodies[0]
    owner = AddresseeCode.of(body)
    tracked = follow_up_list(actor=request.user, today=today, owner=owner)
    return listing(
        "asked-body",
        _("Asked of the %(body)s") % {"body": body.name},
        _tracked_rows(tracked),
        empty=_("Nothing is open."),
        more_url=_tracker(owner=owner),
        more_label=_("All that is asked of the %(body)s") % {"body": body.name},
        mine=True,
        order=12,
    )


# What is due: open actions with a deadline passed or within SOON, soonest (most late) first.


@due(gettext_lazy("Asked of your member State"))
def asked_of_my_state_due(user: Actor, today: datetime.date) -> list[Row]:
    """A focal point's: what is asked of their State (or of all States) with a deadline."""
    state_ids = focal_point_state_ids(user)
    if not state_ids:
        return []
    soon = today + SOON
    rows = []
    for state in MemberState.objects.filter(pk__in=state_ids).order_by("name"):
        owner = AddresseeCode.of(state)
        tracked = follow_up_list(actor=user, today=today, owner=owner, due_before=soon)
        rows += _due_rows(tracked, _tracker(owner=owner, due_before=soon))
    return rows


@due(gettext_lazy("Asked of your committee"))
def asked_of_my_committee_due(user: Actor, today: datetime.date) -> list[Row]:
    """A committee member's: what is asked of their committee with a deadline."""
    soon = today + SOON
    rows = []
    for body in _bodies(user):
        owner = AddresseeCode.of(body)
        tracked = follow_up_list(actor=user, today=today, owner=owner, due_before=soon)
        rows += _due_rows(tracked, _tracker(owner=owner, due_before=soon))
    return rows


@due(gettext_lazy("Follow-up actions due"))
def follow_ups_due_for_secretariat(user: Actor, today: datetime.date) -> list[Row]:
    """The Secretariat's: every open action late or due soon, whomever it asks."""
    if not is_secretariat(user):
        return []
    soon = today + SOON
    tracked = follow_up_list(actor=user, today=today, due_before=soon)
    return _due_rows(tracked, _tracker(due_before=soon), owner=True)
