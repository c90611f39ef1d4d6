"""The programme's results framework.

Strategic plan → goals and approaches → programme areas (grouped in clusters where a plan does)
→ objectives → activities, each linkable to SDG targets and to the platform that delivers it;
biennial activity plans whose coded activities carry timing, lead, status and revisions; and
indicators with baseline, targets and values that member States submit and the Secretariat
approves. Plans and activity plans point at the SOM decision that adopted them (by name, so this
app imports nothing from `decisions`).
"""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from neaspec.conflicts import DUPLICATE
from neaspec.multilingual import Translatable, translation_columns
from neaspec.sourcing import Sourced


class ProgrammeArea(Translatable, Sourced):
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
    history = HistoricalRecords(excluded_fields=translation_columns("name", "description"))

    class Meta:
        ordering = ["order"]
        verbose_name = _("programme area")

    def __str__(self) -> str:
        return self.name


class SdgGoal(Translatable, Sourced):
    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    title = models.CharField(_("title"), max_length=200)
    history = HistoricalRecords(excluded_fields=translation_columns("title"))

    class Meta:
        ordering = ["number"]
        verbose_name = _("SDG")

    def __str__(self) -> str:
        return f"SDG {self.number}: {self.title}"


class SdgTarget(Translatable, Sourced):
    code = models.CharField(_("code"), max_length=8, unique=True)
    goal = models.ForeignKey(SdgGoal, on_delete=models.CASCADE, related_name="targets")
    summary = models.CharField(_("summary"), max_length=400)
    history = HistoricalRecords(excluded_fields=translation_columns("summary"))

    class Meta:
        ordering = ["goal__number", "code"]
        verbose_name = _("SDG target")

    def __str__(self) -> str:
        return f"{self.code} {self.summary}"


class StrategicPlan(Translatable, Sourced):
    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        ADOPTED = "adopted", _("Adopted")
        SUPERSEDED = "superseded", _("Superseded")

    code = models.CharField(_("code"), max_length=9, unique=True)
    title = models.CharField(_("title"), max_length=200)
    start_year = models.PositiveSmallIntegerField(_("first year"))
    end_year = models.PositiveSmallIntegerField(_("last year"))
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    adopted_at = models.ForeignKey(
        "meetings.Meeting",
        verbose_name=_("adopted at"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="plans_adopted",
    )
    adopted_by = models.ForeignKey(
        "decisions.Decision",
        verbose_name=_("adopting decision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="plans_adopted",
        help_text=_("Left empty where the report's paragraph is not in the sources."),
    )
    summary = models.TextField(_("summary"), blank=True)
    history = HistoricalRecords(excluded_fields=translation_columns("title", "summary"))

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


class PlanStatement(Translatable, Sourced):
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
    history = HistoricalRecords(excluded_fields=translation_columns("text"))

    class Meta(PlanStatement.Meta):
        constraints = [models.UniqueConstraint(fields=["plan", "code"], name="plan_goal_code")]


class PlanApproach(PlanStatement):
    plan = models.ForeignKey(StrategicPlan, on_delete=models.CASCADE, related_name="approaches")
    history = HistoricalRecords(excluded_fields=translation_columns("text"))

    class Meta(PlanStatement.Meta):
        constraints = [models.UniqueConstraint(fields=["plan", "code"], name="plan_approach_code")]


class Cluster(Translatable, Sourced):
    """Programme areas one plan groups together for synergy (the 2026-2030 idea); earlier plans
    keep their areas unclustered, so history is not rewritten."""

    plan = models.ForeignKey(StrategicPlan, on_delete=models.CASCADE, related_name="clusters")
    code = models.SlugField(_("code"), max_length=20)
    title = models.CharField(_("title"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords(excluded_fields=translation_columns("title"))

    class Meta:
        ordering = ["plan", "order"]
        verbose_name = _("cluster")
        constraints = [models.UniqueConstraint(fields=["plan", "code"], name="cluster_code")]

    def __str__(self) -> str:
        return self.title


class PlanArea(Translatable, Sourced):
    """A programme area as one plan frames it (titles change between plans)."""

    plan = models.ForeignKey(StrategicPlan, on_delete=models.CASCADE, related_name="plan_areas")
    area = models.ForeignKey(ProgrammeArea, on_delete=models.PROTECT, related_name="plan_areas")
    title = models.CharField(_("title in the plan"), max_length=200)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    cluster = models.ForeignKey(
        Cluster,
        verbose_name=_("cluster"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="plan_areas",
    )
    history = HistoricalRecords(excluded_fields=translation_columns("title"))

    class Meta:
        ordering = ["plan", "order"]
        constraints = [models.UniqueConstraint(fields=["plan", "area"], name="plan_area_once")]

    def __str__(self) -> str:
        return f"{self.plan.code}: {self.title}"

    def clean(self) -> None:
        if self.cluster is not None and self.cluster.plan_id != self.plan_id:
            raise ValidationError({"cluster": _("The cluster belongs to another plan.")})


class Objective(Translatable, Sourced):
    plan_area = models.ForeignKey(PlanArea, on_delete=models.CASCADE, related_name="objectives")
    code = models.CharField(_("code"), max_length=8)
    text = models.TextField(_("text"))
    platform = models.ForeignKey(
        "directory.Body",
        verbose_name=_("delivering platform"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="objectives",
    )
    weight = models.DecimalField(
        _("weight in the roll-up"),
        max_digits=5,
        decimal_places=2,
        default=1,
        validators=[MinValueValidator(0)],
    )
    history = HistoricalRecords(excluded_fields=translation_columns("text"))

    class Meta:
        ordering = ["plan_area", "code"]
        constraints = [models.UniqueConstraint(fields=["plan_area", "code"], name="objective_code")]

    def __str__(self) -> str:
        return self.text


class Activity(Translatable, Sourced):
    objective = models.ForeignKey(Objective, on_delete=models.CASCADE, related_name="activities")
    code = models.CharField(_("code"), max_length=8)
    text = models.TextField(_("text"))
    history = HistoricalRecords(excluded_fields=translation_columns("text"))

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
    objective = models.ForeignKey(
        Objective,
        verbose_name=_("objective"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="sdg_links",
        help_text=_("Empty when the plan links the whole area."),
    )
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


class ActivityPlan(Translatable, Sourced):
    """What one programme area will do in the next year or two, as the SOM approved it."""

    plan_area = models.ForeignKey(PlanArea, on_delete=models.CASCADE, related_name="activity_plans")
    title = models.CharField(_("title"), max_length=200)
    start = models.DateField(_("from"))
    end = models.DateField(_("until"))
    approved_by = models.ForeignKey(
        "decisions.Decision",
        verbose_name=_("approving decision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="activity_plans_approved",
    )
    history = HistoricalRecords(excluded_fields=translation_columns("title"))

    class Meta:
        ordering = ["plan_area__order", "-start"]
        verbose_name = _("activity plan")
        constraints = [
            models.UniqueConstraint(fields=["plan_area", "start"], name="activity_plan_once"),
            models.CheckConstraint(
                name="activity_plan_period_ordered", condition=models.Q(end__gte=models.F("start"))
            ),
        ]

    def __str__(self) -> str:
        return self.title


class PlannedActivity(Translatable, Sourced):
    """A coded activity of an activity plan (A.1, B.2 ...): when, who leads, how it goes."""

    class Status(models.TextChoices):
        # Blank means nobody has reported: missing, not "not started".
        NOT_REPORTED = "", _("Not reported")
        NOT_STARTED = "not_started", _("Not started")
        ON_TRACK = "on_track", _("On track")
        DELAYED = "delayed", _("Delayed")
        DONE = "done", _("Done")
        DROPPED = "dropped", _("Dropped")

    class Lead(models.TextChoices):
        SECRETARIAT = "secretariat", _("Secretariat")
        STATE = "state", _("Member State")
        PARTNER = "partner", _("Partner")

    activity_plan = models.ForeignKey(
        ActivityPlan, on_delete=models.CASCADE, related_name="activities"
    )
    code = models.CharField(_("code"), max_length=8)
    title = models.CharField(_("title"), max_length=300)
    objective = models.ForeignKey(
        Objective,
        verbose_name=_("objective served"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="planned_activities",
    )
    starts = models.DateField(_("starts"), null=True, blank=True)
    ends = models.DateField(_("ends"), null=True, blank=True)
    lead = models.CharField(_("lead"), max_length=12, choices=Lead.choices, blank=True)
    lead_state = models.ForeignKey(
        "directory.MemberState",
        verbose_name=_("lead State"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="activities_led",
    )
    lead_organization = models.ForeignKey(
        "directory.Organization",
        verbose_name=_("lead partner"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="activities_led",
    )
    budget_line = models.CharField(_("budget line"), max_length=60, blank=True)
    weight = models.DecimalField(
        _("weight in the roll-up"),
        max_digits=5,
        decimal_places=2,
        default=1,
        validators=[MinValueValidator(0)],
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, blank=True, default=""
    )
    status_reason = models.CharField(_("reason"), max_length=500, blank=True)
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), null=True, blank=True, validators=[MaxValueValidator(100)]
    )
    history = HistoricalRecords(excluded_fields=translation_columns("title"))

    class Meta:
        ordering = ["activity_plan", "code"]
        verbose_name = _("planned activity")
        verbose_name_plural = _("planned activities")
        constraints = [
            models.UniqueConstraint(fields=["activity_plan", "code"], name="planned_activity_code")
        ]

    def __str__(self) -> str:
        return f"{self.code} {self.title}"

    @property
    def timing(self) -> str:
        return timing_label(self.starts, self.ends)

    def clean(self) -> None:
        if self.starts and self.ends and self.ends < self.starts:
            raise ValidationError({"ends": _("The activity cannot end before it starts.")})
        if self.lead == self.Lead.STATE and not self.lead_state_id:
            raise ValidationError({"lead_state": _("Name the member State that leads.")})
        if self.status == self.Status.DELAYED and not self.status_reason.strip():
            raise ValidationError({"status_reason": _("Say why the activity is delayed.")})


class ActivityRevision(Translatable, Sourced):
    """A change to an approved activity asked for at a meeting (e.g. a workshop moved to Q4)."""

    activity = models.ForeignKey(
        PlannedActivity, on_delete=models.CASCADE, related_name="revisions"
    )
    what = models.CharField(_("what changed"), max_length=60)
    before = models.CharField(_("before"), max_length=200)
    after = models.CharField(_("after"), max_length=200)
    reason = models.CharField(_("reason"), max_length=500)
    requested_by = models.ForeignKey(
        "directory.MemberState",
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="activity_revisions",
    )
    meeting = models.ForeignKey(
        "meetings.Meeting",
        verbose_name=_("meeting"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="activity_revisions",
    )
    history = HistoricalRecords(excluded_fields=translation_columns("what", "reason"))

    class Meta:
        ordering = ["activity", "pk"]
        verbose_name = _("activity revision")
        constraints = [
            models.UniqueConstraint(fields=["activity", "what", "after"], name="revision_once")
        ]

    def __str__(self) -> str:
        return f"{self.activity.code}: {self.before} → {self.after}"


class Indicator(Translatable, Sourced):
    """A measure of progress: what is counted, in which unit, and which way is better."""

    class Direction(models.TextChoices):
        HIGHER = "higher", _("Higher is better")
        LOWER = "lower", _("Lower is better")

    code = models.SlugField(_("code"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200)
    unit = models.CharField(_("unit"), max_length=40)
    direction = models.CharField(_("direction"), max_length=6, choices=Direction.choices)
    area = models.ForeignKey(
        ProgrammeArea,
        verbose_name=_("programme area"),
        on_delete=models.PROTECT,
        related_name="indicators",
    )
    objective = models.ForeignKey(
        Objective,
        verbose_name=_("objective"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="indicators",
    )
    by_state = models.BooleanField(_("reported per member State"), default=True)
    comparable = models.BooleanField(
        _("values share one basis"),
        default=True,
        help_text=_("Only comparable values are drawn in one chart; others are listed."),
    )
    baseline_value = models.DecimalField(
        _("baseline"), max_digits=14, decimal_places=3, null=True, blank=True
    )
    baseline_year = models.PositiveSmallIntegerField(_("baseline year"), null=True, blank=True)
    baseline_source = models.CharField(
        _("source of the baseline"),
        max_length=500,
        blank=True,
        help_text=_("Where the baseline comes from; empty, the indicator's source."),
    )
    description = models.TextField(_("description"), blank=True)
    history = HistoricalRecords(excluded_fields=translation_columns("name", "description", "unit"))

    class Meta:
        ordering = ["area__order", "code"]
        verbose_name = _("indicator")

    def __str__(self) -> str:
        return self.name


class IndicatorTarget(Sourced):
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="targets")
    year = models.PositiveSmallIntegerField(_("year"))
    state = models.ForeignKey(
        "directory.MemberState",
        verbose_name=_("member State"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="indicator_targets",
    )
    value = models.DecimalField(_("target"), max_digits=14, decimal_places=3)
    history = HistoricalRecords()

    class Meta:
        ordering = ["indicator", "year"]
        verbose_name = _("indicator target")


class IndicatorThreshold(Sourced):
    """A reference line for an indicator's values: a guideline (the WHO air quality guideline
    for PM2.5), an interim target or a State's national standard, with its year and source.
    Charts draw it across the values and tables give it, so a reader sees how far each value
    is from it."""

    class Kind(models.TextChoices):
        GUIDELINE = "guideline", _("guideline")
        INTERIM_TARGET = "interim_target", _("interim target")
        NATIONAL_STANDARD = "national_standard", _("national standard")

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="thresholds")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    issuer = models.CharField(
        _("issued by"), max_length=60, help_text=_("Who sets it, e.g. WHO or a ministry.")
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    state = models.ForeignKey(
        "directory.MemberState",
        verbose_name=_("member State"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="indicator_thresholds",
        help_text=_("The State whose national standard it is; empty for a common reference."),
    )
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=3)
    history = HistoricalRecords()

    class Meta:
        ordering = ["indicator", "value"]
        verbose_name = _("indicator threshold")
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "kind", "issuer", "year", "state"], name="threshold_once"
            )
        ]

    def __str__(self) -> str:
        return f"{self.label}: {self.value}"

    @property
    def label(self) -> str:
        """ "WHO guideline (2021)", "Mongolia: national standard", in the reader's language."""
        named = {
            "who": str(self.state) if self.state_id else self.issuer,
            "kind": self.get_kind_display(),
            "year": self.year,
        }
        if self.year:
            return gettext("%(who)s %(kind)s (%(year)s)") % named
        return gettext("%(who)s %(kind)s") % named


class IndicatorValue(Sourced):
    """A measured value for a period (and State, and breakdown such as a city or a species
    group). Focal points submit their State's values; only approved values are charted."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Submitted")
        APPROVED = "approved", _("Approved")
        RETURNED = "returned", _("Returned")

    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    state = models.ForeignKey(
        "directory.MemberState",
        verbose_name=_("member State"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="indicator_values",
    )
    first_year = models.PositiveSmallIntegerField(_("from year"))
    last_year = models.PositiveSmallIntegerField(_("to year"))
    breakdown = models.CharField(
        _("breakdown"),
        max_length=80,
        blank=True,
        help_text=_("E.g. a city or a species group; empty for the headline value."),
    )
    value = models.DecimalField(_("value"), max_digits=14, decimal_places=3)
    value_upper = models.DecimalField(
        _("upper value"),
        max_digits=14,
        decimal_places=3,
        null=True,
        blank=True,
        help_text=_("Where the source gives a range (e.g. 60 to 65 per cent)."),
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.DRAFT
    )
    return_reason = models.CharField(_("reason for returning"), max_length=500, blank=True)
    submitted_by = models.ForeignKey(
        "accounts.User",
        verbose_name=_("submitted by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_by = models.ForeignKey(
        "accounts.User",
        verbose_name=_("approved by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    approved_at = models.DateTimeField(_("approved at"), null=True, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["indicator", "state__name", "first_year", "last_year", "breakdown"]
        verbose_name = _("indicator value")
        constraints = [
            # Two constraints because SQLite treats every NULL State as distinct.
            models.UniqueConstraint(
                fields=["indicator", "state", "first_year", "last_year", "breakdown"],
                condition=models.Q(state__isnull=False),
                name="indicator_value_once_per_state",
                violation_error_code=DUPLICATE,
                violation_error_message=_(
                    "A value for this indicator, member State, period and breakdown is "
                    "already recorded."
                ),
            ),
            models.UniqueConstraint(
                fields=["indicator", "first_year", "last_year", "breakdown"],
                condition=models.Q(state__isnull=True),
                name="indicator_value_once",
                violation_error_code=DUPLICATE,
                violation_error_message=_(
                    "A value for this indicator, period and breakdown is already recorded."
                ),
            ),
            models.CheckConstraint(
                name="indicator_value_period_ordered",
                condition=models.Q(last_year__gte=models.F("first_year")),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.indicator.code} {self.period}: {self.value}"

    @property
    def period(self) -> str:
        if self.first_year == self.last_year:
            return str(self.first_year)
        return f"{self.first_year}{DASH}{self.last_year}"

    def clean(self) -> None:
        if self.indicator_id and self.indicator.by_state and not self.state_id:
            raise ValidationError({"state": _("This indicator is reported per member State.")})
        if self.value_upper is not None and self.value_upper < self.value:
            raise ValidationError({"value_upper": _("The upper value is below the value.")})
        if self.status == self.Status.RETURNED and not self.return_reason.strip():
            raise ValidationError({"return_reason": _("Say why the value is returned.")})


def timing_label(starts: datetime.date | None, ends: datetime.date | None) -> str:
    """'Q4 2023' or 'Q2-Q3 2023' (en dash) when the dates fill whole quarters, else the dates."""
    if starts is None or ends is None:
        known = starts or ends
        return known.isoformat() if known else ""
    whole = starts.day == 1 and starts.month % 3 == 1 and (ends + _ONE_DAY).day == 1
    whole = whole and (ends + _ONE_DAY).month % 3 == 1
    if not whole:
        return f"{starts.isoformat()} {DASH} {ends.isoformat()}"
    first, last = f"Q{(starts.month - 1) // 3 + 1}", f"Q{(ends.month - 1) // 3 + 1}"
    if starts.year != ends.year:
        return f"{first} {starts.year} {DASH} {last} {ends.year}"
    return f"{first} {starts.year}" if first == last else f"{first}{DASH}{last} {starts.year}"


_ONE_DAY = datetime.timedelta(days=1)
DASH = "\u2013"  # an en dash between the ends of a range
