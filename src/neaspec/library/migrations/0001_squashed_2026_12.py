"""The library's documents and the two search indexes over them, kept in step by the database.

On SQLite: an FTS5 trigram table over the case-folded `search_text` (substring matches, which
CJK needs, having no spaces between words) and an FTS5 table of unicode61 words over
`search_grams`, the short-term index (library/grams.py), each kept in step by triggers. On
PostgreSQL: a trigram GIN index on `search_text` and a GIN index on the `simple` text-search
vector of `search_grams`. Both find the same documents.

Any later migration that makes SQLite rebuild library_document (adding a column with a
default, a constraint) drops its triggers: it must make them again and rebuild both indexes.
"""

import django.db.models.deletion
import neaspec.schema
import simple_history.models
from django.conf import settings
from django.db import migrations, models


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
]
SQLITE_DROP = [
    "DROP TRIGGER IF EXISTS library_document_grams_au",
    "DROP TRIGGER IF EXISTS library_document_grams_ad",
    "DROP TRIGGER IF EXISTS library_document_grams_ai",
    "DROP TABLE IF EXISTS library_document_grams",
    "DROP TRIGGER IF EXISTS library_document_au",
    "DROP TRIGGER IF EXISTS library_document_ad",
    "DROP TRIGGER IF EXISTS library_document_ai",
    "DROP TABLE IF EXISTS library_document_fts",
]
POSTGRES = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX library_document_search_trgm ON library_document "
    "USING gin (search_text gin_trgm_ops)",
    "CREATE INDEX library_document_grams ON library_document "
    "USING gin (to_tsvector('simple', search_grams))",
]
POSTGRES_DROP = [
    "DROP INDEX IF EXISTS library_document_grams",
    "DROP INDEX IF EXISTS library_document_search_trgm",
]


def _run(statements_by_vendor):
    def run(apps, schema_editor):
        for statement in statements_by_vendor.get(schema_editor.connection.vendor, []):
            schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    replaces = [
        ("library", "0001_initial"),
        ("library", "0002_search_indexes"),
        ("library", "0003_reading_since"),
        ("library", "0004_short_term_index"),
        ("library", "0005_recent_documents"),
        ("library", "0006_meeting_documents"),
    ]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("meetings", "0001_squashed_2026_12"),
        ("programme", "0001_squashed_2026_12"),
    ]

    operations = [
        neaspec.schema.CreateModels(
            operations=[
                migrations.CreateModel(
                    name="HistoricalMeetingDocument",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "symbol",
                            models.CharField(
                                help_text="As printed on it, e.g. NEASPEC/SOM(29)/1.",
                                max_length=60,
                                verbose_name="symbol",
                            ),
                        ),
                        ("title", models.CharField(max_length=400, verbose_name="title")),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("working", "Working document"),
                                    ("information", "Information document"),
                                    ("report", "Report"),
                                ],
                                max_length=12,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "visibility",
                            models.CharField(
                                choices=[
                                    ("public", "Public"),
                                    ("member_states", "Member States"),
                                    ("secretariat", "Secretariat"),
                                ],
                                max_length=14,
                                verbose_name="visibility",
                            ),
                        ),
                        (
                            "circulated_on",
                            models.DateField(blank=True, null=True, verbose_name="circulated on"),
                        ),
                        ("history_id", models.AutoField(primary_key=True, serialize=False)),
                        ("history_date", models.DateTimeField(db_index=True)),
                        ("history_change_reason", models.CharField(max_length=100, null=True)),
                        (
                            "history_type",
                            models.CharField(
                                choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")],
                                max_length=1,
                            ),
                        ),
                        (
                            "agenda_item",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="meetings.agendaitem",
                                verbose_name="agenda item",
                            ),
                        ),
                        (
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "meeting",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="meetings.meeting",
                                verbose_name="meeting",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical meeting document",
                        "verbose_name_plural": "historical meeting documents",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="MeetingDocument",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        (
                            "symbol",
                            models.CharField(
                                help_text="As printed on it, e.g. NEASPEC/SOM(29)/1.",
                                max_length=60,
                                verbose_name="symbol",
                            ),
                        ),
                        ("title", models.CharField(max_length=400, verbose_name="title")),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("working", "Working document"),
                                    ("information", "Information document"),
                                    ("report", "Report"),
                                ],
                                max_length=12,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "visibility",
                            models.CharField(
                                choices=[
                                    ("public", "Public"),
                                    ("member_states", "Member States"),
                                    ("secretariat", "Secretariat"),
                                ],
                                max_length=14,
                                verbose_name="visibility",
                            ),
                        ),
                        (
                            "circulated_on",
                            models.DateField(blank=True, null=True, verbose_name="circulated on"),
                        ),
                        (
                            "agenda_item",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="meeting_documents",
                                to="meetings.agendaitem",
                                verbose_name="agenda item",
                            ),
                        ),
                        (
                            "meeting",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="meeting_documents",
                                to="meetings.meeting",
                                verbose_name="meeting",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "meeting document",
                        "ordering": ["meeting", "symbol"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalDocument",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("title", models.CharField(max_length=400, verbose_name="title")),
                        (
                            "type",
                            models.CharField(
                                choices=[
                                    ("meeting_report", "Meeting report"),
                                    ("concept_note", "Concept note"),
                                    ("strategic_plan", "Strategic plan"),
                                    ("study", "Study"),
                                    ("presentation", "Presentation"),
                                    ("publication", "Publication"),
                                    ("meeting_document", "Meeting document"),
                                    ("other", "Other"),
                                ],
                                max_length=20,
                                verbose_name="type",
                            ),
                        ),
                        ("date", models.DateField(blank=True, null=True, verbose_name="date")),
                        (
                            "language",
                            models.CharField(
                                choices=[
                                    ("en", "English"),
                                    ("zh-hans", "Simplified Chinese"),
                                    ("ja", "Japanese"),
                                    ("ko", "Korean"),
                                    ("mn", "Mongolian"),
                                    ("ru", "Russian"),
                                ],
                                max_length=10,
                                verbose_name="language",
                            ),
                        ),
                        (
                            "visibility",
                            models.CharField(
                                choices=[
                                    ("public", "Public"),
                                    ("member_states", "Member States"),
                                    ("secretariat", "Secretariat"),
                                ],
                                max_length=14,
                                verbose_name="visibility",
                            ),
                        ),
                        ("file", models.TextField(max_length=100, verbose_name="file")),
                        (
                            "file_type",
                            models.CharField(
                                editable=False, max_length=10, verbose_name="file type"
                            ),
                        ),
                        (
                            "size",
                            models.PositiveIntegerField(
                                editable=False, verbose_name="size (bytes)"
                            ),
                        ),
                        ("sha256", models.CharField(db_index=True, editable=False, max_length=64)),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("queued", "Waiting to be read"),
                                    ("reading", "Reading the text"),
                                    ("ready", "Ready"),
                                    ("failed", "Could not be read"),
                                ],
                                default="queued",
                                max_length=8,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "failure",
                            models.CharField(
                                blank=True, max_length=300, verbose_name="why it could not be read"
                            ),
                        ),
                        (
                            "uploaded_at",
                            models.DateTimeField(
                                blank=True, editable=False, verbose_name="uploaded"
                            ),
                        ),
                        (
                            "reading_since",
                            models.DateTimeField(
                                blank=True, null=True, verbose_name="reading since"
                            ),
                        ),
                        (
                            "read_attempts",
                            models.PositiveSmallIntegerField(
                                default=1, verbose_name="read attempts"
                            ),
                        ),
                        ("history_id", models.AutoField(primary_key=True, serialize=False)),
                        ("history_date", models.DateTimeField(db_index=True)),
                        ("history_change_reason", models.CharField(max_length=100, null=True)),
                        (
                            "history_type",
                            models.CharField(
                                choices=[("+", "Created"), ("~", "Changed"), ("-", "Deleted")],
                                max_length=1,
                            ),
                        ),
                        (
                            "area",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.programmearea",
                                verbose_name="programme area",
                            ),
                        ),
                        (
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "meeting",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="meetings.meeting",
                                verbose_name="meeting",
                            ),
                        ),
                        (
                            "uploaded_by",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "meeting_document",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="library.meetingdocument",
                                verbose_name="meeting document",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical document",
                        "verbose_name_plural": "historical documents",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Document",
                    fields=[
                        (
                            "id",
                            models.BigAutoField(
                                auto_created=True,
                                primary_key=True,
                                serialize=False,
                                verbose_name="ID",
                            ),
                        ),
                        ("title", models.CharField(max_length=400, verbose_name="title")),
                        (
                            "type",
                            models.CharField(
                                choices=[
                                    ("meeting_report", "Meeting report"),
                                    ("concept_note", "Concept note"),
                                    ("strategic_plan", "Strategic plan"),
                                    ("study", "Study"),
                                    ("presentation", "Presentation"),
                                    ("publication", "Publication"),
                                    ("meeting_document", "Meeting document"),
                                    ("other", "Other"),
                                ],
                                max_length=20,
                                verbose_name="type",
                            ),
                        ),
                        ("date", models.DateField(blank=True, null=True, verbose_name="date")),
                        (
                            "language",
                            models.CharField(
                                choices=[
                                    ("en", "English"),
                                    ("zh-hans", "Simplified Chinese"),
                                    ("ja", "Japanese"),
                                    ("ko", "Korean"),
                                    ("mn", "Mongolian"),
                                    ("ru", "Russian"),
                                ],
                                max_length=10,
                                verbose_name="language",
                            ),
                        ),
                        (
                            "visibility",
                            models.CharField(
                                choices=[
                                    ("public", "Public"),
                                    ("member_states", "Member States"),
                                    ("secretariat", "Secretariat"),
                                ],
                                max_length=14,
                                verbose_name="visibility",
                            ),
                        ),
                        ("file", models.FileField(upload_to="documents/%Y/", verbose_name="file")),
                        (
                            "file_type",
                            models.CharField(
                                editable=False, max_length=10, verbose_name="file type"
                            ),
                        ),
                        (
                            "size",
                            models.PositiveIntegerField(
                                editable=False, verbose_name="size (bytes)"
                            ),
                        ),
                        ("sha256", models.CharField(db_index=True, editable=False, max_length=64)),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("queued", "Waiting to be read"),
                                    ("reading", "Reading the text"),
                                    ("ready", "Ready"),
                                    ("failed", "Could not be read"),
                                ],
                                default="queued",
                                max_length=8,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "failure",
                            models.CharField(
                                blank=True, max_length=300, verbose_name="why it could not be read"
                            ),
                        ),
                        ("text", models.TextField(blank=True, editable=False, verbose_name="text")),
                        ("search_text", models.TextField(blank=True, editable=False)),
                        ("search_grams", models.TextField(blank=True, editable=False)),
                        (
                            "uploaded_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="uploaded"),
                        ),
                        (
                            "reading_since",
                            models.DateTimeField(
                                blank=True, null=True, verbose_name="reading since"
                            ),
                        ),
                        (
                            "read_attempts",
                            models.PositiveSmallIntegerField(
                                default=1, verbose_name="read attempts"
                            ),
                        ),
                        (
                            "area",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="documents",
                                to="programme.programmearea",
                                verbose_name="programme area",
                            ),
                        ),
                        (
                            "meeting",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="documents",
                                to="meetings.meeting",
                                verbose_name="meeting",
                            ),
                        ),
                        (
                            "uploaded_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "meeting_document",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="versions",
                                to="library.meetingdocument",
                                verbose_name="meeting document",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "document",
                        "ordering": ["-date", "-uploaded_at"],
                    },
                ),
                migrations.AddConstraint(
                    model_name="meetingdocument",
                    constraint=models.UniqueConstraint(
                        fields=("meeting", "symbol"), name="symbol_once_per_meeting"
                    ),
                ),
                migrations.AddIndex(
                    model_name="document",
                    index=models.Index(
                        fields=["visibility", "-uploaded_at"], name="document_recent"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="document",
                    constraint=models.UniqueConstraint(
                        fields=("meeting_document", "language"), name="one_version_per_language"
                    ),
                ),
            ],
        ),
        migrations.RunPython(
            _run({"sqlite": SQLITE, "postgresql": POSTGRES}),
            _run({"sqlite": SQLITE_DROP, "postgresql": POSTGRES_DROP}),
        ),
    ]
