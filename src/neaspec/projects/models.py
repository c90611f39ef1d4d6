"""Projects in IATI's shape: participating organizations with their roles, components, budget
by year, delays with their reasons, and the SOM decisions about them. A project serves a
programme area (and an objective where the framework has one) and is funded by a fund or a
State; other apps are named by model, so this one imports none of them."""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from neaspec.sourcing import Sourced


class ActivityStatus(models.TextChoices):
    """IATI ActivityStatus codes."""

    PIPELINE = "1", _("Pipeline or identification")
    IMPLEMENTATION = "2", _("Implementation")
    FINALISATION = "3", _("Finalisation")
    CLOSED = "4", _("Closed")
    CANCELLED = "5", _("Cancelled")
    SUSPENDED = "6", _("Suspended")


class Project(Sourced):
    key = models.SlugField(_("key"), max_length=60, unique=True)
    title = models.CharField(_("title"), max_length=300)
    description = models.TextField(_("description"))
    area = models.ForeignKey(
        "programme.ProgrammeArea",
        verbose_name=_("programme area"),
        on_delete=models.PROTECT,
        related_name="projects",
    )
    objective = models.ForeignKey(
        "programme.Objective",
        verbose_name=_("objective served"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="projects",
    )
    status = models.CharField(_("status"), max_length=1, choices=ActivityStatus.choices, blank=True)
    status_as_of = models.DateField(_("status as of"), null=True, blank=True)
    planned_start = models.DateField(_("planned start"), null=True, blank=True)
    planned_end = models.DateField(_("planned end"), null=True, blank=True)
    actual_start = models.DateField(_("actual start"), null=True, blank=True)
    actual_end = models.DateField(_("actual end"), null=True, blank=True)
    funding_fund = models.ForeignKey(
        "finance.Fund",
        verbose_name=_("funded from"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="projects",
    )
    funding_state = models.ForeignKey(
        "directory.MemberState",
        verbose_name=_("funded by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="projects_funded",
    )
    decisions = models.ManyToManyField(
        "decisions.Decision", verbose_name=_("SOM decisions"), blank=True, related_name="projects"
    )
    history = HistoricalRecords(m2m_fields=[decisions])

    class Meta:
        ordering = ["area__order", "title"]
        verbose_name = _("project")

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        for start, end in (("planned_start", "planned_end"), ("actual_start", "actual_end")):
            first, last = getattr(self, start), getattr(self, end)
            if first and last and last < first:
                raise ValidationError({end: _("The end cannot come before the start.")})


class Participation(Sourced):
    class Role(models.TextChoices):
        """IATI OrganisationRole codes."""

        FUNDING = "1", _("Funding")
        ACCOUNTABLE = "2", _("Accountable")
        EXTENDING = "3", _("Extending")
        IMPLEMENTING = "4", _("Implementing")

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="participants")
    role = models.CharField(_("role"), max_length=1, choices=Role.choices)
    organization = models.ForeignKey(
        "directory.Organization",
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="project_roles",
    )
    state = models.ForeignKey(
        "directory.MemberState",
        verbose_name=_("member State"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="project_roles",
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["project", "role"]
        verbose_name = _("participating organization")

    def __str__(self) -> str:
        return f"{self.get_role_display()}: {self.participant}"

    @property
    def participant(self) -> object:
        return self.organization or self.state

    def clean(self) -> None:
        if bool(self.organization_id) == bool(self.state_id):
            raise ValidationError(_("Name either an organization or a member State."))


class Component(Sourced):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="components")
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    title = models.CharField(_("title"), max_length=300)
    status = models.CharField(_("status"), max_length=1, choices=ActivityStatus.choices, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["project", "order"]
        verbose_name = _("component")

    def __str__(self) -> str:
        return self.title


class ProjectBudget(Sourced):
    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="budgets")
    year = models.PositiveSmallIntegerField(_("year"))
    currency = models.CharField(_("currency"), max_length=3, default="USD")
    amount = models.DecimalField(
        _("amount"), max_digits=16, decimal_places=2, validators=[MinValueValidator(0)]
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["project", "year"]
        verbose_name = _("project budget")
        constraints = [
            models.UniqueConstraint(fields=["project", "year"], name="project_budget_year")
        ]


class Delay(Sourced):
    """A delay the SOM heard of, with its reason."""

    project = models.ForeignKey(Project, on_delete=models.CASCADE, related_name="delays")
    reported_at = models.ForeignKey(
        "meetings.Meeting",
        verbose_name=_("reported at"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="project_delays",
    )
    date = models.DateField(_("date"), null=True, blank=True)
    what = models.CharField(_("what is delayed"), max_length=300)
    reason = models.TextField(_("reason"))
    history = HistoricalRecords()

    class Meta:
        ordering = ["project", "date"]
        verbose_name = _("delay")

    def __str__(self) -> str:
        return f"{self.project}: {self.what}"
