"""A follow-up's stored due date follows the sessions of its series: "before the next meeting"
is the next session's date, and moves when that session is moved or when one is added before
it — through the services that make those changes, and after the reference data is loaded."""

import datetime

from neaspec.data.loader import load
from neaspec.decisions import services as decisions
from neaspec.decisions.models import Decision, FollowUp
from neaspec.meetings import services as meetings
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


def test_moving_or_undating_the_next_session_moves_the_deadline(users):
    som26 = Meeting.objects.get(key="som-26")
    meetings.meeting_update(
        actor=users["secretariat"], meeting=som26, start=D(2023, 12, 5), end=D(2023, 12, 6)
    )
    assert _due_before_next("som-25") == {D(2023, 12, 5)}
    meetings.meeting_update(actor=users["secretariat"], meeting=som26, start=None, end=None)
    assert _due_before_next("som-25") == {D(2024, 12, 12)}  # SOM-27 bounds it


def test_changing_anything_but_the_first_day_leaves_the_deadlines(users):
    som26 = Meeting.objects.get(key="som-26")
    FollowUp.objects.filter(decision__meeting__key="som-25").update(due_by=D(1999, 1, 1))
    meetings.meeting_update(actor=users["secretariat"], meeting=som26, venue="Lotte Hotel")
    assert _due_before_next("som-25") == {D(1999, 1, 1)}  # not refreshed: nothing moved


def test_a_session_added_between_comes_first(users):
    som = MeetingSeries.objects.get(code="SOM")
    Meeting.objects.filter(key="som-26").update(number=99)  # as if renumbered, out of the way
    meetings.meeting_create(actor=users["secretariat"], series=som, number=26, start=D(2023, 3, 1))
    assert _due_before_next("som-25") == {D(2023, 3, 1)}


def test_a_meeting_recorded_from_its_report_comes_first_too(users):
    som = MeetingSeries.objects.get(code="SOM")
    Meeting.objects.filter(key="som-26").update(number=99)
    meetings.meeting_record(
        actor=users["secretariat"],
        series=som,
        number=26,
        start=D(2023, 2, 1),
        end=D(2023, 2, 2),
        host=None,
        city="",
        modality="virtual",
        attendance_known=False,
    )
    assert _due_before_next("som-25") == {D(2023, 2, 1)}


def test_a_new_follow_up_gets_its_deadline_when_created(users):
    decision = Decision.objects.filter(meeting__key="som-25", kind="operative").first()
    waiting = decisions.follow_up_create(
        actor=users["secretariat"],
        decision=decision,
        owner="secretariat",
        action="Report",
        due_next_meeting=True,
    )
    dated = decisions.follow_up_create(
        actor=users["secretariat"],
        decision=decision,
        owner="secretariat",
        action="Report sooner",
        due_date=D(2030, 1, 1),
    )
    waiting.refresh_from_db()
    dated.refresh_from_db()
    assert (waiting.due_by, dated.due_by) == (D(2023, 11, 23), D(2030, 1, 1))


def test_the_reference_data_stores_the_deadlines_once_loaded(reference, tmp_path):
    FollowUp.objects.update(due_by=None)
    # Any file of the dataset: the deadlines are stored again once its decisions are loaded.
    series = tmp_path / "series.yaml"
    series.write_text(
        "series:\n  - {code: SOM, name: Senior Officials Meeting, body: som, numbered: true,"
        " order: 1, source: 'http://neaspec.org/SOM?qt-view__som_key_outcomes_of_soms__page_1=2'}\n",
        encoding="utf-8",
    )
    load([series])
    assert _due_before_next("som-25") == {D(2023, 11, 23)}
    dated = FollowUp.objects.exclude(due_date=None)
    assert dated.exists()
    assert all(f.due_by == f.due_date for f in dated)
