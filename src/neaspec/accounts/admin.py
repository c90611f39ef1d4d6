from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group
from django_tasks_db.admin import DBTaskResultAdmin
from django_tasks_db.models import DBTaskResult

from neaspec.accounts.models import RoleGrant, User
from neaspec.admin import SecretariatAdmin, secretariat_only

# Roles are RoleGrants, not Django groups; background task results are the Secretariat's too.
admin.site.unregister(Group)
admin.site.unregister(DBTaskResult)
admin.site.register(DBTaskResult, secretariat_only(DBTaskResultAdmin))


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


@admin.register(RoleGrant)
class RoleGrantAdmin(SecretariatAdmin):
    list_display = ["user", "role", "state", "body", "organization"]
    list_filter = ["role", "state", "body"]
    search_fields = ["user__username", "user__email"]
    autocomplete_fields = ["user", "state", "body", "organization"]
