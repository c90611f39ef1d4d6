"""The consultation pages: open one on a form, comment, answer, publish and compare versions,
remind by e-mail (through a real SMTP server) those who have not answered."""

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.db import transaction
from django.test import Client

from neaspec.consultations import services
from neaspec.consultations.models import Comment, Consultation, Reminder
from neaspec.consultations.workspace import remind_before_closing
from neaspec.diff import compare
from neaspec.directory.models import MemberState
from tests.conftest import Inbox

TODAY = datetime.date(2026, 12, 3)
TEXT = "The review covers the Strategic Plan 2021-2025.\n\nAn external evaluator reports to SOM-30."


@pytest.fixture
def today(monkeypatch: Any) -> datetime.date:
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a: TODAY)
    return TODAY


@pytest.fixture
def review(users: dict[str, Any], today: datetime.date) -> Consultation:
    return services.consultation_open(
        actor=users["secretariat"],
        title="Terms of reference of the review",
        paragraphs=TEXT.split("\n\n"),
        opens=TODAY,
        closes=TODAY + datetime.timedelta(days=2),
        audience="focal_points",
    )


def test_the_secretariat_opens_a_consultation_on_the_page(
    client_for: Callable[[str], Client], today: datetime.date
) -> None:
    form = {
        "title": "Draft activity plan 2027-2028",
        "subject": "draft_plan",
        "paragraphs": "First paragraph,\nwrapped.\n\n\nSecond paragraph.",
        "audience": "focal_points",
        "opens": "2026-12-03",
        "closes": "2027-01-15",
        "open": "on",
        "request": "SOM-25 para. 10.4",
    }
    assert client_for("focal_point_mn").post("/consultations/new/", form).status_code == 403
    response = client_for("secretariat").post("/consultations/new/", form)
    assert response.status_code == 302
    consultation = Consultation.objects.get(title="Draft activity plan 2027-2028")
    assert consultation.request.citation == "SOM-25, para. 10.4"
    texts = [p.text for p in consultation.versions.get().paragraphs.all()]
    assert texts == ["First paragraph, wrapped.", "Second paragraph."]
    bad = client_for("secretariat").post(
        "/consultations/new/", {**form, "request": "SOM-99 para. 1"}
    )
    assert bad.status_code == 422
    assert "No decision is cited so" in bad.content.decode()


def test_a_focal_point_comments_on_the_page(
    review: Consultation, client_for: Callable[[str], Client]
) -> None:
    fp = client_for("focal_point_mn")
    page = fp.get(f"/consultations/{review.key}/")
    assert "An external evaluator reports to SOM-30." in page.content.decode()
    sent = fp.post(
        f"/consultations/{review.key}/comment/",
        {"paragraph": "2", "state": "MN", "text": "Report to SOM-29.", "proposed_text": ""},
    )
    assert sent.status_code == 302
    comment = Comment.objects.get()
    assert (comment.state.code, comment.paragraph) == ("MN", 2)
    # Posing as China is refused on the page as in the API.
    assert fp.post(
        f"/consultations/{review.key}/comment/", {"paragraph": "1", "state": "CN", "text": "x"}
    ).status_code in (403, 422)
    assert Comment.objects.count() == 1
    shown = client_for("focal_point_cn").get(f"/consultations/{review.key}/").content.decode()
    assert "Report to SOM-29." in shown  # an open consultation: the States read each other


def test_a_comment_refused_or_sent_answers_htmx_with_the_discussion(
    review: Consultation, client_for: Callable[[str], Client]
) -> None:
    """The comment form swaps the text with its comments (neaspec/htmx.py): refused, alone
    with the reason (422) and nothing kept; sent, the text with the new comment."""
    fp = client_for("focal_point_mn")
    url = f"/consultations/{review.key}/comment/"
    htmx = {"HX-Request": "true"}
    empty = {"paragraph": "2", "state": "MN", "text": "", "proposed_text": ""}
    refused = fp.post(url, empty, headers=htmx)
    assert refused.status_code == 422
    part = refused.content.decode()
    assert '<section id="discussion"' in part
    assert "<html" not in part
    assert "Write the comment" in part
    assert not Comment.objects.exists()
    whole = fp.post(url, empty)
    assert whole.status_code == 422
    assert "<html" in whole.content.decode()
    assert "Write the comment" in whole.content.decode()

    sent = {**empty, "text": "Report to SOM-29."}
    with transaction.atomic():  # sent once with htmx, then again without, from the same start
        saved = fp.post(url, sent, headers=htmx)
        transaction.set_rollback(True)
    assert saved.status_code == 200
    assert "HX-Request" in saved["Vary"]
    part = saved.content.decode()
    assert '<section id="discussion"' in part
    assert "<html" not in part
    assert "Report to SOM-29." in part
    assert "Your comment is recorded." in part
    redirected = fp.post(url, sent)
    assert redirected.status_code == 302
    assert redirected["Location"] == f"/consultations/{review.key}/"
    assert Comment.objects.get().text == "Report to SOM-29."
    page = fp.get(redirected["Location"]).content.decode()
    assert page.count("Your comment is recorded.") == 1  # the message once, on the page


def test_a_closed_consultation_shows_each_state_its_own(
    users: dict[str, Any], client_for: Callable[[str], Client], today: datetime.date
) -> None:
    closed = services.consultation_open(
        actor=users["secretariat"],
        title="Closed one",
        paragraphs=["Only paragraph."],
        opens=TODAY,
        closes=None,
        audience="focal_points",
        open=False,
    )
    services.comment_add(
        actor=users["focal_point_mn"], consultation=closed, text="The view of Mongolia."
    )
    assert (
        "The view of Mongolia."
        in client_for("focal_point_mn").get(f"/consultations/{closed.key}/").content.decode()
    )
    assert (
        "The view of Mongolia."
        not in client_for("focal_point_cn").get(f"/consultations/{closed.key}/").content.decode()
    )
    assert (
        "The view of Mongolia."
        in client_for("secretariat").get(f"/consultations/{closed.key}/").content.decode()
    )


def test_respond_publish_and_compare(
    review: Consultation, users: dict[str, Any], client_for: Callable[[str], Client]
) -> None:
    comment = services.comment_add(
        actor=users["focal_point_mn"], consultation=review, paragraph=2, text="SOM-29."
    )
    secretariat = client_for("secretariat")
    answered = secretariat.post(
        f"/comments/{comment.pk}/respond/", {"outcome": "taken", "text": ""}
    )
    assert answered.status_code == 302
    comment.refresh_from_db()
    assert comment.outcome == "taken"
    form = secretariat.get(f"/consultations/{review.key}/versions/new/").content.decode()
    assert "An external evaluator reports to SOM-30." in form  # the editor starts from the text
    published = secretariat.post(
        f"/consultations/{review.key}/versions/new/",
        {
            "paragraphs": TEXT.replace("SOM-30", "SOM-29"),
            "note": "As Mongolia asked.",
            "based_on": "1",
        },
    )
    assert published.status_code == 302
    diff = secretariat.get(published["Location"]).content.decode()
    assert "<del>SOM-30.</del>" in diff
    assert "<ins>SOM-29.</ins>" in diff
    assert "1 paragraph changed." in diff
    stale = secretariat.post(
        f"/consultations/{review.key}/versions/new/", {"paragraphs": "Other.", "based_on": "1"}
    )
    assert stale.status_code == 422
    assert "Version 2 was published meanwhile" in stale.content.decode()


def test_compare_aligns_paragraphs() -> None:
    rows = compare(["A b c.", "D e f.", "G h."], ["A b c.", "New one.", "D e x.", "G h."])
    assert [(r.change, r.old_number, r.new_number) for r in rows] == [
        ("same", 1, 1),
        ("added", None, 2),  # inserted: the paragraph after it is paired with its revision
        ("changed", 2, 3),
        ("same", 3, 4),
    ]
    changed = next(r for r in rows if r.change == "changed")
    assert [(p.text, p.change) for p in changed.pieces][-2:] == [("f.", "removed"), ("x.", "added")]
    assert [r.change for r in compare(["Kept.", "Gone."], ["Kept."])] == ["same", "removed"]
    unlike = compare(["Entirely other words here."], ["Nothing in common at all."])
    assert [r.change for r in unlike] == ["removed", "added"]


def test_reminders_reach_the_states_that_have_not_answered(
    smtp: Inbox,
    review: Consultation,
    users: dict[str, Any],
    client_for: Callable[[str], Client],
    django_capture_on_commit_callbacks: Any,
) -> None:
    for key, address in (("focal_point_mn", "fp@mne.gov.mn"), ("focal_point_cn", "fp@mee.gov.cn")):
        users[key].email = address
        users[key].save()
    services.comment_add(actor=users["focal_point_cn"], consultation=review, no_comment=True)
    # Before anything is sent, the States nobody can write to are named, with a way to fix it.
    before = client_for("secretariat").get(f"/consultations/{review.key}/").content.decode()
    japan = next(row for row in before.split("<tr>") if "<td>Japan</td>" in row)
    assert 'class="tag mail-no_address">No address</span>' in japan
    assert 'href="/states/jp/#fp-heading">Add an address</a>' in japan
    mongolia = next(row for row in before.split("<tr>") if "<td>Mongolia</td>" in row)
    assert "No address" not in mongolia
    with django_capture_on_commit_callbacks(execute=True):
        response = client_for("secretariat").post(
            f"/consultations/{review.key}/remind/", follow=True
        )
    said = response.content.decode()
    # Only what happened: one reminder queued, and the States with no address named.
    assert "Reminders are queued for Mongolia; the table says when each is sent." in said
    assert "Nothing was sent to Democratic People&#x27;s Republic of Korea, Japan," in said
    recipients = [to for to, _ in smtp.messages]
    assert recipients == [
        ["fp@mne.gov.mn"]
    ]  # China answered "no comment"; the others have no address
    subject = " ".join(smtp.messages[0][1]["Subject"].split())
    assert "Terms of reference of the review" in subject
    assert "are due by 5 December 2026" in subject
    assert Reminder.objects.get().state == MemberState.objects.get(code="MN")
    page = client_for("secretariat").get(f"/consultations/{review.key}/").content.decode()
    assert "Not yet" in page
    assert "No comment" in page
    mongolia = next(row for row in page.split("<tr>") if "<td>Mongolia</td>" in row)
    assert 'class="tag mail-sent">Sent</span> fp@mne.gov.mn' in mongolia
    japan = next(row for row in page.split("<tr>") if "<td>Japan</td>" in row)
    assert 'class="tag mail-no_address">No address</span>' in japan


def test_the_sweep_reminds_once_before_closing(
    smtp: Inbox,
    review: Consultation,
    users: dict[str, Any],
    django_capture_on_commit_callbacks: Any,
) -> None:
    users["focal_point_mn"].email = "fp@mne.gov.mn"
    users["focal_point_mn"].save()
    with django_capture_on_commit_callbacks(execute=True):
        first = remind_before_closing(older_than=datetime.timedelta(minutes=1))
    with django_capture_on_commit_callbacks(execute=True):
        second = remind_before_closing(older_than=datetime.timedelta(minutes=1))
    assert first == [review]
    assert second == []
    assert len(smtp.messages) == 1


def _queries(client: Client, url: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        assert client.get(url).status_code == 200
    return len(queries)


@pytest.mark.parametrize("role", ["focal_point_mn", "secretariat"])
def test_the_pages_read_as_many_queries_with_forty_more_comments(
    review: Consultation, users: dict[str, Any], client_for: Callable[[str], Client], role: str
) -> None:
    from neaspec.consultations.surveys import survey_answer, survey_create

    survey = survey_create(
        actor=users["secretariat"],
        title="Counted",
        audience="public",
        questions=[
            {"text": "Pick", "kind": "single", "choices": ["A", "B"]},
            {"text": "Say", "kind": "text"},
        ],
    )

    def grow(n: int) -> None:
        for i in range(n):
            comment = services.comment_add(
                actor=users["focal_point_mn"],
                consultation=review,
                paragraph=1 + i % 2,
                text=f"View {i}.",
            )
            services.comment_respond(
                actor=users["secretariat"], comment=comment, outcome="taken", text=""
            )
            survey_answer(
                actor=users["secretariat"], survey=survey, answers={1: "A", 2: f"Text {i}."}
            )

    client = client_for(role)
    urls = [f"/consultations/{review.key}/", "/consultations/", f"/surveys/{survey.key}/results/"]
    grow(3)
    for url in urls:
        _queries(client, url)  # warm: the session, first-use lookups
    before = [_queries(client, url) for url in urls]
    grow(40)
    after = [_queries(client, url) for url in urls]
    assert all(a <= b for a, b in zip(after, before, strict=True)), (before, after)
