from django.contrib import admin

from neaspec.admin import ReadOnlyInAdmin, SecretariatAdmin
from neaspec.directory.models import Body, FocalPoint, Membership, MemberState, Organization, Person

# Editable: member States and bodies, which no service writes (the reference data and the
# Secretariat keep them). Read only: organizations, people, focal points and memberships, written
# on the State, person and body pages (directory.services, which refuses overlapping chairs) and
# by invitations (people.services).


@admin.register(MemberState)
class MemberStateAdmin(SecretariatAdmin):
    list_display = ["code", "name", "coastal"]
    list_filter = ["coastal"]
    search_fields = ["code", "name", "short_name"]


@admin.register(Organization)
class OrganizationAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["name", "acronym", "kind", "state"]
    list_filter = ["kind", "state"]
    search_fields = ["name", "acronym", "key"]
    autocomplete_fields = ["state", "serves"]


@admin.register(Person)
class PersonAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["name", "position", "organization", "state"]
    list_filter = ["state", "organization__kind"]
    search_fields = ["name", "position", "email", "key"]
    autocomplete_fields = ["organization", "state"]


@admin.register(FocalPoint)
class FocalPointAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["person", "state", "rank", "start", "end"]
    list_filter = ["state", "rank"]
    search_fields = ["person__name", "institution__name"]
    autocomplete_fields = ["person", "state", "institution"]


class MembershipInline(ReadOnlyInAdmin, admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ["person", "state"]


@admin.register(Body)
class BodyAdmin(SecretariatAdmin):
    list_display = ["name", "acronym", "kind", "parent", "established_year"]
    list_filter = ["kind"]
    search_fields = ["name", "acronym", "key"]
    autocomplete_fields = ["parent"]
    inlines = [MembershipInline]


@admin.register(Membership)
class MembershipAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["person", "body", "role", "state", "start", "end"]
    list_filter = ["body", "role", "state"]
    search_fields = ["person__name", "body__name", "note"]
    autocomplete_fields = ["person", "body", "state"]
