"""A body that is not the object an operation declares is refused before anything is written:
every write operation of the API (found in the OpenAPI schema, addressed as the access matrix
addresses it) is sent `null`, a list, a string and a number by the Secretariat, who may do
anything, and answers 422 with the reason; no table gains or loses a row."""

from collections.abc import Callable
from typing import Any

import pytest
from django.apps import apps
from django.test import Client

from tests.access.matrix import API
from tests.access.probes import api_operations, world  # noqa: F401  (the matrix's fixture)

REFUSED = "The body must be a JSON object of the operation's fields, not "
NOT_OBJECTS = {
    "null": "null",
    "[null, null]": "a list",
    '"hello"': "a string",
    "3": "a number",
}


def _rows() -> dict[str, int]:
    return {m._meta.label: m._base_manager.count() for m in apps.get_models()}


@pytest.mark.usefixtures("world")
def test_every_write_operation_refuses_a_body_that_is_not_an_object(
    client_for: Callable[[str], Client],
) -> None:
    officer = client_for("secretariat")
    writes = sorted((path, method) for path, method in api_operations() if method != "get")
    addressed = [(path, method, API[(path, method)][0].kwargs()) for path, method in writes]
    before = _rows()
    answers: dict[str, Any] = {}
    for path, method, kwargs in addressed:
        url = path.format(**kwargs)
        for body, kind in NOT_OBJECTS.items():
            response = getattr(officer, method)(url, body, content_type="application/json")
            reason = response.json()["error"]["fields"] if response.status_code == 422 else None
            expected = [{"location": "body", "message": f"{REFUSED}{kind}."}]
            if (response.status_code, reason) != (422, expected):
                answers[f"{method.upper()} {url} {body}"] = (response.status_code, reason)
    assert answers == {}
    assert _rows() == before
    assert len(writes) > 40
    print(f"bodies: {len(writes)} write operations x {len(NOT_OBJECTS)} bodies, all 422")


def test_an_object_still_reaches_the_operation(client_for: Callable[[str], Client]) -> None:
    """The refusal is the body's shape only: an object goes on to the schema, which names a
    field it does not know."""
    officer = client_for("secretariat")
    sent = officer.post(
        "/api/sites/dauria-ipa/sheets", {"colour": "green"}, content_type="application/json"
    )
    assert sent.status_code == 422
    assert [f["location"] for f in sent.json()["error"]["fields"]] == ["body.data.colour"]


def test_every_write_operation_documents_what_it_may_answer() -> None:
    """Each refusal above, and each of the others, is in the OpenAPI document with the error's
    shape, so that a generated client knows them."""
    from neaspec.api.root import api

    schema = api.get_openapi_schema()
    error = "#/components/schemas/ErrorOut"
    missing = {
        f"{method.upper()} {path}": sorted(
            code
            for code in ("400", "401", "403", "404", "409", "422")
            if operation["responses"]
            .get(int(code), operation["responses"].get(code, {}))
            .get("content", {})
            .get("application/json", {})
            .get("schema", {})
            .get("$ref")
            != error
        )
        for path, operations in schema["paths"].items()
        for method, operation in operations.items()
        if method != "get"
    }
    assert {op: codes for op, codes in missing.items() if codes} == {}


def test_every_duplicate_is_said_in_words() -> None:
    """A unique constraint with a condition is checked by its name, and Django's message would
    be `Constraint "registered_once" is violated.`: each says what exists already, and is
    coded as a duplicate (409 in the API). Constraints on fields alone get Django's own words
    ("… with this … already exists.")."""
    from django.db.models import UniqueConstraint

    from neaspec.conflicts import DUPLICATE

    raw = UniqueConstraint.default_violation_error_message
    unsaid = [
        f"{model._meta.label}.{constraint.name}"
        for model in apps.get_models()
        if model.__module__.startswith("neaspec.")
        for constraint in model._meta.constraints
        if isinstance(constraint, UniqueConstraint)
        and (constraint.condition is not None or constraint.expressions)
        and (
            constraint.violation_error_message in (None, raw)
            or constraint.violation_error_code != DUPLICATE
        )
    ]
    assert unsaid == []
