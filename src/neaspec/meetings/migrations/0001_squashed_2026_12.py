import django.db.models.deletion
import neaspec.schema
import simple_history.models
from django.conf import settings
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [
        ("meetings", "0001_initial"),
        ("meetings", "0002_programme_sessions"),
        ("meetings", "0003_meeting_preparation"),
        ("meetings", "0004_content_in_six_languages"),
    ]

    initial = True

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("directory", "0001_squashed_2026_12"),
    ]

    operations = [
        neaspec.schema.CreateModels(
            operations=[
                migrations.CreateModel(
                    name="AgendaItem",
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
                        ("number", models.CharField(max_length=10, verbose_name="number")),
                        ("title", models.CharField(max_length=400, verbose_name="title")),
                        (
                            "title_en",
                            models.CharField(max_length=400, null=True, verbose_name="title"),
                        ),
                        (
                            "title_zh_hans",
                            models.CharField(max_length=400, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ja",
                            models.CharField(max_length=400, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ko",
                            models.CharField(max_length=400, null=True, verbose_name="title"),
                        ),
                        (
                            "title_mn",
                            models.CharField(max_length=400, null=True, verbose_name="title"),
                        ),
                        (
                            "title_ru",
                            models.CharField(max_length=400, null=True, verbose_name="title"),
                        ),
                        (
                            "annotation",
                            models.TextField(
                                blank=True,
                                help_text="What the item is about, for the annotated agenda.",
                                verbose_name="annotation",
                            ),
                        ),
                        (
                            "annotation_en",
                            models.TextField(
                                blank=True,
                                help_text="What the item is about, for the annotated agenda.",
                                null=True,
                                verbose_name="annotation",
                            ),
                        ),
                        (
                            "annotation_zh_hans",
                            models.TextField(
                                blank=True,
                                help_text="What the item is about, for the annotated agenda.",
                                null=True,
                                verbose_name="annotation",
                            ),
                        ),
                        (
                            "annotation_ja",
                            models.TextField(
                                blank=True,
                                help_text="What the item is about, for the annotated agenda.",
                                null=True,
                                verbose_name="annotation",
                            ),
                        ),
                        (
                            "annotation_ko",
                            models.TextField(
                                blank=True,
                                help_text="What the item is about, for the annotated agenda.",
                                null=True,
                                verbose_name="annotation",
                            ),
                        ),
                        (
                            "annotation_mn",
                            models.TextField(
                                blank=True,
                                help_text="What the item is about, for the annotated agenda.",
                                null=True,
                                verbose_name="annotation",
                            ),
                        ),
                        (
                            "annotation_ru",
                            models.TextField(
                                blank=True,
                                help_text="What the item is about, for the annotated agenda.",
                                null=True,
                                verbose_name="annotation",
                            ),
                        ),
                        (
                            "order",
                            models.PositiveSmallIntegerField(default=0, verbose_name="order"),
                        ),
                        (
                            "parent",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="sub_items",
                                to="meetings.agendaitem",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "agenda item",
                        "ordering": ["meeting", "order"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalMeetingSeries",
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
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        ("numbered", models.BooleanField(default=True, verbose_name="numbered")),
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
                    ],
                    options={
                        "verbose_name": "historical meeting series",
                        "verbose_name_plural": "historical meeting series",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Meeting",
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
                        (
                            "number",
                            models.PositiveSmallIntegerField(
                                blank=True, null=True, verbose_name="number"
                            ),
                        ),
                        (
                            "title",
                            models.CharField(blank=True, max_length=300, verbose_name="title"),
                        ),
                        (
                            "title_en",
                            models.CharField(
                                blank=True, max_length=300, null=True, verbose_name="title"
                            ),
                        ),
                        (
                            "title_zh_hans",
                            models.CharField(
                                blank=True, max_length=300, null=True, verbose_name="title"
                            ),
                        ),
                        (
                            "title_ja",
                            models.CharField(
                                blank=True, max_length=300, null=True, verbose_name="title"
                            ),
                        ),
                        (
                            "title_ko",
                            models.CharField(
                                blank=True, max_length=300, null=True, verbose_name="title"
                            ),
                        ),
                        (
                            "title_mn",
                            models.CharField(
                                blank=True, max_length=300, null=True, verbose_name="title"
                            ),
                        ),
                        (
                            "title_ru",
                            models.CharField(
                                blank=True, max_length=300, null=True, verbose_name="title"
                            ),
                        ),
                        ("start", models.DateField(blank=True, null=True, verbose_name="start")),
                        ("end", models.DateField(blank=True, null=True, verbose_name="end")),
                        (
                            "start_time",
                            models.TimeField(blank=True, null=True, verbose_name="opens at"),
                        ),
                        (
                            "end_time",
                            models.TimeField(blank=True, null=True, verbose_name="closes at"),
                        ),
                        (
                            "date_note",
                            models.CharField(
                                blank=True,
                                help_text="When only part of the date is known, e.g. 'September 1996'.",
                                max_length=100,
                                verbose_name="dates as known",
                            ),
                        ),
                        ("city", models.CharField(blank=True, max_length=100, verbose_name="city")),
                        (
                            "venue",
                            models.CharField(blank=True, max_length=200, verbose_name="venue"),
                        ),
                        ("online_link", models.URLField(blank=True, verbose_name="online link")),
                        (
                            "modality",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("in_person", "In person"),
                                    ("virtual", "Virtual"),
                                    ("hybrid", "Hybrid"),
                                ],
                                max_length=10,
                                verbose_name="modality",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("planned", "Planned"),
                                    ("announced", "Announced"),
                                    ("registration_open", "Registration open"),
                                    ("held", "Held"),
                                    ("report_circulated", "Report circulated"),
                                    ("report_adopted", "Report adopted"),
                                ],
                                max_length=20,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "registration_deadline",
                            models.DateField(
                                blank=True, null=True, verbose_name="registration deadline"
                            ),
                        ),
                        (
                            "agenda_status",
                            models.CharField(
                                blank=True,
                                choices=[("provisional", "Provisional"), ("adopted", "Adopted")],
                                max_length=12,
                                verbose_name="agenda",
                            ),
                        ),
                        (
                            "agenda_circulated_on",
                            models.DateField(
                                blank=True, null=True, verbose_name="agenda circulated on"
                            ),
                        ),
                        (
                            "report_circulated_on",
                            models.DateField(
                                blank=True, null=True, verbose_name="report circulated on"
                            ),
                        ),
                        (
                            "report_replies_due",
                            models.DateField(
                                blank=True, null=True, verbose_name="replies to the report due"
                            ),
                        ),
                        (
                            "attendance_known",
                            models.BooleanField(
                                default=False,
                                help_text="Off when the sources do not say who attended: absence is then unknown.",
                                verbose_name="attendance known",
                            ),
                        ),
                        ("summary", models.TextField(blank=True, verbose_name="key outcomes")),
                        (
                            "summary_en",
                            models.TextField(blank=True, null=True, verbose_name="key outcomes"),
                        ),
                        (
                            "summary_zh_hans",
                            models.TextField(blank=True, null=True, verbose_name="key outcomes"),
                        ),
                        (
                            "summary_ja",
                            models.TextField(blank=True, null=True, verbose_name="key outcomes"),
                        ),
                        (
                            "summary_ko",
                            models.TextField(blank=True, null=True, verbose_name="key outcomes"),
                        ),
                        (
                            "summary_mn",
                            models.TextField(blank=True, null=True, verbose_name="key outcomes"),
                        ),
                        (
                            "summary_ru",
                            models.TextField(blank=True, null=True, verbose_name="key outcomes"),
                        ),
                        (
                            "time_zone",
                            models.CharField(blank=True, max_length=40, verbose_name="time zone"),
                        ),
                        (
                            "host",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                related_name="hosted_meetings",
                                to="directory.memberstate",
                                verbose_name="host State",
                            ),
                        ),
                        (
                            "organizer",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="organized_meetings",
                                to="directory.organization",
                                verbose_name="organizer",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "meeting",
                        "ordering": ["-start", "series__order", "-number"],
                    },
                ),
                migrations.CreateModel(
                    name="HistoricalStatement",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "paragraph",
                            models.CharField(blank=True, max_length=10, verbose_name="paragraph"),
                        ),
                        (
                            "speaker",
                            models.CharField(
                                choices=[
                                    ("state", "Member State"),
                                    ("organization", "Organization"),
                                    ("secretariat", "Secretariat"),
                                    ("chair", "Chair"),
                                ],
                                max_length=12,
                                verbose_name="speaker",
                            ),
                        ),
                        ("summary", models.TextField(verbose_name="summary")),
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
                            "agenda_item",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="meetings.agendaitem",
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
                        "verbose_name": "historical statement",
                        "verbose_name_plural": "historical statements",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalReportReply",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "answer",
                            models.CharField(
                                choices=[
                                    ("no_objection", "No objection"),
                                    ("comments", "Comments"),
                                ],
                                max_length=12,
                                verbose_name="answer",
                            ),
                        ),
                        ("comments", models.TextField(blank=True, verbose_name="comments")),
                        (
                            "answered_at",
                            models.DateTimeField(
                                blank=True, editable=False, verbose_name="answered"
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
                            "answered_by",
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
                        "verbose_name": "historical reply to the draft report",
                        "verbose_name_plural": "historical replies to the draft report",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalRegistration",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("name", models.CharField(max_length=200, verbose_name="name")),
                        (
                            "title",
                            models.CharField(blank=True, max_length=200, verbose_name="title"),
                        ),
                        (
                            "affiliation",
                            models.CharField(
                                blank=True, max_length=300, verbose_name="organization"
                            ),
                        ),
                        (
                            "role",
                            models.CharField(
                                choices=[
                                    ("head_of_delegation", "Head of delegation"),
                                    ("delegate", "Delegate"),
                                    ("adviser", "Adviser"),
                                    ("observer", "Observer"),
                                ],
                                max_length=20,
                                verbose_name="role",
                            ),
                        ),
                        ("email", models.EmailField(max_length=254, verbose_name="e-mail")),
                        (
                            "attendance",
                            models.CharField(
                                choices=[("in_person", "In person"), ("online", "Online")],
                                default="in_person",
                                max_length=10,
                                verbose_name="attends",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("submitted", "Waiting for acceptance"),
                                    ("accepted", "Accepted"),
                                    ("withdrawn", "Withdrawn"),
                                ],
                                default="submitted",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "attended",
                            models.BooleanField(blank=True, null=True, verbose_name="attended"),
                        ),
                        (
                            "registered_at",
                            models.DateTimeField(
                                blank=True, editable=False, verbose_name="registered"
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
                            "registered_by",
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
                        "verbose_name": "historical registration",
                        "verbose_name_plural": "historical registrations",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalProgrammeSession",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("day", models.DateField(verbose_name="day")),
                        ("starts", models.TimeField(verbose_name="starts")),
                        ("ends", models.TimeField(verbose_name="ends")),
                        (
                            "kind",
                            models.CharField(
                                choices=[("session", "Session"), ("break", "Break")],
                                default="session",
                                max_length=8,
                                verbose_name="kind",
                            ),
                        ),
                        ("title", models.CharField(max_length=300, verbose_name="title")),
                        ("speakers", models.TextField(blank=True, verbose_name="speakers")),
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
                        "verbose_name": "historical programme session",
                        "verbose_name_plural": "historical programme sessions",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalOfficer",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        (
                            "role",
                            models.CharField(
                                choices=[
                                    ("chair", "Chair"),
                                    ("vice_chair", "Vice-Chair"),
                                    ("rapporteur", "Rapporteur"),
                                ],
                                max_length=12,
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
                        "verbose_name": "historical officer",
                        "verbose_name_plural": "historical officers",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalInvitation",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("addresses", models.TextField(blank=True, verbose_name="sent to")),
                        (
                            "invited_at",
                            models.DateTimeField(
                                blank=True, editable=False, verbose_name="invited"
                            ),
                        ),
                        (
                            "sent_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="sent"),
                        ),
                        (
                            "reminders",
                            models.PositiveSmallIntegerField(
                                default=0, verbose_name="reminders sent"
                            ),
                        ),
                        (
                            "reminded_at",
                            models.DateTimeField(
                                blank=True, null=True, verbose_name="last reminder"
                            ),
                        ),
                        (
                            "reply",
                            models.CharField(
                                blank=True,
                                choices=[("attending", "Will attend"), ("declined", "Declined")],
                                max_length=10,
                                verbose_name="reply",
                            ),
                        ),
                        (
                            "replied_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="replied"),
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
                            "invited_by",
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
                        "verbose_name": "historical invitation",
                        "verbose_name_plural": "historical invitations",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalAttendance",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
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
                        "verbose_name": "historical attendance",
                        "verbose_name_plural": "historical attendance",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="HistoricalAgendaItem",
                    fields=[
                        (
                            "id",
                            models.BigIntegerField(
                                auto_created=True, blank=True, db_index=True, verbose_name="ID"
                            ),
                        ),
                        ("number", models.CharField(max_length=10, verbose_name="number")),
                        ("title", models.CharField(max_length=400, verbose_name="title")),
                        (
                            "annotation",
                            models.TextField(
                                blank=True,
                                help_text="What the item is about, for the annotated agenda.",
                                verbose_name="annotation",
                            ),
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
                        (
                            "parent",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="meetings.agendaitem",
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
                        "verbose_name": "historical agenda item",
                        "verbose_name_plural": "historical agenda items",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.AddField(
                    model_name="agendaitem",
                    name="meeting",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.CASCADE,
                        related_name="agenda_items",
                        to="meetings.meeting",
                    ),
                ),
                migrations.CreateModel(
                    name="MeetingSeries",
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
                        ("numbered", models.BooleanField(default=True, verbose_name="numbered")),
                        (
                            "order",
                            models.PositiveSmallIntegerField(default=0, verbose_name="order"),
                        ),
                        (
                            "body",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="series",
                                to="directory.body",
                                verbose_name="body",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "meeting series",
                        "verbose_name_plural": "meeting series",
                        "ordering": ["order"],
                    },
                ),
                migrations.AddField(
                    model_name="meeting",
                    name="series",
                    field=models.ForeignKey(
                        on_delete=django.db.models.deletion.PROTECT,
                        related_name="meetings",
                        to="meetings.meetingseries",
                        verbose_name="series",
                    ),
                ),
                migrations.CreateModel(
                    name="HistoricalMeeting",
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
                        (
                            "number",
                            models.PositiveSmallIntegerField(
                                blank=True, null=True, verbose_name="number"
                            ),
                        ),
                        (
                            "title",
                            models.CharField(blank=True, max_length=300, verbose_name="title"),
                        ),
                        ("start", models.DateField(blank=True, null=True, verbose_name="start")),
                        ("end", models.DateField(blank=True, null=True, verbose_name="end")),
                        (
                            "start_time",
                            models.TimeField(blank=True, null=True, verbose_name="opens at"),
                        ),
                        (
                            "end_time",
                            models.TimeField(blank=True, null=True, verbose_name="closes at"),
                        ),
                        (
                            "date_note",
                            models.CharField(
                                blank=True,
                                help_text="When only part of the date is known, e.g. 'September 1996'.",
                                max_length=100,
                                verbose_name="dates as known",
                            ),
                        ),
                        ("city", models.CharField(blank=True, max_length=100, verbose_name="city")),
                        (
                            "venue",
                            models.CharField(blank=True, max_length=200, verbose_name="venue"),
                        ),
                        ("online_link", models.URLField(blank=True, verbose_name="online link")),
                        (
                            "modality",
                            models.CharField(
                                blank=True,
                                choices=[
                                    ("in_person", "In person"),
                                    ("virtual", "Virtual"),
                                    ("hybrid", "Hybrid"),
                                ],
                                max_length=10,
                                verbose_name="modality",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("planned", "Planned"),
                                    ("announced", "Announced"),
                                    ("registration_open", "Registration open"),
                                    ("held", "Held"),
                                    ("report_circulated", "Report circulated"),
                                    ("report_adopted", "Report adopted"),
                                ],
                                max_length=20,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "registration_deadline",
                            models.DateField(
                                blank=True, null=True, verbose_name="registration deadline"
                            ),
                        ),
                        (
                            "agenda_status",
                            models.CharField(
                                blank=True,
                                choices=[("provisional", "Provisional"), ("adopted", "Adopted")],
                                max_length=12,
                                verbose_name="agenda",
                            ),
                        ),
                        (
                            "agenda_circulated_on",
                            models.DateField(
                                blank=True, null=True, verbose_name="agenda circulated on"
                            ),
                        ),
                        (
                            "report_circulated_on",
                            models.DateField(
                                blank=True, null=True, verbose_name="report circulated on"
                            ),
                        ),
                        (
                            "report_replies_due",
                            models.DateField(
                                blank=True, null=True, verbose_name="replies to the report due"
                            ),
                        ),
                        (
                            "attendance_known",
                            models.BooleanField(
                                default=False,
                                help_text="Off when the sources do not say who attended: absence is then unknown.",
                                verbose_name="attendance known",
                            ),
                        ),
                        ("summary", models.TextField(blank=True, verbose_name="key outcomes")),
                        (
                            "time_zone",
                            models.CharField(blank=True, max_length=40, verbose_name="time zone"),
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
                            "host",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.memberstate",
                                verbose_name="host State",
                            ),
                        ),
                        (
                            "organizer",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="directory.organization",
                                verbose_name="organizer",
                            ),
                        ),
                        (
                            "series",
                            models.ForeignKey(
                                blank=True,
                                db_constraint=False,
                                null=True,
                                on_delete=django.db.models.deletion.DO_NOTHING,
                                related_name="+",
                                to="meetings.meetingseries",
                                verbose_name="series",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "historical meeting",
                        "verbose_name_plural": "historical meetings",
                        "ordering": ("-history_date", "-history_id"),
                        "get_latest_by": ("history_date", "history_id"),
                    },
                    bases=(simple_history.models.HistoricalChanges, models.Model),
                ),
                migrations.CreateModel(
                    name="Officer",
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
                            "role",
                            models.CharField(
                                choices=[
                                    ("chair", "Chair"),
                                    ("vice_chair", "Vice-Chair"),
                                    ("rapporteur", "Rapporteur"),
                                ],
                                max_length=12,
                                verbose_name="role",
                            ),
                        ),
                        (
                            "meeting",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="officers",
                                to="meetings.meeting",
                            ),
                        ),
                        (
                            "person",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                to="directory.person",
                                verbose_name="person",
                            ),
                        ),
                        (
                            "state",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                to="directory.memberstate",
                                verbose_name="member State",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "officer",
                        "ordering": ["meeting", "role"],
                    },
                ),
                migrations.CreateModel(
                    name="ProgrammeSession",
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
                        ("day", models.DateField(verbose_name="day")),
                        ("starts", models.TimeField(verbose_name="starts")),
                        ("ends", models.TimeField(verbose_name="ends")),
                        (
                            "kind",
                            models.CharField(
                                choices=[("session", "Session"), ("break", "Break")],
                                default="session",
                                max_length=8,
                                verbose_name="kind",
                            ),
                        ),
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
                        ("speakers", models.TextField(blank=True, verbose_name="speakers")),
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
                            "meeting",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="sessions",
                                to="meetings.meeting",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "programme session",
                        "ordering": ["meeting", "day", "starts"],
                    },
                ),
                migrations.CreateModel(
                    name="Registration",
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
                            "title",
                            models.CharField(blank=True, max_length=200, verbose_name="title"),
                        ),
                        (
                            "affiliation",
                            models.CharField(
                                blank=True, max_length=300, verbose_name="organization"
                            ),
                        ),
                        (
                            "role",
                            models.CharField(
                                choices=[
                                    ("head_of_delegation", "Head of delegation"),
                                    ("delegate", "Delegate"),
                                    ("adviser", "Adviser"),
                                    ("observer", "Observer"),
                                ],
                                max_length=20,
                                verbose_name="role",
                            ),
                        ),
                        ("email", models.EmailField(max_length=254, verbose_name="e-mail")),
                        (
                            "attendance",
                            models.CharField(
                                choices=[("in_person", "In person"), ("online", "Online")],
                                default="in_person",
                                max_length=10,
                                verbose_name="attends",
                            ),
                        ),
                        (
                            "status",
                            models.CharField(
                                choices=[
                                    ("submitted", "Waiting for acceptance"),
                                    ("accepted", "Accepted"),
                                    ("withdrawn", "Withdrawn"),
                                ],
                                default="submitted",
                                max_length=10,
                                verbose_name="status",
                            ),
                        ),
                        (
                            "attended",
                            models.BooleanField(blank=True, null=True, verbose_name="attended"),
                        ),
                        (
                            "registered_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="registered"),
                        ),
                        (
                            "meeting",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="registrations",
                                to="meetings.meeting",
                            ),
                        ),
                        (
                            "organization",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                to="directory.organization",
                                verbose_name="organization",
                            ),
                        ),
                        (
                            "registered_by",
                            models.ForeignKey(
                                blank=True,
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
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                to="directory.memberstate",
                                verbose_name="member State",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "registration",
                        "ordering": ["meeting", "state__name", "organization__name", "id"],
                    },
                ),
                migrations.CreateModel(
                    name="ReportReply",
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
                            "answer",
                            models.CharField(
                                choices=[
                                    ("no_objection", "No objection"),
                                    ("comments", "Comments"),
                                ],
                                max_length=12,
                                verbose_name="answer",
                            ),
                        ),
                        ("comments", models.TextField(blank=True, verbose_name="comments")),
                        (
                            "answered_at",
                            models.DateTimeField(auto_now=True, verbose_name="answered"),
                        ),
                        (
                            "answered_by",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="+",
                                to=settings.AUTH_USER_MODEL,
                            ),
                        ),
                        (
                            "meeting",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="report_replies",
                                to="meetings.meeting",
                            ),
                        ),
                        (
                            "state",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.PROTECT,
                                to="directory.memberstate",
                                verbose_name="member State",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "reply to the draft report",
                        "verbose_name_plural": "replies to the draft report",
                        "ordering": ["meeting", "state__name"],
                    },
                ),
                migrations.CreateModel(
                    name="Statement",
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
                            models.CharField(blank=True, max_length=10, verbose_name="paragraph"),
                        ),
                        (
                            "speaker",
                            models.CharField(
                                choices=[
                                    ("state", "Member State"),
                                    ("organization", "Organization"),
                                    ("secretariat", "Secretariat"),
                                    ("chair", "Chair"),
                                ],
                                max_length=12,
                                verbose_name="speaker",
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
                            "agenda_item",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.SET_NULL,
                                related_name="statements",
                                to="meetings.agendaitem",
                            ),
                        ),
                        (
                            "meeting",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="statements",
                                to="meetings.meeting",
                            ),
                        ),
                        (
                            "organization",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                to="directory.organization",
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
                        "verbose_name": "statement",
                        "ordering": ["meeting", "id"],
                    },
                ),
                migrations.CreateModel(
                    name="Invitation",
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
                        ("addresses", models.TextField(blank=True, verbose_name="sent to")),
                        (
                            "invited_at",
                            models.DateTimeField(auto_now_add=True, verbose_name="invited"),
                        ),
                        (
                            "sent_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="sent"),
                        ),
                        (
                            "reminders",
                            models.PositiveSmallIntegerField(
                                default=0, verbose_name="reminders sent"
                            ),
                        ),
                        (
                            "reminded_at",
                            models.DateTimeField(
                                blank=True, null=True, verbose_name="last reminder"
                            ),
                        ),
                        (
                            "reply",
                            models.CharField(
                                blank=True,
                                choices=[("attending", "Will attend"), ("declined", "Declined")],
                                max_length=10,
                                verbose_name="reply",
                            ),
                        ),
                        (
                            "replied_at",
                            models.DateTimeField(blank=True, null=True, verbose_name="replied"),
                        ),
                        (
                            "body",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                to="directory.body",
                                verbose_name="body",
                            ),
                        ),
                        (
                            "invited_by",
                            models.ForeignKey(
                                blank=True,
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
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
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
                                to="directory.memberstate",
                                verbose_name="member State",
                            ),
                        ),
                        (
                            "meeting",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="invitations",
                                to="meetings.meeting",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "invitation",
                        "ordering": ["meeting", "state__name", "body__name", "organization__name"],
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(
                                    models.Q(
                                        ("body", None),
                                        ("organization", None),
                                        ("state__isnull", False),
                                    ),
                                    models.Q(
                                        ("body", None),
                                        ("organization__isnull", False),
                                        ("state", None),
                                    ),
                                    models.Q(
                                        ("body__isnull", False),
                                        ("organization", None),
                                        ("state", None),
                                    ),
                                    _connector="OR",
                                ),
                                name="invitee_is_one",
                            ),
                            models.UniqueConstraint(
                                fields=("meeting", "state"), name="state_invited_once"
                            ),
                            models.UniqueConstraint(
                                fields=("meeting", "organization"), name="organization_invited_once"
                            ),
                            models.UniqueConstraint(
                                fields=("meeting", "body"), name="body_invited_once"
                            ),
                        ],
                    },
                ),
                migrations.CreateModel(
                    name="Attendance",
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
                            "organization",
                            models.ForeignKey(
                                blank=True,
                                null=True,
                                on_delete=django.db.models.deletion.PROTECT,
                                to="directory.organization",
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
                        (
                            "meeting",
                            models.ForeignKey(
                                on_delete=django.db.models.deletion.CASCADE,
                                related_name="attendance",
                                to="meetings.meeting",
                            ),
                        ),
                    ],
                    options={
                        "verbose_name": "attendance",
                        "verbose_name_plural": "attendance",
                        "constraints": [
                            models.CheckConstraint(
                                condition=models.Q(
                                    models.Q(("organization", None), ("state__isnull", False)),
                                    models.Q(("organization__isnull", False), ("state", None)),
                                    _connector="OR",
                                ),
                                name="attendee_is_state_or_organization",
                            ),
                            models.UniqueConstraint(
                                fields=("meeting", "state"), name="state_attends_once"
                            ),
                            models.UniqueConstraint(
                                fields=("meeting", "organization"), name="organization_attends_once"
                            ),
                        ],
                    },
                ),
                migrations.AddConstraint(
                    model_name="agendaitem",
                    constraint=models.UniqueConstraint(
                        fields=("meeting", "number"), name="agenda_item_number"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="meeting",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("number__isnull", False)),
                        fields=("series", "number"),
                        name="meeting_number_in_series",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="meeting",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            ("end", None),
                            ("start", None),
                            ("end__gte", models.F("start")),
                            _connector="OR",
                        ),
                        name="meeting_dates_ordered",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="officer",
                    constraint=models.UniqueConstraint(
                        fields=("meeting", "role"), name="one_officer_per_role"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="programmesession",
                    constraint=models.CheckConstraint(
                        condition=models.Q(("ends__gt", models.F("starts"))),
                        name="session_ends_after_start",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="programmesession",
                    constraint=models.UniqueConstraint(
                        fields=("meeting", "day", "starts"), name="one_session_per_start"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="registration",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("organization", None), ("state__isnull", False)),
                            models.Q(("organization__isnull", False), ("state", None)),
                            _connector="OR",
                        ),
                        name="registrant_is_state_or_organization",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="registration",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            models.Q(("role", "observer"), ("state", None)),
                            models.Q(
                                models.Q(("role", "observer"), _negated=True),
                                ("organization", None),
                            ),
                            _connector="OR",
                        ),
                        name="observers_are_of_organizations",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="registration",
                    constraint=models.UniqueConstraint(
                        condition=models.Q(("status", "withdrawn"), _negated=True),
                        fields=("meeting", "email"),
                        name="registered_once",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="reportreply",
                    constraint=models.UniqueConstraint(
                        fields=("meeting", "state"), name="one_reply_per_state"
                    ),
                ),
                migrations.AddConstraint(
                    model_name="reportreply",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            ("answer", "no_objection"),
                            models.Q(("comments", ""), _negated=True),
                            _connector="OR",
                        ),
                        name="comments_are_written",
                    ),
                ),
                migrations.AddConstraint(
                    model_name="statement",
                    constraint=models.CheckConstraint(
                        condition=models.Q(
                            models.Q(
                                ("organization", None),
                                ("speaker", "state"),
                                ("state__isnull", False),
                            ),
                            models.Q(
                                ("organization__isnull", False),
                                ("speaker", "organization"),
                                ("state", None),
                            ),
                            models.Q(
                                ("organization", None),
                                ("speaker__in", ["secretariat", "chair"]),
                                ("state", None),
                            ),
                            _connector="OR",
                        ),
                        name="statement_speaker_matches",
                    ),
                ),
            ],
        ),
    ]
