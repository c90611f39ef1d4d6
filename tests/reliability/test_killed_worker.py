"""A real `neaspec start`, as `make run` starts the Hub on an empty database: it migrates, loads
the reference data and serves; its task worker is killed with SIGKILL; the web server keeps
answering, a new worker starts, and a document uploaded afterwards is read by it."""

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

pytestmark = pytest.mark.reliability

UPLOAD = """
from neaspec.accounts.services import secretariat_account_ensure
from neaspec.library.services import document_upload
user, _ = secretariat_account_ensure(username="officer", password="a-long-pass-phrase")
document_upload(actor=user, filename="report.txt", data=b"1. The Meeting noted the report.",
                title="After the kill", type="study", language="en", visibility="public")
"""
STATUS = """
from neaspec.library.models import Document
print(Document.objects.get(title="After the kill").status)
"""


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _neaspec(env: dict[str, str], *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "neaspec.cli", *args],
        env=env,
        capture_output=True,
        text=True,
        check=True,
        timeout=timeout,
    )


def _workers(serve: subprocess.Popen) -> list[int]:
    found = subprocess.run(["pgrep", "-P", str(serve.pid), "-f", "db_worker"], capture_output=True)
    return [int(pid) for pid in found.stdout.split()]


def _wait(condition, seconds: float = 30) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.5)
    return False


@pytest.mark.slow(
    reason="migrates and seeds a database of its own and starts a real server and worker: "
    "about 50 s beside the other worker's tests"
)
def test_a_killed_worker_is_replaced_and_the_site_stays_up(tmp_path: Path) -> None:
    # Its own SQLite file, whatever database the suite runs on.
    env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
    env |= {"NEASPEC_VAR_DIR": str(tmp_path), "DJANGO_SETTINGS_MODULE": "neaspec.settings"}
    port = _free_port()
    serve = subprocess.Popen(
        [sys.executable, "-m", "neaspec.cli", "start", "--addrport", f"127.0.0.1:{port}"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        home = f"http://127.0.0.1:{port}/"

        def answers() -> bool:
            try:
                return urllib.request.urlopen(home, timeout=5).status == 200
            except OSError:
                return False

        assert _wait(answers, 60), "the web server did not start"
        home_page = urllib.request.urlopen(home, timeout=5).read().decode()
        assert "Strategic Plan 2021-2025" in home_page  # the reference data is loaded
        assert _wait(lambda: bool(_workers(serve))), "no worker started"
        first = _workers(serve)[0]
        os.kill(first, signal.SIGKILL)
        # One reading of the process list per try: it may change between two readings.
        assert _wait(lambda: (w := _workers(serve)) != [] and w[0] != first, 40)
        assert answers()
        _neaspec(env, "shell", "--no-imports", "-c", UPLOAD)
        read = _wait(
            lambda: _neaspec(env, "shell", "--no-imports", "-c", STATUS).stdout.strip() == "ready",
            60,
        )
        assert read, _neaspec(env, "shell", "--no-imports", "-c", STATUS).stdout
        print("killed worker: 1 SIGKILL, worker replaced, web server up, document read")
    finally:
        serve.send_signal(signal.SIGINT)
        try:
            serve.wait(timeout=20)
        except subprocess.TimeoutExpired:
            serve.kill()
