"""Input no user should send, answered with a clear refusal on SQLite and PostgreSQL alike
(PostgreSQL refuses NUL characters in text, so they must never reach a query)."""

import pytest


@pytest.mark.parametrize(
    ("url", "status"),
    [
        ("/follow-ups/?owner=%00&meeting=%00", 200),
        ("/follow-ups/?owner=MNX&due_before=2023-02-30", 200),
        ("/states/M%00/", 404),
        ("/decisions/?addressee=%00&meeting=%00", 200),
        ("/people/?q=%00", 200),
        ("/meetings/?series=%00&host=%00&year=x", 200),
        ("/api/decisions?addressee=%00", 422),
        ("/api/followups?owner=MN%00", 422),
        ("/api/meetings/som%00", 422),
        ("/api/plans/2021%00/framework", 422),
        ("/api/indicators?area=%00", 422),
        ("/api/indicators/threatened-species/values?state=M%00", 422),
        ("/api/activity-plans?plan=%00", 422),
        ("/indicators/threat%00/", 404),
        ("/api/contributions?state=%00", 422),
        ("/api/contributions?year=x", 422),
        ("/api/funds/core%00/status", 422),
        ("/api/funds/core-fund/status?date=0", 422),
        ("/api/projects?status=%00", 422),
        ("/funds/core-fund/?date=%00", 200),
        ("/projects/?area=%00&status=9", 200),
        ("/api/sites?status=%00", 422),
        ("/api/sites?inscription=x", 422),
        ("/api/cities?state=%00", 422),
        ("/api/neacap/committee?date=2021-13-01", 422),
        ("/networks/neampan/?state=%00&status=x", 200),
        ("/sites/gochang%00/", 404),
    ],
)
def test_stray_bytes_are_refused_cleanly(client_for, reference, url, status):
    assert client_for("public").get(url).status_code == status


def test_tracker_filters_with_bad_values_explain_themselves(client_for, reference):
    html = client_for("public").get("/follow-ups/", {"owner": "MNX"}).content.decode()
    assert "Select a valid choice." in html
    dated = client_for("public").get("/follow-ups/", {"due_before": "2023-02-30"}).content.decode()
    assert "Enter a valid date." in dated


def test_filters_with_bad_values_explain_themselves(client_for, reference):
    html = client_for("public").get("/meetings/", {"year": "nineteen"}).content.decode()
    assert "Enter a whole number." in html


def test_a_page_refuses_a_note_longer_than_the_api_accepts(client_for, reference):
    """One limit for pages and API: a 100,000-character progress note is refused on both."""
    from neaspec import limits
    from neaspec.decisions.models import FollowUp

    action = FollowUp.objects.filter(owner="secretariat", status="open").first()
    note = {"date": "2026-11-20", "text": "x" * 100_000, "progress": 10, "status": "in_progress"}
    page = client_for("secretariat").post(f"/follow-ups/{action.pk}/progress/", note)
    assert page.status_code == 422
    assert f"at most {limits.NOTE} characters" in page.content.decode()
    api = client_for("secretariat").post(
        f"/api/followups/{action.pk}/progress", note, content_type="application/json"
    )
    assert api.status_code == 422
    assert not action.notes.exists()
