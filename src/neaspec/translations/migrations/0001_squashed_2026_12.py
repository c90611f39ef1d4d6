import django.db.models.deletion
import neaspec.schema
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [("translations", "0001_initial")]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [
        neaspec.schema.CreateModels(
            operations=[
                migrations.CreateModel(
                    name="HistoricalTranslation",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("object_id", models.PositiveBigIntegerField()),
                        ("field", models.CharField(max_length=40, verbose_name="field")),
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
                                max_length=7,
                                verbose_name="language",
                            ),
                        ),
                        ("text", models.TextField(verbose_name="translation")),
                        (
                            "source_text",
                            models.TextField(
                                help_text="The English it translates: when the English changes, it is out of date.",
                                verbose_name="translated from",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[("official", "Official"), ("working", "Working")],
                                default="working",
                                max_length=8,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "from_reference",
                            models.BooleanField(
                                default=False, verbose_name="from the reference data"
                            ),
                        ),
                        (
                            "updated",
                            models.DateTimeField(
                                blank=True, editable=False, verbose_name="updated"
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
                            "content_type",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="contenttypes.contenttype",
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
                            "translated_by",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="translated by",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical translation",
                        "verbose_name_plural": "historical translations",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Translation",
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
                        ("object_id", models.PositiveBigIntegerField()),
                        ("field", models.CharField(max_length=40, verbose_name="field")),
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
                                max_length=7,
                                verbose_name="language",
                            ),
                        ),
                        ("text", models.TextField(verbose_name="translation")),
                        (
                            "source_text",
                            models.TextField(
                                help_text="The English it translates: when the English changes, it is out of date.",
                                verbose_name="translated from",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[("official", "Official"), ("working", "Working")],
                                default="working",
                                max_length=8,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "from_reference",
                            models.BooleanField(
                                default=False, verbose_name="from the reference data"
                            ),
                        ),
                        ("updated", models.DateTimeField(auto_now=True, verbose_name="updated")),
                        (
                            "content_type",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="contenttypes.contenttype",
                            ),
                        ),
                        (
                            "translated_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="translated by",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "translation",
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("content_type", "object_id", "field", "language"),
                                name="one_translation_per_field_and_language",
                            )
                        ],
                    },
                ),
            ],
        ),
    ]
