from django.contrib import admin

from neaspec.admin import SecretariatAdmin
from neaspec.programme.models import (
    Activity,
    Objective,
    PlanApproach,
    PlanArea,
    PlanGoal,
    ProgrammeArea,
    SdgGoal,
    SdgLink,
    SdgTarget,
    StrategicPlan,
)


@admin.register(ProgrammeArea)
class ProgrammeAreaAdmin(SecretariatAdmin):
    list_display = ["name", "code", "order", "platform"]
    list_filter = ["platform"]
    search_fields = ["name", "code"]


@admin.register(SdgGoal)
class SdgGoalAdmin(SecretariatAdmin):
    list_display = ["number", "title"]
    search_fields = ["title"]


@admin.register(SdgTarget)
class SdgTargetAdmin(SecretariatAdmin):
    list_display = ["code", "goal", "summary"]
    list_filter = ["goal"]
    search_fields = ["code", "summary"]


class PlanGoalInline(admin.TabularInline):
    model = PlanGoal
    extra = 0


class PlanApproachInline(admin.TabularInline):
    model = PlanApproach
    extra = 0


class PlanAreaInline(admin.TabularInline):
    model = PlanArea
    extra = 0


@admin.register(StrategicPlan)
class StrategicPlanAdmin(SecretariatAdmin):
    list_display = ["title", "code", "status", "adopted_at"]
    list_filter = ["status"]
    search_fields = ["title", "code", "summary"]
    inlines = [PlanGoalInline, PlanApproachInline, PlanAreaInline]


@admin.register(PlanArea)
class PlanAreaAdmin(SecretariatAdmin):
    list_display = ["title", "plan", "area", "order"]
    list_filter = ["plan", "area"]
    search_fields = ["title"]


@admin.register(PlanGoal, PlanApproach)
class PlanStatementAdmin(SecretariatAdmin):
    list_display = ["plan", "code", "text"]
    list_filter = ["plan"]
    search_fields = ["text"]


@admin.register(Objective)
class ObjectiveAdmin(SecretariatAdmin):
    list_display = ["code", "text", "plan_area"]
    list_filter = ["plan_area__plan", "plan_area__area"]
    search_fields = ["text"]


@admin.register(Activity)
class ActivityAdmin(SecretariatAdmin):
    list_display = ["code", "text", "objective"]
    list_filter = ["objective__plan_area__plan", "objective__plan_area__area"]
    search_fields = ["text"]


@admin.register(SdgLink)
class SdgLinkAdmin(SecretariatAdmin):
    list_display = ["plan", "area", "goal", "target"]
    list_filter = ["plan", "area", "goal"]
