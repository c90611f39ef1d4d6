"""Schemathesis fuzzes the writes on a decision, signed in as the Secretariat: a draft's
amendment, adoption and positions, and links to other decisions. Whatever the body, the answer
is in the schema and never a server error; the operations run on a draft of SOM-29 so that the
fuzzed bodies reach the services' own checks (a version read, a citation, a kind)."""

from collections.abc import Iterator
from typing import Any

import pytest
import schemathesis
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import (
    ignored_auth,
    negative_data_rejection,
    positive_data_acceptance,
)

from neaspec.decisions import drafting_services
from neaspec.decisions.models import Decision
from neaspec.meetings.models import Meeting
from neaspec.proceedings.reading import draft_reading
from neaspec.wsgi import application
from tests.api.wsgi import CSRF, signed_in_cookies
from tests.proceedings.conftest import som29 as som29

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application).include(
    path_regex=r"^/api/decisions/\{decision_id\}", method=["POST", "DELETE"]
)
TEXT = "The Meeting requested the Secretariat to report on the NEACAP workshop by 1 May 2027."


@pytest.fixture
def draft(users: dict[str, Any], som29: Meeting) -> Decision:
    return drafting_services.decision_draft(
        actor=users["secretariat"], meeting=som29, text=TEXT, reading=draft_reading(TEXT)
    )


@pytest.fixture
def signed_in(users: dict[str, Any]) -> Iterator[dict[str, str]]:
    with signed_in_cookies(users["secretariat"]) as cookies:
        yield cookies


@schema.parametrize()
@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None, max_examples=30
)
def test_decision_writes_conform_and_never_fail(
    case: Any, signed_in: dict[str, str], draft: Decision
) -> None:
    case.path_parameters["decision_id"] = draft.pk
    response = case.call_and_validate(
        headers={"X-CSRFToken": CSRF, "Accept-Encoding": "identity"},
        cookies=signed_in,
        # A schema-valid body may still be refused by the programme's rules (a text amended
        # meanwhile, an unknown citation): a 409 or 422 with its reason, not a schema fault.
        excluded_checks=[positive_data_acceptance, ignored_auth, negative_data_rejection],
    )
    assert response.status_code < 500
