import django.core.validators
import django.db.models.deletion
import neaspec.schema
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [
        ("networks", "0001_initial"),
        ("networks", "0002_peer_review_status"),
        ("networks", "0003_content_in_six_languages"),
    ]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("decisions", "0001_squashed_2026_12"),
        ("directory", "0001_squashed_2026_12"),
        ("library", "0001_squashed_2026_12"),
        ("meetings", "0001_squashed_2026_12"),
        ("projects", "0001_squashed_2026_12"),
    ]

    operations = [
        neaspec.schema.CreateModels(
            operations=[
                migrations.CreateModel(
                    name="Pollutant",
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
                        ("code", models.CharField(max_length=20, unique=True, verbose_name="code")),
                        ("name", models.CharField(max_length=100, verbose_name="name")),
                        (
                            "name_en",
                            models.CharField(max_length=100, null=True, verbose_name="name"),
                        ),
                        (
                            "name_zh_hans",
                            models.CharField(max_length=100, null=True, verbose_name="name"),
                        ),
                        (
                            "name_ja",
                            models.CharField(max_length=100, null=True, verbose_name="name"),
                        ),
                        (
                            "name_ko",
                            models.CharField(max_length=100, null=True, verbose_name="name"),
                        ),
                        (
                            "name_mn",
                            models.CharField(max_length=100, null=True, verbose_name="name"),
                        ),
                        (
                            "name_ru",
                            models.CharField(max_length=100, null=True, verbose_name="name"),
                        ),
                        (
                            "order",
                            models.PositiveSmallIntegerField(default=0, verbose_name="order"),
                        ),
                    ],
                    options={
                        "verbose_name": "target pollutant",
                        "ordering": ["order"],
                    },
                ),
                migrations.CreateModel(
                    name="City",
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
                        ("name", models.CharField(max_length=120, verbose_name="name")),
                        (
                            "latitude",
                            models.DecimalField(
                                blank=True,
                                decimal_places=5,
                                max_digits=8,
                                null=True,
                                verbose_name="latitude",
                            ),
                        ),
                        (
                            "longitude",
                            models.DecimalField(
                                blank=True,
                                decimal_places=5,
                                max_digits=8,
                                null=True,
                                verbose_name="longitude",
                            ),
                        ),
                        (
                            "joined_note",
                            models.CharField(blank=True, max_length=200, verbose_name="joined"),
                        ),
                        (
                            "state",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="cities",
                                to="directory.memberstate",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "city",
                        "verbose_name_plural": "cities",
                        "ordering": ["state__name", "name"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalExpertNomination",
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
                        ("purpose", models.CharField(max_length=200, verbose_name="for")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("requested", "Requested"),
                                    ("in_progress", "Under internal procedures"),
                                    ("submitted", "Submitted"),
                                ],
                                default="requested",
                                max_length=12,
                                verbose_name="status",
                            ),
                        ),
                        ("as_of", models.DateField(blank=True, null=True, verbose_name="as of")),
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
                            "body",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.body",
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
                            "requested_by",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="decisions.decision",
                                verbose_name="requested by",
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
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical expert nomination",
                        "verbose_name_plural": "historical expert nominations",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalForumParticipation",
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
                            "city",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="networks.city",
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
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical forum participation",
                        "verbose_name_plural": "historical forum participations",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalNationalProgramme",
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
                        ("name", models.CharField(max_length=200, verbose_name="name")),
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
                            "state",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.memberstate",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical national programme",
                        "verbose_name_plural": "historical national programmes",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalNetworkCount",
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
                        ("what", models.CharField(max_length=100, verbose_name="what is counted")),
                        ("count", models.PositiveSmallIntegerField(verbose_name="count")),
                        ("as_of", models.CharField(max_length=40, verbose_name="as of")),
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
                            "network",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.body",
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
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical published count",
                        "verbose_name_plural": "historical published counts",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalPeerReview",
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
                            "status",
                            models.CharField(
                                choices=[("planned", "Planned"), ("held", "Held")],
                                default="held",
                                max_length=8,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "year",
                            models.PositiveSmallIntegerField(
                                blank=True, null=True, verbose_name="year"
                            ),
                        ),
                        (
                            "when_note",
                            models.CharField(
                                blank=True,
                                help_text="e.g. 'by October 2018'",
                                max_length=100,
                                verbose_name="when, as known",
                            ),
                        ),
                        (
                            "reviewers",
                            models.CharField(blank=True, max_length=300, verbose_name="reviewers"),
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
                            "city",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="networks.city",
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
                            "partner",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.organization",
                                verbose_name="partner",
                            ),
                        ),
                        (
                            "report",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="library.document",
                                verbose_name="report",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical peer review",
                        "verbose_name_plural": "historical peer reviews",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalPollutant",
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
                            models.CharField(db_index=True, max_length=20, verbose_name="code"),
                        ),
                        ("name", models.CharField(max_length=100, verbose_name="name")),
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
                    ],
                    options={
                        "verbose_name": "historical target pollutant",
                        "verbose_name_plural": "historical target pollutants",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalRotationRule",
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
                            models.JSONField(
                                help_text='State codes, e.g. ["CN", "JP"]',
                                verbose_name="order of States",
                            ),
                        ),
                        (
                            "term_months",
                            models.PositiveSmallIntegerField(
                                validators=[django.core.validators.MinValueValidator(1)],
                                verbose_name="term (months)",
                            ),
                        ),
                        ("first_term_start", models.DateField(verbose_name="first term starts")),
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
                            "adopted_by",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="decisions.decision",
                                verbose_name="adopted by",
                            ),
                        ),
                        (
                            "body",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.body",
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
                        "verbose_name": "historical chair rotation rule",
                        "verbose_name_plural": "historical chair rotation rules",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalSite",
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
                        ("key", models.SlugField(max_length=80, verbose_name="key")),
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("mpa", "Marine protected area"),
                                    ("transboundary", "Transboundary protected area"),
                                    ("wetland", "Protected wetland"),
                                ],
                                default="mpa",
                                max_length=16,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("nominated", "Nominated"),
                                    ("reviewed", "Endorsed by the Steering Committee"),
                                    ("target", "Target site"),
                                    ("declined", "Not taken up"),
                                    ("other", "Status not recorded"),
                                ],
                                default="other",
                                max_length=12,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "designation",
                            models.CharField(
                                blank=True, max_length=200, verbose_name="designation type"
                            ),
                        ),
                        (
                            "area_km2",
                            models.DecimalField(
                                blank=True,
                                decimal_places=2,
                                max_digits=12,
                                null=True,
                                verbose_name="area (km²)",
                            ),
                        ),
                        (
                            "latitude",
                            models.DecimalField(
                                blank=True,
                                decimal_places=5,
                                max_digits=8,
                                null=True,
                                validators=[
                                    django.core.validators.MinValueValidator(-90),
                                    django.core.validators.MaxValueValidator(90),
                                ],
                                verbose_name="latitude",
                            ),
                        ),
                        (
                            "longitude",
                            models.DecimalField(
                                blank=True,
                                decimal_places=5,
                                max_digits=8,
                                null=True,
                                validators=[
                                    django.core.validators.MinValueValidator(-180),
                                    django.core.validators.MaxValueValidator(180),
                                ],
                                verbose_name="longitude",
                            ),
                        ),
                        (
                            "boundary",
                            models.JSONField(
                                blank=True, null=True, verbose_name="boundary (GeoJSON)"
                            ),
                        ),
                        (
                            "managing_authority",
                            models.CharField(
                                blank=True, max_length=300, verbose_name="managing authority"
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
                            "network",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.body",
                                verbose_name="network",
                            ),
                        ),
                        (
                            "state",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                help_text="Empty for an area several States share.",
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.memberstate",
                                verbose_name="member State",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical site",
                        "verbose_name_plural": "historical sites",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalSpecies",
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
                        ("common_name", models.CharField(max_length=120, verbose_name="name")),
                        (
                            "scientific_name",
                            models.CharField(max_length=120, verbose_name="scientific name"),
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
                        "verbose_name": "historical flagship species",
                        "verbose_name_plural": "historical flagship species",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalWorkPlanCategory",
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
                        ("code", models.CharField(max_length=8, verbose_name="category")),
                        ("description", models.TextField(verbose_name="description")),
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
                            "body",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.body",
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
                        "verbose_name": "historical work plan category",
                        "verbose_name_plural": "historical work plan categories",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="NationalProgramme",
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
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        ("description", models.TextField(blank=True, verbose_name="description")),
                        (
                            "state",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="city_programmes",
                                to="directory.memberstate",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "national programme",
                        "ordering": ["state__name", "name"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalCity",
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
                        ("name", models.CharField(max_length=120, verbose_name="name")),
                        (
                            "latitude",
                            models.DecimalField(
                                blank=True,
                                decimal_places=5,
                                max_digits=8,
                                null=True,
                                verbose_name="latitude",
                            ),
                        ),
                        (
                            "longitude",
                            models.DecimalField(
                                blank=True,
                                decimal_places=5,
                                max_digits=8,
                                null=True,
                                verbose_name="longitude",
                            ),
                        ),
                        (
                            "joined_note",
                            models.CharField(blank=True, max_length=200, verbose_name="joined"),
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
                            ),
                        ),
                        (
                            "programme",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="networks.nationalprogramme",
                                verbose_name="national programme",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical city",
                        "verbose_name_plural": "historical cities",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.AddField(
                    model_name="city",
                    name="programme",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="cities",
                        to="networks.nationalprogramme",
                        verbose_name="national programme",
                    ),
                ),
                migrations.CreateModel(
                    name="PeerReview",
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
                            "status",
                            models.CharField(
                                choices=[("planned", "Planned"), ("held", "Held")],
                                default="held",
                                max_length=8,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "year",
                            models.PositiveSmallIntegerField(
                                blank=True, null=True, verbose_name="year"
                            ),
                        ),
                        (
                            "when_note",
                            models.CharField(
                                blank=True,
                                help_text="e.g. 'by October 2018'",
                                max_length=100,
                                verbose_name="when, as known",
                            ),
                        ),
                        (
                            "reviewers",
                            models.CharField(blank=True, max_length=300, verbose_name="reviewers"),
                        ),
                        ("summary", models.TextField(blank=True, verbose_name="summary")),
                        (
                            "city",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="peer_reviews",
                                to="networks.city",
                            ),
                        ),
                        (
                            "partner",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="peer_reviews",
                                to="directory.organization",
                                verbose_name="partner",
                            ),
                        ),
                        (
                            "report",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="peer_reviews",
                                to="library.document",
                                verbose_name="report",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "peer review",
                        "ordering": ["-year", "city__name"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalRecommendation",
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
                        ("text", models.TextField(verbose_name="recommendation")),
                        ("follow_up", models.TextField(blank=True, verbose_name="follow-up")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("open", "Open"),
                                    ("in_progress", "In progress"),
                                    ("done", "Done"),
                                ],
                                default="open",
                                max_length=12,
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
                            "review",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="networks.peerreview",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical recommendation",
                        "verbose_name_plural": "historical recommendations",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Recommendation",
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
                        ("text", models.TextField(verbose_name="recommendation")),
                        ("follow_up", models.TextField(blank=True, verbose_name="follow-up")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("open", "Open"),
                                    ("in_progress", "In progress"),
                                    ("done", "Done"),
                                ],
                                default="open",
                                max_length=12,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "review",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="recommendations",
                                to="networks.peerreview",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "recommendation",
                        "ordering": ["review", "pk"],
                    },
                ),
                migrations.CreateModel(
                    name="RotationRule",
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
                            models.JSONField(
                                help_text='State codes, e.g. ["CN", "JP"]',
                                verbose_name="order of States",
                            ),
                        ),
                        (
                            "term_months",
                            models.PositiveSmallIntegerField(
                                validators=[django.core.validators.MinValueValidator(1)],
                                verbose_name="term (months)",
                            ),
                        ),
                        ("first_term_start", models.DateField(verbose_name="first term starts")),
                        (
                            "adopted_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="rotation_rules",
                                to="decisions.decision",
                                verbose_name="adopted by",
                            ),
                        ),
                        (
                            "body",
                            models.OneToOneField(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="rotation_rule",
                                to="directory.body",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "chair rotation rule",
                    },
                ),
                migrations.CreateModel(
                    name="Site",
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
                        ("key", models.SlugField(max_length=80, unique=True, verbose_name="key")),
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
                            "kind",
                            models.CharField(
                                choices=[
                                    ("mpa", "Marine protected area"),
                                    ("transboundary", "Transboundary protected area"),
                                    ("wetland", "Protected wetland"),
                                ],
                                default="mpa",
                                max_length=16,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("nominated", "Nominated"),
                                    ("reviewed", "Endorsed by the Steering Committee"),
                                    ("target", "Target site"),
                                    ("declined", "Not taken up"),
                                    ("other", "Status not recorded"),
                                ],
                                default="other",
                                max_length=12,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "designation",
                            models.CharField(
                                blank=True, max_length=200, verbose_name="designation type"
                            ),
                        ),
                        (
                            "area_km2",
                            models.DecimalField(
                                blank=True,
                                decimal_places=2,
                                max_digits=12,
                                null=True,
                                verbose_name="area (km²)",
                            ),
                        ),
                        (
                            "latitude",
                            models.DecimalField(
                                blank=True,
                                decimal_places=5,
                                max_digits=8,
                                null=True,
                                validators=[
                                    django.core.validators.MinValueValidator(-90),
                                    django.core.validators.MaxValueValidator(90),
                                ],
                                verbose_name="latitude",
                            ),
                        ),
                        (
                            "longitude",
                            models.DecimalField(
                                blank=True,
                                decimal_places=5,
                                max_digits=8,
                                null=True,
                                validators=[
                                    django.core.validators.MinValueValidator(-180),
                                    django.core.validators.MaxValueValidator(180),
                                ],
                                verbose_name="longitude",
                            ),
                        ),
                        (
                            "boundary",
                            models.JSONField(
                                blank=True, null=True, verbose_name="boundary (GeoJSON)"
                            ),
                        ),
                        (
                            "managing_authority",
                            models.CharField(
                                blank=True, max_length=300, verbose_name="managing authority"
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
                        (
                            "network",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="sites",
                                to="directory.body",
                                verbose_name="network",
                            ),
                        ),
                        (
                            "projects",
                            models.ManyToManyField(
                                blank=True,
                                related_name="sites",
                                to="projects.project",
                                verbose_name="projects",
                            ),
                        ),
                        (
                            "state",
                            models.ForeignKey(
                                blank=True,
                                help_text="Empty for an area several States share.",
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="sites",
                                to="directory.memberstate",
                                verbose_name="member State",
                            ),
                        ),
                        (
                            "states",
                            models.ManyToManyField(
                                blank=True,
                                related_name="shared_sites",
                                to="directory.memberstate",
                                verbose_name="States it spans",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "site",
                        "ordering": ["state__name", "name"],
                    },
                ),
                migrations.CreateModel(
                    name="NominationStep",
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
                            "step",
                            models.CharField(
                                choices=[
                                    ("nominated", "Nominated by the State"),
                                    ("reviewed", "Reviewed by the Steering Committee"),
                                    ("included", "Included by a SOM decision"),
                                ],
                                max_length=10,
                                verbose_name="step",
                            ),
                        ),
                        ("date", models.DateField(blank=True, null=True, verbose_name="date")),
                        (
                            "outcome",
                            models.CharField(blank=True, max_length=500, verbose_name="outcome"),
                        ),
                        (
                            "actor",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "decision",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="site_steps",
                                to="decisions.decision",
                                verbose_name="decision",
                            ),
                        ),
                        (
                            "meeting",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="site_steps",
                                to="meetings.meeting",
                                verbose_name="meeting",
                            ),
                        ),
                        (
                            "state",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="+",
                                to="directory.memberstate",
                                verbose_name="by the State",
                            ),
                        ),
                        (
                            "site",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="steps",
                                to="networks.site",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "nomination step",
                        "ordering": ["site", "date", "pk"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalSiteSheet",
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
                        ("version", models.PositiveSmallIntegerField(verbose_name="version")),
                        ("values", models.TextField(blank=True, verbose_name="values")),
                        (
                            "ecological_character",
                            models.TextField(blank=True, verbose_name="ecological character"),
                        ),
                        ("threats", models.TextField(blank=True, verbose_name="threats")),
                        (
                            "management_measures",
                            models.TextField(blank=True, verbose_name="management measures"),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("submitted", "Submitted"),
                                    ("validated", "Validated"),
                                    ("returned", "Returned"),
                                ],
                                default="submitted",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        ("submitted_on", models.DateField(verbose_name="submitted on")),
                        (
                            "validated_on",
                            models.DateField(blank=True, null=True, verbose_name="validated on"),
                        ),
                        (
                            "return_reason",
                            models.CharField(
                                blank=True, max_length=500, verbose_name="reason for returning"
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
                            "submitted_by",
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
                            "validated_by",
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
                            "site",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="networks.site",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical site sheet",
                        "verbose_name_plural": "historical site sheets",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalNominationStep",
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
                            "step",
                            models.CharField(
                                choices=[
                                    ("nominated", "Nominated by the State"),
                                    ("reviewed", "Reviewed by the Steering Committee"),
                                    ("included", "Included by a SOM decision"),
                                ],
                                max_length=10,
                                verbose_name="step",
                            ),
                        ),
                        ("date", models.DateField(blank=True, null=True, verbose_name="date")),
                        (
                            "outcome",
                            models.CharField(blank=True, max_length=500, verbose_name="outcome"),
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
                            "actor",
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
                            "decision",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="decisions.decision",
                                verbose_name="decision",
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
                            "state",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.memberstate",
                                verbose_name="by the State",
                            ),
                        ),
                        (
                            "site",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="networks.site",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical nomination step",
                        "verbose_name_plural": "historical nomination steps",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalInscription",
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
                            "kind",
                            models.CharField(
                                choices=[
                                    ("ramsar", "Ramsar Site"),
                                    ("world_heritage", "UNESCO World Heritage"),
                                    ("biosphere", "UNESCO Biosphere Reserve"),
                                ],
                                max_length=16,
                                verbose_name="inscription",
                            ),
                        ),
                        (
                            "year",
                            models.PositiveSmallIntegerField(
                                blank=True, null=True, verbose_name="year"
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
                            "history_user",
                            models.ForeignKey(
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "site",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="networks.site",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical inscription",
                        "verbose_name_plural": "historical inscriptions",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Species",
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
                        ("common_name", models.CharField(max_length=120, verbose_name="name")),
                        (
                            "common_name_en",
                            models.CharField(max_length=120, null=True, verbose_name="name"),
                        ),
                        (
                            "common_name_zh_hans",
                            models.CharField(max_length=120, null=True, verbose_name="name"),
                        ),
                        (
                            "common_name_ja",
                            models.CharField(max_length=120, null=True, verbose_name="name"),
                        ),
                        (
                            "common_name_ko",
                            models.CharField(max_length=120, null=True, verbose_name="name"),
                        ),
                        (
                            "common_name_mn",
                            models.CharField(max_length=120, null=True, verbose_name="name"),
                        ),
                        (
                            "common_name_ru",
                            models.CharField(max_length=120, null=True, verbose_name="name"),
                        ),
                        (
                            "scientific_name",
                            models.CharField(max_length=120, verbose_name="scientific name"),
                        ),
                        (
                            "order",
                            models.PositiveSmallIntegerField(default=0, verbose_name="order"),
                        ),
                        (
                            "projects",
                            models.ManyToManyField(
                                blank=True,
                                related_name="species",
                                to="projects.project",
                                verbose_name="projects",
                            ),
                        ),
                        (
                            "range_states",
                            models.ManyToManyField(
                                blank=True,
                                related_name="species",
                                to="directory.memberstate",
                                verbose_name="range States",
                            ),
                        ),
                        (
                            "sites",
                            models.ManyToManyField(
                                blank=True,
                                related_name="species",
                                to="networks.site",
                                verbose_name="protected areas",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "flagship species",
                        "verbose_name_plural": "flagship species",
                        "ordering": ["order"],
                    },
                ),
                migrations.CreateModel(
                    name="WorkPlanCategory",
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
                        ("code", models.CharField(max_length=8, verbose_name="category")),
                        ("description", models.TextField(verbose_name="description")),
                        (
                            "body",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="directory.body",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "work plan category",
                        "verbose_name_plural": "work plan categories",
                        "ordering": ["code"],
                    },
                ),
                migrations.CreateModel(
                    name="ExpertNomination",
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
                        ("purpose", models.CharField(max_length=200, verbose_name="for")),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("requested", "Requested"),
                                    ("in_progress", "Under internal procedures"),
                                    ("submitted", "Submitted"),
                                ],
                                default="requested",
                                max_length=12,
                                verbose_name="status",
                            ),
                        ),
                        ("as_of", models.DateField(blank=True, null=True, verbose_name="as of")),
                        ("note", models.CharField(blank=True, max_length=300, verbose_name="note")),
                        (
                            "body",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="directory.body",
                            ),
                        ),
                        (
                            "requested_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="expert_nominations",
                                to="decisions.decision",
                                verbose_name="requested by",
                            ),
                        ),
                        (
                            "state",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="expert_nominations",
                                to="directory.memberstate",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "expert nomination",
                        "ordering": ["purpose", "state__name"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("body", "purpose", "state"), name="nomination_once"
                            )
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="ForumParticipation",
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
                        ("note", models.CharField(blank=True, max_length=300, verbose_name="note")),
                        (
                            "city",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="forums",
                                to="networks.city",
                            ),
                        ),
                        (
                            "meeting",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="city_participants",
                                to="meetings.meeting",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "forum participation",
                        "ordering": ["meeting__start", "city__name"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("city", "meeting"), name="forum_participation_once"
                            )
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="NetworkCount",
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
                        ("what", models.CharField(max_length=100, verbose_name="what is counted")),
                        ("count", models.PositiveSmallIntegerField(verbose_name="count")),
                        ("as_of", models.CharField(max_length=40, verbose_name="as of")),
                        (
                            "network",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="+",
                                to="directory.body",
                            ),
                        ),
                        (
                            "state",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="network_counts",
                                to="directory.memberstate",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "published count",
                        "ordering": ["network", "what", "state__name"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("network", "what", "state", "as_of"),
                                name="network_count_once",
                            )
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="Inscription",
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
                            "kind",
                            models.CharField(
                                choices=[
                                    ("ramsar", "Ramsar Site"),
                                    ("world_heritage", "UNESCO World Heritage"),
                                    ("biosphere", "UNESCO Biosphere Reserve"),
                                ],
                                max_length=16,
                                verbose_name="inscription",
                            ),
                        ),
                        (
                            "year",
                            models.PositiveSmallIntegerField(
                                blank=True, null=True, verbose_name="year"
                            ),
                        ),
                        ("note", models.CharField(blank=True, max_length=300, verbose_name="note")),
                        (
                            "site",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="inscriptions",
                                to="networks.site",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "inscription",
                        "ordering": ["site", "kind"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("site", "kind"), name="inscription_once"
                            )
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="SiteSheet",
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
                        ("version", models.PositiveSmallIntegerField(verbose_name="version")),
                        ("values", models.TextField(blank=True, verbose_name="values")),
                        (
                            "ecological_character",
                            models.TextField(blank=True, verbose_name="ecological character"),
                        ),
                        ("threats", models.TextField(blank=True, verbose_name="threats")),
                        (
                            "management_measures",
                            models.TextField(blank=True, verbose_name="management measures"),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("submitted", "Submitted"),
                                    ("validated", "Validated"),
                                    ("returned", "Returned"),
                                ],
                                default="submitted",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        ("submitted_on", models.DateField(verbose_name="submitted on")),
                        (
                            "validated_on",
                            models.DateField(blank=True, null=True, verbose_name="validated on"),
                        ),
                        (
                            "return_reason",
                            models.CharField(
                                blank=True, max_length=500, verbose_name="reason for returning"
                            ),
                        ),
                        (
                            "site",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="sheets",
                                to="networks.site",
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
                            ),
                        ),
                        (
                            "validated_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "site sheet",
                        "ordering": ["site", "-version"],
                        "constraints": [
                            models.UniqueConstraint(
                                fields=("site", "version"), name="site_sheet_version"
                            )
                        ],
                    },
                ),
            ],
        ),
    ]
