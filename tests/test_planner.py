"""After `neaspec seed` (and an import), the planner's statistics describe the tables as they
now are: ANALYZE has run."""

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import connection

import neaspec

pytestmark = pytest.mark.django_db


def _analyzed(table: str) -> bool:
    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            cursor.execute("SELECT count(*) FROM sqlite_master WHERE name = 'sqlite_stat1'")
            if not cursor.fetchone()[0]:
                return False
            cursor.execute("SELECT count(*) FROM sqlite_stat1 WHERE tbl = %s", [table])
            return bool(cursor.fetchone()[0])
        # reltuples is -1 until the table is analyzed (PostgreSQL 14 and later).
        cursor.execute("SELECT reltuples FROM pg_class WHERE relname = %s", [table])
        return cursor.fetchone()[0] >= 0


def test_seed_leaves_the_planner_knowing_the_tables(reference: None) -> None:
    areas = Path(neaspec.__file__).parent / "data" / "areas.yaml"
    call_command("seed", str(areas), stdout=io.StringIO())
    assert _analyzed("programme_programmearea")
    assert _analyzed("directory_memberstate")
