"""The programme's money: funds, contributions through their life, budget plans and their
approved revisions, and expenditure.

Amounts are decimals with an explicit currency; totals in another currency name the exchange
rate and its date. Budget plans and contributions point at meetings and decisions by model name,
so this app imports nothing from `meetings` or `decisions`.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from neaspec.sourcing import Sourced

CURRENCY = RegexValidator(r"^[A-Z]{3}$", _("A currency is its three-letter ISO 4217 code."))
# Currencies a contribution to an ESCAP trust fund is made in, as far as the programme has seen.
CURRENCIES = ("USD", "CNY", "JPY", "KRW", "MNT", "RUB", "EUR")
POSITIVE = [MinValueValidator(0)]


def currency_field(**extra: object) -> models.CharField:
    return models.CharField(
        _("currency"),
        max_length=3,
        default="USD",
        choices=[(c, c) for c in CURRENCIES],
        validators=[CURRENCY],
        **extra,  # type: ignore[arg-type]
    )


class Fund(Sourced):
    class Kind(models.TextChoices):
        CORE = "core", _("Core Fund")
        PROJECT_BASED = "project_based", _("Project-based Fund")
        OTHER = "other", _("Other fund")

    key = models.SlugField(_("key"), max_length=40, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    currency = currency_field()
    established_note = models.CharField(_("established"), max_length=200, blank=True)
    description = models.TextField(_("description"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["kind", "name"]
        verbose_name = _("fund")

    def __str__(self) -> str:
        return self.name


class ExchangeRate(Sourced):
    """How many units of the fund's currency one unit of `currency` was worth on `date`."""

    currency = currency_field()
    to_currency = currency_field()
    date = models.DateField(_("date"))
    rate = models.DecimalField(_("rate"), max_digits=18, decimal_places=8, validators=POSITIVE)
    history = HistoricalRecords()

    class Meta:
        ordering = ["currency", "-date"]
        verbose_name = _("exchange rate")
        constraints = [
            models.UniqueConstraint(fields=["currency", "to_currency", "date"], name="rate_once")
        ]

    def __str__(self) -> str:
        return f"1 {self.currency} = {self.rate} {self.to_currency} ({self.date})"


class Contribution(Sourced):
    """A member State's (or organization's) contribution to a fund for a year: announced at a
    meeting, pledged, received. In-kind contributions carry a description and, if known, a
    valuation."""

    class Kind(models.TextChoices):
        CASH = "cash", _("Cash")
        IN_KIND = "in_kind", _("In kind")

    class Status(models.TextChoices):
        ANNOUNCED = "announced", _("Announced")
        PLEDGED = "pledged", _("Pledged")
        RECEIVED = "received", _("Received")

    fund = models.ForeignKey(
        Fund,
        verbose_name=_("fund"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="contributions",
        help_text=_("Empty for in-kind support given to the programme rather than to a fund."),
    )
    state = models.ForeignKey(
        "directory.MemberState",
        verbose_name=_("member State"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="contributions",
    )
    organization = models.ForeignKey(
        "directory.Organization",
        verbose_name=_("organization"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="contributions",
    )
    year = models.PositiveSmallIntegerField(_("year"))
    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.CASH)
    currency = currency_field()
    amount = models.DecimalField(
        _("amount"),
        null=True,
        blank=True,
        validators=POSITIVE,
        help_text=_("Empty when the amount is not known."),
        max_digits=16,
        decimal_places=2,
    )
    description = models.CharField(_("what is given"), max_length=500, blank=True)
    valuation = models.DecimalField(
        _("valuation"), null=True, blank=True, validators=POSITIVE, max_digits=16, decimal_places=2
    )
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.ANNOUNCED
    )
    announced_at = models.ForeignKey(
        "meetings.Meeting",
        verbose_name=_("announced at"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="contributions_announced",
    )
    pledged_on = models.DateField(_("pledged on"), null=True, blank=True)
    expected_on = models.DateField(_("expected on"), null=True, blank=True)
    received_on = models.DateField(_("received on"), null=True, blank=True)
    received_amount = models.DecimalField(
        _("amount received"),
        null=True,
        blank=True,
        validators=POSITIVE,
        max_digits=16,
        decimal_places=2,
    )
    # Whether a pledge was paid is a fact of its own: a report that notes a pledge says nothing
    # of its receipt, so without a receipt or this date the Hub says "receipt not recorded",
    # never "received 0, outstanding" (issue 32).
    not_received_on = models.DateField(
        _("not yet received on"),
        null=True,
        blank=True,
        help_text=_(
            "The latest day the money was known not to have arrived (in full). Empty when "
            "the record does not say whether it was received."
        ),
    )
    published = models.BooleanField(
        _("published"), default=False, help_text=_("Shown to the public.")
    )
    confirmed_by = models.ForeignKey(
        "accounts.User",
        verbose_name=_("confirmed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=500, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["year", "state__name", "fund"]
        verbose_name = _("contribution")
        constraints = [
            models.CheckConstraint(
                name="contribution_has_a_contributor",
                condition=models.Q(state__isnull=False) | models.Q(organization__isnull=False),
            )
        ]

    def __str__(self) -> str:
        return f"{self.contributor} {self.year} {self.fund}"

    @property
    def contributor(self) -> object:
        return self.state or self.organization

    @property
    def receipt_recorded(self) -> bool:
        """Whether the record says what of a cash pledge arrived: a receipt, or a day on which
        it was known not to have arrived."""
        return self.received_amount is not None or self.not_received_on is not None

    @property
    def outstanding(self) -> object:
        """What is pledged in cash and known not to be received yet (None when the amount or
        the receipt is not known, or nothing is pledged)."""
        if self.kind != self.Kind.CASH or self.amount is None or not self.receipt_recorded:
            return None
        if self.status == self.Status.ANNOUNCED:
            return None
        return max(self.amount - (self.received_amount or 0), 0)

    def clean(self) -> None:
        if not self.state_id and not self.organization_id:
            raise ValidationError(_("Name the member State or organization that contributes."))
        if self.kind == self.Kind.CASH and not self.fund_id:
            raise ValidationError({"fund": _("Name the fund a cash contribution goes to.")})
        if self.kind == self.Kind.IN_KIND and not self.description.strip():
            raise ValidationError({"description": _("Say what is given in kind.")})
        if self.status == self.Status.RECEIVED and (
            self.received_on is None or self.received_amount is None
        ):
            raise ValidationError(_("A received contribution needs its date and amount."))
        if self.pledged_on and self.received_on and self.received_on < self.pledged_on:
            raise ValidationError({"received_on": _("It cannot be received before it is pledged.")})


class Receipt(Sourced):
    """Money that arrived for a contribution on a day; a contribution may come in instalments.
    The contribution keeps the total and the last day; the ledger counts each receipt."""

    contribution = models.ForeignKey(
        Contribution, on_delete=models.PROTECT, related_name="receipts"
    )
    date = models.DateField(_("date"))
    amount = models.DecimalField(_("amount"), validators=POSITIVE, max_digits=16, decimal_places=2)
    history = HistoricalRecords()

    class Meta:
        ordering = ["contribution", "date"]
        verbose_name = _("receipt")

    def __str__(self) -> str:
        return f"{self.contribution}: {self.amount} on {self.date}"


class BudgetPlan(Sourced):
    """A fund's budget for a period; a revision is a new version approved by a SOM decision."""

    fund = models.ForeignKey(Fund, on_delete=models.PROTECT, related_name="budget_plans")
    first_year = models.PositiveSmallIntegerField(_("first year"))
    last_year = models.PositiveSmallIntegerField(_("last year"))
    version = models.PositiveSmallIntegerField(_("version"), default=1)
    approved_at = models.ForeignKey(
        "meetings.Meeting",
        verbose_name=_("approved at"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="budget_plans_approved",
    )
    approved_by = models.ForeignKey(
        "decisions.Decision",
        verbose_name=_("approving decision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="budget_plans_approved",
    )
    summary = models.TextField(_("what changed"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["fund", "-first_year", "version"]
        verbose_name = _("budget plan")
        constraints = [
            models.UniqueConstraint(
                fields=["fund", "first_year", "last_year", "version"], name="budget_plan_version"
            ),
            models.CheckConstraint(
                name="budget_plan_period_ordered",
                condition=models.Q(last_year__gte=models.F("first_year")),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.fund} {self.first_year}-{self.last_year} v{self.version}"


class BudgetLine(Sourced):
    """A category's budget for one year of a plan; an empty amount is not known, not zero."""

    plan = models.ForeignKey(BudgetPlan, on_delete=models.CASCADE, related_name="lines")
    category = models.CharField(_("category"), max_length=60)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    amount = models.DecimalField(
        _("amount"), null=True, blank=True, validators=POSITIVE, max_digits=16, decimal_places=2
    )
    change = models.CharField(
        _("change from the previous version"),
        max_length=12,
        blank=True,
        choices=[("increased", _("Increased")), ("decreased", _("Decreased"))],
        help_text=_("Where the sources say which way a line moved but not by how much."),
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["plan", "category", "year"]
        verbose_name = _("budget line")

    def __str__(self) -> str:
        return f"{self.category} {self.year or ''}"

    def clean(self) -> None:
        plan = self.plan if self.plan_id else None
        if plan and self.year and not plan.first_year <= self.year <= plan.last_year:
            raise ValidationError({"year": _("The year is outside the plan's period.")})


class Expenditure(Sourced):
    fund = models.ForeignKey(Fund, on_delete=models.PROTECT, related_name="expenditures")
    category = models.CharField(_("category"), max_length=60)
    date = models.DateField(_("date"))
    currency = currency_field()
    amount = models.DecimalField(_("amount"), validators=POSITIVE, max_digits=16, decimal_places=2)
    note = models.CharField(_("note"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["fund", "date"]
        verbose_name = _("expenditure")

    def __str__(self) -> str:
        return f"{self.fund} {self.date} {self.category} {self.amount} {self.currency}"
