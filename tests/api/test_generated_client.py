"""The API as an outside team meets it: a Python client generated from the published schema
by openapi-python-client, against a live server, signed in with a personal token — a list, a
read and a write. Generating it also checks the schema names each choice apart (api/names.py):
the generator refused five operations whose choices were merged under one name."""

import datetime
import importlib
import subprocess
import sys
import urllib.request
from pathlib import Path
from typing import Any

import pytest

from neaspec.accounts.tokens import token_make
from neaspec.decisions.models import FollowUp
from tests.factories import secretariat

pytestmark = pytest.mark.django_db(transaction=True)
PACKAGE = "hub_client"
GENERATOR = Path(sys.executable).parent / "openapi-python-client"


@pytest.fixture
def hub_client(live_server: Any, live_reference: None, tmp_path: Path) -> Any:
    """The generated package, importable as `hub_client`; what the generator said."""
    schema = tmp_path / "openapi.json"
    with urllib.request.urlopen(f"{live_server.url}/api/openapi.json") as answer:
        schema.write_bytes(answer.read())
    config = tmp_path / "config.yaml"
    config.write_text("post_hooks: []\n")  # no formatter run over the generated code
    said = subprocess.run(
        [
            GENERATOR,
            "generate",
            "--path",
            schema,
            "--output-path",
            tmp_path / PACKAGE,
            "--meta",
            "none",
            "--config",
            config,
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=120,
    ).stdout
    sys.path.insert(0, str(tmp_path))
    try:
        yield importlib.import_module(PACKAGE), said
    finally:
        sys.path.remove(str(tmp_path))
        for name in [m for m in sys.modules if m == PACKAGE or m.startswith(f"{PACKAGE}.")]:
            del sys.modules[name]


def test_a_generated_client_lists_reads_and_writes(live_server: Any, hub_client: Any) -> None:
    package, said = hub_client
    # Every operation generated; the one file that is XML is returned as the response's bytes.
    skipped = [line for line in said.splitlines() if "will not be generated" in line]
    assert skipped == [], said
    assert "Unable to parse" not in said, said
    from hub_client.api.decisions import (
        neaspec_decisions_api_list_follow_ups as list_follow_ups,
    )
    from hub_client.api.decisions import (
        neaspec_decisions_api_record_progress as record_progress,
    )
    from hub_client.api.meetings import neaspec_meetings_api_get_meeting as get_meeting
    from hub_client.models import FollowUpStatus, ProgressIn, RegistrationIn, RegistrationRole

    assert (
        RegistrationIn(name="A delegate", email="a@example.org").role == RegistrationRole.DELEGATE
    )

    officer = secretariat()
    _token, secret = token_make(actor=officer, name="generated client", scope="read_write")
    client = package.AuthenticatedClient(base_url=live_server.url, token=secret)

    page = list_follow_ups.sync(client=client, meeting="SOM-25", status="all", limit=5)
    assert page.count > 5
    assert len(page.items) == 5
    meeting = get_meeting.sync(client=client, key="som-25")
    assert (meeting.label, meeting.start) == ("SOM-25", datetime.date(2022, 9, 20))

    [action] = list_follow_ups.sync(client=client, status="open", limit=1).items
    body = ProgressIn(
        date=datetime.date(2026, 12, 1),
        text="Written by a generated client.",
        progress=40,
        status=FollowUpStatus.IN_PROGRESS,
    )
    answer = record_progress.sync_detailed(action.id, client=client, body=body)
    assert answer.status_code == 201, answer.content
    saved = FollowUp.objects.get(pk=action.id)
    assert (saved.progress, saved.status) == (40, "in_progress")
    assert saved.notes.filter(text="Written by a generated client.").exists()

    anonymous = package.Client(base_url=live_server.url)
    refused = record_progress.sync_detailed(action.id, client=anonymous, body=body)
    assert refused.status_code == 401
