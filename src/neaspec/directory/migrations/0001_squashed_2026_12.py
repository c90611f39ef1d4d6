import django.db.models.deletion
import neaspec.schema
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [("directory", "0001_initial"), ("directory", "0002_content_in_six_languages")]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        neaspec.schema.CreateModels(
            operations=[
                migrations.CreateModel(
                    name="MemberState",
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
                            "code",
                            models.CharField(max_length=2, unique=True, verbose_name="ISO code"),
                        ),
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
                            "short_name",
                            models.CharField(blank=True, max_length=40, verbose_name="short name"),
                        ),
                        (
                            "short_name_en",
                            models.CharField(
                                blank=True, max_length=40, null=True, verbose_name="short name"
                            ),
                        ),
                        (
                            "short_name_zh_hans",
                            models.CharField(
                                blank=True, max_length=40, null=True, verbose_name="short name"
                            ),
                        ),
                        (
                            "short_name_ja",
                            models.CharField(
                                blank=True, max_length=40, null=True, verbose_name="short name"
                            ),
                        ),
                        (
                            "short_name_ko",
                            models.CharField(
                                blank=True, max_length=40, null=True, verbose_name="short name"
                            ),
                        ),
                        (
                            "short_name_mn",
                            models.CharField(
                                blank=True, max_length=40, null=True, verbose_name="short name"
                            ),
                        ),
                        (
                            "short_name_ru",
                            models.CharField(
                                blank=True, max_length=40, null=True, verbose_name="short name"
                            ),
                        ),
                        (
                            "coastal",
                            models.BooleanField(
                                default=True,
                                help_text="Whether the State can nominate marine sites.",
                                verbose_name="coastal",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "member State",
                        "ordering": ["name"],
                    },
                ),
                migrations.CreateModel(
                    name="Body",
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
                        ("name", models.CharField(max_length=300, verbose_name="name")),
                        (
                            "name_en",
                            models.CharField(max_length=300, null=True, verbose_name="name"),
                        ),
                        (
                            "name_zh_hans",
                            models.CharField(max_length=300, null=True, verbose_name="name"),
                        ),
                        (
                            "name_ja",
                            models.CharField(max_length=300, null=True, verbose_name="name"),
                        ),
                        (
                            "name_ko",
                            models.CharField(max_length=300, null=True, verbose_name="name"),
                        ),
                        (
                            "name_mn",
                            models.CharField(max_length=300, null=True, verbose_name="name"),
                        ),
                        (
                            "name_ru",
                            models.CharField(max_length=300, null=True, verbose_name="name"),
                        ),
                        (
                            "acronym",
                            models.CharField(blank=True, max_length=40, verbose_name="acronym"),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("governing", "Governing body"),
                                    ("focal_points", "Network of focal points"),
                                    ("committee", "Committee"),
                                    ("working_group", "Working group"),
                                    ("platform", "Platform"),
                                ],
                                max_length=20,
                                verbose_name="kind",
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
                            "established_year",
                            models.PositiveSmallIntegerField(
                                blank=True, null=True, verbose_name="established"
                            ),
                        ),
                        (
                            "established_note",
                            models.CharField(
                                blank=True, max_length=300, verbose_name="how it was established"
                            ),
                        ),
                        (
                            "parent",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="children",
                                to="directory.body",
                                verbose_name="part of",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "body",
                        "verbose_name_plural": "bodies",
                        "ordering": ["name"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalBody",
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
                        ("name", models.CharField(max_length=300, verbose_name="name")),
                        (
                            "acronym",
                            models.CharField(blank=True, max_length=40, verbose_name="acronym"),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("governing", "Governing body"),
                                    ("focal_points", "Network of focal points"),
                                    ("committee", "Committee"),
                                    ("working_group", "Working group"),
                                    ("platform", "Platform"),
                                ],
                                max_length=20,
                                verbose_name="kind",
                            ),
                        ),
                        ("description", models.TextField(blank=True, verbose_name="description")),
                        (
                            "established_year",
                            models.PositiveSmallIntegerField(
                                blank=True, null=True, verbose_name="established"
                            ),
                        ),
                        (
                            "established_note",
                            models.CharField(
                                blank=True, max_length=300, verbose_name="how it was established"
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
                            "parent",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.body",
                                verbose_name="part of",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical body",
                        "verbose_name_plural": "historical bodies",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalMemberState",
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
                            models.CharField(db_index=True, max_length=2, verbose_name="ISO code"),
                        ),
                        ("name", models.CharField(max_length=100, verbose_name="name")),
                        (
                            "short_name",
                            models.CharField(blank=True, max_length=40, verbose_name="short name"),
                        ),
                        (
                            "coastal",
                            models.BooleanField(
                                default=True,
                                help_text="Whether the State can nominate marine sites.",
                                verbose_name="coastal",
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
                        "verbose_name": "historical member State",
                        "verbose_name_plural": "historical member States",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalOrganization",
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
                        ("name", models.CharField(max_length=300, verbose_name="name")),
                        (
                            "acronym",
                            models.CharField(blank=True, max_length=40, verbose_name="acronym"),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("secretariat", "Secretariat"),
                                    ("un_body", "UN body"),
                                    ("international", "International organization"),
                                    ("national", "National institution"),
                                    ("technical_centre", "Technical centre"),
                                    ("partner", "Partner"),
                                ],
                                max_length=20,
                                verbose_name="kind",
                            ),
                        ),
                        ("website", models.URLField(blank=True, verbose_name="website")),
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
                            "serves",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                help_text="The platform a technical centre works for.",
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.body",
                                verbose_name="serves",
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
                        "verbose_name": "historical organization",
                        "verbose_name_plural": "historical organizations",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Organization",
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
                        ("name", models.CharField(max_length=300, verbose_name="name")),
                        (
                            "name_en",
                            models.CharField(max_length=300, null=True, verbose_name="name"),
                        ),
                        (
                            "name_zh_hans",
                            models.CharField(max_length=300, null=True, verbose_name="name"),
                        ),
                        (
                            "name_ja",
                            models.CharField(max_length=300, null=True, verbose_name="name"),
                        ),
                        (
                            "name_ko",
                            models.CharField(max_length=300, null=True, verbose_name="name"),
                        ),
                        (
                            "name_mn",
                            models.CharField(max_length=300, null=True, verbose_name="name"),
                        ),
                        (
                            "name_ru",
                            models.CharField(max_length=300, null=True, verbose_name="name"),
                        ),
                        (
                            "acronym",
                            models.CharField(blank=True, max_length=40, verbose_name="acronym"),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("secretariat", "Secretariat"),
                                    ("un_body", "UN body"),
                                    ("international", "International organization"),
                                    ("national", "National institution"),
                                    ("technical_centre", "Technical centre"),
                                    ("partner", "Partner"),
                                ],
                                max_length=20,
                                verbose_name="kind",
                            ),
                        ),
                        ("website", models.URLField(blank=True, verbose_name="website")),
                        (
                            "serves",
                            models.ForeignKey(
                                blank=True,
                                help_text="The platform a technical centre works for.",
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="technical_centres",
                                to="directory.body",
                                verbose_name="serves",
                            ),
                        ),
                        (
                            "state",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="organizations",
                                to="directory.memberstate",
                                verbose_name="member State",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "organization",
                        "ordering": ["name"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalPerson",
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
                        (
                            "honorific",
                            models.CharField(blank=True, max_length=20, verbose_name="honorific"),
                        ),
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        (
                            "position",
                            models.CharField(blank=True, max_length=300, verbose_name="position"),
                        ),
                        (
                            "email",
                            models.EmailField(blank=True, max_length=254, verbose_name="e-mail"),
                        ),
                        (
                            "phone",
                            models.CharField(blank=True, max_length=40, verbose_name="telephone"),
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
                    ],
                    options={
                        "verbose_name": "historical person",
                        "verbose_name_plural": "historical people",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Person",
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
                        (
                            "honorific",
                            models.CharField(blank=True, max_length=20, verbose_name="honorific"),
                        ),
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        (
                            "position",
                            models.CharField(blank=True, max_length=300, verbose_name="position"),
                        ),
                        (
                            "email",
                            models.EmailField(blank=True, max_length=254, verbose_name="e-mail"),
                        ),
                        (
                            "phone",
                            models.CharField(blank=True, max_length=40, verbose_name="telephone"),
                        ),
                        (
                            "organization",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="people",
                                to="directory.organization",
                                verbose_name="organization",
                            ),
                        ),
                        (
                            "state",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="people",
                                to="directory.memberstate",
                                verbose_name="member State",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "person",
                        "verbose_name_plural": "people",
                        "ordering": ["name"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalMembership",
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
                                    ("chair", "Chair"),
                                    ("vice_chair", "Vice-Chair"),
                                    ("rapporteur", "Rapporteur"),
                                    ("member", "Member"),
                                ],
                                default="member",
                                max_length=12,
                                verbose_name="role",
                            ),
                        ),
                        ("start", models.DateField(verbose_name="term start")),
                        ("end", models.DateField(blank=True, null=True, verbose_name="term end")),
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
                                verbose_name="body",
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
                            "person",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.person",
                                verbose_name="person",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical membership",
                        "verbose_name_plural": "historical memberships",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalFocalPoint",
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
                            "rank",
                            models.CharField(
                                choices=[("primary", "Primary"), ("alternate", "Alternate")],
                                default="primary",
                                max_length=10,
                                verbose_name="rank",
                            ),
                        ),
                        ("start", models.DateField(verbose_name="from")),
                        ("end", models.DateField(blank=True, null=True, verbose_name="until")),
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
                            "institution",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.organization",
                                verbose_name="institution",
                            ),
                        ),
                        (
                            "person",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.person",
                                verbose_name="person",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical focal point",
                        "verbose_name_plural": "historical focal points",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Membership",
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
                                    ("chair", "Chair"),
                                    ("vice_chair", "Vice-Chair"),
                                    ("rapporteur", "Rapporteur"),
                                    ("member", "Member"),
                                ],
                                default="member",
                                max_length=12,
                                verbose_name="role",
                            ),
                        ),
                        ("start", models.DateField(verbose_name="term start")),
                        ("end", models.DateField(blank=True, null=True, verbose_name="term end")),
                        ("note", models.CharField(blank=True, max_length=300, verbose_name="note")),
                        (
                            "body",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="memberships",
                                to="directory.body",
                                verbose_name="body",
                            ),
                        ),
                        (
                            "state",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="memberships",
                                to="directory.memberstate",
                                verbose_name="member State",
                            ),
                        ),
                        (
                            "person",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="memberships",
                                to="directory.person",
                                verbose_name="person",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "membership",
                        "ordering": ["body__name", "-start", "role"],
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(
                                    ("end", None), ("end__gte", models.F("start")), _connector="OR"
                                ),
                                name="membership_term_ordered",
                            ),
                            models.UniqueConstraint(
                                fields=("person", "body", "role", "start"),
                                name="membership_unique_term",
                            ),
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="FocalPoint",
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
                            "rank",
                            models.CharField(
                                choices=[("primary", "Primary"), ("alternate", "Alternate")],
                                default="primary",
                                max_length=10,
                                verbose_name="rank",
                            ),
                        ),
                        ("start", models.DateField(verbose_name="from")),
                        ("end", models.DateField(blank=True, null=True, verbose_name="until")),
                        (
                            "state",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="focal_points",
                                to="directory.memberstate",
                                verbose_name="member State",
                            ),
                        ),
                        (
                            "institution",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="focal_points",
                                to="directory.organization",
                                verbose_name="institution",
                            ),
                        ),
                        (
                            "person",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="focal_points",
                                to="directory.person",
                                verbose_name="person",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "focal point",
                        "ordering": ["state__name", "rank", "-start"],
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(
                                    ("end", None), ("end__gte", models.F("start")), _connector="OR"
                                ),
                                name="focal_point_period_ordered",
                            )
                        ],
                    },
                ),
            ],
        ),
    ]
