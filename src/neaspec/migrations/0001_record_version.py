"""The record's version (neaspec/record_version.py): on PostgreSQL a sequence (taken after a
transaction commits, without a lock or a flush of its own), on SQLite a one-row table (bumped
inside the writing transaction, which holds the database's only write lock anyway)."""

from django.db import migrations

STATEMENTS = {
    "postgresql": ["CREATE SEQUENCE IF NOT EXISTS neaspec_record_version"],
    "sqlite": [
        "CREATE TABLE IF NOT EXISTS neaspec_record_version (number integer NOT NULL)",
        "INSERT INTO neaspec_record_version (number) "
        "SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM neaspec_record_version)",
    ],
}
DROP = {
    "postgresql": ["DROP SEQUENCE IF EXISTS neaspec_record_version"],
    "sqlite": ["DROP TABLE IF EXISTS neaspec_record_version"],
}


def _run(statements):
    def run(apps, schema_editor):
        for statement in statements.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    initial = True
    dependencies: list[tuple[str, str]] = []

    operations = [migrations.RunPython(_run(STATEMENTS), _run(DROP))]
