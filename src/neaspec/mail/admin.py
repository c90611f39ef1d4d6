from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from neaspec.admin import SecretariatPermissions
from neaspec.mail.models import Message, OptOut


@admin.register(Message)
class MessageAdmin(SecretariatPermissions):
    """Read only: messages are written by the services that send them, and their status by the
    worker; the outbox page (mail:outbox) tries a failed one again."""

    list_display = ("queued_at", "purpose", "recipient", "address", "status", "attempts")
    list_filter = ("status", "purpose")
    search_fields = ("recipient", "address", "subject", "regarding")

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


@admin.register(OptOut)
class OptOutAdmin(SecretariatPermissions):
    list_display = ("user", "purpose", "since")
