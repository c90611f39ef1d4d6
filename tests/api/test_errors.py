"""Every answer under /api is the API's own: a failure of ours is a JSON 500 with an error id
that is in the log, a database that is busy or away a 503 with Retry-After; and values are
served in the formats the schema declares (wall-clock times, the IATI file as XML)."""

import datetime
import logging
from collections.abc import Callable
from typing import Any

import pytest
from django.db import OperationalError
from django.test import Client

from neaspec.meetings.models import Meeting

pytestmark = pytest.mark.django_db


def _failing(error: Exception) -> Callable[..., Any]:
    def fail(*args: Any, **kwargs: Any) -> Any:
        raise error

    return fail


def test_a_failure_of_ours_is_a_json_500_with_an_id_in_the_log(
    client_for: Callable[[str], Client], monkeypatch: pytest.MonkeyPatch, caplog: Any
) -> None:
    monkeypatch.setattr(
        "neaspec.decisions.selectors.follow_up_list", _failing(RuntimeError("a bug"))
    )
    with caplog.at_level(logging.ERROR, logger="neaspec.api"):
        response = client_for("public").get("/api/followups")
    assert response.status_code == 500
    assert response["Content-Type"] == "application/json"
    error = response.json()["error"]
    assert error["code"] == "server_error"
    error_id = error["message"].split("error ")[1].split(",")[0]
    assert len(error_id) == 12
    logged = [r for r in caplog.records if error_id in r.getMessage()]
    assert logged
    assert logged[0].exc_info is not None  # with its traceback


def test_a_busy_or_absent_database_is_a_503_to_retry(
    client_for: Callable[[str], Client], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "neaspec.decisions.selectors.follow_up_list",
        _failing(OperationalError("database is locked")),
    )
    response = client_for("secretariat").get("/api/followups")
    assert response.status_code == 503
    assert response["Retry-After"] == "5"
    assert response.json()["error"]["code"] == "unavailable"
    assert "nothing was changed" in response.json()["error"]["message"]


@pytest.mark.parametrize(
    ("error", "status", "code"),
    [
        (OperationalError("database is locked"), 503, "unavailable"),
        (KeyError("x"), 500, "server_error"),
    ],
)
def test_a_failure_before_the_api_is_reached_is_still_the_apis_answer(
    client_for: Callable[[str], Client],
    monkeypatch: pytest.MonkeyPatch,
    caplog: Any,
    error: Exception,
    status: int,
    code: str,
) -> None:
    """The signed-in user is read by the middleware, before any operation runs: under /api the
    answer is still JSON (an HTML page would break a client), and a page says in words what
    happened."""
    client = client_for("secretariat")
    client.raise_request_exception = False
    monkeypatch.setattr("django.contrib.auth.get_user", _failing(error))
    with caplog.at_level(logging.WARNING, logger="neaspec.api"):
        response = client.get("/api/followups")
    assert response.status_code == status
    assert response["Content-Type"] == "application/json"
    assert response.json()["error"]["code"] == code
    page = client.get("/follow-ups/")
    assert page.status_code == status
    assert page["Content-Type"].startswith("text/html")
    if status == 503:
        assert response["Retry-After"] == page["Retry-After"] == "5"
        assert "database is busy or cannot be reached" in page.content.decode()
    else:
        error_id = response.json()["error"]["message"].split("error ")[1].split(",")[0]
        assert any(error_id in r.getMessage() for r in caplog.records)
        assert "Something went wrong" in page.content.decode()


def test_times_are_wall_clock_as_declared_and_iati_is_declared_xml(
    client_for: Callable[[str], Client],
) -> None:
    Meeting.objects.filter(key="som-25").update(
        start_time=datetime.time(9, 30), end_time=datetime.time(17, 0)
    )
    meeting = client_for("public").get("/api/meetings/som-25").json()
    assert (meeting["start_time"], meeting["end_time"]) == ("09:30", "17:00")
    schema = client_for("public").get("/api/openapi.json").json()
    declared = schema["components"]["schemas"]["MeetingOut"]["properties"]["start_time"]
    text = next(kind for kind in declared["anyOf"] if kind.get("type") == "string")
    assert "format" not in text
    assert text["pattern"] == r"^([01]\d|2[0-3]):[0-5]\d$"
    iati = schema["paths"]["/api/projects/{key}/iati.xml"]["get"]["responses"]["200"]
    assert list(iati["content"]) == ["application/xml"]
