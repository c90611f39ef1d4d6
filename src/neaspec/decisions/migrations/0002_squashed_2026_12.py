from django.conf import settings
import django.db.models.deletion
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

    dependencies = [
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
        ("decisions", "0001_squashed_2026_12"),
        ("directory", "0001_squashed_2026_12"),
        ("library", "0001_squashed_2026_12"),
        ("meetings", "0001_squashed_2026_12"),
        ("programme", "0001_squashed_2026_12"),
    ]

    operations = [
        migrations.AddField(
            model_name="decision",
            name="area",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.PROTECT,
                related_name="decisions",
                to="programme.programmearea",
                verbose_name="programme area",
            ),
        ),
        migrations.AddField(
            model_name="followup",
            name="evidence_document",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="evidence_for",
                to="library.document",
                verbose_name="shown by the document",
            ),
        ),
        migrations.AddField(
            model_name="historicaldecision",
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
            model_name="historicalfollowup",
            name="evidence_document",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="library.document",
                verbose_name="shown by the document",
            ),
        ),
        migrations.AddConstraint(
            model_name="decision",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("area__isnull", False), ("concern", "programme")),
                    models.Q(("concern", "programme"), _negated=True),
                    _connector="OR",
                ),
                name="decision_area_matches_concern",
            ),
        ),
    ]
