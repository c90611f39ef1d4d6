"""The squashed migrations: a database built before the squash upgrades with nothing to do, and
the one-rendering step that builds an empty database creates and removes what it says."""

from pathlib import Path
from typing import Any

import pytest
from django.db import connection, models
from django.db.migrations.executor import MigrationExecutor
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.operations import AddField, AddIndex, CreateModel
from django.db.migrations.recorder import MigrationRecorder
from django.db.migrations.state import ProjectState
from django.db.utils import ConnectionHandler

from neaspec.schema import CreateModels

# Every migration a database could have applied before the squash of December 2026
# (docs/operations.md): each must be replaced by a squashed one, or such a database could not
# upgrade.
BEFORE_THE_SQUASH = {
    "accounts": ["0001_initial", "0002_initial", "0003_translator_role"],
    "consultations": ["0001_initial", "0002_invitee_sent_at"],
    "decisions": [
        "0001_initial",
        "0002_initial",
        "0003_follow_up_outcome",
        "0004_follow_up_due_by",
        "0005_decision_drafts",
        "0006_content_in_six_languages",
        "0007_decision_kind_procedural",
    ],
    "directory": ["0001_initial", "0002_content_in_six_languages"],
    "extraction": ["0001_initial"],
    "finance": ["0001_initial", "0002_receipts"],
    "imports": ["0001_initial"],
    "library": [
        "0001_initial",
        "0002_search_indexes",
        "0003_reading_since",
        "0004_short_term_index",
        "0005_recent_documents",
        "0006_meeting_documents",
    ],
    "meetings": [
        "0001_initial",
        "0002_programme_sessions",
        "0003_meeting_preparation",
        "0004_content_in_six_languages",
    ],
    "networks": ["0001_initial", "0002_peer_review_status", "0003_content_in_six_languages"],
    "programme": ["0001_initial", "0002_results_framework", "0003_content_in_six_languages"],
    "projects": ["0001_initial"],
    "reports": ["0001_initial"],
    "translations": ["0001_initial"],
}


def _since_the_squash() -> set[tuple[str, str]]:
    """The migrations made after the squash (they replace nothing), which a database built
    before it applies when it upgrades."""
    loader = MigrationLoader(None, ignore_no_migrations=True)
    return {
        key
        for key in loader.disk_migrations
        if key[0] in BEFORE_THE_SQUASH and "_squashed_" not in key[1]
    }


def test_every_migration_before_the_squash_is_replaced() -> None:
    loader = MigrationLoader(None, ignore_no_migrations=True)
    for app, names in BEFORE_THE_SQUASH.items():
        squashed = [
            m
            for (a, name), m in loader.disk_migrations.items()
            if a == app and "_squashed_" in name
        ]
        assert squashed, app
        for migration in squashed:
            assert sorted(migration.replaces) == sorted((app, name) for name in names), migration


@pytest.mark.django_db
def test_a_database_migrated_before_the_squash_applies_only_what_came_after() -> None:
    recorder = MigrationRecorder(connection)
    applied = recorder.migration_qs.filter(app__in=BEFORE_THE_SQUASH)
    assert applied.filter(name__contains="squashed").exists()
    # As such a database records them: the old names, none of the new.
    applied.delete()
    for app, names in BEFORE_THE_SQUASH.items():
        for name in names:
            recorder.record_applied(app, name)

    executor = MigrationExecutor(connection)
    targets = executor.loader.graph.leaf_nodes()
    plan = executor.migration_plan(targets)
    assert {(migration.app_label, migration.name) for migration, _ in plan} == _since_the_squash()
    assert all(not migration.replaces for migration, _ in plan)
    # Migrating records the squashed migrations as applied, for the next upgrade.
    executor.check_replacements()
    assert set(recorder.migration_qs.filter(app="decisions").values_list("name", flat=True)) >= {
        "0001_squashed_2026_12",
        "0002_squashed_2026_12",
    }


def _probe_models() -> CreateModels:
    return CreateModels(
        [
            CreateModel(
                "Site",
                [("id", models.BigAutoField(primary_key=True)), ("name", models.TextField())],
            ),
            CreateModel("Sheet", [("id", models.BigAutoField(primary_key=True))]),
            AddField("sheet", "site", models.ForeignKey("probe.site", models.CASCADE)),
            AddIndex("sheet", models.Index(fields=["site"], name="sheet_by_site")),
        ]
    )


def test_create_models_builds_each_table_with_its_refinements_and_removes_them(
    tmp_path: Path, django_db_blocker: Any
) -> None:
    # A database of its own: SQLite's schema editor cannot work inside a test's transaction.
    probe = {"ENGINE": "django.db.backends.sqlite3", "NAME": str(tmp_path / "probe.db")}
    database = ConnectionHandler({"default": probe}).create_connection("default")
    operation = _probe_models()
    before = ProjectState()
    after = before.clone()
    operation.state_forwards("probe", after)
    assert set(after.models) == {("probe", "site"), ("probe", "sheet")}
    with django_db_blocker.unblock():
        try:
            with database.schema_editor() as editor:
                operation.database_forwards("probe", editor, before, after)
            with database.cursor() as cursor:
                tables = set(database.introspection.table_names(cursor))
                sheet = database.introspection.get_constraints(cursor, "probe_sheet")
            assert {"probe_site", "probe_sheet"} <= tables
            assert "sheet_by_site" in sheet
            with database.schema_editor() as editor:
                operation.database_backwards("probe", editor, after, before)
            with database.cursor() as cursor:
                assert not {"probe_site", "probe_sheet"} & set(
                    database.introspection.table_names(cursor)
                )
        finally:
            database.close()


def test_create_models_refuses_a_step_on_a_model_created_before() -> None:
    with pytest.raises(ValueError, match="put it in the migration's operations after the group"):
        CreateModels([AddField("meeting", "note", models.TextField(default=""))])
