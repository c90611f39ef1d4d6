import django.core.validators
import django.db.models.deletion
import neaspec.schema
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [("projects", "0001_initial")]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("decisions", "0001_squashed_2026_12"),
        ("directory", "0001_squashed_2026_12"),
        ("finance", "0001_squashed_2026_12"),
        ("meetings", "0001_squashed_2026_12"),
        ("programme", "0001_squashed_2026_12"),
    ]

    operations = [
        neaspec.schema.CreateModels(
            operations=[
                migrations.CreateModel(
                    name="HistoricalProject",
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
                        ("key", models.SlugField(max_length=60, verbose_name="key")),
                        ("title", models.CharField(max_length=300, verbose_name="title")),
                        ("description", models.TextField(verbose_name="description")),
                        (
                            "status",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("1", "Pipeline or identification"),
                                    ("2", "Implementation"),
                                    ("3", "Finalisation"),
                                    ("4", "Closed"),
                                    ("5", "Cancelled"),
                                    ("6", "Suspended"),
                                ],
                                max_length=1,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "status_as_of",
                            models.DateField(blank=True, null=True, verbose_name="status as of"),
                        ),
                        (
                            "planned_start",
                            models.DateField(blank=True, null=True, verbose_name="planned start"),
                        ),
                        (
                            "planned_end",
                            models.DateField(blank=True, null=True, verbose_name="planned end"),
                        ),
                        (
                            "actual_start",
                            models.DateField(blank=True, null=True, verbose_name="actual start"),
                        ),
                        (
                            "actual_end",
                            models.DateField(blank=True, null=True, verbose_name="actual end"),
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
                            "funding_fund",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="finance.fund",
                                verbose_name="funded from",
                            ),
                        ),
                        (
                            "funding_state",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.memberstate",
                                verbose_name="funded by",
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
                                verbose_name="objective served",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical project",
                        "verbose_name_plural": "historical projects",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Project",
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
                        ("key", models.SlugField(max_length=60, unique=True, verbose_name="key")),
                        ("title", models.CharField(max_length=300, verbose_name="title")),
                        ("description", models.TextField(verbose_name="description")),
                        (
                            "status",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("1", "Pipeline or identification"),
                                    ("2", "Implementation"),
                                    ("3", "Finalisation"),
                                    ("4", "Closed"),
                                    ("5", "Cancelled"),
                                    ("6", "Suspended"),
                                ],
                                max_length=1,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "status_as_of",
                            models.DateField(blank=True, null=True, verbose_name="status as of"),
                        ),
                        (
                            "planned_start",
                            models.DateField(blank=True, null=True, verbose_name="planned start"),
                        ),
                        (
                            "planned_end",
                            models.DateField(blank=True, null=True, verbose_name="planned end"),
                        ),
                        (
                            "actual_start",
                            models.DateField(blank=True, null=True, verbose_name="actual start"),
                        ),
                        (
                            "actual_end",
                            models.DateField(blank=True, null=True, verbose_name="actual end"),
                        ),
                        (
                            "area",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="projects",
                                to="programme.programmearea",
                                verbose_name="programme area",
                            ),
                        ),
                        (
                            "decisions",
                            models.ManyToManyField(
                                blank=True,
                                related_name="projects",
                                to="decisions.decision",
                                verbose_name="SOM decisions",
                            ),
                        ),
                        (
                            "funding_fund",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="projects",
                                to="finance.fund",
                                verbose_name="funded from",
                            ),
                        ),
                        (
                            "funding_state",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="projects_funded",
                                to="directory.memberstate",
                                verbose_name="funded by",
                            ),
                        ),
                        (
                            "objective",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="projects",
                                to="programme.objective",
                                verbose_name="objective served",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "project",
                        "ordering": ["area__order", "title"],
                    },
                ),
                migrations.CreateModel(
                    name="Participation",
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
                            "role",
                            models.CharField(
                                choices=[
                                    ("1", "Funding"),
                                    ("2", "Accountable"),
                                    ("3", "Extending"),
                                    ("4", "Implementing"),
                                ],
                                max_length=1,
                                verbose_name="role",
                            ),
                        ),
                        (
                            "organization",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="project_roles",
                                to="directory.organization",
                                verbose_name="organization",
                            ),
                        ),
                        (
                            "state",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="project_roles",
                                to="directory.memberstate",
                                verbose_name="member State",
                            ),
                        ),
                        (
                            "project",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="participants",
                                to="projects.project",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "participating organization",
                        "ordering": ["project", "role"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalProjectBudget",
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
                            "currency",
                            models.CharField(default="USD", max_length=3, verbose_name="currency"),
                        ),
                        (
                            "amount",
                            models.DecimalField(
                                decimal_places=2,
                                max_digits=16,
                                validators=[django.core.validators.MinValueValidator(0)],
                                verbose_name="amount",
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
                            "project",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="projects.project",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical project budget",
                        "verbose_name_plural": "historical project budgets",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalProject_decisions",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("m2m_history_id", models.AutoField(primary_key=True, serialize=False)),
                        (
                            "decision",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                db_tablespace="",
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="decisions.decision",
                            ),
                        ),
                        (
                            "history",
                            models.ForeignKey(
                                db_constraint=False,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                to="projects.historicalproject",
                            ),
                        ),
                        (
                            "project",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                db_tablespace="",
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="projects.project",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "HistoricalProject_decisions",
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalParticipation",
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
                            "role",
                            models.CharField(
                                choices=[
                                    ("1", "Funding"),
                                    ("2", "Accountable"),
                                    ("3", "Extending"),
                                    ("4", "Implementing"),
                                ],
                                max_length=1,
                                verbose_name="role",
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
                            "organization",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.organization",
                                verbose_name="organization",
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
                            "project",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="projects.project",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical participating organization",
                        "verbose_name_plural": "historical participating organizations",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalDelay",
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
                        ("date", models.DateField(blank=True, null=True, verbose_name="date")),
                        ("what", models.CharField(max_length=300, verbose_name="what is delayed")),
                        ("reason", models.TextField(verbose_name="reason")),
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
                            "reported_at",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="meetings.meeting",
                                verbose_name="reported at",
                            ),
                        ),
                        (
                            "project",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="projects.project",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical delay",
                        "verbose_name_plural": "historical delays",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalComponent",
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
                            "order",
                            models.PositiveSmallIntegerField(default=0, verbose_name="order"),
                        ),
                        ("title", models.CharField(max_length=300, verbose_name="title")),
                        (
                            "status",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("1", "Pipeline or identification"),
                                    ("2", "Implementation"),
                                    ("3", "Finalisation"),
                                    ("4", "Closed"),
                                    ("5", "Cancelled"),
                                    ("6", "Suspended"),
                                ],
                                max_length=1,
                                verbose_name="status",
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
                            "project",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="projects.project",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical component",
                        "verbose_name_plural": "historical components",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Delay",
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
                        ("date", models.DateField(blank=True, null=True, verbose_name="date")),
                        ("what", models.CharField(max_length=300, verbose_name="what is delayed")),
                        ("reason", models.TextField(verbose_name="reason")),
                        (
                            "reported_at",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="project_delays",
                                to="meetings.meeting",
                                verbose_name="reported at",
                            ),
                        ),
                        (
                            "project",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="delays",
                                to="projects.project",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "delay",
                        "ordering": ["project", "date"],
                    },
                ),
                migrations.CreateModel(
                    name="Component",
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
                            "order",
                            models.PositiveSmallIntegerField(default=0, verbose_name="order"),
                        ),
                        ("title", models.CharField(max_length=300, verbose_name="title")),
                        (
                            "status",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("1", "Pipeline or identification"),
                                    ("2", "Implementation"),
                                    ("3", "Finalisation"),
                                    ("4", "Closed"),
                                    ("5", "Cancelled"),
                                    ("6", "Suspended"),
                                ],
                                max_length=1,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "project",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="components",
                                to="projects.project",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "component",
                        "ordering": ["project", "order"],
                    },
                ),
                migrations.CreateModel(
                    name="ProjectBudget",
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
                            "currency",
                            models.CharField(default="USD", max_length=3, verbose_name="currency"),
                        ),
                        (
                            "amount",
                            models.DecimalField(
                                decimal_places=2,
                                max_digits=16,
                                validators=[django.core.validators.MinValueValidator(0)],
                                verbose_name="amount",
                            ),
                        ),
                        (
                            "project",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="budgets",
                                to="projects.project",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "project budget",
                        "ordering": ["project", "year"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("project", "year"), name="project_budget_year"
                            )
                        ],
                    },
                ),
            ],
        ),
    ]
