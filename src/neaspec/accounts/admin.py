from axes.models import AccessAttempt, AccessFailureLog, AccessLog
from django.contrib import admin
from django.contrib.auth.admin import UserAdmin
from django.contrib.auth.models import Group
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_tasks_db.admin import DBTaskResultAdmin
from django_tasks_db.models import DBTaskResult

from neaspec.accounts.models import ApiToken, RoleGrant, SignIn, User
from neaspec.admin import (
    ReadOnlyInAdmin,
    SecretariatAdmin,
    SecretariatPermissions,
    secretariat_only,
)

# Roles are RoleGrants, not Django groups; background task results are the Secretariat's too.
admin.site.unregister(Group)
admin.site.unregister(DBTaskResult)
admin.site.register(DBTaskResult, secretariat_only(DBTaskResultAdmin))
# django-axes' records of failed sign-ins: the Secretariat lifts a lockout by deleting its
# attempt (or with `neaspec axes_reset`).
# django-otp's devices likewise: the Secretariat deletes the authenticator app of someone who
# lost theirs (with its recovery codes), who then sets up a new one at the next sign-in; the
# admin shows neither secrets nor codes (OTP_ADMIN_HIDE_SENSITIVE_DATA). Both stay editable:
# no page does either (accounts.two_factor only lets owners set up and turn off their own).
for third_party in (AccessAttempt, AccessFailureLog, AccessLog, TOTPDevice, StaticDevice):
    third_party_admin = type(admin.site._registry.pop(third_party))
    admin.site.register(third_party, secretariat_only(third_party_admin))


# People and their roles are written on People and access (/team/, people.services): an
# invitation makes the account, a grant is added or revoked with its reason, an account is
# deactivated, never deleted. Here they are read.
class RoleGrantInline(ReadOnlyInAdmin, admin.TabularInline):
    model = RoleGrant
    extra = 0
    autocomplete_fields = ["state", "body", "organization"]


@admin.register(User)
class NeaspecUserAdmin(ReadOnlyInAdmin, SecretariatAdmin, UserAdmin):
    list_display = ["username", "email", "first_name", "last_name", "is_active"]
    list_filter = ["is_active", "grants__role"]
    inlines = [RoleGrantInline]
    autocomplete_fields = ["person"]
    fieldsets = (*UserAdmin.fieldsets, ("NEASPEC", {"fields": ["person"]}))  # type: ignore[misc]


@admin.register(RoleGrant)
class RoleGrantAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["user", "role", "state", "body", "organization"]
    list_filter = ["role", "state", "body"]
    search_fields = ["user__username", "user__email"]
    autocomplete_fields = ["user", "state", "body", "organization"]


@admin.register(SignIn)
class SignInAdmin(ReadOnlyInAdmin, SecretariatPermissions):
    """Where accounts are signed in, to read (as axes' access log is): each owner signs out
    their own sessions on "Your sessions"."""

    list_display = ["user", "signed_in_at", "last_seen", "address", "user_agent"]
    list_filter = ["signed_in_at"]
    search_fields = ["user__username"]
    exclude = ["session_key"]


@admin.register(ApiToken)
class ApiTokenAdmin(ReadOnlyInAdmin, SecretariatPermissions):
    """Which accounts have API tokens and when each was last used, to read: each owner makes
    and revokes their own on "Your API tokens". The digest is never shown."""

    list_display = ["user", "name", "scope", "prefix", "created_at", "last_used_at", "revoked_at"]
    list_filter = ["scope", "created_at"]
    search_fields = ["user__username", "name"]
    exclude = ["digest"]
