from django.contrib import admin

from neaspec.admin import ReadOnlyInAdmin, SecretariatAdmin
from neaspec.projects.models import Component, Delay, Participation, Project, ProjectBudget

# Editable: projects, their participants, components and budgets, which no service writes.
# Read only: delays, recorded with their reason by projects.services.


class ParticipationInline(admin.TabularInline):
    model = Participation
    extra = 0


class ComponentInline(admin.TabularInline):
    model = Component
    extra = 0


class ProjectBudgetInline(admin.TabularInline):
    model = ProjectBudget
    extra = 0


@admin.register(Project)
class ProjectAdmin(SecretariatAdmin):
    list_display = ["title", "area", "status", "funding_state", "funding_fund"]
    list_filter = ["area", "status"]
    search_fields = ["title", "description"]
    filter_horizontal = ["decisions"]
    inlines = [ParticipationInline, ComponentInline, ProjectBudgetInline]


@admin.register(Participation)
class ParticipationAdmin(SecretariatAdmin):
    list_display = ["project", "role", "organization", "state"]


@admin.register(Component)
class ComponentAdmin(SecretariatAdmin):
    list_display = ["project", "order", "title", "status"]


@admin.register(ProjectBudget)
class ProjectBudgetAdmin(SecretariatAdmin):
    list_display = ["project", "year", "amount", "currency"]


@admin.register(Delay)
class DelayAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["project", "what", "reported_at", "date"]
