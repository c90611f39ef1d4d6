"""Schemathesis fuzzes the people and outbox operations signed in as the Secretariat: whatever
the body or query, the answer is in the schema and never a server error. A partner's account
and grant exist so that fuzzed bodies reach the services' own checks."""

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

from neaspec.wsgi import application
from tests.api.wsgi import CSRF, signed_in_cookies

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application).include(
    path_regex=r"^/api/(people/invitations|accounts|outbox)"
)


@pytest.fixture
def world(users: dict[str, Any]) -> Iterator[dict[str, Any]]:
    partner = users["partner"]
    with signed_in_cookies(users["secretariat"]) as cookies:
        yield {"ids": {"pk": partner.pk, "grant": partner.grants.get().pk}, "cookies": cookies}


@schema.parametrize()
@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None, max_examples=30
)
def test_people_operations_conform_and_never_fail(case: Any, world: dict[str, Any]) -> None:
    for name, value in world["ids"].items():
        if name in case.path_parameters:
            case.path_parameters[name] = value  # the account that exists, not random ids
    response = case.call_and_validate(
        headers={"X-CSRFToken": CSRF, "Accept-Encoding": "identity"},
        cookies=world["cookies"],
        excluded_checks=[positive_data_acceptance, ignored_auth, negative_data_rejection],
    )
    assert response.status_code < 500
