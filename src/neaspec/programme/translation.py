"""The results framework's names, titles and statements, in six languages."""

from modeltranslation.translator import register

from neaspec.programme import models
from neaspec.translations.options import Content


@register(models.ProgrammeArea)
class AreaContent(Content):
    fields = ("name", "description")


@register(models.StrategicPlan)
class PlanContent(Content):
    fields = ("title", "summary")


@register([models.PlanGoal, models.PlanApproach, models.Objective, models.Activity])
class StatementContent(Content):
    fields = ("text",)


@register([models.Cluster, models.PlanArea, models.ActivityPlan, models.PlannedActivity])
class TitleContent(Content):
    fields = ("title",)


@register(models.Indicator)
class IndicatorContent(Content):
    fields = ("name", "unit", "description")


@register(models.SdgGoal)
class SdgContent(Content):
    fields = ("title",)


@register(models.SdgTarget)
class SdgTargetContent(Content):
    fields = ("summary",)


@register(models.ActivityRevision)
class RevisionContent(Content):
    fields = ("what", "reason")
