"""The programme's reference frame: areas, SDGs and strategic plans.

The full results framework (activity plans, indicators, progress) grows from these models; plan
children carry a `code` so later records can point at "2021-2025 / air / objective 1".
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from neaspec.sourcing import Sourced


class ProgrammeArea(Sourced):
    code = models.SlugField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    platform = models.ForeignKey(
        "directory.Body",
        verbose_name=_("platform"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="areas",
    )
    description = models.TextField(_("description"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["order"]
        verbose_name = _("programme area")

    def __str__(self) -> str:
        return self.name


class SdgGoal(Sourced):
    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    history = HistoricalRecords()

    class Meta:
        ordering = ["number"]
        verbose_name = _("SDG")

    def __str__(self) -> str:
        return f"SDG {self.number}: {self.title}"


class SdgTarget(Sourced):
    code = models.CharField(_("code"), max_length=8, unique=True)
    goal = models.ForeignKey(SdgGoal, on_delete=models.CASCADE, related_name="targets")
    summary = models.CharField(_("summary"), max_length=400)
    history = HistoricalRecords()

    class Meta:
        ordering = ["goal__number", "code"]
        verbose_name = _("SDG target")

    def __str__(self) -> str:
        return f"{self.code} {self.summary}"


class StrategicPlan(Sourced):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        ADOPTED = "adopted", _("Adopted")
        SUPERSEDED = "superseded", _("Superseded")

    code = models.CharField(_("code"), max_length=9, unique=True)
    title = models.CharField(_("title"), max_length=200)
    start_year = models.PositiveSmallIntegerField(_("first year"))
    end_year = models.PositiveSmallIntegerField(_("last year"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    adopted_at = models.CharField(
        _("adopted at"), max_length=100, blank=True, help_text=_("The meeting that adopted it.")
    )
    summary = models.TextField(_("summary"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-start_year"]
        verbose_name = _("strategic plan")
        constraints = [
            models.CheckConstraint(
                name="plan_period_ordered", condition=models.Q(end_year__gte=models.F("start_year"))
            )
        ]

    def __str__(self) -> str:
        return self.title


class PlanStatement(Sourced):
    """A lettered statement of a plan: one of its goals or approaches."""

    plan = models.ForeignKey(StrategicPlan, on_delete=models.CASCADE, related_name="+")
    code = models.CharField(_("code"), max_length=8)
    text = models.TextField(_("text"))

    class Meta:
        abstract = True
        ordering = ["plan", "code"]

    def __str__(self) -> str:
        return f"({self.code}) {self.text}"


class PlanGoal(PlanStatement):
    plan = models.ForeignKey(StrategicPlan, on_delete=models.CASCADE, related_name="goals")
    history = HistoricalRecords()

    class Meta(PlanStatement.Meta):
        constraints = [models.UniqueConstraint(fields=["plan", "code"], name="plan_goal_code")]


class PlanApproach(PlanStatement):
    plan = models.ForeignKey(StrategicPlan, on_delete=models.CASCADE, related_name="approaches")
    history = HistoricalRecords()

    class Meta(PlanStatement.Meta):
        constraints = [models.UniqueConstraint(fields=["plan", "code"], name="plan_approach_code")]


class PlanArea(Sourced):
    """A programme area as one plan frames it (titles change between plans)."""

    plan = models.ForeignKey(StrategicPlan, on_delete=models.CASCADE, related_name="plan_areas")
    area = models.ForeignKey(ProgrammeArea, on_delete=models.PROTECT, related_name="plan_areas")
    title = models.CharField(_("title in the plan"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords()

    class Meta:
        ordering = ["plan", "order"]
        constraints = [models.UniqueConstraint(fields=["plan", "area"], name="plan_area_once")]

    def __str__(self) -> str:
        return f"{self.plan.code}: {self.title}"


class Objective(Sourced):
    plan_area = models.ForeignKey(PlanArea, on_delete=models.CASCADE, related_name="objectives")
    code = models.CharField(_("code"), max_length=8)
    text = models.TextField(_("text"))
    history = HistoricalRecords()

    class Meta:
        ordering = ["plan_area", "code"]
        constraints = [models.UniqueConstraint(fields=["plan_area", "code"], name="objective_code")]

    def __str__(self) -> str:
        return self.text


class Activity(Sourced):
    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="activities")
    code = models.CharField(_("code"), max_length=8)
    text = models.TextField(_("text"))
    history = HistoricalRecords()

    class Meta:
        ordering = ["objective", "code"]
        verbose_name_plural = _("activities")
        constraints = [models.UniqueConstraint(fields=["objective", "code"], name="activity_code")]

    def __str__(self) -> str:
        return self.text


class SdgLink(Sourced):
    """Table 1 of the strategic plan: an area's directly related SDG (and target where named)."""

    plan = models.ForeignKey(StrategicPlan, on_delete=models.CASCADE, related_name="sdg_links")
    area = models.ForeignKey(ProgrammeArea, on_delete=models.CASCADE, related_name="sdg_links")
    goal = models.ForeignKey(SdgGoal, on_delete=models.PROTECT, related_name="links")
    target = models.ForeignKey(
        SdgTarget, null=True, blank=True, on_delete=models.PROTECT, related_name="links"
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["area__order", "goal__number"]
        constraints = [
            models.UniqueConstraint(fields=["plan", "area", "goal", "target"], name="sdg_link_once")
        ]

    def __str__(self) -> str:
        return f"{self.area} → {self.target or self.goal}"
