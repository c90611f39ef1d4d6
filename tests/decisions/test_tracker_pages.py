"""The tracker and an action's page as the Secretariat uses them: a view of the tracker keeps
the meeting chosen, and a saved progress note or closing says that it was saved."""

from typing import Any

from django.urls import reverse

from neaspec.decisions.models import FollowUp


def test_the_tracker_views_keep_the_meeting_chosen(client_for: Any, reference: None) -> None:
    page = client_for("public").get(reverse("decisions:tracker"), {"meeting": "SOM-25"})
    tabs = page.content.decode().split('class="tabs"')[1].split("</nav>")[0]
    assert 'href="?status=open&amp;overdue=yes&amp;meeting=SOM-25"' in tabs
    assert 'href="?status=done&amp;meeting=SOM-25"' in tabs
    plain = client_for("public").get(reverse("decisions:tracker")).content.decode()
    assert 'href="?status=open&amp;overdue=yes"' in plain


def test_saving_progress_and_closing_say_so(client_for: Any, reference: None) -> None:
    officer = client_for("secretariat")
    action = FollowUp.objects.filter(owner="secretariat", status="open").first()
    assert action is not None
    note = {"date": "2026-11-20", "text": "Drafted.", "progress": 40, "status": "in_progress"}
    saved = officer.post(
        reverse("decisions:follow_up_progress", args=[action.pk]), note, follow=True
    )
    assert "Progress recorded: 40 %, in progress." in saved.content.decode()
    closed = officer.post(
        reverse("decisions:follow_up_close", args=[action.pk]),
        {
            "status": "done",
            "outcome": "Circulated to the focal points.",
            "closed_on": "2026-11-25",
            "evidence_source": "Note verbale of 25 November 2026",
        },
        follow=True,
    )
    said = closed.content.decode()
    assert "The action is closed as done." in said, said[said.find("<main") :][:1500]
