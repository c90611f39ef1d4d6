"""Surveys through the API and their pages: written by the Secretariat, answered once per
State or through the public link's token, counted in results, exported and reported."""

import csv
import io
from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client

from neaspec.consultations.models import Survey, SurveyResponse
from neaspec.programme.models import ProgrammeArea
from tests.reports.conftest import body, pdf_text, workbook

PUBLIC = {
    "title": "How useful is NEASPEC to you?",
    "audience": "public",
    "questions": [
        {"text": "Which area matters most?", "kind": "single", "choices": ["Air", "Sea"]},
        {"text": "Rate the programme", "kind": "scale", "required": True},
        {"text": "What should change?", "kind": "text"},
        {
            "text": "Which platforms do you follow?",
            "kind": "multiple",
            "choices": ["NEACAP", "NEAMPAN", "NEA-LCCP"],
        },
    ],
}


def post(client: Client, url: str, data: dict[str, Any]) -> Any:
    return client.post(url, data, content_type="application/json")


@pytest.fixture
def survey(client_for: Callable[[str], Client]) -> dict[str, Any]:
    response = post(client_for("secretariat"), "/api/surveys", PUBLIC)
    assert response.status_code == 201, response.json()
    return response.json()


def answer(
    client: Client,
    survey: dict[str, Any],
    answers: list[dict[str, Any]],
    token: str = "",
    **extra: Any,
) -> Any:
    url = f"/api/surveys/{survey['id']}/responses" + (f"?token={token}" if token else "")
    return post(client, url, {"answers": answers, **extra})


def token(survey: dict[str, Any]) -> str:
    return survey["link"].rsplit("token=", 1)[1]


def test_a_public_survey_takes_answers_with_its_token(
    survey: dict[str, Any], client_for: Callable[[str], Client]
) -> None:
    public = client_for("public")
    given = [
        {"question": 1, "value": "Air"},
        {"question": 2, "value": 4},
        {"question": 3, "value": "More on dust."},
    ]
    assert answer(public, survey, given).status_code == 401  # no token, no answer
    assert answer(public, survey, given, token="wrong").status_code == 401
    # A signed-in reader who is not the Secretariat answers through the link too.
    assert answer(client_for("focal_point_mn"), survey, given).status_code == 403
    response = answer(public, survey, given, token=token(survey))
    assert response.status_code == 201, response.json()
    # The token may come in the body too, as the link's query does.
    in_body = post(
        public,
        f"/api/surveys/{survey['id']}/responses",
        {"answers": [{"question": 2, "value": 3}], "token": token(survey)},
    )
    assert in_body.status_code == 201, in_body.json()
    SurveyResponse.objects.filter(pk=in_body.json()["id"]).delete()
    answer(
        public,
        survey,
        [
            {"question": 1, "value": "Sea"},
            {"question": 2, "value": 2},
            {"question": 4, "value": ["NEACAP", "NEAMPAN"]},
        ],
        token=token(survey),
    )
    results = public.get(f"/api/surveys/{survey['id']}/results").json()
    assert results["responses"] == 2
    q1, q2, q3, q4 = results["questions"]
    assert q1["counts"] == [{"label": "Air", "count": 1}, {"label": "Sea", "count": 1}]
    assert [c["count"] for c in q2["counts"]] == [0, 1, 0, 1, 0]
    assert q2["mean"] == 3.0
    assert q3["answered"] == 1
    assert q3["texts"] == []
    assert {c["label"]: c["count"] for c in q4["counts"]} == {
        "NEACAP": 1,
        "NEAMPAN": 1,
        "NEA-LCCP": 0,
    }
    secretariat = client_for("secretariat").get(f"/api/surveys/{survey['id']}/results").json()
    assert secretariat["questions"][2]["texts"] == ["More on dust."]


@pytest.mark.parametrize(
    ("answers", "reason"),
    [
        (
            [{"question": 1, "value": "Land"}, {"question": 2, "value": 3}],
            "choose one of the choices",
        ),
        ([{"question": 1, "value": "Air"}], "Question 2 must be answered"),
        ([{"question": 2, "value": 9}], "from 1 to 5"),
        ([{"question": 2, "value": 3}, {"question": 7, "value": "x"}], "no question 7"),
        (
            [{"question": 2, "value": 3}, {"question": 4, "value": ["NEACAP", "NEACAP"]}],
            "each once",
        ),
        ([{"question": 2, "value": 3}, {"question": 2, "value": 4}], "answered once"),
    ],
)
def test_a_bad_answer_is_refused_and_nothing_is_kept(
    survey: dict[str, Any],
    client_for: Callable[[str], Client],
    answers: list[dict[str, Any]],
    reason: str,
) -> None:
    response = answer(client_for("public"), survey, answers, token=token(survey))
    assert response.status_code == 422
    assert reason in str(response.json())
    assert not SurveyResponse.objects.exists()


def test_a_member_state_answers_once(client_for: Callable[[str], Client]) -> None:
    states = {**PUBLIC, "audience": "member_states", "title": "Member States' survey"}
    survey = post(client_for("secretariat"), "/api/surveys", states).json()
    assert survey["link"] is None
    fp = client_for("focal_point_mn")
    given = [{"question": 2, "value": 5}]
    assert answer(fp, survey, given, state="CN").status_code == 403  # not for another State
    first = answer(fp, survey, given)
    assert first.status_code == 201
    assert first.json()["state"] == "MN"
    again = answer(fp, survey, given)
    assert again.status_code == 409
    assert "Mongolia has already answered" in again.json()["error"]["message"]
    assert SurveyResponse.objects.count() == 1
    # The public does not see the States' survey.
    assert client_for("public").get(f"/api/surveys/{survey['id']}/results").status_code == 404


def test_a_question_per_programme_area(client_for: Callable[[str], Client]) -> None:
    spec = {
        "title": "Relevance",
        "audience": "public",
        "questions": [{"text": "How relevant is {area}?", "kind": "scale", "per_area": True}],
    }
    survey = post(client_for("secretariat"), "/api/surveys", spec).json()
    areas = list(ProgrammeArea.objects.order_by("order", "code"))
    assert [q["area"] for q in survey["questions"]] == [a.code for a in areas]
    assert survey["questions"][0]["text"] == f"How relevant is {areas[0].name}?"


@pytest.mark.parametrize(
    ("question", "reason"),
    [
        ({"text": "Pick", "kind": "single", "choices": ["Only one"]}, "two different choices"),
        ({"text": "Rate", "kind": "scale", "scale_min": 5, "scale_max": 1}, "lower to a higher"),
        ({"text": "Say", "kind": "text", "choices": ["a", "b"]}, "takes no choices"),
        ({"text": "Say", "kind": "essay"}, ""),
    ],
)
def test_a_bad_survey_is_refused(
    client_for: Callable[[str], Client], question: dict[str, Any], reason: str
) -> None:
    response = post(client_for("secretariat"), "/api/surveys", {**PUBLIC, "questions": [question]})
    assert response.status_code == 422
    assert reason in str(response.json())
    assert not Survey.objects.filter(title=PUBLIC["title"]).exists()


def test_only_the_secretariat_writes_surveys(client_for: Callable[[str], Client]) -> None:
    assert post(client_for("focal_point_mn"), "/api/surveys", PUBLIC).status_code == 403
    assert post(client_for("public"), "/api/surveys", PUBLIC).status_code == 401


def test_results_export_and_report(
    survey: dict[str, Any], client_for: Callable[[str], Client]
) -> None:
    answer(
        client_for("public"),
        survey,
        [
            {"question": 1, "value": "Sea"},
            {"question": 2, "value": 4},
            {"question": 3, "value": "Más, 更多"},
        ],
        token=token(survey),
    )
    secretariat = client_for("secretariat")
    exported = secretariat.get(f"/surveys/{survey['key']}/responses.csv")
    assert exported.status_code == 200
    rows = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    assert rows[0][3:] == [
        "1. Which area matters most?",
        "2. Rate the programme",
        "3. What should change?",
        "4. Which platforms do you follow?",
    ]
    assert rows[1][3:6] == ["Sea", "4", "Más, 更多"]
    assert (
        client_for("focal_point_mn").get(f"/surveys/{survey['key']}/responses.csv").status_code
        == 403
    )
    sheet = workbook(body(secretariat.get(f"/reports/survey-results.xlsx?survey={survey['key']}")))
    q1 = [[c.value for c in row] for row in sheet["Question 1"].iter_rows()]
    assert ["Air", 0] in q1  # counts are numbers, not text
    assert ["Sea", 1] in q1
    text = " ".join(
        pdf_text(
            body(secretariat.get(f"/reports/survey-results.pdf?survey={survey['id']}"))
        ).split()
    )
    assert "Survey results: How useful is NEASPEC to you?" in text
    assert "Rate the programme" in text


def test_the_survey_page_takes_an_answer_through_the_link(
    survey: dict[str, Any], client_for: Callable[[str], Client]
) -> None:
    public = client_for("public")
    page = public.get(f"/surveys/{survey['key']}/?token={token(survey)}")
    assert page.status_code == 200
    assert "Rate the programme" in page.content.decode()
    sent = public.post(
        f"/surveys/{survey['key']}/", {"token": token(survey), "q1": "Air", "q2": "3"}
    )
    assert sent.status_code == 200
    assert "your answers are recorded" in sent.content.decode()
    results = public.get(f"/surveys/{survey['key']}/results/").content.decode()
    assert 'data-label="Air" data-value="1"' in results
    # Without the token the page explains how to answer and a post is refused.
    assert (
        "Answer through the link you received"
        in public.get(f"/surveys/{survey['key']}/").content.decode()
    )
    assert public.post(f"/surveys/{survey['key']}/", {"q1": "Air", "q2": "3"}).status_code == 403
    assert SurveyResponse.objects.count() == 1


def test_the_reference_surveys_say_what_the_sources_say(
    client_for: Callable[[str], Client],
) -> None:
    items = client_for("secretariat").get("/api/surveys").json()["items"]
    recorded = {s["key"]: s for s in items}
    survey_2020 = recorded["stakeholder-survey-2020"]
    assert (survey_2020["participants_recorded"], survey_2020["period"]) == (
        163,
        "March-April 2020",
    )
    assert survey_2020["questions"] == []
    assert survey_2020["accepting_responses"] is False
    assert recorded["strategic-plan-2026-2030-survey"]["responses"] == 0
    # The sources date neither survey to the day: no date is set.
    assert Survey.objects.get(key="strategic-plan-2026-2030-survey").opens is None


def test_stakeholders_get_their_own_links_by_email(
    smtp: Any,
    users: dict[str, Any],
    client_for: Callable[[str], Client],
    django_capture_on_commit_callbacks: Any,
) -> None:
    from neaspec.consultations.surveys import survey_create

    survey = survey_create(
        actor=users["secretariat"],
        title="Partners' views",
        audience="stakeholders",
        questions=[{"text": "Pick", "kind": "single", "choices": ["A", "B"]}],
        invitees=[("Ms Ariunaa", "ariunaa@example.mn"), ("Mr Kim", "")],
    )
    secretariat = client_for("secretariat")
    for _ in range(2):  # a second press sends nothing twice
        with django_capture_on_commit_callbacks(execute=True):
            assert secretariat.post(f"/surveys/{survey.key}/invite/").status_code == 302
    assert [to for to, _ in smtp.messages] == [["ariunaa@example.mn"]]
    invitee = survey.invitees.get(name="Ms Ariunaa")
    body = smtp.messages[0][1].get_payload(decode=True).decode()
    assert f"?token={invitee.token}" in body
    assert invitee.token != survey.token
    # The link answers once, as that invitee.
    url = f"/api/surveys/{survey.pk}/responses?token={invitee.token}"
    first = post(client_for("public"), url, {"answers": [{"question": 1, "value": "A"}]})
    assert first.status_code == 201
    again = post(client_for("public"), url, {"answers": [{"question": 1, "value": "B"}]})
    assert again.status_code == 409
    # The survey's own token opens no stakeholders' survey.
    stranger = f"/api/surveys/{survey.pk}/responses?token={survey.token}"
    assert (
        post(
            client_for("public"), stranger, {"answers": [{"question": 1, "value": "A"}]}
        ).status_code
        == 401
    )


@pytest.mark.parametrize("bad", ["\x00", "a\x00b", "x" * 41, "ü"])
def test_a_token_that_cannot_be_one_is_no_token(
    survey: dict[str, Any], client_for: Callable[[str], Client], bad: str
) -> None:
    """Never a server error (PostgreSQL refuses NUL in a query): as if no token was given."""
    given = {"answers": [{"question": 2, "value": 3}], "token": bad}
    url = f"/api/surveys/{survey['id']}/responses"
    assert post(client_for("public"), url, given).status_code in (401, 422)
    assert post(client_for("focal_point_mn"), url, given).status_code in (403, 422)
    assert client_for("public").get(f"/surveys/{survey['key']}/", {"token": bad}).status_code == 200
    assert not SurveyResponse.objects.exists()
