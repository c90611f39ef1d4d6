"""A document's search text has its runs of spaces and line breaks as one space, so that a
phrase in quotes is found across a line break (Document.set_text); the documents read before
are brought in line, in batches."""

from django.db import migrations

BATCH = 500


def one_line(apps, schema_editor):
    Document = apps.get_model("library", "Document")
    changed = []
    for document in Document.objects.only("pk", "search_text").iterator(chunk_size=BATCH):
        flat = " ".join(document.search_text.split())
        if flat != document.search_text:
            document.search_text = flat
            changed.append(document)
        if len(changed) >= BATCH:
            Document.objects.bulk_update(changed, ["search_text"])
            changed = []
    Document.objects.bulk_update(changed, ["search_text"])


class Migration(migrations.Migration):
    dependencies = [("library", "0002_report_revisions")]

    operations = [migrations.RunPython(one_line, migrations.RunPython.noop)]
