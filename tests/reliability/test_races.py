"""Two people doing the same thing at the same moment, each on their own database connection:
one wins, the other is told clearly (409 Conflict), nothing is done twice, nothing is a 500."""

import threading
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from django.db import close_old_connections, connection
from django.test import Client
from django.urls import reverse

from neaspec.conflicts import ConflictError
from neaspec.directory.models import MemberState
from neaspec.extraction import services as extraction
from neaspec.extraction.models import Extraction
from neaspec.library import services as library
from neaspec.networks import services as networks
from neaspec.networks.models import Site
from neaspec.programme import services as programme
from neaspec.programme.models import Indicator
from tests.factories import focal_point_user, secretariat

pytestmark = pytest.mark.reliability
REPORT = Path(__file__).parents[1] / "extraction" / "reports" / "committee-report.txt"


@pytest.fixture(autouse=True)
def _postgres(live_reference: None) -> None:
    if connection.vendor == "sqlite":
        # The in-memory test database is not shared between threads; SQLite serializes
        # writers anyway. These races are PostgreSQL's.
        pytest.skip("needs PostgreSQL: threads with their own connections")


def at_once(count: int, act: Callable[[int], Any]) -> list[Any]:
    """Run `act(n)` in `count` threads released together; their results (or exceptions)."""
    start = threading.Barrier(count)
    results: list[Any] = [None] * count

    def run(n: int) -> None:
        try:
            start.wait()
            results[n] = act(n)
        except BaseException as error:  # kept, to be asserted on
            results[n] = error
        finally:
            close_old_connections()
            connection.close()

    threads = [threading.Thread(target=run, args=(n,)) for n in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def _signed_in(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_two_approvals_of_one_value(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    value = programme.indicator_value_submit(
        actor=focal_point_user("MN", "race-fp"),
        indicator=Indicator.objects.get(code="pm25-annual-mean"),
        state=MemberState.objects.get(code="MN"),
        first_year=2024,
        value=Decimal(40),
        source="National report",
    )
    officers = [_signed_in(secretariat(f"race-officer-{n}")) for n in range(2)]
    url = reverse("programme:value_review", args=[value.pk])
    answers = at_once(2, lambda n: officers[n].post(url, {"action": "approve"}).status_code)
    assert sorted(answers) == [302, 409]
    assert value.history.filter(history_change_reason="approved").count() == 1
    print("race, two approvals: 1 approved, 1 told 409, 0 errors")


def test_two_confirmations_of_one_proposal(settings: Any) -> None:
    settings.TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}
    officer = secretariat("race-reviewer")
    document = library.document_upload(
        actor=officer,
        title="Report",
        type="meeting_report",
        language="en",
        visibility="member_states",
        filename=REPORT.name,
        data=REPORT.read_bytes(),
    )  # committed at once (a transactional test): the immediate backend reads it
    proposal = Extraction.objects.get(document=document)

    def confirm(n: int) -> Any:
        return extraction.extraction_commit(
            actor=officer, extraction=Extraction.objects.get(pk=proposal.pk), keep_recorded=set()
        )

    outcomes = at_once(2, confirm)
    refused = [o for o in outcomes if isinstance(o, BaseException)]
    assert len(refused) == 1
    assert isinstance(refused[0], ConflictError)
    assert "already been confirmed" in str(refused[0])
    proposal.refresh_from_db()
    assert proposal.status == Extraction.Status.CONFIRMED
    print("race, two confirmations: 1 recorded, 1 told it was done (409 on a page), 0 errors")


def test_five_site_sheets_at_once_each_get_their_version() -> None:
    officer = secretariat("race-sheets")
    site = Site.objects.get(key="gochang-wetland")
    before = set(site.sheets.values_list("version", flat=True))
    results = at_once(5, lambda n: networks.sheet_submit(actor=officer, site=site, threats=f"{n}"))
    assert [r for r in results if isinstance(r, BaseException)] == []
    versions = set(site.sheets.values_list("version", flat=True)) - before
    assert len(versions) == 5
    print("race, five sheets at once: 5 versions, 0 errors")


def test_two_officers_create_the_same_meeting(settings: Any) -> None:
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    officers = [_signed_in(secretariat(f"race-som-{n}")) for n in range(2)]
    body = {"series": "SOM", "number": 29, "start": "2027-09-20", "city": "Ulaanbaatar"}
    answers = at_once(
        2,
        lambda n: (
            officers[n].post("/api/meetings", body, content_type="application/json").status_code
        ),
    )
    # The loser is told either way: 409 when both inserts raced, 422 ("already has a meeting
    # of that number") when the winner had committed before its check.
    assert sorted(answers)[0] == 201
    assert sorted(answers)[1] in (409, 422)
    from neaspec.meetings.models import Meeting

    assert Meeting.objects.filter(series__code="SOM", number=29).count() == 1


def test_two_registrations_of_one_delegate(settings: Any) -> None:
    import datetime

    from django.utils import timezone

    from neaspec.meetings import services as meetings
    from neaspec.meetings.models import MeetingSeries, Registration

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    officer = secretariat("race-reg-officer")
    start = timezone.localdate() + datetime.timedelta(days=30)
    meeting = meetings.meeting_create(
        actor=officer,
        series=MeetingSeries.objects.get(code="SOM"),
        number=29,
        start=start,
        city="Ulaanbaatar",
    )
    meetings.meeting_status_set(actor=officer, meeting=meeting, status="registration_open")
    clients = [_signed_in(officer), _signed_in(focal_point_user("MN", "race-reg-fp"))]
    body = {"state": "MN", "name": "Batbayar Enkhtuya", "email": "enkhtuya@example.mn"}
    url = f"/api/meetings/{meeting.key}/registrations"
    answers = at_once(2, lambda n: clients[n].post(url, body, content_type="application/json"))
    # The second is told, in words, that the delegate is registered: a conflict, not an error.
    assert sorted(a.status_code for a in answers) == [201, 409]
    refused = next(a for a in answers if a.status_code == 409).json()["error"]
    assert refused["message"] == (
        "Someone with this e-mail address is already registered for the meeting."
    )
    assert Registration.objects.filter(meeting=meeting).count() == 1


def _race_consultation(officer: Any) -> Any:
    from django.utils import timezone

    from neaspec.consultations import services as consultations

    return consultations.consultation_open(
        actor=officer,
        title="Raced draft",
        paragraphs=["One.", "Two."],
        opens=timezone.localdate(),
        closes=None,
        audience="focal_points",
    )


def test_two_officers_answer_one_comment(settings: Any) -> None:
    from neaspec.consultations import services as consultations
    from neaspec.consultations.models import Comment

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    first, second = secretariat("race-c-1"), secretariat("race-c-2")
    consultation = _race_consultation(first)
    comment = consultations.comment_add(
        actor=focal_point_user("MN", "race-c-fp"), consultation=consultation, text="A view."
    )
    officers = [_signed_in(first), _signed_in(second)]
    bodies = [{"outcome": "taken"}, {"outcome": "not_taken", "text": "Out of scope."}]
    url = f"/api/comments/{comment.pk}/response"
    answers = at_once(
        2, lambda n: officers[n].post(url, bodies[n], content_type="application/json").status_code
    )
    assert sorted(answers) == [201, 409]  # the second is told who answered first
    comment = Comment.objects.get(pk=comment.pk)
    assert comment.outcome == ("taken" if answers[0] == 201 else "not_taken")


def test_two_officers_publish_the_next_version(settings: Any) -> None:
    from neaspec.consultations.models import Version

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    first, second = secretariat("race-v-1"), secretariat("race-v-2")
    consultation = _race_consultation(first)
    officers = [_signed_in(first), _signed_in(second)]
    url = f"/api/consultations/{consultation.pk}/versions"
    answers = at_once(
        2,
        lambda n: (
            officers[n]
            .post(
                url,
                {"paragraphs": [f"Revised by {n}."], "based_on": 1},
                content_type="application/json",
            )
            .status_code
        ),
    )
    assert sorted(answers) == [201, 409]  # both revised version 1; the second must look again
    assert list(
        Version.objects.filter(consultation=consultation).values_list("number", flat=True)
    ) == [1, 2]


def test_a_state_answers_a_survey_twice_at_once(settings: Any) -> None:
    from neaspec.consultations.models import SurveyResponse
    from neaspec.consultations.surveys import survey_create

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    survey = survey_create(
        actor=secretariat("race-s"),
        title="Raced survey",
        audience="member_states",
        questions=[{"text": "Rate", "kind": "scale"}],
    )
    clients = [_signed_in(focal_point_user("MN", f"race-s-fp{n}")) for n in range(2)]
    url = f"/api/surveys/{survey.pk}/responses"
    body = {"answers": [{"question": 1, "value": 4}]}
    answers = at_once(
        2, lambda n: clients[n].post(url, body, content_type="application/json").status_code
    )
    assert sorted(answers) == [201, 409]  # one response per State
    assert SurveyResponse.objects.filter(survey=survey).count() == 1


def test_two_officers_open_consultations_of_one_title(settings: Any) -> None:
    from neaspec.consultations.models import Consultation

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    officers = [_signed_in(secretariat(f"race-o-{n}")) for n in range(2)]
    body = {
        "title": "Raced title",
        "paragraphs": ["One."],
        "opens": "2026-12-01",
        "audience": "focal_points",
    }
    answers = at_once(
        2,
        lambda n: (
            officers[n]
            .post("/api/consultations", body, content_type="application/json")
            .status_code
        ),
    )
    # Either both get their own key (the second saw the first's), or the loser is told (409).
    assert sorted(answers) in ([201, 201], [201, 409])
    keys = set(Consultation.objects.filter(title="Raced title").values_list("key", flat=True))
    assert len(keys) == answers.count(201)
