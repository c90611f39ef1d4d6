"""The admin is the Secretariat's back office: nobody else may enter it."""

from typing import Any

from django import forms
from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.db.models import Model
from django.http import HttpRequest, HttpResponse
from django.utils.translation import gettext_lazy as _
from simple_history.admin import SimpleHistoryAdmin

from neaspec.accounts.rules import is_secretariat


class SecretariatAdminSite(admin.AdminSite):
    site_header = _("NEASPEC Hub administration")
    site_title = _("NEASPEC Hub")

    def has_permission(self, request: HttpRequest) -> bool:
        return bool(request.user.is_active and is_secretariat(request.user))


class SecretariatPermissions(admin.ModelAdmin):
    """Only the Secretariat may see or change anything in the admin."""

    def has_module_permission(self, request: HttpRequest) -> bool:
        return bool(is_secretariat(request.user))

    def has_view_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return bool(is_secretariat(request.user))

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return bool(is_secretariat(request.user))

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return bool(is_secretariat(request.user))

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return bool(is_secretariat(request.user))


class ReadOnlyInAdmin(admin.options.BaseModelAdmin):
    """Listed and shown in the admin, with its history, never written there: the model's rows
    are written by its service, which checks permission, validates, audits and keeps what
    follows from them (deadlines, statuses, the records that depend on them), all of which a
    form here would skip. Put it first: `class FooAdmin(ReadOnlyInAdmin, SecretariatAdmin)`;
    an inline of such a model takes it too, wherever it appears."""

    def has_add_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj: Model | None = None) -> bool:
        return False


class SecretariatAdmin(SecretariatPermissions, SimpleHistoryAdmin):
    """Every domain model's admin: Secretariat only, with the object's change history. A
    translatable field is edited here in English, its source; its translations are written on
    the translation pages, which record who made them from what (translations.services)."""

    def get_form(
        self, request: HttpRequest, obj: Model | None = None, change: bool = False, **kwargs: Any
    ) -> type[forms.ModelForm[Model]]:
        from neaspec.multilingual import in_source_language

        form = super().get_form(request, obj, change=change, **kwargs)

        class InSource(form):  # type: ignore[misc,valid-type]
            def __init__(self, *args: Any, **kw: Any) -> None:
                super().__init__(*args, **kw)
                in_source_language(self)

        InSource.__name__ = form.__name__
        return InSource

    def get_exclude(self, request: HttpRequest, obj: Model | None = None) -> list[str]:
        from neaspec.multilingual import translated_fields, translation_columns

        excluded = list(super().get_exclude(request, obj) or [])
        return excluded + translation_columns(*translated_fields(self.model))

    def history_form_view(
        self,
        request: HttpRequest,
        object_id: str,
        version_id: str,
        extra_context: dict[str, Any] | None = None,
    ) -> HttpResponse:
        # django-simple-history saves a posted past version ("Revert") whatever the change
        # permission says: a read-only admin would take writes here.
        if request.method == "POST" and not self.has_change_permission(request):
            raise PermissionDenied
        return super().history_form_view(request, object_id, version_id, extra_context)


def secretariat_only(model_admin: type[admin.ModelAdmin]) -> type[admin.ModelAdmin]:
    """Re-register a third-party admin behind the Secretariat's permission checks."""
    return type(f"Secretariat{model_admin.__name__}", (SecretariatPermissions, model_admin), {})
