"""The test database: kept between sessions while nothing it was built from has changed, and a
snapshot of the reference dataset to put back after a test that commits.

A session built from the same migrations, reference data and loaders leaves a mark beside the
database when it ends cleanly (the dataset put back as loaded); the next session started with
--reuse-db uses that database as it is, and builds it afresh when the mark is missing (a killed
session) or differs. Each xdist worker has its own database and its own mark.
"""

import hashlib
import sqlite3
from abc import ABC, abstractmethod
from pathlib import Path
from typing import Any, ClassVar

import django
from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.management.color import no_style
from django.db import connection, transaction

SOURCE = Path(__file__).resolve().parent.parent / "src" / "neaspec"
# What the database and its reference data are made from.
BUILT_FROM = ("*/migrations/*.py", "data/**/*.yaml", "data/*.py", "*/reference.py")


def _digest() -> str:
    sha = hashlib.sha256(django.get_version().encode())
    for pattern in BUILT_FROM:
        for path in sorted(SOURCE.glob(pattern)):
            sha.update(str(path.relative_to(SOURCE)).encode())
            sha.update(path.read_bytes())
    return sha.hexdigest()


def _mark() -> Path | None:
    """Where this worker's test database keeps its mark (None for a database in memory)."""
    name = str(connection.creation._get_test_db_name())
    if connection.vendor == "sqlite":
        return None if connection.creation.is_in_memory_db(name) else Path(f"{name}.built")
    host = connection.settings_dict.get("HOST") or "local"
    return Path(settings.VAR_DIR) / f"{name}.{host}.built"


def reusable() -> bool:
    mark = _mark()
    return mark is not None and mark.exists() and mark.read_text() == _digest()


def discard() -> None:
    """The database is to be built afresh: a file left by a killed session goes, with its
    write-ahead log."""
    in_use()
    if connection.vendor == "sqlite":
        name = str(connection.creation._get_test_db_name())
        if not connection.creation.is_in_memory_db(name):
            for suffix in ("", "-wal", "-shm"):
                Path(name + suffix).unlink(missing_ok=True)


def in_use() -> None:
    """A session is using the database: until it ends cleanly, it is not to be reused."""
    mark = _mark()
    if mark is not None:
        mark.unlink(missing_ok=True)


def left_whole() -> None:
    mark = _mark()
    if mark is not None:
        mark.write_text(_digest())


class Snapshot(ABC):
    """The whole database as the reference load left it, put back in well under a second (loading
    the dataset again takes many)."""

    # The session's snapshot, while its tests run (tests/conftest.py).
    current: ClassVar["Snapshot | None"] = None

    @staticmethod
    def take() -> "Snapshot":
        return _SqliteSnapshot() if connection.vendor == "sqlite" else _PostgresSnapshot()

    def restore(self) -> None:
        self._restore()
        # Content types were made again, under other ids, after the tables were emptied.
        ContentType.objects.clear_cache()

    @abstractmethod
    def _restore(self) -> None:
        """Copy the snapshot back over the whole database."""

    @abstractmethod
    def close(self) -> None:
        """Free what the snapshot holds, at the session's end."""


class _SqliteSnapshot(Snapshot):
    """A copy of the database's pages in memory (SQLite's backup API), copied back whole."""

    def __init__(self) -> None:
        connection.ensure_connection()
        self.copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(self.copy)

    def _restore(self) -> None:
        connection.ensure_connection()
        self.copy.backup(connection.connection)

    def close(self) -> None:
        self.copy.close()


class _PostgresSnapshot(Snapshot):
    """A copy of every table in a schema of its own, copied back in one transaction."""

    SCHEMA = "reference_snapshot"

    def __init__(self) -> None:
        self.tables = connection.introspection.table_names()
        with connection.cursor() as cursor:
            cursor.execute(f"DROP SCHEMA IF EXISTS {self.SCHEMA} CASCADE")
            cursor.execute(f"CREATE SCHEMA {self.SCHEMA}")
            for table in self.tables:
                cursor.execute(f'CREATE TABLE {self.SCHEMA}."{table}" AS TABLE public."{table}"')

    def close(self) -> None:
        pass  # the copy stays in its schema: the next session's snapshot replaces it

    def _restore(self) -> None:
        models = apps.get_models(include_auto_created=True)
        with transaction.atomic(), connection.cursor() as cursor:
            # Foreign keys are checked at commit, when every table is whole again.
            cursor.execute("TRUNCATE " + ", ".join(f'public."{t}"' for t in self.tables))
            for table in self.tables:
                cursor.execute(
                    f'INSERT INTO public."{table}" SELECT * FROM {self.SCHEMA}."{table}"'
                )
            for statement in connection.ops.sequence_reset_sql(no_style(), models):
                cursor.execute(statement)


def split_by_database_use(items: list[Any]) -> tuple[list[Any], list[Any]]:
    """The tests that use a database (their own servers' too: the reliability tests), and
    those that use none."""
    kept, left = [], []
    for item in items:
        uses_database = (
            item.get_closest_marker("django_db")
            or "django_db_setup" in getattr(item, "fixturenames", ())
            or "reliability" in item.path.parts
        )
        (kept if uses_database else left).append(item)
    return kept, left
