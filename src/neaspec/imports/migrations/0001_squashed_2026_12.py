import django.db.models.deletion
import neaspec.schema
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [("imports", "0001_initial")]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        neaspec.schema.CreateModels(
            operations=[
                migrations.CreateModel(
                    name="ImportJob",
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
                            "kind",
                            models.CharField(max_length=40, verbose_name="what the file holds"),
                        ),
                        ("file", models.FileField(upload_to="imports/%Y/", verbose_name="file")),
                        ("file_name", models.CharField(max_length=255, verbose_name="file name")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("queued", "Waiting to start"),
                                    ("checking", "Checking the rows"),
                                    ("writing", "Importing"),
                                    ("undoing", "Undoing the rows written"),
                                    ("done", "Imported"),
                                    ("refused", "Nothing imported"),
                                ],
                                default="queued",
                                max_length=8,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "rows_total",
                            models.PositiveIntegerField(
                                blank=True, null=True, verbose_name="rows in the file"
                            ),
                        ),
                        (
                            "rows_done",
                            models.PositiveIntegerField(default=0, verbose_name="rows written"),
                        ),
                        (
                            "errors",
                            models.JSONField(blank=True, default=list, verbose_name="problems"),
                        ),
                        ("error_count", models.PositiveIntegerField(default=0)),
                        ("attempts", models.PositiveSmallIntegerField(default=0)),
                        (
                            "created_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="sent"),
                        ),
                        ("heartbeat_at", models.DateTimeField(blank=True, null=True)),
                        (
                            "finished_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="finished"),
                        ),
                        (
                            "actor",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="import_jobs",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="sent by",
                            ),
                        ),
                    ],
                    options={
                        "ordering": ["-created_at", "-pk"],
                    },
                ),
                migrations.CreateModel(
                    name="ImportBatch",
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
                        ("first_index", models.PositiveIntegerField()),
                        ("rows", models.PositiveIntegerField()),
                        ("journal", models.JSONField(default=list)),
                        (
                            "job",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="batches",
                                to="imports.importjob",
                            ),
                        ),
                    ],
                ),
                migrations.AddIndex(
                    model_name="importjob",
                    index=models.Index(
                        fields=["status", "heartbeat_at"], name="imports_imp_status_397911_idx"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="importbatch",
                    constraint=models.UniqueConstraint(
                        fields=("job", "first_index"), name="one_batch_per_start"
                    ),
                ),
            ],
        ),
    ]
