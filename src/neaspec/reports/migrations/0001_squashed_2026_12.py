import django.db.models.deletion
import neaspec.schema
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [("reports", "0001_initial")]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        neaspec.schema.CreateModels(
            operations=[
                migrations.CreateModel(
                    name="ReportBuild",
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
                        ("report", models.CharField(max_length=40, verbose_name="report")),
                        ("format", models.CharField(max_length=4, verbose_name="format")),
                        (
                            "params",
                            models.JSONField(blank=True, default=dict, verbose_name="parameters"),
                        ),
                        ("params_key", models.CharField(max_length=500)),
                        ("language", models.CharField(max_length=10, verbose_name="language")),
                        ("audience", models.CharField(max_length=40)),
                        ("data_version", models.CharField(max_length=64)),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("queued", "Waiting to start"),
                                    ("building", "Being built"),
                                    ("done", "Ready"),
                                    ("failed", "Could not be built"),
                                ],
                                default="queued",
                                max_length=8,
                                verbose_name="status",
                            ),
                        ),
                        ("steps_total", models.PositiveSmallIntegerField(default=0)),
                        ("steps_done", models.PositiveSmallIntegerField(default=0)),
                        (
                            "file",
                            models.FileField(
                                blank=True, upload_to="reports/%Y/", verbose_name="file"
                            ),
                        ),
                        (
                            "file_name",
                            models.CharField(blank=True, max_length=200, verbose_name="file name"),
                        ),
                        (
                            "size",
                            models.PositiveIntegerField(
                                blank=True, null=True, verbose_name="size in bytes"
                            ),
                        ),
                        (
                            "seconds",
                            models.FloatField(
                                blank=True, null=True, verbose_name="seconds to build"
                            ),
                        ),
                        (
                            "error",
                            models.CharField(blank=True, max_length=500, verbose_name="problem"),
                        ),
                        ("attempts", models.PositiveSmallIntegerField(default=0)),
                        (
                            "created_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="asked"),
                        ),
                        ("heartbeat_at", models.DateTimeField(blank=True, null=True)),
                        (
                            "finished_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="finished"),
                        ),
                        (
                            "actor",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="report_builds",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="asked by",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "report build",
                        "ordering": ["-created_at", "-pk"],
                        "indexes": [
                            models.Index(
                                fields=[
                                    "report",
                                    "format",
                                    "language",
                                    "audience",
                                    "params_key",
                                    "status",
                                ],
                                name="report_build_request",
                            ),
                            models.Index(
                                fields=["status", "heartbeat_at"], name="report_build_stale"
                            ),
                        ],
                    },
                ),
            ],
        ),
    ]
