"""`neaspec check` warns when links in e-mails would lead elsewhere than this server."""

import os
import subprocess
import sys
from typing import Any

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from neaspec.checks import site_address


def test_make_runs_port_is_the_address_in_emails() -> None:
    env = {k: v for k, v in os.environ.items() if k != "NEASPEC_SITE_URL"}
    env |= {"NEASPEC_ADDRPORT": "127.0.0.1:8123", "DJANGO_SETTINGS_MODULE": "neaspec.settings"}
    read = "from django.conf import settings; print(settings.NEASPEC_SITE_URL)"
    out = subprocess.run(
        [sys.executable, "-c", read], env=env, capture_output=True, text=True, check=True
    )
    assert out.stdout.strip() == "http://127.0.0.1:8123"


def test_a_site_address_on_another_port_is_warned_of(
    settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEASPEC_ADDRPORT", "127.0.0.1:8123")
    settings.NEASPEC_SITE_URL = "http://127.0.0.1:8000"
    [warning] = site_address()
    assert warning.id == "neaspec.W002"
    assert "is not the address this server listens on (http://127.0.0.1:8123/)" in warning.msg
    settings.NEASPEC_SITE_URL = "http://127.0.0.1:8123"
    assert site_address() == []


@pytest.mark.django_db
def test_a_site_address_this_server_does_not_answer_for_is_warned_of(
    settings: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("NEASPEC_ADDRPORT", raising=False)
    settings.ALLOWED_HOSTS = ["hub.neaspec.example"]
    settings.NEASPEC_SITE_URL = "https://neaspec.example.org"
    [warning] = site_address()
    assert warning.id == "neaspec.W001"
    assert "'neaspec.example.org'" in warning.msg
    with pytest.raises(SystemCheckError, match=r"neaspec\.W001"):
        call_command("check", fail_level="WARNING")
    settings.NEASPEC_SITE_URL = "https://hub.neaspec.example"
    assert site_address() == []
