"""API tokens as a script's owner would use them: made on "Your API tokens", shown once, kept
only as a digest; `Authorization: Bearer` reads and writes as the owner without a session or a
CSRF token; a read-only token cannot write; a revoked one is refused; anonymous writes are told
to sign in (401), and a session still needs its CSRF token."""

import re
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from neaspec.accounts.models import ApiToken
from neaspec.decisions.models import FollowUp, ProgressNote

pytestmark = pytest.mark.django_db

PROGRESS = {
    "date": "2026-11-20",
    "text": "Sent by our script.",
    "progress": 40,
    "status": "in_progress",
}


def _mn_follow_up() -> FollowUp:
    return FollowUp.objects.get(
        decision__meeting__key="som-25",
        state__code="MN",
        decision__paragraph="3",
        decision__sentence=5,
    )


def _make_on_the_page(client: Client, name: str, scope: str) -> str:
    page = client.post("/account/tokens/", {"name": name, "scope": scope})
    assert page.status_code == 201
    text = page.content.decode()
    assert "shown only this once" in text
    return re.search(r'<code class="secret">(neaspec_[\w-]+)</code>', text).group(1)  # type: ignore[union-attr]


def _script(token: str) -> Client:
    """A client with no session, that would fail any CSRF check: a script."""
    return Client(enforce_csrf_checks=True, headers={"Authorization": f"Bearer {token}"})


def test_a_token_made_on_the_page_reads_and_writes_as_its_owner(
    client_for: Callable[[str], Client], users: dict[str, Any]
) -> None:
    focal_point = client_for("focal_point_mn")
    secret = _make_on_the_page(focal_point, "Ministry tracker sync", "read_write")
    stored = ApiToken.objects.get()
    assert stored.user == users["focal_point_mn"]
    assert secret not in {stored.digest, stored.prefix}
    assert secret.startswith(stored.prefix)
    # Shown once: the list names it, the token is not on the page again.
    listed = focal_point.get("/account/tokens/").content.decode()
    assert "Ministry tracker sync" in listed
    assert secret not in listed
    assert "Not yet" in listed

    script = _script(secret)
    read = script.get("/api/followups?state=MN&status=all&limit=200")
    assert read.status_code == 200
    as_session = focal_point.get("/api/followups?state=MN&status=all&limit=200")
    assert read.json() == as_session.json()
    assert "Authorization" in read["Vary"]

    action = _mn_follow_up()
    wrote = script.post(
        f"/api/followups/{action.pk}/progress", PROGRESS, content_type="application/json"
    )
    assert wrote.status_code == 201, wrote.content
    note = ProgressNote.objects.get(follow_up=action, text=PROGRESS["text"])
    assert note.history.first().history_user == users["focal_point_mn"]
    # Its owner's rights, no more: China's follow-ups are not theirs to write.
    china = FollowUp.objects.filter(state__code="CN").first()
    assert china is not None
    refused = script.post(
        f"/api/followups/{china.pk}/progress", PROGRESS, content_type="application/json"
    )
    assert refused.status_code in {403, 404}
    stored.refresh_from_db()
    assert stored.last_used_at is not None
    assert "Not yet" not in focal_point.get("/account/tokens/").content.decode()


def test_a_read_only_token_reads_and_writes_nothing(client_for: Callable[[str], Client]) -> None:
    secret = _make_on_the_page(client_for("focal_point_mn"), "Dashboard", "read")
    script = _script(secret)
    assert script.get("/api/followups").status_code == 200
    action = _mn_follow_up()
    refused = script.post(
        f"/api/followups/{action.pk}/progress", PROGRESS, content_type="application/json"
    )
    assert refused.status_code == 403
    assert refused.json()["error"]["code"] == "read_only_token"
    assert not ProgressNote.objects.filter(text=PROGRESS["text"]).exists()


def test_a_revoked_or_unknown_token_is_refused(client_for: Callable[[str], Client]) -> None:
    focal_point = client_for("focal_point_mn")
    secret = _make_on_the_page(focal_point, "Old laptop", "read_write")
    token = ApiToken.objects.get()
    page = focal_point.post(f"/account/tokens/{token.pk}/revoke/", follow=True)
    assert "is revoked" in page.content.decode()
    for bad in (secret, "neaspec_not-a-token"):
        answer = _script(bad).get("/api/followups")
        assert answer.status_code == 401
        assert answer["WWW-Authenticate"] == 'Bearer error="invalid_token"'
    # Revoked twice, as two tabs would: the second is told, nothing changes.
    again = focal_point.post(f"/api/tokens/{token.pk}/revoke", content_type="application/json")
    assert again.status_code == 409


def test_writes_without_credentials_are_told_to_sign_in_and_sessions_still_need_csrf(
    users: dict[str, Any],
) -> None:
    action = _mn_follow_up()
    url = f"/api/followups/{action.pk}/progress"
    anonymous = Client(enforce_csrf_checks=True).post(
        url, PROGRESS, content_type="application/json"
    )
    assert anonymous.status_code == 401
    assert anonymous.json()["error"]["code"] == "unauthenticated"
    session = Client(enforce_csrf_checks=True)
    session.force_login(users["focal_point_mn"])
    assert session.post(url, PROGRESS, content_type="application/json").status_code == 403
    assert not ProgressNote.objects.filter(text=PROGRESS["text"]).exists()


def test_the_api_makes_a_token_once_and_a_token_makes_none(
    client_for: Callable[[str], Client],
) -> None:
    focal_point = client_for("focal_point_mn")
    made = focal_point.post(
        "/api/tokens", {"name": "CI job", "scope": "read"}, content_type="application/json"
    )
    assert made.status_code == 201
    secret = made.json()["token"]
    assert made.json()["scope"] == "read"
    listed = focal_point.get("/api/tokens").json()
    assert [t["name"] for t in listed] == ["CI job"]
    assert "token" not in listed[0]
    # A token that leaked cannot make more.
    script = _script(secret)
    assert script.get("/api/tokens").status_code == 200
    writer = _make_on_the_page(focal_point, "Writer", "read_write")
    more = _script(writer).post(
        "/api/tokens", {"name": "More", "scope": "read"}, content_type="application/json"
    )
    assert more.status_code == 403
    assert ApiToken.objects.count() == 2
