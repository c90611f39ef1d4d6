import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):
    replaces = [
        ("accounts", "0001_initial"),
        ("accounts", "0002_initial"),
        ("accounts", "0003_translator_role"),
    ]

    dependencies = [
        ("accounts", "0001_squashed_2026_12"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("directory", "0001_squashed_2026_12"),
    ]

    operations = [
        migrations.AddField(
            model_name="user",
            name="person",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="accounts",
                to="directory.person",
                verbose_name="directory entry",
            ),
        ),
        migrations.AddField(
            model_name="historicalrolegrant",
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
            model_name="historicalrolegrant",
            name="organization",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="directory.organization",
            ),
        ),
        migrations.AddField(
            model_name="historicalrolegrant",
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
            model_name="historicaluser",
            name="person",
            field=models.ForeignKey(
                blank=True,
                db_constraint=False,
                null=True,
                on_delete=django.db.models.deletion.DO_NOTHING,
                related_name="+",
                to="directory.person",
                verbose_name="directory entry",
            ),
        ),
        migrations.AddField(
            model_name="rolegrant",
            name="body",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                to="directory.body",
            ),
        ),
        migrations.AddField(
            model_name="rolegrant",
            name="organization",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                to="directory.organization",
            ),
        ),
        migrations.AddField(
            model_name="rolegrant",
            name="state",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                to="directory.memberstate",
            ),
        ),
        migrations.AddConstraint(
            model_name="rolegrant",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(
                        ("body", None),
                        ("language", ""),
                        ("organization", None),
                        ("role", "secretariat"),
                        ("state", None),
                    ),
                    models.Q(
                        ("body", None),
                        ("language", ""),
                        ("organization", None),
                        ("role", "focal_point"),
                        ("state__isnull", False),
                    ),
                    models.Q(
                        ("body__isnull", False),
                        ("language", ""),
                        ("organization", None),
                        ("role", "committee_member"),
                        ("state", None),
                    ),
                    models.Q(
                        ("body", None),
                        ("language", ""),
                        ("organization__isnull", False),
                        ("role", "partner"),
                        ("state", None),
                    ),
                    models.Q(
                        ("body", None),
                        ("organization", None),
                        ("role", "translator"),
                        ("state", None),
                        models.Q(("language", ""), _negated=True),
                    ),
                    _connector="OR",
                ),
                name="grant_scope_matches_role",
            ),
        ),
    ]
