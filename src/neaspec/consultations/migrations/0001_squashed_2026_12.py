import django.db.models.deletion
import neaspec.consultations.models
import neaspec.schema
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [("consultations", "0001_initial"), ("consultations", "0002_invitee_sent_at")]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("decisions", "0001_squashed_2026_12"),
        ("directory", "0001_squashed_2026_12"),
        ("meetings", "0001_squashed_2026_12"),
        ("programme", "0001_squashed_2026_12"),
    ]

    operations = [
        neaspec.schema.CreateModels(
            operations=[
                migrations.CreateModel(
                    name="Answer",
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
                        ("value", models.JSONField(verbose_name="answer")),
                    ],
                    options={
                        "verbose_name": "answer",
                    },
                ),
                migrations.CreateModel(
                    name="Consultation",
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
                        ("title", models.CharField(max_length=300, verbose_name="title")),
                        (
                            "subject",
                            models.CharField(
                                choices=[
                                    ("draft_plan", "A draft plan"),
                                    ("draft_decisions", "Draft decisions"),
                                    ("terms_of_reference", "Terms of reference"),
                                    ("draft_report", "A draft report"),
                                    ("other", "Another text"),
                                ],
                                default="other",
                                max_length=18,
                                verbose_name="subject",
                            ),
                        ),
                        ("summary", models.TextField(blank=True, verbose_name="summary")),
                        (
                            "audience",
                            models.CharField(
                                choices=[
                                    (
                                        "focal_points",
                                        "The national focal points of all member States",
                                    ),
                                    ("body", "The members of a body"),
                                    ("partners", "Partners"),
                                    ("public", "The public"),
                                ],
                                max_length=12,
                                verbose_name="audience",
                            ),
                        ),
                        ("opens", models.DateField(verbose_name="opens on")),
                        (
                            "closes",
                            models.DateField(blank=True, null=True, verbose_name="closes on"),
                        ),
                        (
                            "open",
                            models.BooleanField(
                                default=True,
                                help_text="Participants see each other's comments; otherwise only the Secretariat.",
                                verbose_name="open",
                            ),
                        ),
                        (
                            "reminded_at",
                            models.DateTimeField(
                                blank=True, null=True, verbose_name="last reminded"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "consultation",
                        "ordering": ["-opens", "-id"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalAnswer",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("value", models.JSONField(verbose_name="answer")),
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
                    ],
                    options={
                        "verbose_name": "historical answer",
                        "verbose_name_plural": "historical answers",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalComment",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "paragraph",
                            models.PositiveSmallIntegerField(
                                blank=True,
                                help_text="Empty: on the text as a whole.",
                                null=True,
                                verbose_name="paragraph",
                            ),
                        ),
                        (
                            "author_name",
                            models.CharField(blank=True, max_length=200, verbose_name="name"),
                        ),
                        (
                            "no_comment",
                            models.BooleanField(
                                default=False,
                                help_text="The answer that there is nothing to add.",
                                verbose_name="no comment",
                            ),
                        ),
                        ("text", models.TextField(blank=True, verbose_name="comment")),
                        (
                            "proposed_text",
                            models.TextField(blank=True, verbose_name="proposed wording"),
                        ),
                        (
                            "stance",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("no_objection", "No objection"),
                                    ("reservation", "Reservation"),
                                    ("objection", "Objection"),
                                ],
                                max_length=12,
                                verbose_name="stance",
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(
                                blank=True, editable=False, verbose_name="made at"
                            ),
                        ),
                        (
                            "outcome",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("taken", "Taken"),
                                    ("partly_taken", "Partly taken"),
                                    ("not_taken", "Not taken"),
                                ],
                                max_length=12,
                                verbose_name="Secretariat's response",
                            ),
                        ),
                        ("response", models.TextField(blank=True, verbose_name="reason")),
                        (
                            "responded_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="answered at"),
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
                    ],
                    options={
                        "verbose_name": "historical comment",
                        "verbose_name_plural": "historical comments",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalConsultation",
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
                        ("title", models.CharField(max_length=300, verbose_name="title")),
                        (
                            "subject",
                            models.CharField(
                                choices=[
                                    ("draft_plan", "A draft plan"),
                                    ("draft_decisions", "Draft decisions"),
                                    ("terms_of_reference", "Terms of reference"),
                                    ("draft_report", "A draft report"),
                                    ("other", "Another text"),
                                ],
                                default="other",
                                max_length=18,
                                verbose_name="subject",
                            ),
                        ),
                        ("summary", models.TextField(blank=True, verbose_name="summary")),
                        (
                            "audience",
                            models.CharField(
                                choices=[
                                    (
                                        "focal_points",
                                        "The national focal points of all member States",
                                    ),
                                    ("body", "The members of a body"),
                                    ("partners", "Partners"),
                                    ("public", "The public"),
                                ],
                                max_length=12,
                                verbose_name="audience",
                            ),
                        ),
                        ("opens", models.DateField(verbose_name="opens on")),
                        (
                            "closes",
                            models.DateField(blank=True, null=True, verbose_name="closes on"),
                        ),
                        (
                            "open",
                            models.BooleanField(
                                default=True,
                                help_text="Participants see each other's comments; otherwise only the Secretariat.",
                                verbose_name="open",
                            ),
                        ),
                        (
                            "reminded_at",
                            models.DateTimeField(
                                blank=True, null=True, verbose_name="last reminded"
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
                    ],
                    options={
                        "verbose_name": "historical consultation",
                        "verbose_name_plural": "historical consultations",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalInvitee",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        (
                            "email",
                            models.EmailField(blank=True, max_length=254, verbose_name="e-mail"),
                        ),
                        (
                            "sent_at",
                            models.DateTimeField(
                                blank=True, null=True, verbose_name="link sent at"
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
                    ],
                    options={
                        "verbose_name": "historical invitee",
                        "verbose_name_plural": "historical invitees",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalParagraph",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("number", models.PositiveSmallIntegerField(verbose_name="paragraph")),
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
                    ],
                    options={
                        "verbose_name": "historical paragraph",
                        "verbose_name_plural": "historical paragraphs",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalQuestion",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("number", models.PositiveSmallIntegerField(verbose_name="number")),
                        ("text", models.CharField(max_length=500, verbose_name="question")),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("single", "One choice"),
                                    ("multiple", "Several choices"),
                                    ("scale", "A scale"),
                                    ("number", "A number"),
                                    ("text", "Free text"),
                                ],
                                max_length=8,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "choices",
                            models.JSONField(blank=True, default=list, verbose_name="choices"),
                        ),
                        (
                            "scale_min",
                            models.SmallIntegerField(default=1, verbose_name="scale from"),
                        ),
                        ("scale_max", models.SmallIntegerField(default=5, verbose_name="scale to")),
                        ("required", models.BooleanField(default=False, verbose_name="required")),
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
                    ],
                    options={
                        "verbose_name": "historical question",
                        "verbose_name_plural": "historical questions",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalReminder",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("sent_at", models.DateTimeField(verbose_name="sent at")),
                        ("addresses", models.TextField(blank=True, verbose_name="addresses")),
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
                    ],
                    options={
                        "verbose_name": "historical reminder",
                        "verbose_name_plural": "historical reminders",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalSurvey",
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
                        ("title", models.CharField(max_length=300, verbose_name="title")),
                        ("description", models.TextField(blank=True, verbose_name="description")),
                        (
                            "audience",
                            models.CharField(
                                choices=[
                                    ("member_states", "Member States (one answer each)"),
                                    ("stakeholders", "Invited stakeholders (one answer each)"),
                                    ("public", "The public, through a link"),
                                ],
                                max_length=13,
                                verbose_name="audience",
                            ),
                        ),
                        ("opens", models.DateField(blank=True, null=True, verbose_name="opens on")),
                        (
                            "closes",
                            models.DateField(blank=True, null=True, verbose_name="closes on"),
                        ),
                        (
                            "participants_recorded",
                            models.PositiveIntegerField(
                                blank=True, null=True, verbose_name="participants (as recorded)"
                            ),
                        ),
                        (
                            "period",
                            models.CharField(
                                blank=True, max_length=100, verbose_name="when it ran, as recorded"
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
                    ],
                    options={
                        "verbose_name": "historical survey",
                        "verbose_name_plural": "historical surveys",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalSurveyResponse",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "submitted_at",
                            models.DateTimeField(
                                blank=True, editable=False, verbose_name="submitted at"
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
                    ],
                    options={
                        "verbose_name": "historical survey response",
                        "verbose_name_plural": "historical survey responses",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalVersion",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("number", models.PositiveSmallIntegerField(verbose_name="version")),
                        ("published_on", models.DateField(verbose_name="published on")),
                        (
                            "note",
                            models.CharField(
                                blank=True, max_length=500, verbose_name="what changed"
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
                    ],
                    options={
                        "verbose_name": "historical version",
                        "verbose_name_plural": "historical versions",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Invitee",
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
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        (
                            "email",
                            models.EmailField(blank=True, max_length=254, verbose_name="e-mail"),
                        ),
                        (
                            "token",
                            models.CharField(
                                default=neaspec.consultations.models.survey_token,
                                editable=False,
                                max_length=40,
                                unique=True,
                            ),
                        ),
                        (
                            "sent_at",
                            models.DateTimeField(
                                blank=True, null=True, verbose_name="link sent at"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "invitee",
                    },
                ),
                migrations.CreateModel(
                    name="Paragraph",
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
                        ("number", models.PositiveSmallIntegerField(verbose_name="paragraph")),
                        ("text", models.TextField(verbose_name="text")),
                    ],
                    options={
                        "verbose_name": "paragraph",
                        "ordering": ["version", "number"],
                    },
                ),
                migrations.CreateModel(
                    name="Question",
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
                        ("number", models.PositiveSmallIntegerField(verbose_name="number")),
                        ("text", models.CharField(max_length=500, verbose_name="question")),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("single", "One choice"),
                                    ("multiple", "Several choices"),
                                    ("scale", "A scale"),
                                    ("number", "A number"),
                                    ("text", "Free text"),
                                ],
                                max_length=8,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "choices",
                            models.JSONField(blank=True, default=list, verbose_name="choices"),
                        ),
                        (
                            "scale_min",
                            models.SmallIntegerField(default=1, verbose_name="scale from"),
                        ),
                        ("scale_max", models.SmallIntegerField(default=5, verbose_name="scale to")),
                        ("required", models.BooleanField(default=False, verbose_name="required")),
                    ],
                    options={
                        "verbose_name": "question",
                        "ordering": ["survey", "number"],
                    },
                ),
                migrations.CreateModel(
                    name="Reminder",
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
                        ("sent_at", models.DateTimeField(verbose_name="sent at")),
                        ("addresses", models.TextField(blank=True, verbose_name="addresses")),
                    ],
                    options={
                        "verbose_name": "reminder",
                        "ordering": ["-sent_at"],
                    },
                ),
                migrations.CreateModel(
                    name="Survey",
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
                        ("title", models.CharField(max_length=300, verbose_name="title")),
                        ("description", models.TextField(blank=True, verbose_name="description")),
                        (
                            "audience",
                            models.CharField(
                                choices=[
                                    ("member_states", "Member States (one answer each)"),
                                    ("stakeholders", "Invited stakeholders (one answer each)"),
                                    ("public", "The public, through a link"),
                                ],
                                max_length=13,
                                verbose_name="audience",
                            ),
                        ),
                        ("opens", models.DateField(blank=True, null=True, verbose_name="opens on")),
                        (
                            "closes",
                            models.DateField(blank=True, null=True, verbose_name="closes on"),
                        ),
                        (
                            "token",
                            models.CharField(
                                default=neaspec.consultations.models.survey_token,
                                editable=False,
                                max_length=40,
                                unique=True,
                            ),
                        ),
                        (
                            "participants_recorded",
                            models.PositiveIntegerField(
                                blank=True, null=True, verbose_name="participants (as recorded)"
                            ),
                        ),
                        (
                            "period",
                            models.CharField(
                                blank=True, max_length=100, verbose_name="when it ran, as recorded"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "survey",
                        "ordering": ["-opens", "-id"],
                    },
                ),
                migrations.CreateModel(
                    name="SurveyResponse",
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
                            "submitted_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="submitted at"),
                        ),
                    ],
                    options={
                        "verbose_name": "survey response",
                        "ordering": ["survey", "submitted_at"],
                    },
                ),
                migrations.CreateModel(
                    name="Version",
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
                        ("number", models.PositiveSmallIntegerField(verbose_name="version")),
                        ("published_on", models.DateField(verbose_name="published on")),
                        (
                            "note",
                            models.CharField(
                                blank=True, max_length=500, verbose_name="what changed"
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "version",
                        "ordering": ["consultation", "number"],
                    },
                ),
                migrations.CreateModel(
                    name="Comment",
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
                            "paragraph",
                            models.PositiveSmallIntegerField(
                                blank=True,
                                help_text="Empty: on the text as a whole.",
                                null=True,
                                verbose_name="paragraph",
                            ),
                        ),
                        (
                            "author_name",
                            models.CharField(blank=True, max_length=200, verbose_name="name"),
                        ),
                        (
                            "no_comment",
                            models.BooleanField(
                                default=False,
                                help_text="The answer that there is nothing to add.",
                                verbose_name="no comment",
                            ),
                        ),
                        ("text", models.TextField(blank=True, verbose_name="comment")),
                        (
                            "proposed_text",
                            models.TextField(blank=True, verbose_name="proposed wording"),
                        ),
                        (
                            "stance",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("no_objection", "No objection"),
                                    ("reservation", "Reservation"),
                                    ("objection", "Objection"),
                                ],
                                max_length=12,
                                verbose_name="stance",
                            ),
                        ),
                        (
                            "created_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="made at"),
                        ),
                        (
                            "outcome",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("taken", "Taken"),
                                    ("partly_taken", "Partly taken"),
                                    ("not_taken", "Not taken"),
                                ],
                                max_length=12,
                                verbose_name="Secretariat's response",
                            ),
                        ),
                        ("response", models.TextField(blank=True, verbose_name="reason")),
                        (
                            "responded_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="answered at"),
                        ),
                        (
                            "author",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="consultation_comments",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "comment",
                        "ordering": ["consultation", "paragraph", "created_at", "id"],
                    },
                ),
                migrations.AddField(
                    model_name="comment",
                    name="closed_follow_up",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="comments",
                        to="decisions.followup",
                    ),
                ),
                migrations.AddField(
                    model_name="comment",
                    name="organization",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        to="directory.organization",
                        verbose_name="organization",
                    ),
                ),
                migrations.AddField(
                    model_name="comment",
                    name="position",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="comments",
                        to="decisions.position",
                    ),
                ),
                migrations.AddField(
                    model_name="comment",
                    name="responded_by",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="consultation_responses",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="comment",
                    name="state",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        to="directory.memberstate",
                        verbose_name="member State",
                    ),
                ),
                migrations.AddField(
                    model_name="consultation",
                    name="body",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        to="directory.body",
                        verbose_name="body",
                    ),
                ),
                migrations.AddField(
                    model_name="consultation",
                    name="created_by",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="consultation",
                    name="meeting",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="consultations",
                        to="meetings.meeting",
                        verbose_name="meeting",
                    ),
                ),
                migrations.AddField(
                    model_name="consultation",
                    name="request",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="consultations",
                        to="decisions.decision",
                        verbose_name="the request it answers",
                    ),
                ),
                migrations.AddField(
                    model_name="comment",
                    name="consultation",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="comments",
                        to="consultations.consultation",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalanswer",
                    name="history_user",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalcomment",
                    name="author",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalcomment",
                    name="closed_follow_up",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="decisions.followup",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalcomment",
                    name="consultation",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="consultations.consultation",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalcomment",
                    name="history_user",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalcomment",
                    name="organization",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="directory.organization",
                        verbose_name="organization",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalcomment",
                    name="position",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="decisions.position",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalcomment",
                    name="responded_by",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalcomment",
                    name="state",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="directory.memberstate",
                        verbose_name="member State",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalconsultation",
                    name="body",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="directory.body",
                        verbose_name="body",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalconsultation",
                    name="created_by",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalconsultation",
                    name="history_user",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalconsultation",
                    name="meeting",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="meetings.meeting",
                        verbose_name="meeting",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalconsultation",
                    name="request",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="decisions.decision",
                        verbose_name="the request it answers",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalinvitee",
                    name="history_user",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalparagraph",
                    name="decision",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="decisions.decision",
                        verbose_name="draft decision",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalparagraph",
                    name="history_user",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalquestion",
                    name="area",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="programme.programmearea",
                        verbose_name="programme area",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalquestion",
                    name="history_user",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalreminder",
                    name="consultation",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="consultations.consultation",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalreminder",
                    name="history_user",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalreminder",
                    name="state",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="directory.memberstate",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalsurvey",
                    name="consultation",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="consultations.consultation",
                        verbose_name="consultation",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalsurvey",
                    name="created_by",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalsurvey",
                    name="history_user",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalsurveyresponse",
                    name="history_user",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalsurveyresponse",
                    name="state",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="directory.memberstate",
                        verbose_name="member State",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalsurveyresponse",
                    name="user",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalversion",
                    name="consultation",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="consultations.consultation",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalversion",
                    name="history_user",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalversion",
                    name="published_by",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalsurveyresponse",
                    name="invitee",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="consultations.invitee",
                    ),
                ),
                migrations.AddField(
                    model_name="paragraph",
                    name="decision",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="consultation_paragraphs",
                        to="decisions.decision",
                        verbose_name="draft decision",
                    ),
                ),
                migrations.AddField(
                    model_name="question",
                    name="area",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        to="programme.programmearea",
                        verbose_name="programme area",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalanswer",
                    name="question",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="consultations.question",
                    ),
                ),
                migrations.AddField(
                    model_name="answer",
                    name="question",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="answers",
                        to="consultations.question",
                    ),
                ),
                migrations.AddField(
                    model_name="reminder",
                    name="consultation",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="reminders",
                        to="consultations.consultation",
                    ),
                ),
                migrations.AddField(
                    model_name="reminder",
                    name="state",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT, to="directory.memberstate"
                    ),
                ),
                migrations.AddField(
                    model_name="survey",
                    name="consultation",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="surveys",
                        to="consultations.consultation",
                        verbose_name="consultation",
                    ),
                ),
                migrations.AddField(
                    model_name="survey",
                    name="created_by",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="question",
                    name="survey",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="questions",
                        to="consultations.survey",
                    ),
                ),
                migrations.AddField(
                    model_name="invitee",
                    name="survey",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="invitees",
                        to="consultations.survey",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalsurveyresponse",
                    name="survey",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="consultations.survey",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalquestion",
                    name="survey",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="consultations.survey",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalinvitee",
                    name="survey",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="consultations.survey",
                    ),
                ),
                migrations.AddField(
                    model_name="surveyresponse",
                    name="invitee",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        to="consultations.invitee",
                    ),
                ),
                migrations.AddField(
                    model_name="surveyresponse",
                    name="state",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        to="directory.memberstate",
                        verbose_name="member State",
                    ),
                ),
                migrations.AddField(
                    model_name="surveyresponse",
                    name="survey",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="responses",
                        to="consultations.survey",
                    ),
                ),
                migrations.AddField(
                    model_name="surveyresponse",
                    name="user",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalanswer",
                    name="response",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="consultations.surveyresponse",
                    ),
                ),
                migrations.AddField(
                    model_name="answer",
                    name="response",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="answers",
                        to="consultations.surveyresponse",
                    ),
                ),
                migrations.AddField(
                    model_name="version",
                    name="consultation",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="versions",
                        to="consultations.consultation",
                    ),
                ),
                migrations.AddField(
                    model_name="version",
                    name="published_by",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="paragraph",
                    name="version",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="paragraphs",
                        to="consultations.version",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalparagraph",
                    name="version",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="consultations.version",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalcomment",
                    name="version",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="consultations.version",
                    ),
                ),
                migrations.AddField(
                    model_name="comment",
                    name="version",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="comments",
                        to="consultations.version",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="consultation",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("audience", "body"), ("body__isnull", False)),
                            models.Q(models.Q(("audience", "body"), _negated=True), ("body", None)),
                            _connector="OR",
                        ),
                        name="consultation_body_matches_audience",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="consultation",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            ("closes", None), ("closes__gte", models.F("opens")), _connector="OR"
                        ),
                        name="consultation_closes_after_it_opens",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="survey",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            ("closes", None),
                            ("opens", None),
                            ("closes__gte", models.F("opens")),
                            _connector="OR",
                        ),
                        name="survey_closes_after_it_opens",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="question",
                    constraint=models.UniqueConstraint(
                        fields=("survey", "number"), name="question_once"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="question",
                    constraint=models.CheckConstraint(
                        condition=models.Q(("scale_max__gt", models.F("scale_min"))),
                        name="question_scale_ordered",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="surveyresponse",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("state__isnull", False)),
                        fields=("survey", "state"),
                        name="survey_response_once_per_state",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="surveyresponse",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("invitee__isnull", False)),
                        fields=("invitee",),
                        name="survey_response_once_per_invitee",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="answer",
                    constraint=models.UniqueConstraint(
                        fields=("response", "question"), name="answer_once"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="version",
                    constraint=models.UniqueConstraint(
                        fields=("consultation", "number"), name="version_once"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="paragraph",
                    constraint=models.UniqueConstraint(
                        fields=("version", "number"), name="paragraph_once"
                    ),
                ),
                migrations.AddIndex(
                    model_name="comment",
                    index=models.Index(fields=["consultation", "state"], name="comment_by_state"),
                ),
                migrations.AddConstraint(
                    model_name="comment",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            ("organization__isnull", False), ("state__isnull", False), _negated=True
                        ),
                        name="comment_speaks_for_one",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="comment",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            ("no_comment", True),
                            models.Q(("text", ""), _negated=True),
                            models.Q(("proposed_text", ""), _negated=True),
                            models.Q(("stance", ""), _negated=True),
                            _connector="OR",
                        ),
                        name="comment_says_something",
                    ),
                ),
            ],
        ),
    ]
