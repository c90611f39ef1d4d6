"""Schemathesis fuzzes every operation of the published schema against the real app."""

import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from neaspec.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)


@pytest.fixture
def seeded(reference: None) -> None:
    """Operations run against the real reference data."""


@schema.parametrize()
# The data is read-only for these operations, so sharing one load across examples is sound.
@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None, max_examples=60
)
def test_api_conforms_to_its_schema(case, seeded):
    case.call_and_validate()
