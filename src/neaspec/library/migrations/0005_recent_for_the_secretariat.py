"""The Secretariat's recent documents by an index on the upload date alone (it sees every
document, so the index by visibility does not serve it)."""

from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [("library", "0004_search_words")]

    operations = [
        migrations.AddIndex(
            model_name="document",
            index=models.Index(fields=["-uploaded_at"], name="document_uploaded"),
        ),
    ]
