"""Two processes on one database, each with its own cache (the default, no CACHE_URL): one
reads SOM-25's page — its decision lines cached in its memory — the other changes a decision,
and the first one's next reading shows the change. A cache kept in one process's memory and
cleared only in the process that saved (as decision lines once were) fails here.

The processes share a SQLite file of their own whatever DATABASE_URL says (the cache, not the
database, is under test), so the PostgreSQL run leaves this out, as it does every test that
uses no test database (tests/database.py)."""

import os
import subprocess
import sys
from pathlib import Path

# A long-lived reader: on each line "read", the meeting page as a signed-out visitor gets it,
# rendered by this process (Django's test client: no server, the same views and cache).
READER = """
import sys
import django
django.setup()
from django.test import Client
client = Client()
for line in sys.stdin:
    html = client.get("/meetings/som-25/").content.decode()
    print("NEW" if "Changed in the other process." in html else "OLD", flush=True)
"""
WRITER = """
import django
django.setup()
from neaspec.decisions.models import Decision
decision = Decision.objects.filter(meeting__key="som-25", adopted=True).order_by("id").first()
decision.summary = "Changed in the other process."
decision.save()
"""


def test_a_change_in_one_process_shows_in_the_other_at_once(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DATABASE_URL", "CACHE_URL")}
    env |= {
        "NEASPEC_VAR_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "neaspec.settings",
        # The Hub's page cache keeps a signed-out page for a minute, as a proxy would; the
        # lines are what must never be stale, so the page itself is rendered every time.
        "NEASPEC_PAGE_CACHE_SECONDS": "0",
    }
    for step in (["migrate", "--no-input"], ["seed"]):
        subprocess.run(
            [sys.executable, "-m", "neaspec.cli", *step],
            env=env,
            check=True,
            capture_output=True,
            timeout=300,
        )
    reader = subprocess.Popen(
        [sys.executable, "-c", READER],
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert reader.stdin is not None
    assert reader.stdout is not None
    try:

        def read() -> str:
            reader.stdin.write("read\n")
            reader.stdin.flush()
            return reader.stdout.readline().strip()

        assert [read(), read()] == ["OLD", "OLD"]  # the second from the reader's cache
        subprocess.run([sys.executable, "-c", WRITER], env=env, check=True, timeout=120)
        assert read() == "NEW"
    finally:
        reader.stdin.close()
        reader.wait(timeout=30)
