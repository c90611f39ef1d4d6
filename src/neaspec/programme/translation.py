"""The results framework's names, titles and statements, in six languages; and who may read a
plan and its parts to translate them (a draft plan's framework only those who may read it)."""

from collections.abc import Callable
from typing import Any

from django.apps import apps
from django.db.models import Model, QuerySet
from modeltranslation.translator import register

from neaspec.accounts.models import Actor
from neaspec.programme import models
from neaspec.programme.selectors import PLAN_OF, framework_visible
from neaspec.translations.options import Content
from neaspec.translations.selectors import read_through


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


def _framework(model: type[Model]) -> Callable[[Actor], QuerySet[Any]]:
    def visible(actor: Actor) -> QuerySet[Any]:
        return framework_visible(model, actor=actor)

    return visible


# A plan, and each part of a plan's framework as its plan: those of the plans the reader may read.
read_through(models.StrategicPlan, _framework(models.StrategicPlan))
for _label in PLAN_OF:
    _part = apps.get_model(_label)
    read_through(_part, _framework(_part))
