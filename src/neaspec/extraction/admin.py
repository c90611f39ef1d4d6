from django.contrib import admin

from neaspec.admin import ReadOnlyInAdmin, SecretariatAdmin
from neaspec.extraction.models import Extraction


@admin.register(Extraction)
class ExtractionAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    """Proposed, reviewed and confirmed by extraction.services."""

    list_display = ["document", "status", "created_at", "confirmed_by", "confirmed_at"]
    list_filter = ["status"]
    search_fields = ["document__title"]
    raw_id_fields = ["document"]
