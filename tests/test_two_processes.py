"""Two processes on one database, each with its own cache (the default, no CACHE_URL): one
reads SOM-25's page — its decision lines cached in its memory, and, for a signed-in reader, the
whole page kept for their session — the other changes a decision, and the first one's next
reading shows the change. A cache kept in one process's memory and cleared only in the process
that saved (as decision lines once were) fails here.

The processes share a SQLite file of their own whatever DATABASE_URL says (the cache, not the
database, is under test), so the PostgreSQL run leaves this out, as it does every test that
uses no test database (tests/database.py)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

# A long-lived reader: on each line "read", the meeting page as a signed-out visitor (argument
# "public") or a signed-in person ("signed-in") gets it from this process (Django's test
# client: no server, the same views and cache), and how many queries it took.
READER = """
import sys
import django
django.setup()
from django.contrib.auth import get_user_model
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
client = Client()
if sys.argv[1] == "signed-in":
    client.force_login(get_user_model().objects.get_or_create(username="reader")[0])
client.get("/meetings/som-25/")  # the first visit sets the CSRF cookie
for line in sys.stdin:
    with CaptureQueriesContext(connection) as queries:
        html = client.get("/meetings/som-25/").content.decode()
    seen = "NEW" if "Changed in the other process." in html else "OLD"
    print(seen, len(queries), flush=True)
"""
WRITER = """
import django
django.setup()
from neaspec.decisions.models import Decision
decision = Decision.objects.filter(meeting__key="som-25", adopted=True).order_by("id").first()
decision.summary = "Changed in the other process."
decision.save()
"""


@pytest.mark.slow(
    reason="migrates and seeds a database of its own, then runs two processes on it: about "
    "50 s beside the other worker's tests"
)
def test_a_change_in_one_process_shows_in_the_other_at_once(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CACHE_URL")}
    env |= {
        "NEASPEC_VAR_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "neaspec.settings",
        # The Hub's page cache keeps a signed-out page for a minute, as a proxy would; the
        # lines are what must never be stale, so the page itself is rendered every time.
        "NEASPEC_PAGE_CACHE_SECONDS": "0",
        "NEASPEC_SIGNED_IN_CACHE_SECONDS": "600",
    }
    for step in (["migrate", "--no-input"], ["seed"]):
        subprocess.run(
            [sys.executable, "-m", "neaspec.cli", *step],
            env=env,
            check=True,
            capture_output=True,
            timeout=300,
        )
    readers = {
        kind: subprocess.Popen(
            [sys.executable, "-c", READER, kind],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for kind in ("public", "signed-in")
    }
    try:

        def read(kind: str) -> tuple[str, int]:
            reader = readers[kind]
            assert reader.stdin is not None
            assert reader.stdout is not None
            reader.stdin.write("read\n")
            reader.stdin.flush()
            seen, queries = reader.stdout.readline().split()
            return seen, int(queries)

        for kind in readers:
            assert [read(kind)[0], read(kind)[0]] == ["OLD", "OLD"]
        seen, queries = read("signed-in")
        assert (seen, queries <= 5) == ("OLD", True)  # the signed-in page from the cache
        subprocess.run([sys.executable, "-c", WRITER], env=env, check=True, timeout=120)
        assert read("public")[0] == "NEW"
        assert read("signed-in")[0] == "NEW"
    finally:
        for reader in readers.values():
            assert reader.stdin is not None
            reader.stdin.close()
            reader.wait(timeout=30)
