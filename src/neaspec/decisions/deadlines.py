"""Each follow-up's `due_by`: its own date, or — for "before the next meeting" — the date by
which the next session of its meeting's series was held (`session_deadlines`).

Stored, not computed per read: the tracker sorts, filters and counts tens of thousands of
actions by it. It changes when the follow-up does (set before it is saved) and when a
meeting of the series is added, moved, renumbered or removed (refreshed after, in the same
transaction). Whatever makes the change — a service, the admin, `neaspec seed` — saves
through the ORM, so the signals below see it.
"""

from typing import Any

from django.db.models import F
from django.db.models.signals import post_delete, post_save, pre_save

from neaspec.decisions.models import Decision, FollowUp
from neaspec.meetings.models import Meeting
from neaspec.meetings.selectors import session_deadlines


def due_by(follow_up: FollowUp) -> Any:
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


def _follow_up_saving(sender: Any, instance: FollowUp, raw: bool = False, **kwargs: Any) -> None:
    instance.due_by = due_by(instance)


def _meeting_changed(sender: Any, instance: Meeting, **kwargs: Any) -> None:
    due_by_refresh(series_ids={instance.series_id})


def _decision_saved(sender: Any, instance: Decision, **kwargs: Any) -> None:
    # A decision moved to another meeting takes its follow-ups' deadlines with it.
    if instance.follow_ups.filter(due_date=None, due_next_meeting=True).exists():
        due_by_refresh(series_ids={instance.meeting.series_id})


def connect() -> None:
    pre_save.connect(_follow_up_saving, sender=FollowUp, dispatch_uid="deadlines-follow-up")
    post_save.connect(_meeting_changed, sender=Meeting, dispatch_uid="deadlines-meeting-saved")
    post_delete.connect(_meeting_changed, sender=Meeting, dispatch_uid="deadlines-meeting-gone")
    post_save.connect(_decision_saved, sender=Decision, dispatch_uid="deadlines-decision")
