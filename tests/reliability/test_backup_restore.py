"""The procedures of docs/operations.md, run as written: a backup restored into a new
installation, and a full export loaded into another, each serve the same record and files.

The database is the suite's own kind: SQLite files, or PostgreSQL databases when DATABASE_URL is
set (pg_dump / pg_restore)."""

import os
import shutil
import sqlite3
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.reliability.test_killed_worker import _neaspec

pytestmark = pytest.mark.reliability

RECORD = """
import datetime
from decimal import Decimal
from neaspec.accounts.services import secretariat_account_ensure
from neaspec.finance import services
from neaspec.finance.models import Contribution
from neaspec.library.services import document_read_text, document_upload
officer, _ = secretariat_account_ensure(username="officer", password="a-long-pass-phrase")
document = document_upload(
    actor=officer, filename="note.txt", data=b"1. The Meeting noted the plan.",
    title="Restored note", type="study", language="en", visibility="public")
document_read_text(document=document)
korea = Contribution.objects.get(state__code="KR", year=2018)
services.contribution_receive(
    actor=officer, contribution=korea,
    received_on=datetime.date(2018, 11, 20), received_amount=Decimal(100000))
"""
CHECK = """
from django.apps import apps
from django.test import Client
from neaspec.library.models import Document
client = Client()
document = Document.objects.get(title="Restored note")
answers = [client.get(url) for url in ("/", "/api/meetings/som-25", f"/library/{document.pk}/file")]
print(*[a.status_code for a in answers], b"".join(answers[2].streaming_content).decode())
print(Document.objects.filter(title="Restored note", text__contains="noted the plan").count())
SYSTEM = ("sessions", "axes", "django_tasks_database", "contenttypes", "auth")
for model in sorted(apps.get_models(), key=lambda m: m._meta.label):
    if model._meta.app_label in SYSTEM:
        continue
    print(model._meta.label, model._default_manager.count())
"""


class Installation:
    """One installation: its own var directory and database."""

    def __init__(self, root: Path, database: str | None) -> None:
        self.var = root
        self.database = database
        self.env = {k: v for k, v in os.environ.items() if k != "DATABASE_URL"}
        self.env |= {"NEASPEC_VAR_DIR": str(root), "DJANGO_SETTINGS_MODULE": "neaspec.settings"}
        if database:
            self.env["DATABASE_URL"] = database

    def run(self, *args: str) -> str:
        return _neaspec(self.env, *args, timeout=600).stdout

    def shell(self, code: str) -> str:
        return self.run("shell", "--no-imports", "-c", code)


@pytest.fixture
def installations(tmp_path: Path) -> Iterator[list[Installation]]:
    """Three installations: the original, one restored from its backup, one from its export."""
    url = os.environ.get("DATABASE_URL", "")
    if not url:
        yield [Installation(tmp_path / name, None) for name in ("original", "restored", "moved")]
        return
    import psycopg

    server = url.rsplit("/", 1)[0]
    names = [f"neaspec_{what}_{uuid.uuid4().hex[:6]}" for what in ("original", "restored", "moved")]
    with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
        for name in (names[0], names[2]):  # pg_restore makes its own (createdb)
            admin.execute(f'CREATE DATABASE "{name}"')
    try:
        yield [Installation(tmp_path / name, f"{server}/{name}") for name in names]
    finally:
        with psycopg.connect(f"{server}/postgres", autocommit=True) as admin:
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _backup(original: Installation, restored: Installation, into: Path) -> None:
    """docs/operations.md, Backup and Restore, step by step."""
    media = into / "media.tar.gz"
    if original.database:
        dump = into / "neaspec.dump"
        subprocess.run(["pg_dump", "-Fc", "-f", str(dump), original.database], check=True)
        name = restored.database.rsplit("/", 1)[1]  # type: ignore[union-attr]
        subprocess.run(["createdb", "-h", "127.0.0.1", "-U", "postgres", name], check=True)
        subprocess.run(["pg_restore", "-d", restored.database, str(dump)], check=True)  # type: ignore[list-item]
    else:
        copy = into / "neaspec.sqlite3"
        db = original.var / "neaspec.sqlite3"
        if shutil.which("sqlite3"):
            subprocess.run(["sqlite3", str(db), f".backup '{copy}'"], check=True)
        else:  # no sqlite3 shell here: the same online backup, through Python's module
            with sqlite3.connect(db) as source, sqlite3.connect(copy) as target:
                source.backup(target)
        restored.var.mkdir(parents=True)
        shutil.copy(copy, restored.var / "neaspec.sqlite3")
    subprocess.run(["tar", "czf", str(media), "-C", str(original.var / "media"), "."], check=True)
    (restored.var / "media").mkdir(parents=True)
    subprocess.run(["tar", "xzf", str(media), "-C", str(restored.var / "media")], check=True)
    restored.run("migrate", "--no-input", "-v", "0")


@pytest.mark.slow(
    reason="the documented procedures as written: three installations, each built by its own "
    "commands (eleven processes); about 40 s alone, more while the other worker is busy"
)
def test_a_backup_and_an_export_bring_back_the_whole_record(
    installations: list[Installation], tmp_path: Path
) -> None:
    original, restored, moved = installations
    original.run("migrate", "--no-input", "-v", "0")
    original.run("seed")
    original.shell(RECORD)
    before = original.shell(CHECK)
    assert before.startswith("200 200 200 1. The Meeting noted the plan.\n1\n"), before

    _backup(original, restored, tmp_path)
    assert restored.shell(CHECK) == before

    exported = tmp_path / "export"
    original.run("export", str(exported))
    moved.run("migrate", "--no-input", "-v", "0")
    moved.run("load_export", str(exported))
    assert moved.shell(CHECK) == before
    rows = sum(int(line.rsplit(" ", 1)[1]) for line in before.splitlines()[2:])
    print(
        f"backup and restore ({'PostgreSQL' if original.database else 'SQLite'}): {rows} rows "
        "and the uploaded file back after a restore and after an export; rows lost 0"
    )
