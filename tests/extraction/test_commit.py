"""A report's proposal becomes records only when confirmed; re-ingest updates; conflicts stop."""

from pathlib import Path

import pytest
from django.core.exceptions import PermissionDenied, ValidationError

from neaspec.decisions.models import Decision, FollowUp
from neaspec.directory.models import Person
from neaspec.extraction import services
from neaspec.extraction.models import Extraction
from neaspec.library import services as library
from neaspec.meetings.models import Meeting

REPORTS = Path(__file__).parent / "reports"


def upload(actor, path: Path, captured, title="Report"):
    with captured(execute=True):
        document = library.document_upload(
            actor=actor,
            title=title,
            type="meeting_report",
            language="en",
            visibility="member_states",
            filename=path.name,
            data=path.read_bytes(),
        )
    document.refresh_from_db()
    return document


def test_a_new_meetings_report_is_recorded_only_on_confirmation(
    users, django_capture_on_commit_callbacks
):
    document = upload(
        users["secretariat"], REPORTS / "committee-report.txt", django_capture_on_commit_callbacks
    )
    extraction = document.extraction
    assert extraction.status == Extraction.Status.PROPOSED
    assert not Meeting.objects.filter(series__code="SPC", number=4, officers__isnull=False).exists()

    outcome = services.extraction_commit(
        actor=users["secretariat"], extraction=extraction, keep_recorded=set()
    )
    meeting = Meeting.objects.get(series__code="SPC", number=4)
    assert outcome["decisions_created"] == 5
    assert {o.role for o in meeting.officers.all()} == {"chair", "vice_chair"}
    request = Decision.objects.get(meeting=meeting, paragraph="5", sentence=2)
    follow_up = FollowUp.objects.get(decision=request)
    assert follow_up.owner == "secretariat"
    assert str(follow_up.due_date) == "2022-08-15"
    assert meeting.statements.filter(state__code="JP", paragraph="3").exists()
    document.refresh_from_db()
    assert document.meeting == meeting


def test_reingesting_updates_instead_of_duplicating(users, django_capture_on_commit_callbacks):
    for title in ("First upload", "Second upload"):
        document = upload(
            users["secretariat"],
            REPORTS / "committee-report.txt",
            django_capture_on_commit_callbacks,
            title=title,
        )
        services.extraction_commit(
            actor=users["secretariat"], extraction=document.extraction, keep_recorded=set()
        )
    meeting = Meeting.objects.get(series__code="SPC", number=4)
    assert meeting.decisions.count() == 5
    assert FollowUp.objects.filter(decision__meeting=meeting).count() == 1
    assert meeting.statements.count() == 4


def test_a_conflict_with_recorded_dates_must_be_resolved(users, django_capture_on_commit_callbacks):
    meeting = Meeting.objects.get(key="spc-4")
    meeting.start = meeting.end = meeting.start.replace(day=29)
    meeting.save()
    document = upload(
        users["secretariat"], REPORTS / "committee-report.txt", django_capture_on_commit_callbacks
    )
    conflicts = services.extraction_conflicts(extraction=document.extraction)
    assert {c.field for c in conflicts} == {"start", "end"}
    with pytest.raises(ValidationError, match="disagrees"):
        services.extraction_commit(
            actor=users["secretariat"], extraction=document.extraction, keep_recorded=set()
        )
    assert not meeting.decisions.exists()  # nothing recorded
    services.extraction_commit(
        actor=users["secretariat"], extraction=document.extraction, keep_recorded={"start", "end"}
    )
    meeting.refresh_from_db()
    assert meeting.start.day == 29
    assert meeting.decisions.count() == 5


def test_only_the_secretariat_confirms(users, django_capture_on_commit_callbacks):
    document = upload(
        users["secretariat"], REPORTS / "committee-report.txt", django_capture_on_commit_callbacks
    )
    with pytest.raises(PermissionDenied):
        services.extraction_commit(
            actor=users["focal_point_mn"], extraction=document.extraction, keep_recorded=set()
        )


@pytest.mark.skipif(
    not Path(__file__).resolve().parents[3].joinpath("shared/seeds").exists(),
    reason="the seed reports are in ../shared",
)
def test_the_som_25_report_confirms_into_the_recorded_meeting_without_duplicates(
    users, django_capture_on_commit_callbacks
):
    seed = Path(__file__).resolve().parents[3] / "shared/seeds/004_728fd36ad8607881.txt"
    som25 = Meeting.objects.get(key="som-25")
    decisions_before = set(som25.decisions.values_list("paragraph", "sentence"))
    follow_ups_before = FollowUp.objects.filter(decision__meeting=som25).count()
    people_before = Person.objects.count()
    counts = []
    for title in ("SOM-25 report", "SOM-25 report, again"):
        document = upload(users["secretariat"], seed, django_capture_on_commit_callbacks, title)
        services.extraction_commit(
            actor=users["secretariat"], extraction=document.extraction, keep_recorded=set()
        )
        counts.append(
            (
                Person.objects.count(),
                som25.decisions.count(),
                FollowUp.objects.filter(decision__meeting=som25).count(),
            )
        )
    assert counts[0] == counts[1]  # the second ingest creates nothing twice
    # 'Mizutani Yoshihiro' in the report is the recorded 'Yoshihiro Mizutani', chair of SOM-25.
    assert Person.objects.count() == people_before
    assert som25.officers.get(role="chair").person.key == "mizutani-yoshihiro"
    decisions_after = set(som25.decisions.values_list("paragraph", "sentence"))
    assert decisions_before <= decisions_after  # every recorded decision is matched, not copied
    assert som25.decisions.filter(paragraph="10", sentence=4).count() == 1
    assert FollowUp.objects.filter(decision__meeting=som25).count() >= follow_ups_before
    assert (
        FollowUp.objects.filter(
            decision__meeting=som25, decision__paragraph="10", decision__sentence=4
        ).count()
        == 6
    )  # not duplicated


def test_proceedings_are_procedural_and_direct_no_one(users, django_capture_on_commit_callbacks):
    document = upload(
        users["secretariat"], REPORTS / "older-minutes.txt", django_capture_on_commit_callbacks
    )
    services.extraction_commit(
        actor=users["secretariat"], extraction=document.extraction, keep_recorded=set()
    )
    meeting = Meeting.objects.get(series__code="SOM", number=40)
    elected = meeting.decisions.get(verbs=["elected", "adopted"])
    assert elected.kind == Decision.Kind.PROCEDURAL
    assert not elected.follow_ups.exists()
    fund = meeting.decisions.get(verbs=["agreed", "requested"])
    assert fund.kind == Decision.Kind.OPERATIVE
    assert [f.owner for f in fund.follow_ups.all()] == ["member_states"]


def test_a_follow_up_lost_since_the_last_ingest_comes_back_once(
    users, django_capture_on_commit_callbacks
):
    for title in ("First upload", "Second upload", "Third upload"):
        document = upload(
            users["secretariat"],
            REPORTS / "committee-report.txt",
            django_capture_on_commit_callbacks,
            title=title,
        )
        services.extraction_commit(
            actor=users["secretariat"], extraction=document.extraction, keep_recorded=set()
        )
        if title == "First upload":
            FollowUp.objects.filter(decision__meeting__key="spc-4").delete()
    assert FollowUp.objects.filter(decision__meeting__key="spc-4").count() == 1
