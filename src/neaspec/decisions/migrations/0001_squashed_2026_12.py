import django.core.validators
import django.db.models.deletion
import neaspec.schema
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [
        ("decisions", "0001_initial"),
        ("decisions", "0002_initial"),
        ("decisions", "0003_follow_up_outcome"),
        ("decisions", "0004_follow_up_due_by"),
        ("decisions", "0005_decision_drafts"),
        ("decisions", "0006_content_in_six_languages"),
        ("decisions", "0007_decision_kind_procedural"),
    ]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("directory", "0001_squashed_2026_12"),
        ("meetings", "0001_squashed_2026_12"),
    ]

    operations = [
        neaspec.schema.CreateModels(
            operations=[
                migrations.CreateModel(
                    name="DecisionLink",
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
                            models.CharField(
                                choices=[
                                    ("follows_up", "follows up"),
                                    ("recalls", "recalls"),
                                    ("supersedes", "supersedes"),
                                ],
                                max_length=10,
                                verbose_name="kind",
                            ),
                        ),
                        ("note", models.CharField(blank=True, max_length=300, verbose_name="note")),
                    ],
                    options={
                        "verbose_name": "link between decisions",
                    },
                ),
                migrations.CreateModel(
                    name="FollowUp",
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
                            "owner",
                            models.CharField(
                                choices=[
                                    ("secretariat", "The Secretariat"),
                                    ("member_states", "Member States together"),
                                    ("state", "A member State"),
                                    ("body", "A committee or body"),
                                ],
                                max_length=13,
                                verbose_name="owner",
                            ),
                        ),
                        ("action", models.TextField(verbose_name="action")),
                        ("action_en", models.TextField(null=True, verbose_name="action")),
                        ("action_zh_hans", models.TextField(null=True, verbose_name="action")),
                        ("action_ja", models.TextField(null=True, verbose_name="action")),
                        ("action_ko", models.TextField(null=True, verbose_name="action")),
                        ("action_mn", models.TextField(null=True, verbose_name="action")),
                        ("action_ru", models.TextField(null=True, verbose_name="action")),
                        (
                            "due_date",
                            models.DateField(blank=True, null=True, verbose_name="due date"),
                        ),
                        (
                            "due_next_meeting",
                            models.BooleanField(
                                default=False,
                                help_text="For requests without a date that must be met before the next session.",
                                verbose_name="due before the next meeting",
                            ),
                        ),
                        (
                            "due_by",
                            models.DateField(
                                blank=True, editable=False, null=True, verbose_name="due by"
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("open", "Open"),
                                    ("in_progress", "In progress"),
                                    ("done", "Done"),
                                    ("dropped", "Dropped"),
                                ],
                                default="open",
                                max_length=11,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "progress",
                            models.PositiveSmallIntegerField(
                                default=0,
                                validators=[django.core.validators.MaxValueValidator(100)],
                                verbose_name="progress (%)",
                            ),
                        ),
                        (
                            "review_date",
                            models.DateField(blank=True, null=True, verbose_name="review date"),
                        ),
                        ("outcome", models.TextField(blank=True, verbose_name="outcome")),
                        (
                            "outcome_en",
                            models.TextField(blank=True, null=True, verbose_name="outcome"),
                        ),
                        (
                            "outcome_zh_hans",
                            models.TextField(blank=True, null=True, verbose_name="outcome"),
                        ),
                        (
                            "outcome_ja",
                            models.TextField(blank=True, null=True, verbose_name="outcome"),
                        ),
                        (
                            "outcome_ko",
                            models.TextField(blank=True, null=True, verbose_name="outcome"),
                        ),
                        (
                            "outcome_mn",
                            models.TextField(blank=True, null=True, verbose_name="outcome"),
                        ),
                        (
                            "outcome_ru",
                            models.TextField(blank=True, null=True, verbose_name="outcome"),
                        ),
                        (
                            "closed_on",
                            models.DateField(blank=True, null=True, verbose_name="closed on"),
                        ),
                        (
                            "evidence_source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that shows the work done.",
                                max_length=500,
                                verbose_name="shown by the source",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "follow-up action",
                        "ordering": ["due_date", "id"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalAddressee",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("secretariat", "The Secretariat"),
                                    ("member_states", "Member States"),
                                    ("state", "A member State"),
                                    ("body", "A committee or body"),
                                    ("partners", "Partners"),
                                    ("nfps", "National focal points"),
                                ],
                                max_length=13,
                                verbose_name="kind",
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
                        "verbose_name": "historical addressee",
                        "verbose_name_plural": "historical addressees",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalDecision",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("paragraph", models.CharField(max_length=10, verbose_name="paragraph")),
                        (
                            "sentence",
                            models.PositiveSmallIntegerField(
                                blank=True, null=True, verbose_name="sentence"
                            ),
                        ),
                        ("summary", models.TextField(verbose_name="summary")),
                        (
                            "verbs",
                            models.JSONField(
                                blank=True, default=list, verbose_name="operative verbs"
                            ),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("operative", "Operative"),
                                    ("informational", "Informational"),
                                    ("procedural", "Procedural"),
                                ],
                                max_length=13,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "concern",
                            models.CharField(
                                choices=[
                                    ("programme", "Programme area"),
                                    ("governance", "Governance"),
                                    ("finance", "Finance"),
                                    ("general", "The programme as a whole"),
                                ],
                                max_length=10,
                                verbose_name="concern",
                            ),
                        ),
                        (
                            "due_date",
                            models.DateField(blank=True, null=True, verbose_name="due date"),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("active", "Active"),
                                    ("implemented", "Implemented"),
                                    ("elapsed", "Elapsed"),
                                    ("superseded", "Superseded"),
                                    ("retired", "Retired"),
                                ],
                                default="active",
                                max_length=12,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "adopted",
                            models.BooleanField(
                                default=True,
                                help_text="Off while the text is a draft on which member States state positions.",
                                verbose_name="adopted",
                            ),
                        ),
                        (
                            "source",
                            models.CharField(blank=True, max_length=500, verbose_name="source"),
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
                        "verbose_name": "historical decision",
                        "verbose_name_plural": "historical decisions",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalDecisionLink",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("follows_up", "follows up"),
                                    ("recalls", "recalls"),
                                    ("supersedes", "supersedes"),
                                ],
                                max_length=10,
                                verbose_name="kind",
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
                    ],
                    options={
                        "verbose_name": "historical link between decisions",
                        "verbose_name_plural": "historical link between decisionss",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalFollowUp",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "owner",
                            models.CharField(
                                choices=[
                                    ("secretariat", "The Secretariat"),
                                    ("member_states", "Member States together"),
                                    ("state", "A member State"),
                                    ("body", "A committee or body"),
                                ],
                                max_length=13,
                                verbose_name="owner",
                            ),
                        ),
                        ("action", models.TextField(verbose_name="action")),
                        (
                            "due_date",
                            models.DateField(blank=True, null=True, verbose_name="due date"),
                        ),
                        (
                            "due_next_meeting",
                            models.BooleanField(
                                default=False,
                                help_text="For requests without a date that must be met before the next session.",
                                verbose_name="due before the next meeting",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("open", "Open"),
                                    ("in_progress", "In progress"),
                                    ("done", "Done"),
                                    ("dropped", "Dropped"),
                                ],
                                default="open",
                                max_length=11,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "progress",
                            models.PositiveSmallIntegerField(
                                default=0,
                                validators=[django.core.validators.MaxValueValidator(100)],
                                verbose_name="progress (%)",
                            ),
                        ),
                        (
                            "review_date",
                            models.DateField(blank=True, null=True, verbose_name="review date"),
                        ),
                        ("outcome", models.TextField(blank=True, verbose_name="outcome")),
                        (
                            "closed_on",
                            models.DateField(blank=True, null=True, verbose_name="closed on"),
                        ),
                        (
                            "evidence_source",
                            models.CharField(
                                blank=True,
                                help_text="A seed document or a public URL that shows the work done.",
                                max_length=500,
                                verbose_name="shown by the source",
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
                        "verbose_name": "historical follow-up action",
                        "verbose_name_plural": "historical follow-up actions",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalPosition",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "stance",
                            models.CharField(
                                choices=[
                                    ("support", "Support"),
                                    ("reservation", "Reservation"),
                                    ("objection", "Objection"),
                                    ("suspension_requested", "Suspension requested"),
                                ],
                                max_length=20,
                                verbose_name="stance",
                            ),
                        ),
                        ("date", models.DateField(blank=True, null=True, verbose_name="date")),
                        ("note", models.CharField(blank=True, max_length=500, verbose_name="note")),
                        (
                            "source",
                            models.CharField(blank=True, max_length=500, verbose_name="source"),
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
                        "verbose_name": "historical position",
                        "verbose_name_plural": "historical positions",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalProgressNote",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("date", models.DateField(verbose_name="date")),
                        ("text", models.TextField(verbose_name="note")),
                        (
                            "progress",
                            models.PositiveSmallIntegerField(
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
                    ],
                    options={
                        "verbose_name": "historical progress note",
                        "verbose_name_plural": "historical progress notes",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Position",
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
                            "stance",
                            models.CharField(
                                choices=[
                                    ("support", "Support"),
                                    ("reservation", "Reservation"),
                                    ("objection", "Objection"),
                                    ("suspension_requested", "Suspension requested"),
                                ],
                                max_length=20,
                                verbose_name="stance",
                            ),
                        ),
                        ("date", models.DateField(blank=True, null=True, verbose_name="date")),
                        ("note", models.CharField(blank=True, max_length=500, verbose_name="note")),
                        (
                            "source",
                            models.CharField(blank=True, max_length=500, verbose_name="source"),
                        ),
                    ],
                    options={
                        "verbose_name": "position",
                        "ordering": ["decision", "state", "id"],
                    },
                ),
                migrations.CreateModel(
                    name="ProgressNote",
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
                        ("date", models.DateField(verbose_name="date")),
                        ("text", models.TextField(verbose_name="note")),
                        (
                            "progress",
                            models.PositiveSmallIntegerField(
                                validators=[django.core.validators.MaxValueValidator(100)],
                                verbose_name="progress (%)",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "progress note",
                        "ordering": ["-date", "-id"],
                    },
                ),
                migrations.CreateModel(
                    name="Addressee",
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
                            models.CharField(
                                choices=[
                                    ("secretariat", "The Secretariat"),
                                    ("member_states", "Member States"),
                                    ("state", "A member State"),
                                    ("body", "A committee or body"),
                                    ("partners", "Partners"),
                                    ("nfps", "National focal points"),
                                ],
                                max_length=13,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "body",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                to="directory.body",
                            ),
                        ),
                        (
                            "state",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                to="directory.memberstate",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "addressee",
                    },
                ),
                migrations.CreateModel(
                    name="Decision",
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
                        ("paragraph", models.CharField(max_length=10, verbose_name="paragraph")),
                        (
                            "sentence",
                            models.PositiveSmallIntegerField(
                                blank=True, null=True, verbose_name="sentence"
                            ),
                        ),
                        ("summary", models.TextField(verbose_name="summary")),
                        ("summary_en", models.TextField(null=True, verbose_name="summary")),
                        ("summary_zh_hans", models.TextField(null=True, verbose_name="summary")),
                        ("summary_ja", models.TextField(null=True, verbose_name="summary")),
                        ("summary_ko", models.TextField(null=True, verbose_name="summary")),
                        ("summary_mn", models.TextField(null=True, verbose_name="summary")),
                        ("summary_ru", models.TextField(null=True, verbose_name="summary")),
                        (
                            "verbs",
                            models.JSONField(
                                blank=True, default=list, verbose_name="operative verbs"
                            ),
                        ),
                        (
                            "kind",
                            models.CharField(
                                choices=[
                                    ("operative", "Operative"),
                                    ("informational", "Informational"),
                                    ("procedural", "Procedural"),
                                ],
                                max_length=13,
                                verbose_name="kind",
                            ),
                        ),
                        (
                            "concern",
                            models.CharField(
                                choices=[
                                    ("programme", "Programme area"),
                                    ("governance", "Governance"),
                                    ("finance", "Finance"),
                                    ("general", "The programme as a whole"),
                                ],
                                max_length=10,
                                verbose_name="concern",
                            ),
                        ),
                        (
                            "due_date",
                            models.DateField(blank=True, null=True, verbose_name="due date"),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("active", "Active"),
                                    ("implemented", "Implemented"),
                                    ("elapsed", "Elapsed"),
                                    ("superseded", "Superseded"),
                                    ("retired", "Retired"),
                                ],
                                default="active",
                                max_length=12,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "adopted",
                            models.BooleanField(
                                default=True,
                                help_text="Off while the text is a draft on which member States state positions.",
                                verbose_name="adopted",
                            ),
                        ),
                        (
                            "source",
                            models.CharField(blank=True, max_length=500, verbose_name="source"),
                        ),
                        (
                            "agenda_item",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="decisions",
                                to="meetings.agendaitem",
                                verbose_name="agenda item",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "decision",
                        "ordering": ["meeting", "id"],
                    },
                ),
                migrations.AddField(
                    model_name="decision",
                    name="meeting",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="decisions",
                        to="meetings.meeting",
                    ),
                ),
                migrations.AddField(
                    model_name="decision",
                    name="parent",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="sentences",
                        to="decisions.decision",
                    ),
                ),
                migrations.AddField(
                    model_name="addressee",
                    name="decision",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="addressees",
                        to="decisions.decision",
                    ),
                ),
                migrations.AddField(
                    model_name="decisionlink",
                    name="source_decision",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="links_out",
                        to="decisions.decision",
                    ),
                ),
                migrations.AddField(
                    model_name="decisionlink",
                    name="target",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="links_in",
                        to="decisions.decision",
                    ),
                ),
                migrations.AddField(
                    model_name="followup",
                    name="body",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="follow_ups",
                        to="directory.body",
                        verbose_name="body",
                    ),
                ),
                migrations.AddField(
                    model_name="followup",
                    name="decision",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="follow_ups",
                        to="decisions.decision",
                    ),
                ),
                migrations.AddField(
                    model_name="followup",
                    name="evidence_decision",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="evidence_for",
                        to="decisions.decision",
                        verbose_name="shown by the decision",
                    ),
                ),
                migrations.AddField(
                    model_name="followup",
                    name="evidence_meeting",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="evidence_for",
                        to="meetings.meeting",
                        verbose_name="shown by the meeting",
                    ),
                ),
                migrations.AddField(
                    model_name="followup",
                    name="state",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="follow_ups",
                        to="directory.memberstate",
                        verbose_name="member State",
                    ),
                ),
                migrations.AddField(
                    model_name="historicaladdressee",
                    name="body",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="directory.body",
                    ),
                ),
                migrations.AddField(
                    model_name="historicaladdressee",
                    name="decision",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="decisions.decision",
                    ),
                ),
                migrations.AddField(
                    model_name="historicaladdressee",
                    name="history_user",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicaladdressee",
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
                    model_name="historicaldecision",
                    name="agenda_item",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="meetings.agendaitem",
                        verbose_name="agenda item",
                    ),
                ),
                migrations.AddField(
                    model_name="historicaldecision",
                    name="history_user",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicaldecision",
                    name="meeting",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="meetings.meeting",
                    ),
                ),
                migrations.AddField(
                    model_name="historicaldecision",
                    name="parent",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="decisions.decision",
                    ),
                ),
                migrations.AddField(
                    model_name="historicaldecisionlink",
                    name="history_user",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicaldecisionlink",
                    name="source_decision",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="decisions.decision",
                    ),
                ),
                migrations.AddField(
                    model_name="historicaldecisionlink",
                    name="target",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="decisions.decision",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalfollowup",
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
                    model_name="historicalfollowup",
                    name="decision",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="decisions.decision",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalfollowup",
                    name="evidence_decision",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="decisions.decision",
                        verbose_name="shown by the decision",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalfollowup",
                    name="evidence_meeting",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="meetings.meeting",
                        verbose_name="shown by the meeting",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalfollowup",
                    name="history_user",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalfollowup",
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
                    model_name="historicalposition",
                    name="decision",
                    field=models.ForeignKey(
                        blank=True,
                        db_constraint=False,
                        null=True,
                        on_delete=django.db.models.deletion.DO_NOTHING,
                        related_name="+",
                        to="decisions.decision",
                    ),
                ),
                migrations.AddField(
                    model_name="historicalposition",
                    name="history_user",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="historicalposition",
                    name="recorded_by",
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
                    model_name="historicalposition",
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
                    model_name="historicalprogressnote",
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
                    model_name="historicalprogressnote",
                    name="follow_up",
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
                    model_name="historicalprogressnote",
                    name="history_user",
                    field=models.ForeignKey(
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="position",
                    name="decision",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="positions",
                        to="decisions.decision",
                    ),
                ),
                migrations.AddField(
                    model_name="position",
                    name="recorded_by",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="position",
                    name="state",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="positions",
                        to="directory.memberstate",
                    ),
                ),
                migrations.AddField(
                    model_name="progressnote",
                    name="author",
                    field=models.ForeignKey(
                        blank=True,
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        to=settings.AUTH_USER_MODEL,
                    ),
                ),
                migrations.AddField(
                    model_name="progressnote",
                    name="follow_up",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="notes",
                        to="decisions.followup",
                    ),
                ),
                migrations.AddIndex(
                    model_name="decision",
                    index=models.Index(
                        condition=models.Q(("adopted", False)),
                        fields=["id"],
                        name="decision_drafts",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="decision",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("sentence", None)),
                        fields=("meeting", "paragraph"),
                        name="decision_paragraph_unique",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="decision",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("sentence__isnull", False)),
                        fields=("meeting", "paragraph", "sentence"),
                        name="decision_sentence_unique",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="addressee",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("body", None), ("kind", "state"), ("state__isnull", False)),
                            models.Q(("body__isnull", False), ("kind", "body"), ("state", None)),
                            models.Q(
                                models.Q(("kind__in", ["state", "body"]), _negated=True),
                                ("body", None),
                                ("state", None),
                            ),
                            _connector="OR",
                        ),
                        name="addressee_scope_matches_kind",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="decisionlink",
                    constraint=models.UniqueConstraint(
                        fields=("source_decision", "kind", "target"), name="decision_link_once"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="decisionlink",
                    constraint=models.CheckConstraint(
                        condition=models.Q(("source_decision", models.F("target")), _negated=True),
                        name="decision_link_not_to_itself",
                    ),
                ),
                migrations.AddIndex(
                    model_name="followup",
                    index=models.Index(fields=["status", "due_by"], name="follow_up_status_due"),
                ),
                migrations.AddConstraint(
                    model_name="followup",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            models.Q(
                                ("body", None),
                                ("owner__in", ["secretariat", "member_states"]),
                                ("state", None),
                            ),
                            models.Q(("body", None), ("owner", "state"), ("state__isnull", False)),
                            models.Q(("body__isnull", False), ("owner", "body"), ("state", None)),
                            _connector="OR",
                        ),
                        name="follow_up_owner_matches",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="followup",
                    constraint=models.CheckConstraint(
                        condition=models.Q(("progress__lte", 100)), name="progress_at_most_100"
                    ),
                ),
            ],
        ),
    ]
