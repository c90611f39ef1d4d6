from django.urls import path

from neaspec.library import meeting_documents, views
from neaspec.library.syndication import DocumentsFeed

app_name = "library"
urlpatterns = [
    path("library/feed.atom", DocumentsFeed(), name="feed"),
    path("library/", views.library, name="library"),
    path("library/upload/", views.upload, name="upload"),
    path("library/<int:pk>/", views.document, name="document"),
    path("library/<int:pk>/file", views.document_file, name="file"),
    path("library/<int:pk>/text", views.document_text, name="text"),
    path("library/<int:pk>/delete/", views.document_delete, name="delete"),
    path("meetings/<slug:key>/documents/", views.meeting_document_add, name="meeting_document_add"),
    path(
        "meetings/<slug:key>/report/revise/",
        meeting_documents.report_revise,
        name="report_revise",
    ),
]
