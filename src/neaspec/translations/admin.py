from django.contrib import admin

from neaspec.admin import ReadOnlyInAdmin, SecretariatAdmin
from neaspec.translations.models import Translation


@admin.register(Translation)
class TranslationAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    """A translation is written beside its record, on the translation pages."""

    list_display = ("content_type", "object_id", "field", "language", "status", "updated")
    list_filter = ("language", "status", "from_reference")
