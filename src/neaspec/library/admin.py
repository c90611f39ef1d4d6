from django.contrib import admin

from neaspec.admin import ReadOnlyInAdmin, SecretariatAdmin
from neaspec.library.models import Document, MeetingDocument

# Documents are uploaded, read and deleted on the library's pages (library.services: the file
# and the index entries go with a document, evidence is kept), meeting documents on the
# meeting's preparation page (library.meeting_documents).


@admin.register(Document)
class DocumentAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["title", "type", "language", "meeting", "visibility", "status", "uploaded_at"]
    list_filter = ["type", "language", "visibility", "status"]
    search_fields = ["title"]
    raw_id_fields = ["meeting"]


@admin.register(MeetingDocument)
class MeetingDocumentAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["symbol", "title", "meeting", "kind", "visibility", "circulated_on"]
    list_filter = ["kind", "visibility", "meeting__series"]
    search_fields = ["symbol", "title", "meeting__key"]
    raw_id_fields = ["meeting", "agenda_item"]
