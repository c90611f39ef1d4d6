"""Schemathesis fuzzes the consultations' and surveys' writes signed in as the Secretariat (and
the survey answers as the public): whatever the body, the answer is in the schema and never a
server error. A consultation, a comment and a public survey exist so that the fuzzed bodies
reach the services' own checks."""

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from django.utils import timezone
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import (
    ignored_auth,
    negative_data_rejection,
    positive_data_acceptance,
)

from neaspec.consultations import services
from neaspec.consultations.surveys import survey_create
from neaspec.wsgi import application
from tests.api.wsgi import CSRF, signed_in_cookies

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application).include(
    path_regex=r"^/api/(consultations|comments|surveys)", method=["POST"]
)


@pytest.fixture
def world(users: dict[str, Any]) -> Iterator[dict[str, Any]]:
    actor = users["secretariat"]
    consultation = services.consultation_open(
        actor=actor,
        title="Fuzzed draft",
        paragraphs=["One.", "Two."],
        opens=timezone.localdate(),
        closes=None,
        audience="focal_points",
    )
    comment = services.comment_add(
        actor=users["focal_point_mn"], consultation=consultation, paragraph=1, text="A comment."
    )
    survey = survey_create(
        actor=actor,
        title="Fuzzed survey",
        audience="public",
        questions=[
            {"text": "Pick", "kind": "single", "choices": ["A", "B"]},
            {"text": "Rate", "kind": "scale"},
            {"text": "Say", "kind": "text"},
        ],
    )
    with signed_in_cookies(actor) as cookies:
        yield {
            "ids": {
                "consultation_id": consultation.pk,
                "comment_id": comment.pk,
                "survey_id": survey.pk,
            },
            "cookies": cookies,
        }


@schema.parametrize()
@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None, max_examples=40
)
def test_consultation_writes_conform_and_never_fail(case: Any, world: dict[str, Any]) -> None:
    for name, value in world["ids"].items():
        if name in case.path_parameters:
            case.path_parameters[name] = value  # the objects that exist, not random ids
    response = case.call_and_validate(
        headers={"X-CSRFToken": CSRF, "Accept-Encoding": "identity"},
        cookies=world["cookies"],
        # A schema-valid body may still be refused by the programme's rules; the session is
        # ours, so the checks that drop or forge authentication do not apply.
        excluded_checks=[positive_data_acceptance, ignored_auth, negative_data_rejection],
    )
    assert response.status_code < 500
