from django.contrib import admin

from neaspec.admin import ReadOnlyInAdmin, SecretariatPermissions
from neaspec.mail.models import Message, OptOut


@admin.register(Message)
class MessageAdmin(ReadOnlyInAdmin, SecretariatPermissions):
    """Messages are written by the services that send them, and their status by the worker;
    the outbox page (mail:outbox) tries a failed one again."""

    list_display = ("queued_at", "purpose", "recipient", "address", "status", "attempts")
    list_filter = ("status", "purpose")
    search_fields = ("recipient", "address", "subject", "regarding")


@admin.register(OptOut)
class OptOutAdmin(ReadOnlyInAdmin, SecretariatPermissions):
    """Each person turns the digest off or on in their account (mail.services)."""

    list_display = ("user", "purpose", "since")
