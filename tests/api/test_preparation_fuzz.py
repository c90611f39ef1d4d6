"""Schemathesis fuzzes the operations that prepare a meeting, signed in as the Secretariat:
whatever the body, the answer is in the schema and never a server error; SOM-29 exists with
registration open so that the fuzzed bodies reach the services' own checks."""

import datetime
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

from neaspec.directory.models import MemberState
from neaspec.meetings import services
from neaspec.meetings.models import MeetingSeries
from neaspec.wsgi import application
from tests.api.wsgi import CSRF, signed_in_cookies

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application).include(
    path_regex=r"^/api/meetings", method=["POST", "PATCH"]
)


@pytest.fixture
def signed_in(users: dict[str, Any]) -> Iterator[dict[str, str]]:
    """The Secretariat's session and CSRF cookie, and SOM-29 open for registration."""
    actor = users["secretariat"]
    start = timezone.localdate() + datetime.timedelta(days=30)
    meeting = services.meeting_create(
        actor=actor,
        series=MeetingSeries.objects.get(code="SOM"),
        number=29,
        start=start,
        end=start,
        host=MemberState.objects.get(code="MN"),
        city="Ulaanbaatar",
    )
    services.agenda_item_add(actor=actor, meeting=meeting, number="1", title="Opening")
    services.meeting_status_set(actor=actor, meeting=meeting, status="registration_open")
    with signed_in_cookies(actor) as cookies:
        yield cookies


@schema.parametrize()
@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None, max_examples=40
)
def test_preparation_writes_conform_and_never_fail(case: Any, signed_in: dict[str, str]) -> None:
    if "key" in case.path_parameters:
        case.path_parameters["key"] = "som-29"  # the meeting being prepared, not a random key
    response = case.call_and_validate(
        headers={"X-CSRFToken": CSRF, "Accept-Encoding": "identity"},
        cookies=signed_in,
        # A schema-valid body may still be refused by the programme's rules (a date in the past,
        # a number already taken): that is a 422 with its reason, not a schema fault. And the
        # session is ours, so the checks that drop or forge authentication do not apply.
        excluded_checks=[positive_data_acceptance, ignored_auth, negative_data_rejection],
    )
    assert response.status_code < 500
