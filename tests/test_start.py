"""`neaspec start`, what `make run` runs: the database prepared in one process, then served.
(tests/reliability/test_killed_worker.py runs it for real, on an empty database.)"""

from typing import Any

import pytest
from django.core.management import call_command

from neaspec.accounts.models import User
from neaspec.management.commands import serve


def test_start_prepares_the_database_then_hands_over_to_serve(
    reference: None, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEASPEC_ADMIN_USER", raising=False)
    monkeypatch.setenv("NEASPEC_ADMIN_PASSWORD", "a-long-pass-phrase")
    served: list[str] = []

    def handle(self: serve.Command, *args: Any, addrport: str, **options: Any) -> None:
        served.append(addrport)  # the web server and the worker are the reliability test's

    monkeypatch.setattr(serve.Command, "handle", handle)
    call_command("start", addrport="127.0.0.1:8123")
    said = capsys.readouterr().out
    assert "No migrations to apply." in said
    assert "Reference data: 0 created, 0 updated" in said  # already loaded: nothing changes
    assert "Created Secretariat account 'secretariat'." in said
    assert User.objects.get(username="secretariat").check_password("a-long-pass-phrase")
    assert served == ["127.0.0.1:8123"]
