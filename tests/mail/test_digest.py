"""The weekly digest: what is due for a person, once a week, unless they turned it off."""

import datetime
from typing import Any

import pytest

from neaspec.accounts.models import User
from neaspec.mail.digest import digests_queue
from neaspec.mail.models import Message, OptOut, Purpose
from neaspec.workspace import due_for
from tests.conftest import Inbox

pytestmark = pytest.mark.django_db
MONDAY = datetime.date(2026, 12, 7)


def test_each_person_gets_what_is_due_for_them_once_a_week(
    smtp: Inbox, users: dict[str, Any], django_capture_on_commit_callbacks: Any
) -> None:
    officer = users["secretariat"]
    officer.email = "officer@un.org"
    officer.save()
    idle = User.objects.create(username="idle", email="idle@example.org")  # no role, nothing due
    sections = due_for(officer, MONDAY)
    assert sections, "the reference data holds follow-up actions past their deadline"
    with django_capture_on_commit_callbacks(execute=True):
        queued = digests_queue(today=MONDAY)
    assert "officer@un.org" in [m.address for m in queued]
    assert idle.email not in [m.address for m in queued]
    index = next(i for i, (to, _) in enumerate(smtp.messages) if to == ["officer@un.org"])
    text = smtp.text(index)
    assert smtp.messages[index][1]["Subject"] == "NEASPEC Hub: what is due for you this week"
    for heading, rows in sections:
        assert heading in text
        for row in rows:
            assert row.label in text
            if row.url:
                assert f"https://hub.neaspec.example{row.url}" in text
    # The same week again: nothing more.
    with django_capture_on_commit_callbacks(execute=True):
        assert digests_queue(today=MONDAY + datetime.timedelta(days=2)) == []
    assert Message.objects.filter(purpose=Purpose.DIGEST, address="officer@un.org").count() == 1


def test_a_person_who_turned_it_off_gets_none(users: dict[str, Any]) -> None:
    officer = users["secretariat"]
    officer.email = "officer@un.org"
    officer.save()
    assert due_for(officer, MONDAY)
    OptOut.objects.create(user=officer, purpose=Purpose.DIGEST)
    assert "officer@un.org" not in [m.address for m in digests_queue(today=MONDAY)]


def test_the_preferences_page_turns_it_off_and_on(client_for: Any, users: dict[str, Any]) -> None:
    client = client_for("partner")
    assert "You receive the weekly digest." in client.get("/account/e-mail/").content.decode()
    client.post("/account/e-mail/", {"digest": "0"})
    assert OptOut.objects.filter(user=users["partner"], purpose=Purpose.DIGEST).exists()
    page = client.get("/account/e-mail/").content.decode()
    assert "You do not receive the weekly digest." in page
    client.post("/account/e-mail/", {"digest": "1"})
    assert not OptOut.objects.filter(user=users["partner"]).exists()


def test_the_sweep_reads_what_is_due_once_on_mondays(
    users: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    from django.core.cache import cache

    from neaspec.mail import digest

    cache.delete("neaspec:digest:2026-W50")
    officer = users["secretariat"]
    officer.email = "officer@un.org"
    officer.save()
    asked: list[datetime.date] = []
    real = digest.digests_queue
    monkeypatch.setattr(
        digest, "digests_queue", lambda today: asked.append(today) or real(today=today)
    )
    for day in (MONDAY + datetime.timedelta(days=1), MONDAY, MONDAY):
        monkeypatch.setattr(digest.timezone, "localdate", lambda day=day: day)
        digest.digests_due(older_than=datetime.timedelta(minutes=10))
    assert asked == [MONDAY]  # not on Tuesday, and once on Monday
    assert Message.objects.filter(purpose=Purpose.DIGEST, address="officer@un.org").count() == 1
