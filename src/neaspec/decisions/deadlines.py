"""Each follow-up's `due_by`: its own date, or — for "before the next meeting" — the date by
which the next session of its meeting's series was held (`session_deadlines`).

Stored, not computed per read: the tracker sorts, filters and counts tens of thousands of
actions by it. It is kept by the writers that change what it depends on, each calling here
explicitly in its own transaction (no signals, so a write that skips them shows in review):

- a follow-up created by `decisions.services.follow_up_create` takes `due_by` as it is saved;
- a meeting added to a series, or moved to another first day, by `meetings.services`
  (`meeting_create`, `meeting_record`, `meeting_update`) calls the hooks registered with
  `meetings.services.when_meeting_dated`, where `DecisionsConfig.ready` put `due_by_refresh`
  (the meetings app builds below the decisions and does not import them);
- the reference data (`neaspec seed`), which writes meetings and follow-ups row by row,
  refreshes every series once when its decisions are loaded (`decisions/reference.py`).
"""

import datetime

from django.db.models import F

from neaspec.decisions.models import FollowUp
from neaspec.meetings.models import Meeting, MeetingSeries
from neaspec.meetings.selectors import session_deadlines


def due_by(follow_up: FollowUp) -> datetime.date | None:
    """The date `follow_up` is due by, as it stands now (before it is saved)."""
    if follow_up.due_date or not follow_up.due_next_meeting:
        return follow_up.due_date
    meeting = follow_up.decision.meeting
    return session_deadlines([meeting])[meeting.pk][1]


def due_by_refresh(*, series_ids: set[int]) -> None:
    """Store `due_by` again for the follow-ups of these series' meetings: one UPDATE per
    meeting with actions due before the next one, one for the dated ones."""
    meetings = Meeting.objects.filter(series_id__in=series_ids)
    follow_ups = FollowUp.objects.filter(decision__meeting__in=meetings)
    follow_ups.filter(due_date__isnull=False).update(due_by=F("due_date"))
    follow_ups.filter(due_date=None, due_next_meeting=False).update(due_by=None)
    waiting = follow_ups.filter(due_date=None, due_next_meeting=True)
    asking = Meeting.objects.filter(decisions__follow_ups__in=waiting).distinct()
    for meeting_id, (_, bound) in session_deadlines(asking).items():
        waiting.filter(decision__meeting_id=meeting_id).update(due_by=bound)


def due_by_refresh_all() -> None:
    """Store `due_by` again for every follow-up (after the reference data is loaded)."""
    due_by_refresh(series_ids=set(MeetingSeries.objects.values_list("pk", flat=True)))
