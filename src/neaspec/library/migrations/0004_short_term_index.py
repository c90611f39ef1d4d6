"""The short-term index (library/grams.py): a `search_grams` column, and on SQLite an FTS5
table over it (unicode61 words, kept in step by triggers), on PostgreSQL a GIN index on its
`simple` text-search vector. Existing documents get their pieces here.

Adding a column makes SQLite's schema editor rebuild the table, which drops its triggers: the
trigram index's triggers (0002) are made again and both indexes rebuilt from the table. Any
later migration that changes library_document must do the same."""

import importlib

from django.db import migrations, models

TRIGRAM = importlib.import_module("neaspec.library.migrations.0002_search_indexes")

SQLITE = [
    *(s for s in TRIGRAM.SQLITE if s.startswith("CREATE TRIGGER")),
    "CREATE VIRTUAL TABLE library_document_grams USING fts5("
    "search_grams, content='library_document', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 0')",
    "CREATE TRIGGER library_document_grams_ai AFTER INSERT ON library_document BEGIN "
    "INSERT INTO library_document_grams(rowid, search_grams) VALUES (new.id, new.search_grams); "
    "END",
    "CREATE TRIGGER library_document_grams_ad AFTER DELETE ON library_document BEGIN "
    "INSERT INTO library_document_grams(library_document_grams, rowid, search_grams) "
    "VALUES ('delete', old.id, old.search_grams); END",
    "CREATE TRIGGER library_document_grams_au AFTER UPDATE OF search_grams ON library_document "
    "BEGIN "
    "INSERT INTO library_document_grams(library_document_grams, rowid, search_grams) "
    "VALUES ('delete', old.id, old.search_grams); "
    "INSERT INTO library_document_grams(rowid, search_grams) VALUES (new.id, new.search_grams); "
    "END",
    "INSERT INTO library_document_fts(library_document_fts) VALUES ('rebuild')",
    "INSERT INTO library_document_grams(library_document_grams) VALUES ('rebuild')",
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS library_document_grams_au",
    "DROP TRIGGER IF EXISTS library_document_grams_ad",
    "DROP TRIGGER IF EXISTS library_document_grams_ai",
    "DROP TABLE IF EXISTS library_document_grams",
]
POSTGRES = [
    "CREATE INDEX library_document_grams ON library_document "
    "USING gin (to_tsvector('simple', search_grams))"
]
POSTGRES_DROP = ["DROP INDEX IF EXISTS library_document_grams"]


def fill(apps, schema_editor):
    from neaspec.library.grams import grams

    Document = apps.get_model("library", "Document")
    for document in Document.objects.exclude(search_text="").only("pk", "search_text").iterator():
        Document.objects.filter(pk=document.pk).update(search_grams=grams(document.search_text))


class Migration(migrations.Migration):
    dependencies = [("library", "0003_reading_since")]

    operations = [
        migrations.AddField(
            model_name="document",
            name="search_grams",
            field=models.TextField(blank=True, editable=False),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(
            TRIGRAM._run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            TRIGRAM._run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        ),
    ]
