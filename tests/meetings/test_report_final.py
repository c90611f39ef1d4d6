"""The meeting's report ends final: the States answer the circulated draft by the date replies
are due (silence then counts as no objection), comment on its paragraphs, the Secretariat
answers each comment in place; the adopted report is the meeting's public "Report of SOM-29";
a meeting whose decisions were recorded during it has no extraction proposed."""

import datetime
from collections.abc import Callable
from typing import Any

import pytest
from django.core.exceptions import ValidationError
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from neaspec.conflicts import ConflictError
from neaspec.decisions.models import Decision
from neaspec.directory.models import MemberState
from neaspec.extraction.models import Extraction
from neaspec.library.meeting_documents import meeting_document_upload
from neaspec.library.models import Document, MeetingDocument
from neaspec.meetings import delegations, services
from neaspec.meetings.models import Meeting, MeetingSeries, ReportComment, ReportReply
from tests.factories import secretariat

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}
DRAFT = "Draft report of the Twenty-ninth Senior Officials Meeting"
SYMBOL = "NEASPEC/SOM(29)/REP"


def circulated(actor: Any, captured: Any) -> Meeting:
    """SOM-29, held ten days ago in Ulaanbaatar, Mongolia and China invited; its draft report
    (read by the worker) circulated today, replies due in two weeks."""
    today = timezone.localdate()
    start = today - datetime.timedelta(days=10)
    meeting = services.meeting_create(
        actor=actor,
        series=MeetingSeries.objects.get(code="SOM"),
        number=29,
        start=start,
        end=start + datetime.timedelta(days=1),
        host=MemberState.objects.get(code="MN"),
        city="Ulaanbaatar",
    )
    for code in ("MN", "CN"):
        delegations.invitation_send(
            actor=actor, meeting=meeting, state=MemberState.objects.get(code=code)
        )
    services.meeting_status_set(actor=actor, meeting=meeting, status="held")
    with captured(execute=True):  # the worker reads the file
        meeting_document_upload(
            actor=actor,
            meeting=meeting,
            symbol=SYMBOL,
            title=DRAFT,
            kind="report",
            language="en",
            filename="report.txt",
            data=b"1. The Meeting adopted its agenda.\n2. The Meeting noted the report.\n",
        )
    with captured(execute=True):
        services.meeting_status_set(
            actor=actor,
            meeting=meeting,
            status="report_circulated",
            replies_due=today + datetime.timedelta(days=14),
        )
    meeting.refresh_from_db()
    return meeting


@pytest.fixture
def som29(users: dict[str, Any], django_capture_on_commit_callbacks: Any) -> Meeting:
    return circulated(users["secretariat"], django_capture_on_commit_callbacks)


def _state(code: str) -> MemberState:
    return MemberState.objects.get(code=code)


def _reply_post(state: str, answer: str, rows: list[tuple[str, str]], comments: str = "") -> dict:
    """The report page's answer form as a browser sends it: three rows, or as many as given."""
    rows = rows + [("", "")] * max(0, 3 - len(rows))
    data = {
        "state": state,
        "answer": answer,
        "comments": comments,
        "para-TOTAL_FORMS": str(len(rows)),
        "para-INITIAL_FORMS": "0",
        "para-MIN_NUM_FORMS": "0",
        "para-MAX_NUM_FORMS": "1000",
    }
    for n, (paragraph, text) in enumerate(rows):
        data[f"para-{n}-paragraph"], data[f"para-{n}-text"] = paragraph, text
    return data


def _late(monkeypatch: Any, meeting: Meeting) -> datetime.date:
    """The day after replies were due, as the pages and the API see it."""
    day = meeting.report_replies_due + datetime.timedelta(days=1)
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a: day)
    return day


# --- 1. the date replies are due --------------------------------------------------------------


def test_an_answer_after_the_due_date_is_refused_with_the_date(
    som29: Meeting, users: dict[str, Any]
) -> None:
    due = som29.report_replies_due
    on_the_day = delegations.report_reply(
        actor=users["focal_point_mn"],
        meeting=som29,
        state=_state("MN"),
        answer="no_objection",
        today=due,
    )
    assert on_the_day.answer == "no_objection"
    with pytest.raises(ValidationError) as refused:
        delegations.report_reply(
            actor=users["focal_point_cn"],
            meeting=som29,
            state=_state("CN"),
            answer="no_objection",
            today=due + datetime.timedelta(days=1),
        )
    assert refused.value.messages == [
        f"Replies to the draft report of SOM-29 were due by {date_format(due)}."
    ]
    assert not som29.report_replies.filter(state__code="CN").exists()


def test_the_page_shows_the_due_date_and_what_silence_means(
    som29: Meeting, client_for: Callable[[str], Client], monkeypatch: Any
) -> None:
    url = reverse("meetings:report", args=[som29.key])
    due = date_format(som29.report_replies_due)
    page = client_for("focal_point_mn").get(url).content.decode()
    assert f"replies are due by {due}." in page
    assert "A State that has not answered by that date is taken to have no objection" in page
    assert "Send the answer" in page

    _late(monkeypatch, som29)
    late = client_for("focal_point_mn").get(url).content.decode()
    assert f"Replies were due by {due}; no more answers are taken." in late
    assert "Send the answer" not in late
    # A page left open from before the date: the answer is refused, with the date, and none
    # is recorded.
    sent = client_for("focal_point_mn").post(url, _reply_post("MN", "no_objection", []))
    assert sent.status_code == 422
    assert f"Replies to the draft report of SOM-29 were due by {due}." in sent.content.decode()
    assert not ReportReply.objects.filter(meeting=som29).exists()


def test_the_api_refuses_a_late_answer_with_the_date(
    som29: Meeting, client_for: Callable[[str], Client], monkeypatch: Any
) -> None:
    _late(monkeypatch, som29)
    answer = client_for("focal_point_mn").post(
        f"/api/meetings/{som29.key}/report-replies",
        {"state": "MN", "answer": "no_objection"},
        content_type="application/json",
    )
    assert answer.status_code == 422
    due = date_format(som29.report_replies_due)
    assert answer.json()["error"]["message"] == (
        f"Replies to the draft report of SOM-29 were due by {due}."
    )
    assert not ReportReply.objects.filter(meeting=som29).exists()


def test_states_silent_by_the_due_date_do_not_hold_up_adoption(
    som29: Meeting, users: dict[str, Any]
) -> None:
    officer = users["secretariat"]
    due = som29.report_replies_due
    with pytest.raises(ValidationError, match="Still waiting for"):
        services.meeting_status_set(
            actor=officer, meeting=som29, status="report_adopted", today=due
        )
    services.meeting_status_set(
        actor=officer,
        meeting=som29,
        status="report_adopted",
        today=due + datetime.timedelta(days=1),
    )
    assert Meeting.objects.get(pk=som29.pk).status == "report_adopted"


# --- 2. comments on paragraphs and the Secretariat's answers --------------------------------


def test_a_state_comments_on_paragraphs_from_the_page(
    som29: Meeting, client_for: Callable[[str], Client]
) -> None:
    mongolia = client_for("focal_point_mn")
    url = reverse("meetings:report", args=[som29.key])
    sent = mongolia.post(
        url,
        _reply_post(
            "MN",
            "comments",
            [("3", "Name the Tumen River estuary."), ("5(a)", "Add 2028 as the date.")],
        ),
    )
    assert sent.status_code == 302
    page = mongolia.get(url).content.decode()
    assert "The answer of Mongolia is recorded." in page
    assert "Para. 3</strong>: Name the Tumen River estuary." in page
    assert "Para. 5(a)</strong>: Add 2028 as the date." in page
    assert "The Secretariat has not answered it yet." in page
    # Its comments stand in the form, to be sent again with more.
    assert 'value="5(a)"' in page
    reply = ReportReply.objects.get(meeting=som29, state__code="MN")
    assert [(c.paragraph, c.text) for c in reply.paragraph_comments.all()] == [
        ("3", "Name the Tumen River estuary."),
        ("5(a)", "Add 2028 as the date."),
    ]
    # China's focal point does not see Mongolia's comments.
    assert "Tumen" not in client_for("focal_point_cn").get(url).content.decode()


@pytest.mark.parametrize(
    ("answer", "rows", "comments", "reason"),
    [
        ("comments", [], "", "Write the comments."),
        (
            "comments",
            [("", "A comment with no paragraph.")],
            "",
            "Give the number of the paragraph",
        ),
        ("comments", [("3", "")], "", "Write the comment on paragraph 3."),
        ("comments", [("§ 3!", "Wrong.")], "", "“§ 3!” is not a paragraph number"),
        ("no_objection", [("3", "A comment.")], "", "Comments on paragraphs go with"),
        ("comments", [("12345678901", "Too long a number.")], "", "Check the comments on"),
    ],
)
def test_a_wrong_answer_is_refused_with_the_reason_and_nothing_is_recorded(
    som29: Meeting,
    client_for: Callable[[str], Client],
    answer: str,
    rows: list[tuple[str, str]],
    comments: str,
    reason: str,
) -> None:
    url = reverse("meetings:report", args=[som29.key])
    sent = client_for("focal_point_mn").post(url, _reply_post("MN", answer, rows, comments))
    assert sent.status_code == 422
    assert reason in sent.content.decode()
    assert not ReportReply.objects.filter(meeting=som29).exists()
    assert not ReportComment.objects.exists()


def test_a_general_comment_alone_is_an_answer_with_comments(
    som29: Meeting, users: dict[str, Any]
) -> None:
    reply = delegations.report_reply(
        actor=users["focal_point_mn"],
        meeting=som29,
        state=_state("MN"),
        answer="comments",
        comments="  The report is long.  ",
    )
    assert (reply.comments, reply.paragraph_comments.count()) == ("The report is long.", 0)


def test_a_second_answer_replaces_the_comments_not_yet_answered(
    som29: Meeting, users: dict[str, Any]
) -> None:
    fp, officer = users["focal_point_mn"], users["secretariat"]
    first = delegations.report_reply(
        actor=fp,
        meeting=som29,
        state=_state("MN"),
        answer="comments",
        paragraphs=[("3", "Name the estuary."), ("4", "Shorter, please.")],
    )
    answered = first.paragraph_comments.get(paragraph="3")
    delegations.report_comment_answer(
        actor=officer, comment=answered, answer="Taken up in para. 3 of the revision."
    )
    again = delegations.report_reply(
        actor=fp,
        meeting=som29,
        state=_state("MN"),
        answer="no_objection",
    )
    assert again.pk == first.pk
    assert again.answer == "no_objection"
    # The answered comment stays with its answer (the record of how the report took it up);
    # the one not answered went with the earlier answer (its history keeps it).
    assert [(c.paragraph, c.answer) for c in again.paragraph_comments.all()] == [
        ("3", "Taken up in para. 3 of the revision.")
    ]
    assert ReportComment.history.filter(paragraph="4", history_type="-").exists()


def test_the_secretariat_answers_a_comment_in_place(
    som29: Meeting, users: dict[str, Any], client_for: Callable[[str], Client]
) -> None:
    reply = delegations.report_reply(
        actor=users["focal_point_mn"],
        meeting=som29,
        state=_state("MN"),
        answer="comments",
        paragraphs=[("3", "Name the estuary.")],
    )
    comment = reply.paragraph_comments.get()
    officer = client_for("secretariat")
    page = officer.get(reverse("meetings:report", args=[som29.key])).content.decode()
    answer_url = reverse("meetings:report_comment_answer", args=[som29.key, comment.pk])
    assert f'hx-post="{answer_url}"' in page
    assert f'hx-target="#comment-{comment.pk}"' in page
    assert "<script>" not in page  # strict CSP: no inline script

    refused = officer.post(answer_url, {"answer": "  ", "previous": ""}, headers=HTMX)
    assert refused.status_code == 422
    assert "Write the answer." in refused.content.decode()
    assert "<html" not in refused.content.decode()

    saved = officer.post(
        answer_url, {"answer": "Taken up in para. 3.", "previous": ""}, headers=HTMX
    )
    row = saved.content.decode()
    assert saved.status_code == 200
    assert "<html" not in row
    assert row.lstrip().startswith(f'<li id="comment-{comment.pk}"')
    assert "The answer is saved." in row
    assert "Taken up in para. 3." in row
    assert f'hx-post="{answer_url}"' in row  # to be changed again in place
    assert 'name="previous" value="Taken up in para. 3."' in row
    comment.refresh_from_db()
    assert (comment.answer, comment.answered_by) == ("Taken up in para. 3.", users["secretariat"])
    assert comment.history.filter(history_user=users["secretariat"]).exists()
    # The State reads the answer under its comment; it cannot answer its own.
    mongolia = client_for("focal_point_mn")
    seen = mongolia.get(reverse("meetings:report", args=[som29.key])).content.decode()
    assert "The Secretariat's answer:</em> Taken up in para. 3." in seen
    assert answer_url not in seen
    assert mongolia.post(answer_url, {"answer": "Mine.", "previous": ""}).status_code == 403


def test_an_answer_given_meanwhile_by_someone_else_is_not_overwritten(
    som29: Meeting, users: dict[str, Any], client_for: Callable[[str], Client]
) -> None:
    reply = delegations.report_reply(
        actor=users["focal_point_mn"],
        meeting=som29,
        state=_state("MN"),
        answer="comments",
        paragraphs=[("3", "Name the estuary.")],
    )
    comment = reply.paragraph_comments.get()
    colleague = secretariat("secretariat-colleague")
    delegations.report_comment_answer(
        actor=colleague, comment=comment, answer="Taken up.", previous=""
    )
    url = reverse("meetings:report_comment_answer", args=[som29.key, comment.pk])
    # The officer's page still showed no answer.
    late = client_for("secretariat").post(
        url, {"answer": "Not taken up.", "previous": ""}, headers=HTMX
    )
    assert late.status_code == 409
    row = late.content.decode()
    assert row.lstrip().startswith(f'<li id="comment-{comment.pk}"')
    assert f'hx-post="{url}"' in row
    assert "answered this comment meanwhile: “Taken up.”" in row
    assert "Not taken up.</textarea>" in row  # what the officer wrote is still there
    assert 'name="previous" value="Taken up."' in row  # sent again, it replaces the answer
    comment.refresh_from_db()
    assert (comment.answer, comment.answered_by) == ("Taken up.", colleague)
    with pytest.raises(ConflictError):
        delegations.report_comment_answer(
            actor=users["secretariat"], comment=comment, answer="No.", previous=""
        )
    # Seen, and changed on purpose.
    again = client_for("secretariat").post(
        url, {"answer": "Not taken up.", "previous": "Taken up."}, headers=HTMX
    )
    assert again.status_code == 200
    comment.refresh_from_db()
    assert comment.answer == "Not taken up."


# --- the API ----------------------------------------------------------------------------------


def test_the_api_takes_comments_on_paragraphs_and_their_answers(
    som29: Meeting, client_for: Callable[[str], Client], users: dict[str, Any]
) -> None:
    replies = f"/api/meetings/{som29.key}/report-replies"
    mongolia = client_for("focal_point_mn")
    sent = mongolia.post(
        replies,
        {
            "state": "MN",
            "answer": "comments",
            "paragraphs": [{"paragraph": "3", "text": "Name the estuary."}],
        },
        content_type="application/json",
    )
    assert sent.status_code == 201, sent.json()
    body = sent.json()
    assert body["waiting_for"] == ["CN"]
    [para] = body["paragraphs"]
    assert (para["paragraph"], para["text"], para["answer"]) == ("3", "Name the estuary.", "")
    client_for("focal_point_cn").post(
        replies, {"state": "CN", "answer": "no_objection"}, content_type="application/json"
    )
    wrong = mongolia.post(
        replies,
        {"state": "MN", "answer": "comments", "paragraphs": [{"paragraph": "3", "text": ""}]},
        content_type="application/json",
    )
    assert wrong.status_code == 422

    answer_url = f"/api/meetings/{som29.key}/report-comments/{para['id']}/answer"
    assert (
        mongolia.post(answer_url, {"answer": "Mine."}, content_type="application/json").status_code
        == 403
    )
    officer = client_for("secretariat")
    answered = officer.post(
        answer_url, {"answer": "Taken up.", "previous": ""}, content_type="application/json"
    )
    assert answered.status_code == 200
    assert answered.json()["answer"] == "Taken up."
    colleague = Client()
    colleague.force_login(secretariat("secretariat-colleague"))
    conflict = colleague.post(
        answer_url, {"answer": "Not taken up.", "previous": ""}, content_type="application/json"
    )
    assert conflict.status_code == 409
    assert "meanwhile" in conflict.json()["error"]["message"]

    everything = officer.get(replies).json()
    assert [(r["state"], r["answer"]) for r in everything] == [
        ("CN", "no_objection"),
        ("MN", "comments"),
    ]
    assert everything[1]["paragraphs"][0]["answer"] == "Taken up."
    assert everything[1]["waiting_for"] == []
    own = mongolia.get(replies).json()
    assert [r["state"] for r in own] == ["MN"]
    assert own[0]["paragraphs"][0]["answer"] == "Taken up."
    assert [r["state"] for r in client_for("focal_point_cn").get(replies).json()] == ["CN"]
    assert client_for("partner").get(replies).status_code == 403


# --- 4. the adopted report, and 5. decisions recorded during the meeting ---------------------


def _adopt(meeting: Meeting, actor: Any, captured: Any) -> None:
    with captured(execute=True):
        services.meeting_status_set(
            actor=actor,
            meeting=meeting,
            status="report_adopted",
            today=meeting.report_replies_due + datetime.timedelta(days=1),
        )


def test_the_adopted_report_is_the_public_report_of_som_29(
    som29: Meeting,
    users: dict[str, Any],
    client_for: Callable[[str], Client],
    django_capture_on_commit_callbacks: Any,
) -> None:
    _adopt(som29, users["secretariat"], django_capture_on_commit_callbacks)
    paper = MeetingDocument.objects.get(meeting=som29, kind="report")
    report = paper.versions.get()
    assert (paper.title, report.title, report.visibility) == (
        "Report of SOM-29",
        "Report of SOM-29",
        "public",
    )
    # The change of title is in the history, with the title it had.
    assert report.history.filter(title=DRAFT).exists()
    assert report.history.latest().history_change_reason == "report adopted"
    # Anyone finds it in the library under its new title, and by it.
    public = client_for("public")
    assert "Report of SOM-29" in public.get("/library/").content.decode()
    found = public.get("/api/documents/search", {"q": "Report of SOM-29"}).json()
    assert report.pk in [d["id"] for d in found["items"]]
    page = client_for("secretariat").get(reverse("meetings:report", args=[som29.key]))
    assert "<h1>Report of SOM-29</h1>" in page.content.decode()
    # No decision was recorded during SOM-29: its report is offered for extraction.
    assert Extraction.objects.filter(document=report).exists()
    assert "were recorded during the meeting" not in page.content.decode()


def test_a_meeting_whose_decisions_were_recorded_has_no_extraction_proposed(
    som29: Meeting,
    users: dict[str, Any],
    client_for: Callable[[str], Client],
    django_capture_on_commit_callbacks: Any,
) -> None:
    Decision.objects.create(
        meeting=som29,
        paragraph="1",
        summary="The Meeting adopted its agenda.",
        kind=Decision.Kind.PROCEDURAL,
        concern=Decision.Concern.GENERAL,
    )
    _adopt(som29, users["secretariat"], django_capture_on_commit_callbacks)
    report = Document.objects.get(meeting_document__meeting=som29)
    assert report.status == "ready"  # it was read: nothing but the rule kept it from review
    assert not Extraction.objects.filter(document__meeting=som29).exists()
    page = client_for("focal_point_mn").get(reverse("meetings:report", args=[som29.key]))
    text = page.content.decode()
    assert "The decisions of SOM-29 were recorded during the meeting" in text
    assert f'<a href="{reverse("meetings:detail", args=[som29.key])}">' in text
    # Read again later (a worker that stopped), it is still not proposed.
    with django_capture_on_commit_callbacks(execute=True):
        from neaspec.library.tasks import document_read

        document_read.enqueue(document_id=report.pk)
    assert not Extraction.objects.filter(document=report).exists()


def test_comments_are_closed_once_the_report_is_adopted(users, django_capture_on_commit_callbacks):
    """After adoption the answers stand as given: no form, and the service refuses (409)."""
    meeting = circulated(users["secretariat"], django_capture_on_commit_callbacks)
    delegations.report_reply(
        actor=users["secretariat"],
        meeting=meeting,
        state=MemberState.objects.get(code="MN"),
        answer="comments",
        paragraphs=[("3", "Say that Mongolia will host the workshop.")],
    )
    comment = ReportComment.objects.get(reply__meeting=meeting)
    meeting.report_replies_due = timezone.localdate()
    meeting.save()
    services.meeting_status_set(
        actor=users["secretariat"],
        meeting=meeting,
        status="report_adopted",
        today=timezone.localdate() + datetime.timedelta(days=1),
    )
    with pytest.raises(ConflictError, match="its comments are closed"):
        delegations.report_comment_answer(
            actor=users["secretariat"], comment=comment, answer="Too late."
        )
    comment.refresh_from_db()
    assert comment.answer == ""
