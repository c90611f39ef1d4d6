from django.contrib import admin
from django.db.models import QuerySet
from django.http import HttpRequest

from neaspec.admin import SecretariatAdmin
from neaspec.library.models import Document, MeetingDocument


@admin.register(Document)
class DocumentAdmin(SecretariatAdmin):
    list_display = ["title", "type", "language", "meeting", "visibility", "status", "uploaded_at"]
    list_filter = ["type", "language", "visibility", "status"]
    search_fields = ["title"]
    raw_id_fields = ["meeting"]
    readonly_fields = ["file_type", "size", "sha256", "status", "failure", "uploaded_by"]

    def delete_model(self, request: HttpRequest, obj: Document) -> None:
        # Through the service: the file and the index entries go too; evidence is kept.
        from neaspec.library.services import document_delete

        document_delete(actor=request.user, document=obj)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet[Document]) -> None:
        from neaspec.library.services import document_delete

        for document in queryset:
            document_delete(actor=request.user, document=document)


@admin.register(MeetingDocument)
class MeetingDocumentAdmin(SecretariatAdmin):
    list_display = ["symbol", "title", "meeting", "kind", "visibility", "circulated_on"]
    list_filter = ["kind", "visibility", "meeting__series"]
    search_fields = ["symbol", "title", "meeting__key"]
    raw_id_fields = ["meeting", "agenda_item"]
