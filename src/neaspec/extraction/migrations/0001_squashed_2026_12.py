import django.db.models.deletion
import neaspec.schema
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [("extraction", "0001_initial")]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("library", "0001_squashed_2026_12"),
    ]

    operations = [
        neaspec.schema.CreateModels(
            operations=[
                migrations.CreateModel(
                    name="Extraction",
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
                            "status",
                            models.CharField(
                                choices=[
                                    ("proposed", "Waiting for review"),
                                    ("confirmed", "Confirmed and recorded"),
                                    ("discarded", "Discarded"),
                                ],
                                default="proposed",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        ("record", models.JSONField(verbose_name="proposal")),
                        ("created_at", models.DateTimeField(auto_now_add=True)),
                        ("confirmed_at", models.DateTimeField(blank=True, null=True)),
                        (
                            "outcome",
                            models.JSONField(
                                blank=True, default=dict, verbose_name="what was recorded"
                            ),
                        ),
                        (
                            "confirmed_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "document",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="extraction",
                                to="library.document",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "extraction",
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalExtraction",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("proposed", "Waiting for review"),
                                    ("confirmed", "Confirmed and recorded"),
                                    ("discarded", "Discarded"),
                                ],
                                default="proposed",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        ("record", models.JSONField(verbose_name="proposal")),
                        ("created_at", models.DateTimeField(blank=True, editable=False)),
                        ("confirmed_at", models.DateTimeField(blank=True, null=True)),
                        (
                            "outcome",
                            models.JSONField(
                                blank=True, default=dict, verbose_name="what was recorded"
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
                            "confirmed_by",
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
                            "document",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="library.document",
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
                    ],
                    options={
                        "verbose_name": "historical extraction",
                        "verbose_name_plural": "historical extractions",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
            ],
        ),
    ]
