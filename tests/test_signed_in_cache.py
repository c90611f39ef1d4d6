"""A signed-in person's page comes again from the cache while the record is unchanged, keyed by
the record's version in the database (neaspec/record_version.py): any change moves it, a
rollback does not, the cache is per person, forms carry the answer's own CSRF token, and a page
with a message to show is rendered."""

import re
from typing import Any

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext

from neaspec import record_version
from neaspec.caching import CSRF_HOLE
from neaspec.decisions.models import Decision, FollowUp
from tests.factories import library_document

# What a page from the cache still costs: the session, the user, the two-factor device and the
# record's version (and, every few minutes, the note that the session is in use).
FROM_THE_CACHE = 5


@pytest.fixture
def kept(settings: Any) -> None:
    settings.NEASPEC_SIGNED_IN_CACHE_SECONDS = 600


def _untokened(html: str) -> str:
    """The page without its CSRF tokens (each answer has its own)."""
    return re.sub(r'name="csrfmiddlewaretoken" value="[^"]*"', "", html)


def _queries(client: Any, url: str) -> tuple[str, int]:
    with CaptureQueriesContext(connection) as queries:
        html = client.get(url).content.decode()
    return html, len(queries)


def test_a_page_comes_again_from_the_cache_until_the_record_changes(
    kept: None, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    officer = client_for("secretariat")
    first, rendering = _queries(officer, "/meetings/som-25/")
    again, from_cache = _queries(officer, "/meetings/som-25/")
    assert _untokened(again) == _untokened(first)
    assert from_cache <= FROM_THE_CACHE < rendering
    decision = Decision.objects.filter(meeting__key="som-25", adopted=True).order_by("pk")[0]
    with django_capture_on_commit_callbacks(execute=True), transaction.atomic():
        decision.summary = "Changed a moment ago."  # as a service would, in a transaction
        decision.save()
    changed, _ = _queries(officer, "/meetings/som-25/")
    assert "Changed a moment ago." in changed


def test_what_a_person_records_they_see_at_once(
    kept: None, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    follow_up = FollowUp.objects.filter(decision__meeting__key="som-25").order_by("pk")[0]
    officer = client_for("secretariat")
    url = f"/follow-ups/{follow_up.pk}/"
    assert "Seen by the cache test." not in officer.get(url).content.decode()
    officer.get(url)  # kept
    with django_capture_on_commit_callbacks(execute=True):
        answer = officer.post(
            f"{url}progress/",
            {"date": "2026-12-01", "text": "Seen by the cache test.", "progress": 40,
             "status": "in_progress"},
        )  # fmt: skip
    assert answer.status_code == 302
    assert "Seen by the cache test." in officer.get(url).content.decode()


def test_each_person_has_their_own_pages(kept: None, client_for: Any) -> None:
    officer, focal_point = client_for("secretariat"), client_for("focal_point_mn")
    officer.get("/")
    officer_home = officer.get("/").content.decode()
    focal_home = focal_point.get("/").content.decode()
    assert "Administration" in officer_home
    assert "Administration" not in focal_home
    assert "Signed in as fp-mn" in focal_home


def test_a_page_with_a_message_is_rendered_and_the_message_shown_once(
    kept: None, client_for: Any, django_capture_on_commit_callbacks: Any
) -> None:
    document = library_document("Cache test paper", "Text of the paper.")
    officer = client_for("secretariat")
    officer.get("/library/")
    assert "Cache test paper" in officer.get("/library/").content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        assert officer.post(f"/library/{document.pk}/delete/").status_code == 302
    shown = officer.get("/library/").content.decode()
    assert "was deleted" in shown
    assert "Cache test paper</a>" not in shown
    assert "was deleted" not in officer.get("/library/").content.decode()


def test_a_kept_page_is_shared_by_the_persons_sessions_with_each_ones_token(
    kept: None, users: Any
) -> None:
    """The page is rendered once for the person; each of their sessions gets it with a CSRF
    token of its own, and a form of the kept page posts."""
    from django.test import Client

    sessions = [Client(enforce_csrf_checks=True) for _ in range(2)]
    for session in sessions:
        session.force_login(users["secretariat"])
    first, rendering = _queries(sessions[0], "/library/")
    second, from_cache = _queries(sessions[1], "/library/")
    assert from_cache <= FROM_THE_CACHE < rendering
    tokens = [
        page.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
        for page in (first, second)
    ]
    assert tokens[0] != tokens[1]
    assert CSRF_HOLE not in second
    refused = sessions[1].post("/accounts/logout/", {"csrfmiddlewaretoken": "not-a-token"})
    assert refused.status_code == 403
    for session, token in zip(sessions, tokens, strict=True):
        answer = session.post("/accounts/logout/", {"csrfmiddlewaretoken": token})
        assert answer.status_code == 302


def test_the_pages_of_ones_own_sessions_are_never_kept(kept: None, client_for: Any) -> None:
    officer = client_for("secretariat")
    officer.get("/account/sessions/")
    _, queries = _queries(officer, "/account/sessions/")
    assert queries > FROM_THE_CACHE


def test_a_write_moves_the_version_once_it_commits_and_a_rollback_does_not(
    db: None, django_capture_on_commit_callbacks: Any
) -> None:
    before = record_version.current()
    decision = Decision.objects.order_by("pk")[0]

    def rolled_back() -> None:
        with transaction.atomic():
            decision.summary = "Never kept."
            decision.save()
            raise RuntimeError

    with django_capture_on_commit_callbacks(execute=True), pytest.raises(RuntimeError):
        rolled_back()
    assert record_version.current() == before
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        Decision.objects.filter(pk=decision.pk).update(summary="Kept.")  # a bulk update too
        decision.refresh_from_db()
        decision.save()
    assert len(callbacks) == 1  # one move per transaction
    assert record_version.current() > before


@pytest.mark.parametrize(
    ("sql", "writes"),
    [
        ('UPDATE "decisions_decision" SET "summary" = %s', True),
        ('INSERT INTO "library_document" ("title") VALUES (%s)', True),
        ("DELETE FROM meetings_meeting WHERE id = 1", True),
        ('SELECT * FROM "decisions_decision"', False),
        ('UPDATE "django_session" SET "session_data" = %s', False),
        ('INSERT INTO "accounts_signin" ("user_id") VALUES (%s)', False),
        ("UPDATE neaspec_record_version SET number = number + 1", False),
    ],
)
def test_what_counts_as_a_change_of_the_record(sql: str, writes: bool) -> None:
    assert record_version.writes_record(sql) is writes
