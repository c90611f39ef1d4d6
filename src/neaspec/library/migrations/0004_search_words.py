"""Search by words on both databases: a document's distinct words and pairs of words next to
each other (`search_words`, `search_pairs`, library/grams.py), each in a word index — on SQLite
an FTS5 table, on PostgreSQL a GIN index on its `simple` text-search vector — in place of the
trigram indexes over the whole text, which PostgreSQL's planner passed over for a scan of every
document (the text is stored out of line) and which cost the most space and writing time. The
CJK pieces' index stays; SQLite rebuilds the table for the new columns, so its triggers are
made again and all three indexes rebuilt.
"""

from django.db import migrations, models

from neaspec.library.grams import pairs, words

BATCH = 500

SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS library_document_grams_au",
    "DROP TRIGGER IF EXISTS library_document_grams_ad",
    "DROP TRIGGER IF EXISTS library_document_grams_ai",
    "DROP TRIGGER IF EXISTS library_document_au",
    "DROP TRIGGER IF EXISTS library_document_ad",
    "DROP TRIGGER IF EXISTS library_document_ai",
    "DROP TABLE IF EXISTS library_document_fts",
]
SQLITE = [
    *(
        f"CREATE VIRTUAL TABLE library_document_{index} USING fts5("
        f"search_{index}, content='library_document', content_rowid='id', "
        "tokenize='unicode61 remove_diacritics 0')"
        for index in ("words", "pairs")
    ),
    *(
        f"INSERT INTO library_document_{index}(library_document_{index}) VALUES ('rebuild')"
        for index in ("words", "pairs", "grams")
    ),
]
for index, column in (
    ("words", "search_words"),
    ("pairs", "search_pairs"),
    ("grams", "search_grams"),
):
    table = f"library_document_{index}"
    SQLITE += [
        f"CREATE TRIGGER {table}_ai AFTER INSERT ON library_document BEGIN "
        f"INSERT INTO {table}(rowid, {column}) VALUES (new.id, new.{column}); END",
        f"CREATE TRIGGER {table}_ad AFTER DELETE ON library_document BEGIN "
        f"INSERT INTO {table}({table}, rowid, {column}) VALUES ('delete', old.id, old.{column}); "
        "END",
        f"CREATE TRIGGER {table}_au AFTER UPDATE OF {column} ON library_document BEGIN "
        f"INSERT INTO {table}({table}, rowid, {column}) VALUES ('delete', old.id, old.{column}); "
        f"INSERT INTO {table}(rowid, {column}) VALUES (new.id, new.{column}); END",
    ]
POSTGRES_DROP = ["DROP INDEX IF EXISTS library_document_search_trgm"]
POSTGRES = [
    f"CREATE INDEX library_document_{index} ON library_document "
    f"USING gin (to_tsvector('simple', search_{index}))"
    for index in ("words", "pairs")
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


def fill(apps, schema_editor):
    Document = apps.get_model("library", "Document")
    changed = []
    fields = ["search_words", "search_pairs"]
    for document in Document.objects.only("pk", "search_text").iterator(chunk_size=BATCH):
        document.search_words = words(document.search_text)
        document.search_pairs = pairs(document.search_text)
        changed.append(document)
        if len(changed) >= BATCH:
            Document.objects.bulk_update(changed, fields)
            changed = []
    Document.objects.bulk_update(changed, fields)


class Migration(migrations.Migration):
    dependencies = [("library", "0003_search_text_one_line")]

    operations = [
        migrations.RunPython(
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}), migrations.RunPython.noop
        ),
        *(
            migrations.AddField(
                model_name="document",
                name=name,
                field=models.TextField(blank=True, editable=False),
            )
            for name in ("search_words", "search_pairs")
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRES}), migrations.RunPython.noop
        ),
    ]
