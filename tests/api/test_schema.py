"""Schemathesis fuzzes every operation of the published schema against the real app."""

from collections.abc import Iterator

import pytest
import schemathesis
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from hypothesis import HealthCheck, settings
from schemathesis.specs.openapi.checks import positive_data_acceptance

from neaspec.wsgi import application

schema = schemathesis.openapi.from_wsgi("/api/openapi.json", application)
# Lists whose filters name records (decisions.forms, a meeting's label read by MeetingNamed): a
# value of the right shape that names nothing (a meeting, a programme area, an addressee) is
# refused in the page's words, 422.
FILTERED_BY_THE_PAGES_FORMS = {
    "/api/decisions",
    "/api/followups",
    "/api/documents",
    "/api/documents/search",
}


@pytest.fixture
def seeded(reference: None) -> Iterator[None]:
    """Operations run against the real reference data, inside the test's transaction.

    Calling the WSGI app directly fires request signals that close the database connection,
    which would end the test transaction; Django's own test client disconnects them the same way.
    """
    for signal in (request_started, request_finished):
        signal.disconnect(close_old_connections)
    yield
    for signal in (request_started, request_finished):
        signal.connect(close_old_connections)


@schema.parametrize()
# The data is read-only for these operations, so sharing one load across examples is sound.
# Thirty examples an operation on each database (each run draws its own: sixty in CI), where
# sixty on both had grown to an eighth of the suite's time.
@settings(
    suppress_health_check=[HealthCheck.function_scoped_fixture], deadline=None, max_examples=30
)
def test_api_conforms_to_its_schema(case, seeded):
    # Schemathesis's WSGI transport asks for gzip (werkzeug's default headers) but does not
    # unpack it; compression has its own test (tests/test_caching.py).
    refused = [positive_data_acceptance] if case.path in FILTERED_BY_THE_PAGES_FORMS else []
    case.call_and_validate(headers={"Accept-Encoding": "identity"}, excluded_checks=refused)
