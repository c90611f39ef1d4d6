"""Search indexes: an FTS5 trigram table kept in step by triggers on SQLite; trigram GIN
indexes on PostgreSQL. Both index the case-folded `search_text`, so both find the same
documents (substring matches, which CJK needs: it has no spaces between words)."""

from django.db import migrations

SQLITE = [
    "CREATE VIRTUAL TABLE library_document_fts USING fts5("
    "search_text, content='library_document', content_rowid='id', tokenize='trigram')",
    "CREATE TRIGGER library_document_ai AFTER INSERT ON library_document BEGIN "
    "INSERT INTO library_document_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
    "CREATE TRIGGER library_document_ad AFTER DELETE ON library_document BEGIN "
    "INSERT INTO library_document_fts(library_document_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); END",
    "CREATE TRIGGER library_document_au AFTER UPDATE ON library_document BEGIN "
    "INSERT INTO library_document_fts(library_document_fts, rowid, search_text) "
    "VALUES ('delete', old.id, old.search_text); "
    "INSERT INTO library_document_fts(rowid, search_text) VALUES (new.id, new.search_text); END",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS library_document_au",
    "DROP TRIGGER IF EXISTS library_document_ad",
    "DROP TRIGGER IF EXISTS library_document_ai",
    "DROP TABLE IF EXISTS library_document_fts",
]
POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX library_document_search_trgm ON library_document "
    "USING gin (search_text gin_trgm_ops)",
]
POSTGRES_DROP = ["DROP INDEX IF EXISTS library_document_search_trgm"]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [("library", "0001_initial")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        )
    ]
