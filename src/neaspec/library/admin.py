from django.contrib import admin

from neaspec.admin import SecretariatAdmin
from neaspec.library.models import Document


@admin.register(Document)
class DocumentAdmin(SecretariatAdmin):
    list_display = ["title", "type", "language", "meeting", "visibility", "status", "uploaded_at"]
    list_filter = ["type", "language", "visibility", "status"]
    search_fields = ["title"]
    raw_id_fields = ["meeting"]
    readonly_fields = ["file_type", "size", "sha256", "status", "failure", "uploaded_by"]
