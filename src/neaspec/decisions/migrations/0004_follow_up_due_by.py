"""Each follow-up's `due_by` (decisions/deadlines.py), stored and indexed with its status;
filled here for the follow-ups already recorded, with the rule as it stands today."""

from django.db import migrations, models
from django.db.models import F


def _after(candidate, meeting):
    if candidate.pk == meeting.pk:
        return False
    if candidate.number is not None and meeting.number is not None:
        return candidate.number > meeting.number
    return bool(candidate.start and meeting.start and candidate.start > meeting.start)


def fill(apps, schema_editor):
    FollowUp = apps.get_model("decisions", "FollowUp")
    Meeting = apps.get_model("meetings", "Meeting")
    FollowUp.objects.filter(due_date__isnull=False).update(due_by=F("due_date"))
    waiting = FollowUp.objects.filter(due_date=None, due_next_meeting=True)
    for meeting in Meeting.objects.filter(decisions__follow_ups__in=waiting).distinct():
        sessions = Meeting.objects.filter(series_id=meeting.series_id).order_by(
            F("number").asc(nulls_last=True), "start"
        )
        bound = next((m.start for m in sessions if _after(m, meeting) and m.start), None)
        waiting.filter(decision__meeting=meeting).update(due_by=bound)


class Migration(migrations.Migration):
    dependencies = [
        ("decisions", "0003_follow_up_outcome"),
        ("meetings", "0002_programme_sessions"),
    ]

    operations = [
        migrations.AddField(
            model_name="followup",
            name="due_by",
            field=models.DateField(blank=True, editable=False, null=True, verbose_name="due by"),
        ),
        migrations.AddIndex(
            model_name="followup",
            index=models.Index(fields=["status", "due_by"], name="follow_up_status_due"),
        ),
        migrations.RunPython(fill, migrations.RunPython.noop),
    ]
