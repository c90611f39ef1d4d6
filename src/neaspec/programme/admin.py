from django.contrib import admin

from neaspec.admin import ReadOnlyInAdmin, SecretariatAdmin
from neaspec.programme.models import (
    Activity,
    ActivityPlan,
    ActivityRevision,
    Cluster,
    Indicator,
    IndicatorTarget,
    IndicatorThreshold,
    IndicatorValue,
    Objective,
    PlanApproach,
    PlanArea,
    PlanGoal,
    PlannedActivity,
    ProgrammeArea,
    SdgGoal,
    SdgLink,
    SdgTarget,
    StrategicPlan,
)

# Read only: planned activities (their status on the area page or the import), their revisions
# and indicator values (submitted, returned and approved on the indicator page), written by
# programme.services. Editable: the frameworks themselves — areas, SDGs, strategic plans with
# their goals, approaches, objectives and activities, activity plans, clusters, indicators and
# their targets — which no service writes.


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


@admin.register(Cluster)
class ClusterAdmin(SecretariatAdmin):
    list_display = ["title", "code", "plan", "order"]
    list_filter = ["plan"]


class PlannedActivityInline(ReadOnlyInAdmin, admin.TabularInline):
    model = PlannedActivity
    extra = 0
    fields = ["code", "title", "objective", "starts", "ends", "lead", "lead_state", "weight"]


@admin.register(ActivityPlan)
class ActivityPlanAdmin(SecretariatAdmin):
    list_display = ["title", "plan_area", "start", "end", "approved_by"]
    list_filter = ["plan_area__plan", "plan_area__area"]
    raw_id_fields = ["approved_by"]
    inlines = [PlannedActivityInline]


@admin.register(PlannedActivity)
class PlannedActivityAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["code", "title", "activity_plan", "status", "lead_state"]
    list_filter = ["status", "activity_plan__plan_area__area"]
    search_fields = ["title", "code"]


@admin.register(ActivityRevision)
class ActivityRevisionAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["activity", "what", "before", "after", "requested_by", "meeting"]


class IndicatorTargetInline(ReadOnlyInAdmin, admin.TabularInline):
    model = IndicatorTarget
    extra = 0


class IndicatorThresholdInline(ReadOnlyInAdmin, admin.TabularInline):
    model = IndicatorThreshold
    extra = 0


@admin.register(Indicator)
class IndicatorAdmin(SecretariatAdmin):
    list_display = ["name", "code", "area", "unit", "direction", "by_state"]
    list_filter = ["area"]
    search_fields = ["name", "code"]
    inlines = [IndicatorTargetInline, IndicatorThresholdInline]


@admin.register(IndicatorTarget)
class IndicatorTargetAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["indicator", "year", "state", "value"]


@admin.register(IndicatorThreshold)
class IndicatorThresholdAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["indicator", "kind", "issuer", "year", "state", "value"]


@admin.register(IndicatorValue)
class IndicatorValueAdmin(ReadOnlyInAdmin, SecretariatAdmin):
    list_display = ["indicator", "state", "first_year", "last_year", "breakdown", "value", "status"]
    list_filter = ["status", "indicator", "state"]
