from typing import Any

from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group
from django.http import HttpRequest
from django_tasks_db.admin import DBTaskResultAdmin
from django_tasks_db.models import DBTaskResult

from neaspec.accounts.models import RoleGrant, User
from neaspec.admin import SecretariatAdmin, secretariat_only

# Roles are RoleGrants, not Django groups; background task results are the Secretariat's too.
admin.site.unregister(Group)
admin.site.unregister(DBTaskResult)
admin.site.register(DBTaskResult, secretariat_only(DBTaskResultAdmin))
# django-axes' records of failed sign-ins: the Secretariat lifts a lockout by deleting its
# attempt (or with `neaspec axes_reset`).
for axes_model in (AccessAttempt, AccessFailureLog, AccessLog):
    axes_admin = type(admin.site._registry.pop(axes_model))
    admin.site.register(axes_model, secretariat_only(axes_admin))


class RoleGrantInline(admin.TabularInline):
    model = RoleGrant
    extra = 0
    autocomplete_fields = ["state", "body", "organization"]


@admin.register(User)
class NeaspecUserAdmin(SecretariatAdmin, UserAdmin):
    list_display = ["username", "email", "first_name", "last_name", "is_active"]
    list_filter = ["is_active", "grants__role"]
    inlines = [RoleGrantInline]
    autocomplete_fields = ["person"]
    fieldsets = (*UserAdmin.fieldsets, ("NEASPEC", {"fields": ["person"]}))  # type: ignore[misc]

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # A user who changed records keeps the audit trail's attribution: deactivate instead.
        if obj is not None and obj.has_changed_records:
            return False
        return super().has_delete_permission(request, obj)

    def delete_queryset(self, request: HttpRequest, queryset: Any) -> None:
        for user in queryset:
            user.delete()  # one by one, so each refuses if it changed records


@admin.register(RoleGrant)
class RoleGrantAdmin(SecretariatAdmin):
    list_display = ["user", "role", "state", "body", "organization"]
    list_filter = ["role", "state", "body"]
    search_fields = ["user__username", "user__email"]
    autocomplete_fields = ["user", "state", "body", "organization"]
