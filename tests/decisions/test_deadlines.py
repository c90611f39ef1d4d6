"""A follow-up's stored due date follows the sessions of its series: "before the next meeting"
is the next session's date, and moves when that session is moved, removed or added."""

import datetime

from neaspec.decisions.models import FollowUp
from neaspec.meetings.models import Meeting, MeetingSeries

D = datetime.date


def _due_before_next(key: str) -> set[datetime.date | None]:
    waiting = FollowUp.objects.filter(
        decision__meeting__key=key, due_date=None, due_next_meeting=True
    )
    assert waiting.exists()
    return set(waiting.values_list("due_by", flat=True))


def test_before_the_next_meeting_is_the_next_sessions_date(reference):
    assert _due_before_next("som-25") == {D(2023, 11, 23)}  # SOM-26, Seoul
    dated = FollowUp.objects.exclude(due_date=None)
    assert all(f.due_by == f.due_date for f in dated)


def test_moving_or_removing_the_next_session_moves_the_deadline(reference):
    som26 = Meeting.objects.get(key="som-26")
    som26.start, som26.end = D(2023, 12, 5), D(2023, 12, 6)
    som26.save()
    assert _due_before_next("som-25") == {D(2023, 12, 5)}
    som26.start = som26.end = None
    som26.save()
    assert _due_before_next("som-25") == {D(2024, 12, 12)}  # SOM-27 bounds it


def test_a_session_added_between_comes_first(reference):
    som = MeetingSeries.objects.get(code="SOM")
    Meeting.objects.filter(key="som-26").update(number=99)  # as if renumbered, out of the way
    Meeting.objects.create(
        key="som-26-bis", series=som, number=26, start=D(2023, 3, 1), source="tests"
    )
    assert _due_before_next("som-25") == {D(2023, 3, 1)}


def test_a_new_follow_up_gets_its_deadline_when_saved(reference):
    existing = FollowUp.objects.filter(decision__meeting__key="som-25").first()
    follow_up = FollowUp.objects.create(
        decision=existing.decision, owner="secretariat", action="Report", due_next_meeting=True
    )
    assert follow_up.due_by == D(2023, 11, 23)
    follow_up.due_date = D(2030, 1, 1)
    follow_up.save()
    follow_up.refresh_from_db()
    assert follow_up.due_by == D(2030, 1, 1)
