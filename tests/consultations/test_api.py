"""Consulting the States on a draft through the API, as the issue's check does: the Secretariat
opens it, two focal points comment, Japan cannot comment as Mongolia, a late comment is
refused, the Secretariat answers and revises; the compilation lists both comments."""

import datetime
import re
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from neaspec.consultations.models import Comment, Consultation, Version
from neaspec.decisions.models import FollowUp, Position
from tests.factories import draft_decision, focal_point_user
from tests.reports.conftest import body, word, word_rows

DRAFT = {
    "title": "Draft terms of reference of the mid-term review",
    "paragraphs": [
        "The review covers the Strategic Plan 2021-2025.",
        "An external evaluator reports to SOM-30.",
    ],
    "opens": "2026-12-01",
    "closes": "2026-12-31",
    "audience": "focal_points",
    "open": True,
}
TODAY = datetime.date(2026, 12, 3)


def post(client: Client, url: str, data: dict[str, Any]) -> Any:
    return client.post(url, data, content_type="application/json")


@pytest.fixture
def today(monkeypatch: Any) -> datetime.date:
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a: TODAY)
    return TODAY


@pytest.fixture
def japan(users: dict[str, Any]) -> Client:
    client = Client()
    client.force_login(focal_point_user("JP"))
    return client


@pytest.fixture
def consultation(client_for: Callable[[str], Client], today: datetime.date) -> int:
    response = post(client_for("secretariat"), "/api/consultations", DRAFT)
    assert response.status_code == 201, response.json()
    return int(response.json()["id"])


def test_the_secretariat_opens_a_consultation(
    consultation: int, client_for: Callable[[str], Client]
) -> None:
    got = client_for("focal_point_mn").get(f"/api/consultations/{consultation}").json()
    assert got["title"] == DRAFT["title"]
    assert [p["number"] for p in got["paragraphs"]] == [1, 2]
    assert got["paragraphs"][1]["text"] == "An external evaluator reports to SOM-30."
    assert got["version"] == 1
    assert got["accepting_comments"] is True
    # Addressed to the focal points: the public and a partner are told it does not exist.
    assert client_for("public").get(f"/api/consultations/{consultation}").status_code == 404
    assert client_for("partner").get(f"/api/consultations/{consultation}").status_code == 404
    history = Consultation.objects.get(pk=consultation).history.first()
    assert history.history_user.username == "secretariat-officer"


def test_focal_points_comment_for_their_own_state_only(
    consultation: int, client_for: Callable[[str], Client], japan: Client
) -> None:
    url = f"/api/consultations/{consultation}/comments"
    mongolia = post(
        client_for("focal_point_mn"),
        url,
        {
            "state": "MN",
            "paragraph": 1,
            "text": "Cover 2016-2020 too.",
            "proposed_text": "The review covers the plans since 2016.",
        },
    )
    assert mongolia.status_code == 201, mongolia.json()
    assert mongolia.json()["by"] == "Mongolia"
    as_mongolia = post(japan, url, {"state": "MN", "paragraph": 1, "text": "Posing as Mongolia."})
    assert as_mongolia.status_code == 403
    own = post(japan, url, {"paragraph": 2, "text": "Report to SOM-29 instead."})
    assert own.status_code == 201
    assert own.json()["state"] == "JP"
    listed = client_for("focal_point_cn").get(url).json()["items"]
    assert [(c["state"], c["paragraph"]) for c in listed] == [("MN", 1), ("JP", 2)]
    assert Comment.objects.count() == 2


def test_a_comment_after_the_closing_date_is_refused(
    consultation: int, client_for: Callable[[str], Client], monkeypatch: Any
) -> None:
    monkeypatch.setattr("django.utils.timezone.localdate", lambda *a: datetime.date(2027, 1, 1))
    response = post(
        client_for("focal_point_mn"),
        f"/api/consultations/{consultation}/comments",
        {"state": "MN", "paragraph": 1, "text": "Late."},
    )
    assert response.status_code == 422
    assert "closed on 2026-12-31" in response.json()["error"]["message"]
    assert not Comment.objects.exists()


@pytest.mark.parametrize(
    ("body_", "status", "reason"),
    [
        ({"paragraph": 3, "text": "No such paragraph."}, 422, "no paragraph 3"),
        ({"paragraph": 1}, 422, "Write the comment"),
        ({"paragraph": 1, "text": "x", "stance": "objection"}, 422, "draft decision"),
        ({"paragraph": 1, "text": "x", "colour": "red"}, 422, ""),
        ({"state": "XX", "text": "x"}, 404, ""),
        ({"paragraph": 0, "text": "x"}, 422, ""),
    ],
)
def test_a_bad_comment_gets_its_reason_and_changes_nothing(
    consultation: int,
    client_for: Callable[[str], Client],
    body_: dict[str, Any],
    status: int,
    reason: str,
) -> None:
    response = post(
        client_for("focal_point_mn"), f"/api/consultations/{consultation}/comments", body_
    )
    assert response.status_code == status
    assert reason in str(response.json())
    assert not Comment.objects.exists()


def test_the_secretariat_responds_and_publishes_version_2(
    consultation: int, client_for: Callable[[str], Client]
) -> None:
    fp, secretariat = client_for("focal_point_mn"), client_for("secretariat")
    comment = post(
        fp, f"/api/consultations/{consultation}/comments", {"paragraph": 2, "text": "SOM-29."}
    )
    comment_id = comment.json()["id"]
    # A focal point does not answer comments; "not taken" needs its reason.
    assert post(fp, f"/api/comments/{comment_id}/response", {"outcome": "taken"}).status_code == 403
    no_reason = post(secretariat, f"/api/comments/{comment_id}/response", {"outcome": "not_taken"})
    assert no_reason.status_code == 422
    assert "Say why" in no_reason.json()["error"]["message"]
    answered = post(
        secretariat,
        f"/api/comments/{comment_id}/response",
        {"outcome": "taken", "text": "The evaluator reports to SOM-29."},
    )
    assert answered.status_code == 201
    assert answered.json()["response"]["outcome"] == "taken"
    again = post(
        secretariat, f"/api/comments/{comment_id}/response", {"outcome": "not_taken", "text": "x"}
    )
    assert again.status_code == 409  # answered once; the first response stands
    assert Comment.objects.get(pk=comment_id).outcome == "taken"

    revised = [DRAFT["paragraphs"][0], "An external evaluator reports to SOM-29."]
    published = post(
        secretariat,
        f"/api/consultations/{consultation}/versions",
        {"paragraphs": revised, "note": "Para. 2 as Mongolia proposed.", "based_on": 1},
    )
    assert published.status_code == 201
    assert published.json()["number"] == 2
    stale = post(
        secretariat,
        f"/api/consultations/{consultation}/versions",
        {"paragraphs": revised, "based_on": 1},
    )
    assert stale.status_code == 409  # revised from version 1 while version 2 exists
    got = fp.get(f"/api/consultations/{consultation}").json()
    assert [v["number"] for v in got["versions"]] == [1, 2]
    assert got["paragraphs"][1]["text"].endswith("SOM-29.")
    assert Version.objects.filter(consultation_id=consultation).count() == 2


def test_who_has_answered_and_no_comment(
    consultation: int, client_for: Callable[[str], Client]
) -> None:
    url = f"/api/consultations/{consultation}/comments"
    post(client_for("focal_point_mn"), url, {"text": "Agreed in substance."})
    assert post(client_for("focal_point_cn"), url, {"no_comment": True}).status_code == 201
    twice = post(client_for("focal_point_cn"), url, {"no_comment": True})
    assert twice.status_code == 422
    assert "already answered" in twice.json()["error"]["message"]
    answers = client_for("secretariat").get(f"/api/consultations/{consultation}").json()["answers"]
    by_state = {a["state"]: a["answer"] for a in answers}
    assert by_state == {
        "CN": "no_comment",
        "KP": "waiting",
        "JP": "waiting",
        "MN": "commented",
        "KR": "waiting",
        "RU": "waiting",
    }


def test_a_stance_on_a_draft_decision_is_the_states_position(
    client_for: Callable[[str], Client], today: datetime.date
) -> None:
    draft = draft_decision("Expand the NEAMPAN sites.")
    opened = post(
        client_for("secretariat"),
        "/api/consultations",
        {
            **DRAFT,
            "subject": "draft_decisions",
            "paragraphs": ["Expand the NEAMPAN sites."],
            "drafts": [{"paragraph": 1, "decision": draft.pk}],
        },
    )
    assert opened.status_code == 201, opened.json()
    assert opened.json()["paragraphs"][0]["decision"] == "SOM-25, para. 99"
    url = f"/api/consultations/{opened.json()['id']}/comments"
    response = post(
        client_for("focal_point_mn"),
        url,
        {"paragraph": 1, "stance": "reservation", "text": "Pending consultations at home."},
    )
    assert response.status_code == 201, response.json()
    position = Position.objects.get(decision=draft, state__code="MN")
    assert position.stance == "reservation"
    assert Comment.objects.get().position == position


def test_each_states_answer_closes_its_follow_up_of_the_request(
    client_for: Callable[[str], Client], today: datetime.date
) -> None:
    """SOM-25 para. 10.4 asked each State for comments; a State's answer closes its own."""
    request = FollowUp.objects.get(
        decision__meeting__key="som-25",
        decision__paragraph="10",
        decision__sentence=4,
        state__code="MN",
    ).decision
    FollowUp.objects.filter(decision=request).update(status="open", closed_on=None, outcome="")
    opened = post(client_for("secretariat"), "/api/consultations", {**DRAFT, "request": request.pk})
    url = f"/api/consultations/{opened.json()['id']}/comments"
    comment = post(
        client_for("focal_point_mn"), url, {"paragraph": 1, "text": "Our comments."}
    ).json()
    mongolia = FollowUp.objects.get(decision=request, state__code="MN")
    assert mongolia.status == "done"
    assert f"#comment-{comment['id']}" in mongolia.evidence_source
    assert "Mongolia sent its comments" in mongolia.outcome
    assert FollowUp.objects.get(decision=request, state__code="CN").status == "open"


def test_the_compilation_lists_both_comments_with_responses(
    consultation: int, client_for: Callable[[str], Client], japan: Client
) -> None:
    url = f"/api/consultations/{consultation}/comments"
    first = post(
        client_for("focal_point_mn"),
        url,
        {"paragraph": 1, "text": "Cover 2016-2020 too.", "proposed_text": "Since 2016."},
    )
    post(japan, url, {"paragraph": 2, "text": "Report to SOM-29."})
    post(
        client_for("secretariat"),
        f"/api/comments/{first.json()['id']}/response",
        {"outcome": "partly_taken", "text": "Only 2021-2025 is evaluated."},
    )
    response = client_for("secretariat").get(f"/reports/comments.docx?consultation={consultation}")
    assert response.status_code == 200, response
    rows = word_rows(word(body(response)))
    assert [
        "1",
        "Mongolia",
        "Cover 2016-2020 too.",
        "Since 2016.",
        "Partly taken. Only 2021-2025 is evaluated.",
    ] in rows
    assert ["2", "Japan", "Report to SOM-29.", "—", "Not answered yet"] in rows
    for fmt in ("pdf", "xlsx"):
        assert (
            client_for("secretariat")
            .get(f"/reports/comments.{fmt}?consultation={consultation}")
            .status_code
            == 200
        )
    # Not addressed to partners: the report says there is no such consultation.
    denied = client_for("partner").get(f"/reports/comments.docx?consultation={consultation}")
    assert denied.status_code == 400


def test_the_reference_consultations_record_only_what_the_sources_say(
    client_for: Callable[[str], Client],
) -> None:
    listed = client_for("focal_point_mn").get("/api/consultations").json()["items"]
    by_key = {c["key"]: c for c in listed}
    outline = (
        client_for("focal_point_mn")
        .get(f"/api/consultations/{by_key['renewed-commitments-outline']['id']}")
        .json()
    )
    assert (outline["closes"], outline["meeting"], outline["request"]) == (
        "2022-10-31",
        "SOM-25",
        "SOM-25, para. 10.4",
    )
    zero = by_key["strategic-plan-2026-2030-zero-draft"]
    assert (zero["opens"], zero["closes"], zero["version"]) == ("2025-04-10", None, 0)
    # No text, so no comment: the sources record none.
    assert not Comment.objects.exists()
    refused = post(
        client_for("focal_point_mn"),
        f"/api/consultations/{zero['id']}/comments",
        {"text": "A comment."},
    )
    assert refused.status_code == 422
    assert "not in the Hub" in refused.json()["error"]["message"]
    focal_point = client_for("focal_point_mn")
    page = focal_point.get("/consultations/strategic-plan-2026-2030-zero-draft/").content.decode()
    # Held outside the Hub: said so, with its date and its source by name; nobody is shown as
    # "not yet" answering, and it is not offered on the home page as open.
    assert "Held outside the Hub" in page
    assert "opened on April 10, 2025" in page
    assert "Who has answered" not in page
    assert ".txt" not in page
    assert "Source: Concept note, Meeting of NEASPEC National Focal Points" in " ".join(
        re.sub(r"<[^>]+>", " ", page).split()
    )
    assert "participants see each other" not in page  # no comments to see
    assert "Compilation of comments" not in page
    assert "held outside the Hub: its questions are not recorded here" in page  # its survey
    listed = focal_point.get("/consultations/").content.decode()
    assert "Held outside the Hub" in listed
    home = focal_point.get("/").content.decode()
    assert "/consultations/strategic-plan-2026-2030-zero-draft/" not in home
