import django.core.validators
import django.db.models.deletion
import neaspec.schema
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [("finance", "0001_initial"), ("finance", "0002_receipts")]

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
                    name="Fund",
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
                        ("key", models.SlugField(max_length=40, unique=True, verbose_name="key")),
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("core", "Core Fund"),
                                    ("project_based", "Project-based Fund"),
                                    ("other", "Other fund"),
                                ],
                                max_length=16,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "currency",
                            models.CharField(
                                choices=[
                                    ("USD", "USD"),
                                    ("CNY", "CNY"),
                                    ("JPY", "JPY"),
                                    ("KRW", "KRW"),
                                    ("MNT", "MNT"),
                                    ("RUB", "RUB"),
                                    ("EUR", "EUR"),
                                ],
                                default="USD",
                                max_length=3,
                                validators=[
                                    django.core.validators.RegexValidator(
                                        "^[A-Z]{3}$",
                                        "A currency is its three-letter ISO 4217 code.",
                                    )
                                ],
                                verbose_name="currency",
                            ),
                        ),
                        (
                            "established_note",
                            models.CharField(
                                blank=True, max_length=200, verbose_name="established"
                            ),
                        ),
                        ("description", models.TextField(blank=True, verbose_name="description")),
                    ],
                    options={
                        "verbose_name": "fund",
                        "ordering": ["kind", "name"],
                    },
                ),
                migrations.CreateModel(
                    name="BudgetPlan",
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
                        ("first_year", models.PositiveSmallIntegerField(verbose_name="first year")),
                        ("last_year", models.PositiveSmallIntegerField(verbose_name="last year")),
                        (
                            "version",
                            models.PositiveSmallIntegerField(default=1, verbose_name="version"),
                        ),
                        ("summary", models.TextField(blank=True, verbose_name="what changed")),
                        (
                            "approved_at",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="budget_plans_approved",
                                to="meetings.meeting",
                                verbose_name="approved at",
                            ),
                        ),
                        (
                            "approved_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="budget_plans_approved",
                                to="decisions.decision",
                                verbose_name="approving decision",
                            ),
                        ),
                        (
                            "fund",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="budget_plans",
                                to="finance.fund",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "budget plan",
                        "ordering": ["fund", "-first_year", "version"],
                    },
                ),
                migrations.CreateModel(
                    name="BudgetLine",
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
                        ("category", models.CharField(max_length=60, verbose_name="category")),
                        (
                            "year",
                            models.PositiveSmallIntegerField(
                                blank=True, null=True, verbose_name="year"
                            ),
                        ),
                        (
                            "amount",
                            models.DecimalField(
                                blank=True,
                                decimal_places=2,
                                max_digits=16,
                                null=True,
                                validators=[django.core.validators.MinValueValidator(0)],
                                verbose_name="amount",
                            ),
                        ),
                        (
                            "change",
                            models.CharField(
                                blank=True,
                                choices=[("increased", "Increased"), ("decreased", "Decreased")],
                                help_text="Where the sources say which way a line moved but not by how much.",
                                max_length=12,
                                verbose_name="change from the previous version",
                            ),
                        ),
                        (
                            "plan",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="lines",
                                to="finance.budgetplan",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "budget line",
                        "ordering": ["plan", "category", "year"],
                    },
                ),
                migrations.CreateModel(
                    name="ExchangeRate",
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
                            "currency",
                            models.CharField(
                                choices=[
                                    ("USD", "USD"),
                                    ("CNY", "CNY"),
                                    ("JPY", "JPY"),
                                    ("KRW", "KRW"),
                                    ("MNT", "MNT"),
                                    ("RUB", "RUB"),
                                    ("EUR", "EUR"),
                                ],
                                default="USD",
                                max_length=3,
                                validators=[
                                    django.core.validators.RegexValidator(
                                        "^[A-Z]{3}$",
                                        "A currency is its three-letter ISO 4217 code.",
                                    )
                                ],
                                verbose_name="currency",
                            ),
                        ),
                        (
                            "to_currency",
                            models.CharField(
                                choices=[
                                    ("USD", "USD"),
                                    ("CNY", "CNY"),
                                    ("JPY", "JPY"),
                                    ("KRW", "KRW"),
                                    ("MNT", "MNT"),
                                    ("RUB", "RUB"),
                                    ("EUR", "EUR"),
                                ],
                                default="USD",
                                max_length=3,
                                validators=[
                                    django.core.validators.RegexValidator(
                                        "^[A-Z]{3}$",
                                        "A currency is its three-letter ISO 4217 code.",
                                    )
                                ],
                                verbose_name="currency",
                            ),
                        ),
                        ("date", models.DateField(verbose_name="date")),
                        (
                            "rate",
                            models.DecimalField(
                                decimal_places=8,
                                max_digits=18,
                                validators=[django.core.validators.MinValueValidator(0)],
                                verbose_name="rate",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "exchange rate",
                        "ordering": ["currency", "-date"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("currency", "to_currency", "date"), name="rate_once"
                            )
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="Expenditure",
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
                        ("category", models.CharField(max_length=60, verbose_name="category")),
                        ("date", models.DateField(verbose_name="date")),
                        (
                            "currency",
                            models.CharField(
                                choices=[
                                    ("USD", "USD"),
                                    ("CNY", "CNY"),
                                    ("JPY", "JPY"),
                                    ("KRW", "KRW"),
                                    ("MNT", "MNT"),
                                    ("RUB", "RUB"),
                                    ("EUR", "EUR"),
                                ],
                                default="USD",
                                max_length=3,
                                validators=[
                                    django.core.validators.RegexValidator(
                                        "^[A-Z]{3}$",
                                        "A currency is its three-letter ISO 4217 code.",
                                    )
                                ],
                                verbose_name="currency",
                            ),
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
                        ("note", models.CharField(blank=True, max_length=300, verbose_name="note")),
                        (
                            "fund",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="expenditures",
                                to="finance.fund",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "expenditure",
                        "ordering": ["fund", "date"],
                    },
                ),
                migrations.CreateModel(
                    name="Contribution",
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
                            "kind",
                            models.CharField(
                                choices=[("cash", "Cash"), ("in_kind", "In kind")],
                                default="cash",
                                max_length=8,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "currency",
                            models.CharField(
                                choices=[
                                    ("USD", "USD"),
                                    ("CNY", "CNY"),
                                    ("JPY", "JPY"),
                                    ("KRW", "KRW"),
                                    ("MNT", "MNT"),
                                    ("RUB", "RUB"),
                                    ("EUR", "EUR"),
                                ],
                                default="USD",
                                max_length=3,
                                validators=[
                                    django.core.validators.RegexValidator(
                                        "^[A-Z]{3}$",
                                        "A currency is its three-letter ISO 4217 code.",
                                    )
                                ],
                                verbose_name="currency",
                            ),
                        ),
                        (
                            "amount",
                            models.DecimalField(
                                blank=True,
                                decimal_places=2,
                                help_text="Empty when the amount is not known.",
                                max_digits=16,
                                null=True,
                                validators=[django.core.validators.MinValueValidator(0)],
                                verbose_name="amount",
                            ),
                        ),
                        (
                            "description",
                            models.CharField(
                                blank=True, max_length=500, verbose_name="what is given"
                            ),
                        ),
                        (
                            "valuation",
                            models.DecimalField(
                                blank=True,
                                decimal_places=2,
                                max_digits=16,
                                null=True,
                                validators=[django.core.validators.MinValueValidator(0)],
                                verbose_name="valuation",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("announced", "Announced"),
                                    ("pledged", "Pledged"),
                                    ("received", "Received"),
                                ],
                                default="announced",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "pledged_on",
                            models.DateField(blank=True, null=True, verbose_name="pledged on"),
                        ),
                        (
                            "expected_on",
                            models.DateField(blank=True, null=True, verbose_name="expected on"),
                        ),
                        (
                            "received_on",
                            models.DateField(blank=True, null=True, verbose_name="received on"),
                        ),
                        (
                            "received_amount",
                            models.DecimalField(
                                blank=True,
                                decimal_places=2,
                                max_digits=16,
                                null=True,
                                validators=[django.core.validators.MinValueValidator(0)],
                                verbose_name="amount received",
                            ),
                        ),
                        (
                            "published",
                            models.BooleanField(
                                default=False,
                                help_text="Shown to the public.",
                                verbose_name="published",
                            ),
                        ),
                        (
                            "confirmed_at",
                            models.DateTimeField(
                                blank=True, null=True, verbose_name="confirmed at"
                            ),
                        ),
                        ("note", models.CharField(blank=True, max_length=500, verbose_name="note")),
                        (
                            "announced_at",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="contributions_announced",
                                to="meetings.meeting",
                                verbose_name="announced at",
                            ),
                        ),
                        (
                            "confirmed_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                                verbose_name="confirmed by",
                            ),
                        ),
                        (
                            "organization",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="contributions",
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
                                related_name="contributions",
                                to="directory.memberstate",
                                verbose_name="member State",
                            ),
                        ),
                        (
                            "fund",
                            models.ForeignKey(
                                blank=True,
                                help_text="Empty for in-kind support given to the programme rather than to a fund.",
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="contributions",
                                to="finance.fund",
                                verbose_name="fund",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "contribution",
                        "ordering": ["year", "state__name", "fund"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalBudgetLine",
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
                        ("category", models.CharField(max_length=60, verbose_name="category")),
                        (
                            "year",
                            models.PositiveSmallIntegerField(
                                blank=True, null=True, verbose_name="year"
                            ),
                        ),
                        (
                            "amount",
                            models.DecimalField(
                                blank=True,
                                decimal_places=2,
                                max_digits=16,
                                null=True,
                                validators=[django.core.validators.MinValueValidator(0)],
                                verbose_name="amount",
                            ),
                        ),
                        (
                            "change",
                            models.CharField(
                                blank=True,
                                choices=[("increased", "Increased"), ("decreased", "Decreased")],
                                help_text="Where the sources say which way a line moved but not by how much.",
                                max_length=12,
                                verbose_name="change from the previous version",
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
                            "plan",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="finance.budgetplan",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical budget line",
                        "verbose_name_plural": "historical budget lines",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalBudgetPlan",
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
                        ("first_year", models.PositiveSmallIntegerField(verbose_name="first year")),
                        ("last_year", models.PositiveSmallIntegerField(verbose_name="last year")),
                        (
                            "version",
                            models.PositiveSmallIntegerField(default=1, verbose_name="version"),
                        ),
                        ("summary", models.TextField(blank=True, verbose_name="what changed")),
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
                            "approved_at",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="meetings.meeting",
                                verbose_name="approved at",
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
                            "fund",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="finance.fund",
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
                        "verbose_name": "historical budget plan",
                        "verbose_name_plural": "historical budget plans",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalContribution",
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
                            "kind",
                            models.CharField(
                                choices=[("cash", "Cash"), ("in_kind", "In kind")],
                                default="cash",
                                max_length=8,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "currency",
                            models.CharField(
                                choices=[
                                    ("USD", "USD"),
                                    ("CNY", "CNY"),
                                    ("JPY", "JPY"),
                                    ("KRW", "KRW"),
                                    ("MNT", "MNT"),
                                    ("RUB", "RUB"),
                                    ("EUR", "EUR"),
                                ],
                                default="USD",
                                max_length=3,
                                validators=[
                                    django.core.validators.RegexValidator(
                                        "^[A-Z]{3}$",
                                        "A currency is its three-letter ISO 4217 code.",
                                    )
                                ],
                                verbose_name="currency",
                            ),
                        ),
                        (
                            "amount",
                            models.DecimalField(
                                blank=True,
                                decimal_places=2,
                                help_text="Empty when the amount is not known.",
                                max_digits=16,
                                null=True,
                                validators=[django.core.validators.MinValueValidator(0)],
                                verbose_name="amount",
                            ),
                        ),
                        (
                            "description",
                            models.CharField(
                                blank=True, max_length=500, verbose_name="what is given"
                            ),
                        ),
                        (
                            "valuation",
                            models.DecimalField(
                                blank=True,
                                decimal_places=2,
                                max_digits=16,
                                null=True,
                                validators=[django.core.validators.MinValueValidator(0)],
                                verbose_name="valuation",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("announced", "Announced"),
                                    ("pledged", "Pledged"),
                                    ("received", "Received"),
                                ],
                                default="announced",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "pledged_on",
                            models.DateField(blank=True, null=True, verbose_name="pledged on"),
                        ),
                        (
                            "expected_on",
                            models.DateField(blank=True, null=True, verbose_name="expected on"),
                        ),
                        (
                            "received_on",
                            models.DateField(blank=True, null=True, verbose_name="received on"),
                        ),
                        (
                            "received_amount",
                            models.DecimalField(
                                blank=True,
                                decimal_places=2,
                                max_digits=16,
                                null=True,
                                validators=[django.core.validators.MinValueValidator(0)],
                                verbose_name="amount received",
                            ),
                        ),
                        (
                            "published",
                            models.BooleanField(
                                default=False,
                                help_text="Shown to the public.",
                                verbose_name="published",
                            ),
                        ),
                        (
                            "confirmed_at",
                            models.DateTimeField(
                                blank=True, null=True, verbose_name="confirmed at"
                            ),
                        ),
                        ("note", models.CharField(blank=True, max_length=500, verbose_name="note")),
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
                            "announced_at",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="meetings.meeting",
                                verbose_name="announced at",
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
                                verbose_name="confirmed by",
                            ),
                        ),
                        (
                            "fund",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                help_text="Empty for in-kind support given to the programme rather than to a fund.",
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="finance.fund",
                                verbose_name="fund",
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
                    ],
                    options={
                        "verbose_name": "historical contribution",
                        "verbose_name_plural": "historical contributions",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalExchangeRate",
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
                            "currency",
                            models.CharField(
                                choices=[
                                    ("USD", "USD"),
                                    ("CNY", "CNY"),
                                    ("JPY", "JPY"),
                                    ("KRW", "KRW"),
                                    ("MNT", "MNT"),
                                    ("RUB", "RUB"),
                                    ("EUR", "EUR"),
                                ],
                                default="USD",
                                max_length=3,
                                validators=[
                                    django.core.validators.RegexValidator(
                                        "^[A-Z]{3}$",
                                        "A currency is its three-letter ISO 4217 code.",
                                    )
                                ],
                                verbose_name="currency",
                            ),
                        ),
                        (
                            "to_currency",
                            models.CharField(
                                choices=[
                                    ("USD", "USD"),
                                    ("CNY", "CNY"),
                                    ("JPY", "JPY"),
                                    ("KRW", "KRW"),
                                    ("MNT", "MNT"),
                                    ("RUB", "RUB"),
                                    ("EUR", "EUR"),
                                ],
                                default="USD",
                                max_length=3,
                                validators=[
                                    django.core.validators.RegexValidator(
                                        "^[A-Z]{3}$",
                                        "A currency is its three-letter ISO 4217 code.",
                                    )
                                ],
                                verbose_name="currency",
                            ),
                        ),
                        ("date", models.DateField(verbose_name="date")),
                        (
                            "rate",
                            models.DecimalField(
                                decimal_places=8,
                                max_digits=18,
                                validators=[django.core.validators.MinValueValidator(0)],
                                verbose_name="rate",
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
                    ],
                    options={
                        "verbose_name": "historical exchange rate",
                        "verbose_name_plural": "historical exchange rates",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalExpenditure",
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
                        ("category", models.CharField(max_length=60, verbose_name="category")),
                        ("date", models.DateField(verbose_name="date")),
                        (
                            "currency",
                            models.CharField(
                                choices=[
                                    ("USD", "USD"),
                                    ("CNY", "CNY"),
                                    ("JPY", "JPY"),
                                    ("KRW", "KRW"),
                                    ("MNT", "MNT"),
                                    ("RUB", "RUB"),
                                    ("EUR", "EUR"),
                                ],
                                default="USD",
                                max_length=3,
                                validators=[
                                    django.core.validators.RegexValidator(
                                        "^[A-Z]{3}$",
                                        "A currency is its three-letter ISO 4217 code.",
                                    )
                                ],
                                verbose_name="currency",
                            ),
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
                        ("note", models.CharField(blank=True, max_length=300, verbose_name="note")),
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
                            "fund",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="finance.fund",
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
                        "verbose_name": "historical expenditure",
                        "verbose_name_plural": "historical expenditures",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalFund",
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
                        ("key", models.SlugField(max_length=40, verbose_name="key")),
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("core", "Core Fund"),
                                    ("project_based", "Project-based Fund"),
                                    ("other", "Other fund"),
                                ],
                                max_length=16,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "currency",
                            models.CharField(
                                choices=[
                                    ("USD", "USD"),
                                    ("CNY", "CNY"),
                                    ("JPY", "JPY"),
                                    ("KRW", "KRW"),
                                    ("MNT", "MNT"),
                                    ("RUB", "RUB"),
                                    ("EUR", "EUR"),
                                ],
                                default="USD",
                                max_length=3,
                                validators=[
                                    django.core.validators.RegexValidator(
                                        "^[A-Z]{3}$",
                                        "A currency is its three-letter ISO 4217 code.",
                                    )
                                ],
                                verbose_name="currency",
                            ),
                        ),
                        (
                            "established_note",
                            models.CharField(
                                blank=True, max_length=200, verbose_name="established"
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
                    ],
                    options={
                        "verbose_name": "historical fund",
                        "verbose_name_plural": "historical funds",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalReceipt",
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
                        ("date", models.DateField(verbose_name="date")),
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
                            "contribution",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="finance.contribution",
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
                        "verbose_name": "historical receipt",
                        "verbose_name_plural": "historical receipts",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Receipt",
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
                        ("date", models.DateField(verbose_name="date")),
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
                            "contribution",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="receipts",
                                to="finance.contribution",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "receipt",
                        "ordering": ["contribution", "date"],
                    },
                ),
                migrations.AddConstraint(
                    model_name="contribution",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            ("state__isnull", False),
                            ("organization__isnull", False),
                            _connector="OR",
                        ),
                        name="contribution_has_a_contributor",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="budgetplan",
                    constraint=models.UniqueConstraint(
                        fields=("fund", "first_year", "last_year", "version"),
                        name="budget_plan_version",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="budgetplan",
                    constraint=models.CheckConstraint(
                        condition=models.Q(("last_year__gte", models.F("first_year"))),
                        name="budget_plan_period_ordered",
                    ),
                ),
            ],
        ),
    ]
