import django.core.validators
import django.db.models.deletion
import neaspec.schema
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [
        ("programme", "0001_initial"),
        ("programme", "0002_results_framework"),
        ("programme", "0003_content_in_six_languages"),
    ]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("decisions", "0001_squashed_2026_12"),
        ("directory", "0001_squashed_2026_12"),
        ("meetings", "0001_squashed_2026_12"),
    ]

    operations = [
        neaspec.schema.CreateModels(
            operations=[
                migrations.CreateModel(
                    name="Cluster",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.SlugField(max_length=20, verbose_name="code")),
                        ("title", models.CharField(max_length=200, verbose_name="title")),
                        (
                            "title_en",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_zh_hans",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ja",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ko",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_mn",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ru",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "order",
                            models.PositiveSmallIntegerField(default=0, verbose_name="order"),
                        ),
                    ],
                    options={
                        "verbose_name": "cluster",
                        "ordering": ["plan", "order"],
                    },
                ),
                migrations.CreateModel(
                    name="Indicator",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.SlugField(max_length=40, unique=True, verbose_name="code")),
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        (
                            "name_en",
                            models.CharField(max_length=200, null=True, verbose_name="name"),
                        ),
                        (
                            "name_zh_hans",
                            models.CharField(max_length=200, null=True, verbose_name="name"),
                        ),
                        (
                            "name_ja",
                            models.CharField(max_length=200, null=True, verbose_name="name"),
                        ),
                        (
                            "name_ko",
                            models.CharField(max_length=200, null=True, verbose_name="name"),
                        ),
                        (
                            "name_mn",
                            models.CharField(max_length=200, null=True, verbose_name="name"),
                        ),
                        (
                            "name_ru",
                            models.CharField(max_length=200, null=True, verbose_name="name"),
                        ),
                        ("unit", models.CharField(max_length=40, verbose_name="unit")),
                        (
                            "unit_en",
                            models.CharField(max_length=40, null=True, verbose_name="unit"),
                        ),
                        (
                            "unit_zh_hans",
                            models.CharField(max_length=40, null=True, verbose_name="unit"),
                        ),
                        (
                            "unit_ja",
                            models.CharField(max_length=40, null=True, verbose_name="unit"),
                        ),
                        (
                            "unit_ko",
                            models.CharField(max_length=40, null=True, verbose_name="unit"),
                        ),
                        (
                            "unit_mn",
                            models.CharField(max_length=40, null=True, verbose_name="unit"),
                        ),
                        (
                            "unit_ru",
                            models.CharField(max_length=40, null=True, verbose_name="unit"),
                        ),
                        (
                            "direction",
                            models.CharField(
                                choices=[
                                    ("higher", "Higher is better"),
                                    ("lower", "Lower is better"),
                                ],
                                max_length=6,
                                verbose_name="direction",
                            ),
                        ),
                        (
                            "by_state",
                            models.BooleanField(
                                default=True, verbose_name="reported per member State"
                            ),
                        ),
                        (
                            "comparable",
                            models.BooleanField(
                                default=True,
                                help_text="Only comparable values are drawn in one chart; others are listed.",
                                verbose_name="values share one basis",
                            ),
                        ),
                        (
                            "baseline_value",
                            models.DecimalField(
                                blank=True,
                                decimal_places=3,
                                max_digits=14,
                                null=True,
                                verbose_name="baseline",
                            ),
                        ),
                        (
                            "baseline_year",
                            models.PositiveSmallIntegerField(
                                blank=True, null=True, verbose_name="baseline year"
                            ),
                        ),
                        ("description", models.TextField(blank=True, verbose_name="description")),
                        (
                            "description_en",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                        (
                            "description_zh_hans",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                        (
                            "description_ja",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                        (
                            "description_ko",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                        (
                            "description_mn",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                        (
                            "description_ru",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                    ],
                    options={
                        "verbose_name": "indicator",
                        "ordering": ["area__order", "code"],
                    },
                ),
                migrations.CreateModel(
                    name="SdgGoal",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        (
                            "number",
                            models.PositiveSmallIntegerField(unique=True, verbose_name="number"),
                        ),
                        ("title", models.CharField(max_length=200, verbose_name="title")),
                        (
                            "title_en",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_zh_hans",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ja",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ko",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_mn",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ru",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                    ],
                    options={
                        "verbose_name": "SDG",
                        "ordering": ["number"],
                    },
                ),
                migrations.CreateModel(
                    name="ActivityPlan",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("title", models.CharField(max_length=200, verbose_name="title")),
                        (
                            "title_en",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_zh_hans",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ja",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ko",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_mn",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ru",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        ("start", models.DateField(verbose_name="from")),
                        ("end", models.DateField(verbose_name="until")),
                        (
                            "approved_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="activity_plans_approved",
                                to="decisions.decision",
                                verbose_name="approving decision",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "activity plan",
                        "ordering": ["plan_area__order", "-start"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalProgrammeArea",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.SlugField(max_length=20, verbose_name="code")),
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        (
                            "order",
                            models.PositiveSmallIntegerField(default=0, verbose_name="order"),
                        ),
                        ("description", models.TextField(blank=True, verbose_name="description")),
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
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "platform",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.body",
                                verbose_name="platform",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical programme area",
                        "verbose_name_plural": "historical programme areas",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalSdgGoal",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        (
                            "number",
                            models.PositiveSmallIntegerField(db_index=True, verbose_name="number"),
                        ),
                        ("title", models.CharField(max_length=200, verbose_name="title")),
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
                        "verbose_name": "historical SDG",
                        "verbose_name_plural": "historical SDGs",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalStrategicPlan",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        (
                            "code",
                            models.CharField(db_index=True, max_length=9, verbose_name="code"),
                        ),
                        ("title", models.CharField(max_length=200, verbose_name="title")),
                        ("start_year", models.PositiveSmallIntegerField(verbose_name="first year")),
                        ("end_year", models.PositiveSmallIntegerField(verbose_name="last year")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("draft", "Draft"),
                                    ("adopted", "Adopted"),
                                    ("superseded", "Superseded"),
                                ],
                                max_length=12,
                                verbose_name="status",
                            ),
                        ),
                        ("summary", models.TextField(blank=True, verbose_name="summary")),
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
                            "adopted_at",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="meetings.meeting",
                                verbose_name="adopted at",
                            ),
                        ),
                        (
                            "adopted_by",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                help_text="Left empty where the report's paragraph is not in the sources.",
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="decisions.decision",
                                verbose_name="adopting decision",
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
                        "verbose_name": "historical strategic plan",
                        "verbose_name_plural": "historical strategic plans",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalIndicatorValue",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("first_year", models.PositiveSmallIntegerField(verbose_name="from year")),
                        ("last_year", models.PositiveSmallIntegerField(verbose_name="to year")),
                        (
                            "breakdown",
                            models.CharField(
                                blank=True,
                                help_text="E.g. a city or a species group; empty for the headline value.",
                                max_length=80,
                                verbose_name="breakdown",
                            ),
                        ),
                        (
                            "value",
                            models.DecimalField(
                                decimal_places=3, max_digits=14, verbose_name="value"
                            ),
                        ),
                        (
                            "value_upper",
                            models.DecimalField(
                                blank=True,
                                decimal_places=3,
                                help_text="Where the source gives a range (e.g. 60 to 65 per cent).",
                                max_digits=14,
                                null=True,
                                verbose_name="upper value",
                            ),
                        ),
                        ("note", models.CharField(blank=True, max_length=300, verbose_name="note")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("draft", "Draft"),
                                    ("submitted", "Submitted"),
                                    ("approved", "Approved"),
                                    ("returned", "Returned"),
                                ],
                                default="draft",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "return_reason",
                            models.CharField(
                                blank=True, max_length=500, verbose_name="reason for returning"
                            ),
                        ),
                        (
                            "approved_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="approved at"),
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
                            "approved_by",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="approved by",
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
                            "state",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.memberstate",
                                verbose_name="member State",
                            ),
                        ),
                        (
                            "submitted_by",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="submitted by",
                            ),
                        ),
                        (
                            "indicator",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.indicator",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical indicator value",
                        "verbose_name_plural": "historical indicator values",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalIndicatorTarget",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("year", models.PositiveSmallIntegerField(verbose_name="year")),
                        (
                            "value",
                            models.DecimalField(
                                decimal_places=3, max_digits=14, verbose_name="target"
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
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "state",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.memberstate",
                                verbose_name="member State",
                            ),
                        ),
                        (
                            "indicator",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.indicator",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical indicator target",
                        "verbose_name_plural": "historical indicator targets",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="IndicatorTarget",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("year", models.PositiveSmallIntegerField(verbose_name="year")),
                        (
                            "value",
                            models.DecimalField(
                                decimal_places=3, max_digits=14, verbose_name="target"
                            ),
                        ),
                        (
                            "indicator",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="targets",
                                to="programme.indicator",
                            ),
                        ),
                        (
                            "state",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="indicator_targets",
                                to="directory.memberstate",
                                verbose_name="member State",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "indicator target",
                        "ordering": ["indicator", "year"],
                    },
                ),
                migrations.CreateModel(
                    name="Objective",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.CharField(max_length=8, verbose_name="code")),
                        ("text", models.TextField(verbose_name="text")),
                        ("text_en", models.TextField(null=True, verbose_name="text")),
                        ("text_zh_hans", models.TextField(null=True, verbose_name="text")),
                        ("text_ja", models.TextField(null=True, verbose_name="text")),
                        ("text_ko", models.TextField(null=True, verbose_name="text")),
                        ("text_mn", models.TextField(null=True, verbose_name="text")),
                        ("text_ru", models.TextField(null=True, verbose_name="text")),
                        (
                            "weight",
                            models.DecimalField(
                                decimal_places=2,
                                default=1,
                                max_digits=5,
                                validators=[django.core.validators.MinValueValidator(0)],
                                verbose_name="weight in the roll-up",
                            ),
                        ),
                        (
                            "platform",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="objectives",
                                to="directory.body",
                                verbose_name="delivering platform",
                            ),
                        ),
                    ],
                    options={
                        "ordering": ["plan_area", "code"],
                    },
                ),
                migrations.AddField(
                    model_name="indicator",
                    name="objective",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="indicators",
                        to="programme.objective",
                        verbose_name="objective",
                    ),
                ),
                migrations.CreateModel(
                    name="HistoricalPlannedActivity",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.CharField(max_length=8, verbose_name="code")),
                        ("title", models.CharField(max_length=300, verbose_name="title")),
                        ("starts", models.DateField(blank=True, null=True, verbose_name="starts")),
                        ("ends", models.DateField(blank=True, null=True, verbose_name="ends")),
                        (
                            "lead",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("secretariat", "Secretariat"),
                                    ("state", "Member State"),
                                    ("partner", "Partner"),
                                ],
                                max_length=12,
                                verbose_name="lead",
                            ),
                        ),
                        (
                            "budget_line",
                            models.CharField(blank=True, max_length=60, verbose_name="budget line"),
                        ),
                        (
                            "weight",
                            models.DecimalField(
                                decimal_places=2,
                                default=1,
                                max_digits=5,
                                validators=[django.core.validators.MinValueValidator(0)],
                                verbose_name="weight in the roll-up",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("", "Not reported"),
                                    ("not_started", "Not started"),
                                    ("on_track", "On track"),
                                    ("delayed", "Delayed"),
                                    ("done", "Done"),
                                    ("dropped", "Dropped"),
                                ],
                                default="",
                                max_length=12,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "status_reason",
                            models.CharField(blank=True, max_length=500, verbose_name="reason"),
                        ),
                        (
                            "progress",
                            models.PositiveSmallIntegerField(
                                blank=True,
                                null=True,
                                validators=[django.core.validators.MaxValueValidator(100)],
                                verbose_name="progress (%)",
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
                            "activity_plan",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.activityplan",
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
                            "lead_organization",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.organization",
                                verbose_name="lead partner",
                            ),
                        ),
                        (
                            "lead_state",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.memberstate",
                                verbose_name="lead State",
                            ),
                        ),
                        (
                            "objective",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.objective",
                                verbose_name="objective served",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical planned activity",
                        "verbose_name_plural": "historical planned activities",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalActivity",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.CharField(max_length=8, verbose_name="code")),
                        ("text", models.TextField(verbose_name="text")),
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
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "objective",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.objective",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical activity",
                        "verbose_name_plural": "historical activities",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="PlanArea",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        (
                            "title",
                            models.CharField(max_length=200, verbose_name="title in the plan"),
                        ),
                        (
                            "title_en",
                            models.CharField(
                                max_length=200, null=True, verbose_name="title in the plan"
                            ),
                        ),
                        (
                            "title_zh_hans",
                            models.CharField(
                                max_length=200, null=True, verbose_name="title in the plan"
                            ),
                        ),
                        (
                            "title_ja",
                            models.CharField(
                                max_length=200, null=True, verbose_name="title in the plan"
                            ),
                        ),
                        (
                            "title_ko",
                            models.CharField(
                                max_length=200, null=True, verbose_name="title in the plan"
                            ),
                        ),
                        (
                            "title_mn",
                            models.CharField(
                                max_length=200, null=True, verbose_name="title in the plan"
                            ),
                        ),
                        (
                            "title_ru",
                            models.CharField(
                                max_length=200, null=True, verbose_name="title in the plan"
                            ),
                        ),
                        (
                            "order",
                            models.PositiveSmallIntegerField(default=0, verbose_name="order"),
                        ),
                        (
                            "cluster",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="plan_areas",
                                to="programme.cluster",
                                verbose_name="cluster",
                            ),
                        ),
                    ],
                    options={
                        "ordering": ["plan", "order"],
                    },
                ),
                migrations.AddField(
                    model_name="objective",
                    name="plan_area",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="objectives",
                        to="programme.planarea",
                    ),
                ),
                migrations.CreateModel(
                    name="HistoricalObjective",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.CharField(max_length=8, verbose_name="code")),
                        ("text", models.TextField(verbose_name="text")),
                        (
                            "weight",
                            models.DecimalField(
                                decimal_places=2,
                                default=1,
                                max_digits=5,
                                validators=[django.core.validators.MinValueValidator(0)],
                                verbose_name="weight in the roll-up",
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
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "platform",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.body",
                                verbose_name="delivering platform",
                            ),
                        ),
                        (
                            "plan_area",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.planarea",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical objective",
                        "verbose_name_plural": "historical objectives",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalActivityPlan",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("title", models.CharField(max_length=200, verbose_name="title")),
                        ("start", models.DateField(verbose_name="from")),
                        ("end", models.DateField(verbose_name="until")),
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
                            "approved_by",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="decisions.decision",
                                verbose_name="approving decision",
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
                            "plan_area",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.planarea",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical activity plan",
                        "verbose_name_plural": "historical activity plans",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.AddField(
                    model_name="activityplan",
                    name="plan_area",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="activity_plans",
                        to="programme.planarea",
                    ),
                ),
                migrations.CreateModel(
                    name="PlannedActivity",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.CharField(max_length=8, verbose_name="code")),
                        ("title", models.CharField(max_length=300, verbose_name="title")),
                        (
                            "title_en",
                            models.CharField(max_length=300, null=True, verbose_name="title"),
                        ),
                        (
                            "title_zh_hans",
                            models.CharField(max_length=300, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ja",
                            models.CharField(max_length=300, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ko",
                            models.CharField(max_length=300, null=True, verbose_name="title"),
                        ),
                        (
                            "title_mn",
                            models.CharField(max_length=300, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ru",
                            models.CharField(max_length=300, null=True, verbose_name="title"),
                        ),
                        ("starts", models.DateField(blank=True, null=True, verbose_name="starts")),
                        ("ends", models.DateField(blank=True, null=True, verbose_name="ends")),
                        (
                            "lead",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("secretariat", "Secretariat"),
                                    ("state", "Member State"),
                                    ("partner", "Partner"),
                                ],
                                max_length=12,
                                verbose_name="lead",
                            ),
                        ),
                        (
                            "budget_line",
                            models.CharField(blank=True, max_length=60, verbose_name="budget line"),
                        ),
                        (
                            "weight",
                            models.DecimalField(
                                decimal_places=2,
                                default=1,
                                max_digits=5,
                                validators=[django.core.validators.MinValueValidator(0)],
                                verbose_name="weight in the roll-up",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("", "Not reported"),
                                    ("not_started", "Not started"),
                                    ("on_track", "On track"),
                                    ("delayed", "Delayed"),
                                    ("done", "Done"),
                                    ("dropped", "Dropped"),
                                ],
                                default="",
                                max_length=12,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "status_reason",
                            models.CharField(blank=True, max_length=500, verbose_name="reason"),
                        ),
                        (
                            "progress",
                            models.PositiveSmallIntegerField(
                                blank=True,
                                null=True,
                                validators=[django.core.validators.MaxValueValidator(100)],
                                verbose_name="progress (%)",
                            ),
                        ),
                        (
                            "activity_plan",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="activities",
                                to="programme.activityplan",
                            ),
                        ),
                        (
                            "lead_organization",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="activities_led",
                                to="directory.organization",
                                verbose_name="lead partner",
                            ),
                        ),
                        (
                            "lead_state",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="activities_led",
                                to="directory.memberstate",
                                verbose_name="lead State",
                            ),
                        ),
                        (
                            "objective",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="planned_activities",
                                to="programme.objective",
                                verbose_name="objective served",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "planned activity",
                        "verbose_name_plural": "planned activities",
                        "ordering": ["activity_plan", "code"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalActivityRevision",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("what", models.CharField(max_length=60, verbose_name="what changed")),
                        ("before", models.CharField(max_length=200, verbose_name="before")),
                        ("after", models.CharField(max_length=200, verbose_name="after")),
                        ("reason", models.CharField(max_length=500, verbose_name="reason")),
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
                            "requested_by",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.memberstate",
                                verbose_name="requested by",
                            ),
                        ),
                        (
                            "activity",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.plannedactivity",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical activity revision",
                        "verbose_name_plural": "historical activity revisions",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="ActivityRevision",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("what", models.CharField(max_length=60, verbose_name="what changed")),
                        (
                            "what_en",
                            models.CharField(max_length=60, null=True, verbose_name="what changed"),
                        ),
                        (
                            "what_zh_hans",
                            models.CharField(max_length=60, null=True, verbose_name="what changed"),
                        ),
                        (
                            "what_ja",
                            models.CharField(max_length=60, null=True, verbose_name="what changed"),
                        ),
                        (
                            "what_ko",
                            models.CharField(max_length=60, null=True, verbose_name="what changed"),
                        ),
                        (
                            "what_mn",
                            models.CharField(max_length=60, null=True, verbose_name="what changed"),
                        ),
                        (
                            "what_ru",
                            models.CharField(max_length=60, null=True, verbose_name="what changed"),
                        ),
                        ("before", models.CharField(max_length=200, verbose_name="before")),
                        ("after", models.CharField(max_length=200, verbose_name="after")),
                        ("reason", models.CharField(max_length=500, verbose_name="reason")),
                        (
                            "reason_en",
                            models.CharField(max_length=500, null=True, verbose_name="reason"),
                        ),
                        (
                            "reason_zh_hans",
                            models.CharField(max_length=500, null=True, verbose_name="reason"),
                        ),
                        (
                            "reason_ja",
                            models.CharField(max_length=500, null=True, verbose_name="reason"),
                        ),
                        (
                            "reason_ko",
                            models.CharField(max_length=500, null=True, verbose_name="reason"),
                        ),
                        (
                            "reason_mn",
                            models.CharField(max_length=500, null=True, verbose_name="reason"),
                        ),
                        (
                            "reason_ru",
                            models.CharField(max_length=500, null=True, verbose_name="reason"),
                        ),
                        (
                            "meeting",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="activity_revisions",
                                to="meetings.meeting",
                                verbose_name="meeting",
                            ),
                        ),
                        (
                            "requested_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="activity_revisions",
                                to="directory.memberstate",
                                verbose_name="requested by",
                            ),
                        ),
                        (
                            "activity",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="revisions",
                                to="programme.plannedactivity",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "activity revision",
                        "ordering": ["activity", "pk"],
                    },
                ),
                migrations.CreateModel(
                    name="ProgrammeArea",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.SlugField(max_length=20, unique=True, verbose_name="code")),
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        (
                            "name_en",
                            models.CharField(max_length=200, null=True, verbose_name="name"),
                        ),
                        (
                            "name_zh_hans",
                            models.CharField(max_length=200, null=True, verbose_name="name"),
                        ),
                        (
                            "name_ja",
                            models.CharField(max_length=200, null=True, verbose_name="name"),
                        ),
                        (
                            "name_ko",
                            models.CharField(max_length=200, null=True, verbose_name="name"),
                        ),
                        (
                            "name_mn",
                            models.CharField(max_length=200, null=True, verbose_name="name"),
                        ),
                        (
                            "name_ru",
                            models.CharField(max_length=200, null=True, verbose_name="name"),
                        ),
                        (
                            "order",
                            models.PositiveSmallIntegerField(default=0, verbose_name="order"),
                        ),
                        ("description", models.TextField(blank=True, verbose_name="description")),
                        (
                            "description_en",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                        (
                            "description_zh_hans",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                        (
                            "description_ja",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                        (
                            "description_ko",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                        (
                            "description_mn",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                        (
                            "description_ru",
                            models.TextField(blank=True, null=True, verbose_name="description"),
                        ),
                        (
                            "platform",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="areas",
                                to="directory.body",
                                verbose_name="platform",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "programme area",
                        "ordering": ["order"],
                    },
                ),
                migrations.AddField(
                    model_name="planarea",
                    name="area",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="plan_areas",
                        to="programme.programmearea",
                    ),
                ),
                migrations.AddField(
                    model_name="indicator",
                    name="area",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="indicators",
                        to="programme.programmearea",
                        verbose_name="programme area",
                    ),
                ),
                migrations.CreateModel(
                    name="HistoricalIndicator",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.SlugField(max_length=40, verbose_name="code")),
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        ("unit", models.CharField(max_length=40, verbose_name="unit")),
                        (
                            "direction",
                            models.CharField(
                                choices=[
                                    ("higher", "Higher is better"),
                                    ("lower", "Lower is better"),
                                ],
                                max_length=6,
                                verbose_name="direction",
                            ),
                        ),
                        (
                            "by_state",
                            models.BooleanField(
                                default=True, verbose_name="reported per member State"
                            ),
                        ),
                        (
                            "comparable",
                            models.BooleanField(
                                default=True,
                                help_text="Only comparable values are drawn in one chart; others are listed.",
                                verbose_name="values share one basis",
                            ),
                        ),
                        (
                            "baseline_value",
                            models.DecimalField(
                                blank=True,
                                decimal_places=3,
                                max_digits=14,
                                null=True,
                                verbose_name="baseline",
                            ),
                        ),
                        (
                            "baseline_year",
                            models.PositiveSmallIntegerField(
                                blank=True, null=True, verbose_name="baseline year"
                            ),
                        ),
                        ("description", models.TextField(blank=True, verbose_name="description")),
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
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "objective",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.objective",
                                verbose_name="objective",
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
                    ],
                    options={
                        "verbose_name": "historical indicator",
                        "verbose_name_plural": "historical indicators",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalSdgTarget",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        (
                            "code",
                            models.CharField(db_index=True, max_length=8, verbose_name="code"),
                        ),
                        ("summary", models.CharField(max_length=400, verbose_name="summary")),
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
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "goal",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.sdggoal",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical SDG target",
                        "verbose_name_plural": "historical SDG targets",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="SdgTarget",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.CharField(max_length=8, unique=True, verbose_name="code")),
                        ("summary", models.CharField(max_length=400, verbose_name="summary")),
                        (
                            "summary_en",
                            models.CharField(max_length=400, null=True, verbose_name="summary"),
                        ),
                        (
                            "summary_zh_hans",
                            models.CharField(max_length=400, null=True, verbose_name="summary"),
                        ),
                        (
                            "summary_ja",
                            models.CharField(max_length=400, null=True, verbose_name="summary"),
                        ),
                        (
                            "summary_ko",
                            models.CharField(max_length=400, null=True, verbose_name="summary"),
                        ),
                        (
                            "summary_mn",
                            models.CharField(max_length=400, null=True, verbose_name="summary"),
                        ),
                        (
                            "summary_ru",
                            models.CharField(max_length=400, null=True, verbose_name="summary"),
                        ),
                        (
                            "goal",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="targets",
                                to="programme.sdggoal",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "SDG target",
                        "ordering": ["goal__number", "code"],
                    },
                ),
                migrations.CreateModel(
                    name="StrategicPlan",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.CharField(max_length=9, unique=True, verbose_name="code")),
                        ("title", models.CharField(max_length=200, verbose_name="title")),
                        (
                            "title_en",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_zh_hans",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ja",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ko",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_mn",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ru",
                            models.CharField(max_length=200, null=True, verbose_name="title"),
                        ),
                        ("start_year", models.PositiveSmallIntegerField(verbose_name="first year")),
                        ("end_year", models.PositiveSmallIntegerField(verbose_name="last year")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("draft", "Draft"),
                                    ("adopted", "Adopted"),
                                    ("superseded", "Superseded"),
                                ],
                                max_length=12,
                                verbose_name="status",
                            ),
                        ),
                        ("summary", models.TextField(blank=True, verbose_name="summary")),
                        (
                            "summary_en",
                            models.TextField(blank=True, null=True, verbose_name="summary"),
                        ),
                        (
                            "summary_zh_hans",
                            models.TextField(blank=True, null=True, verbose_name="summary"),
                        ),
                        (
                            "summary_ja",
                            models.TextField(blank=True, null=True, verbose_name="summary"),
                        ),
                        (
                            "summary_ko",
                            models.TextField(blank=True, null=True, verbose_name="summary"),
                        ),
                        (
                            "summary_mn",
                            models.TextField(blank=True, null=True, verbose_name="summary"),
                        ),
                        (
                            "summary_ru",
                            models.TextField(blank=True, null=True, verbose_name="summary"),
                        ),
                        (
                            "adopted_at",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="plans_adopted",
                                to="meetings.meeting",
                                verbose_name="adopted at",
                            ),
                        ),
                        (
                            "adopted_by",
                            models.ForeignKey(
                                blank=True,
                                help_text="Left empty where the report's paragraph is not in the sources.",
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="plans_adopted",
                                to="decisions.decision",
                                verbose_name="adopting decision",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "strategic plan",
                        "ordering": ["-start_year"],
                    },
                ),
                migrations.CreateModel(
                    name="SdgLink",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        (
                            "area",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="sdg_links",
                                to="programme.programmearea",
                            ),
                        ),
                        (
                            "goal",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="links",
                                to="programme.sdggoal",
                            ),
                        ),
                        (
                            "objective",
                            models.ForeignKey(
                                blank=True,
                                help_text="Empty when the plan links the whole area.",
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="sdg_links",
                                to="programme.objective",
                                verbose_name="objective",
                            ),
                        ),
                        (
                            "target",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="links",
                                to="programme.sdgtarget",
                            ),
                        ),
                        (
                            "plan",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="sdg_links",
                                to="programme.strategicplan",
                            ),
                        ),
                    ],
                    options={
                        "ordering": ["area__order", "goal__number"],
                    },
                ),
                migrations.CreateModel(
                    name="PlanGoal",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.CharField(max_length=8, verbose_name="code")),
                        ("text", models.TextField(verbose_name="text")),
                        ("text_en", models.TextField(null=True, verbose_name="text")),
                        ("text_zh_hans", models.TextField(null=True, verbose_name="text")),
                        ("text_ja", models.TextField(null=True, verbose_name="text")),
                        ("text_ko", models.TextField(null=True, verbose_name="text")),
                        ("text_mn", models.TextField(null=True, verbose_name="text")),
                        ("text_ru", models.TextField(null=True, verbose_name="text")),
                        (
                            "plan",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="goals",
                                to="programme.strategicplan",
                            ),
                        ),
                    ],
                    options={
                        "ordering": ["plan", "code"],
                        "abstract": False,
                    },
                ),
                migrations.AddField(
                    model_name="planarea",
                    name="plan",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="plan_areas",
                        to="programme.strategicplan",
                    ),
                ),
                migrations.CreateModel(
                    name="PlanApproach",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.CharField(max_length=8, verbose_name="code")),
                        ("text", models.TextField(verbose_name="text")),
                        ("text_en", models.TextField(null=True, verbose_name="text")),
                        ("text_zh_hans", models.TextField(null=True, verbose_name="text")),
                        ("text_ja", models.TextField(null=True, verbose_name="text")),
                        ("text_ko", models.TextField(null=True, verbose_name="text")),
                        ("text_mn", models.TextField(null=True, verbose_name="text")),
                        ("text_ru", models.TextField(null=True, verbose_name="text")),
                        (
                            "plan",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="approaches",
                                to="programme.strategicplan",
                            ),
                        ),
                    ],
                    options={
                        "ordering": ["plan", "code"],
                        "abstract": False,
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalSdgLink",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
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
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "objective",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                help_text="Empty when the plan links the whole area.",
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.objective",
                                verbose_name="objective",
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
                            ),
                        ),
                        (
                            "goal",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.sdggoal",
                            ),
                        ),
                        (
                            "target",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.sdgtarget",
                            ),
                        ),
                        (
                            "plan",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.strategicplan",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical sdg link",
                        "verbose_name_plural": "historical sdg links",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalPlanGoal",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.CharField(max_length=8, verbose_name="code")),
                        ("text", models.TextField(verbose_name="text")),
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
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "plan",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.strategicplan",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical plan goal",
                        "verbose_name_plural": "historical plan goals",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalPlanArea",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        (
                            "title",
                            models.CharField(max_length=200, verbose_name="title in the plan"),
                        ),
                        (
                            "order",
                            models.PositiveSmallIntegerField(default=0, verbose_name="order"),
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
                            "cluster",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.cluster",
                                verbose_name="cluster",
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
                            "area",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.programmearea",
                            ),
                        ),
                        (
                            "plan",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.strategicplan",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical plan area",
                        "verbose_name_plural": "historical plan areas",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalPlanApproach",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.CharField(max_length=8, verbose_name="code")),
                        ("text", models.TextField(verbose_name="text")),
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
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "plan",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.strategicplan",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical plan approach",
                        "verbose_name_plural": "historical plan approachs",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalCluster",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.SlugField(max_length=20, verbose_name="code")),
                        ("title", models.CharField(max_length=200, verbose_name="title")),
                        (
                            "order",
                            models.PositiveSmallIntegerField(default=0, verbose_name="order"),
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
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "plan",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="programme.strategicplan",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical cluster",
                        "verbose_name_plural": "historical clusters",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.AddField(
                    model_name="cluster",
                    name="plan",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="clusters",
                        to="programme.strategicplan",
                    ),
                ),
                migrations.CreateModel(
                    name="IndicatorValue",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("first_year", models.PositiveSmallIntegerField(verbose_name="from year")),
                        ("last_year", models.PositiveSmallIntegerField(verbose_name="to year")),
                        (
                            "breakdown",
                            models.CharField(
                                blank=True,
                                help_text="E.g. a city or a species group; empty for the headline value.",
                                max_length=80,
                                verbose_name="breakdown",
                            ),
                        ),
                        (
                            "value",
                            models.DecimalField(
                                decimal_places=3, max_digits=14, verbose_name="value"
                            ),
                        ),
                        (
                            "value_upper",
                            models.DecimalField(
                                blank=True,
                                decimal_places=3,
                                help_text="Where the source gives a range (e.g. 60 to 65 per cent).",
                                max_digits=14,
                                null=True,
                                verbose_name="upper value",
                            ),
                        ),
                        ("note", models.CharField(blank=True, max_length=300, verbose_name="note")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("draft", "Draft"),
                                    ("submitted", "Submitted"),
                                    ("approved", "Approved"),
                                    ("returned", "Returned"),
                                ],
                                default="draft",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "return_reason",
                            models.CharField(
                                blank=True, max_length=500, verbose_name="reason for returning"
                            ),
                        ),
                        (
                            "approved_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="approved at"),
                        ),
                        (
                            "approved_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="approved by",
                            ),
                        ),
                        (
                            "indicator",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="values",
                                to="programme.indicator",
                            ),
                        ),
                        (
                            "state",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="indicator_values",
                                to="directory.memberstate",
                                verbose_name="member State",
                            ),
                        ),
                        (
                            "submitted_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="submitted by",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "indicator value",
                        "ordering": [
                            "indicator",
                            "state__name",
                            "first_year",
                            "last_year",
                            "breakdown",
                        ],
                        "constraints": [
                            models.UniqueConstraint(
                                condition=models.Q(("state__isnull", False)),
                                fields=(
                                    "indicator",
                                    "state",
                                    "first_year",
                                    "last_year",
                                    "breakdown",
                                ),
                                name="indicator_value_once_per_state",
                            ),
                            models.UniqueConstraint(
                                condition=models.Q(("state__isnull", True)),
                                fields=("indicator", "first_year", "last_year", "breakdown"),
                                name="indicator_value_once",
                            ),
                            models.CheckConstraint(
                                condition=models.Q(("last_year__gte", models.F("first_year"))),
                                name="indicator_value_period_ordered",
                            ),
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="Activity",
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
                            "source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that states this fact.",
                                max_length=500,
                                verbose_name="source",
                            ),
                        ),
                        ("code", models.CharField(max_length=8, verbose_name="code")),
                        ("text", models.TextField(verbose_name="text")),
                        ("text_en", models.TextField(null=True, verbose_name="text")),
                        ("text_zh_hans", models.TextField(null=True, verbose_name="text")),
                        ("text_ja", models.TextField(null=True, verbose_name="text")),
                        ("text_ko", models.TextField(null=True, verbose_name="text")),
                        ("text_mn", models.TextField(null=True, verbose_name="text")),
                        ("text_ru", models.TextField(null=True, verbose_name="text")),
                        (
                            "objective",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="activities",
                                to="programme.objective",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name_plural": "activities",
                        "ordering": ["objective", "code"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("objective", "code"), name="activity_code"
                            )
                        ],
                    },
                ),
                migrations.AddConstraint(
                    model_name="objective",
                    constraint=models.UniqueConstraint(
                        fields=("plan_area", "code"), name="objective_code"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="activityplan",
                    constraint=models.UniqueConstraint(
                        fields=("plan_area", "start"), name="activity_plan_once"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="activityplan",
                    constraint=models.CheckConstraint(
                        condition=models.Q(("end__gte", models.F("start"))),
                        name="activity_plan_period_ordered",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="plannedactivity",
                    constraint=models.UniqueConstraint(
                        fields=("activity_plan", "code"), name="planned_activity_code"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="activityrevision",
                    constraint=models.UniqueConstraint(
                        fields=("activity", "what", "after"), name="revision_once"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="activityrevision",
                    constraint=models.UniqueConstraint(
                        fields=("activity", "what_en", "after"), name="revision_once-en"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="activityrevision",
                    constraint=models.UniqueConstraint(
                        fields=("activity", "what_zh_hans", "after"), name="revision_once-zh-hans"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="activityrevision",
                    constraint=models.UniqueConstraint(
                        fields=("activity", "what_ja", "after"), name="revision_once-ja"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="activityrevision",
                    constraint=models.UniqueConstraint(
                        fields=("activity", "what_ko", "after"), name="revision_once-ko"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="activityrevision",
                    constraint=models.UniqueConstraint(
                        fields=("activity", "what_mn", "after"), name="revision_once-mn"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="activityrevision",
                    constraint=models.UniqueConstraint(
                        fields=("activity", "what_ru", "after"), name="revision_once-ru"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="strategicplan",
                    constraint=models.CheckConstraint(
                        condition=models.Q(("end_year__gte", models.F("start_year"))),
                        name="plan_period_ordered",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="sdglink",
                    constraint=models.UniqueConstraint(
                        fields=("plan", "area", "goal", "target"), name="sdg_link_once"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="plangoal",
                    constraint=models.UniqueConstraint(
                        fields=("plan", "code"), name="plan_goal_code"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="planarea",
                    constraint=models.UniqueConstraint(
                        fields=("plan", "area"), name="plan_area_once"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="planapproach",
                    constraint=models.UniqueConstraint(
                        fields=("plan", "code"), name="plan_approach_code"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="cluster",
                    constraint=models.UniqueConstraint(
                        fields=("plan", "code"), name="cluster_code"
                    ),
                ),
            ],
        ),
    ]
