from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from neaspec.admin import SecretariatAdmin
from neaspec.translations.models import Translation


@admin.register(Translation)
class TranslationAdmin(SecretariatAdmin):
    """Read only: a translation is written beside its record, on the translation pages."""

    list_display = ("content_type", "object_id", "field", "language", "status", "updated")
    list_filter = ("language", "status", "from_reference")

    def has_add_permission(self, request: HttpRequest, *args: Any) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
