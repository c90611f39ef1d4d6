"""The health endpoints: /healthz answers without the database, /readyz asks it."""

from typing import Any

import pytest
from django.db import DatabaseError
from django.test import Client


@pytest.mark.django_db  # only so the query counter can watch: it must count none
def test_healthz_answers_ok_without_touching_the_database(
    client: Client, django_assert_num_queries: Any
) -> None:
    with django_assert_num_queries(0):
        response = client.get("/healthz")
    assert (response.status_code, response.content) == (200, b"ok")
    assert "no-cache" in response["Cache-Control"]
    assert not response.cookies


@pytest.mark.django_db
def test_readyz_checks_the_database(client: Client, monkeypatch: pytest.MonkeyPatch) -> None:
    assert client.get("/readyz").content == b"ok"

    def down(*args: Any, **kwargs: Any) -> None:
        raise DatabaseError("connection refused")

    monkeypatch.setattr("neaspec.health.connection.cursor", down)
    answer = client.get("/readyz")
    assert (answer.status_code, answer.content) == (503, b"database unavailable")
