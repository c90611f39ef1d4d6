"""The programme's standing networks: NEAMPAN's marine protected areas with versioned site
sheets and their nomination, NEA-LCCP's cities and peer reviews, NEACAP's committee rotation,
expert nominations and target pollutants, and the flagship species with the protected areas
they cross. Other apps' models are named by string, so this app imports none of them."""

import datetime

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from neaspec.multilingual import Translatable, translation_columns
from neaspec.sourcing import Sourced


class Site(Translatable, Sourced):
    """A protected area: a NEAMPAN site (nominated, then target) or a transboundary area."""

    class Kind(models.TextChoices):
        MPA = "mpa", _("Marine protected area")
        TRANSBOUNDARY = "transboundary", _("Transboundary protected area")
        WETLAND = "wetland", _("Protected wetland")

    class Status(models.TextChoices):
        NOMINATED = "nominated", _("Nominated")
        REVIEWED = "reviewed", _("Endorsed by the Steering Committee")
        TARGET = "target", _("Target site")
        DECLINED = "declined", _("Not taken up")
        OTHER = "other", _("Status not recorded")

    key = models.SlugField(_("key"), max_length=80, unique=True)
    name = models.CharField(_("name"), max_length=200)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.MPA)
    state = models.ForeignKey(
        "directory.MemberState",
        verbose_name=_("member State"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sites",
        help_text=_("Empty for an area several States share."),
    )
    states = models.ManyToManyField(
        "directory.MemberState",
        verbose_name=_("States it spans"),
        blank=True,
        related_name="shared_sites",
    )
    network = models.ForeignKey(
        "directory.Body",
        verbose_name=_("network"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="sites",
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.OTHER
    )
    designation = models.CharField(_("designation type"), max_length=200, blank=True)
    area_km2 = models.DecimalField(
        _("area (km²)"), max_digits=12, decimal_places=2, null=True, blank=True
    )
    latitude = models.DecimalField(
        _("latitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-90), MaxValueValidator(90)],
    )
    longitude = models.DecimalField(
        _("longitude"),
        max_digits=8,
        decimal_places=5,
        null=True,
        blank=True,
        validators=[MinValueValidator(-180), MaxValueValidator(180)],
    )
    boundary = models.JSONField(_("boundary (GeoJSON)"), null=True, blank=True)
    managing_authority = models.CharField(_("managing authority"), max_length=300, blank=True)
    description = models.TextField(_("description"), blank=True)
    projects = models.ManyToManyField(
        "projects.Project", verbose_name=_("projects"), blank=True, related_name="sites"
    )
    history = HistoricalRecords(excluded_fields=translation_columns("name", "description"))

    class Meta:
        ordering = ["state__name", "name"]
        verbose_name = _("site")

    def __str__(self) -> str:
        return self.name

    def clean(self) -> None:
        if (self.latitude is None) != (self.longitude is None):
            raise ValidationError(_("Give both latitude and longitude, or neither."))


class Inscription(Sourced):
    class Kind(models.TextChoices):
        RAMSAR = "ramsar", _("Ramsar Site")
        WORLD_HERITAGE = "world_heritage", _("UNESCO World Heritage")
        BIOSPHERE = "biosphere", _("UNESCO Biosphere Reserve")

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="inscriptions")
    kind = models.CharField(_("inscription"), max_length=16, choices=Kind.choices)
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["site", "kind"]
        verbose_name = _("inscription")
        constraints = [models.UniqueConstraint(fields=["site", "kind"], name="inscription_once")]

    def __str__(self) -> str:
        return f"{self.site}: {self.get_kind_display()}"


SHEET_FIELDS = ("values", "ecological_character", "threats", "management_measures")


class SiteSheet(Sourced):
    """One version of a site's information sheet, as its State submitted it."""

    class Status(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        VALIDATED = "validated", _("Validated")
        RETURNED = "returned", _("Returned")

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="sheets")
    version = models.PositiveSmallIntegerField(_("version"))
    values = models.TextField(_("values"), blank=True)
    ecological_character = models.TextField(_("ecological character"), blank=True)
    threats = models.TextField(_("threats"), blank=True)
    management_measures = models.TextField(_("management measures"), blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status.choices, default=Status.SUBMITTED
    )
    submitted_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    submitted_on = models.DateField(_("submitted on"))
    validated_by = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    validated_on = models.DateField(_("validated on"), null=True, blank=True)
    return_reason = models.CharField(_("reason for returning"), max_length=500, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["site", "-version"]
        verbose_name = _("site sheet")
        constraints = [
            models.UniqueConstraint(fields=["site", "version"], name="site_sheet_version")
        ]

    def __str__(self) -> str:
        return f"{self.site} v{self.version}"


class NominationStep(Sourced):
    """A step of a site's way into the network, with its date and who took it."""

    class Step(models.TextChoices):
        NOMINATED = "nominated", _("Nominated by the State")
        REVIEWED = "reviewed", _("Reviewed by the Steering Committee")
        INCLUDED = "included", _("Included by a SOM decision")

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="steps")
    step = models.CharField(_("step"), max_length=10, choices=Step.choices)
    date = models.DateField(_("date"), null=True, blank=True)
    actor = models.ForeignKey(
        "accounts.User", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    state = models.ForeignKey(
        "directory.MemberState",
        verbose_name=_("by the State"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="+",
    )
    meeting = models.ForeignKey(
        "meetings.Meeting",
        verbose_name=_("meeting"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="site_steps",
    )
    decision = models.ForeignKey(
        "decisions.Decision",
        verbose_name=_("decision"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="site_steps",
    )
    outcome = models.CharField(_("outcome"), max_length=500, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["site", "date", "pk"]
        verbose_name = _("nomination step")

    def __str__(self) -> str:
        return f"{self.site}: {self.get_step_display()}"


def stale_before(today: datetime.date, years: int) -> datetime.date:
    """Sheets validated before this day are stale."""
    try:
        return today.replace(year=today.year - years)
    except ValueError:  # 29 February
        return today.replace(year=today.year - years, day=28)


class NetworkCount(Sourced):
    """A count published where the names are not known (e.g. a State's number of sites)."""

    network = models.ForeignKey("directory.Body", on_delete=models.CASCADE, related_name="+")
    what = models.CharField(_("what is counted"), max_length=100)
    state = models.ForeignKey(
        "directory.MemberState", on_delete=models.PROTECT, related_name="network_counts"
    )
    count = models.PositiveSmallIntegerField(_("count"))
    as_of = models.CharField(_("as of"), max_length=40)
    history = HistoricalRecords()

    class Meta:
        ordering = ["network", "what", "state__name"]
        verbose_name = _("published count")
        constraints = [
            models.UniqueConstraint(
                fields=["network", "what", "state", "as_of"], name="network_count_once"
            )
        ]


# --- NEACAP ----------------------------------------------------------------------------------


class RotationRule(Sourced):
    """How a committee's chair rotates: the order of States, the term, the first term's start.
    The chair for any day is computed from it, never typed."""

    body = models.OneToOneField(
        "directory.Body", on_delete=models.CASCADE, related_name="rotation_rule"
    )
    order = models.JSONField(_("order of States"), help_text=_('State codes, e.g. ["CN", "JP"]'))
    term_months = models.PositiveSmallIntegerField(
        _("term (months)"), validators=[MinValueValidator(1)]
    )
    first_term_start = models.DateField(_("first term starts"))
    adopted_by = models.ForeignKey(
        "decisions.Decision",
        verbose_name=_("adopted by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="rotation_rules",
    )
    history = HistoricalRecords()

    class Meta:
        verbose_name = _("chair rotation rule")

    def __str__(self) -> str:
        return f"{self.body}: {' → '.join(self.order)} / {self.term_months}"

    def clean(self) -> None:
        order = self.order if isinstance(self.order, list) else None
        valid = order and all(isinstance(c, str) and len(c) == 2 for c in order)
        if not valid or len(set(order or [])) != len(order or []):
            raise ValidationError({"order": _("List each State's two-letter code once.")})

    def term_index(self, on: datetime.date) -> int | None:
        """Which term (0, 1, 2 ...) `on` falls in; None before the first."""
        start = self.first_term_start
        if on < start:
            return None
        months = (on.year - start.year) * 12 + on.month - start.month
        if on.day < start.day:
            months -= 1
        return months // self.term_months

    def term_start(self, index: int) -> datetime.date:
        months = self.first_term_start.month - 1 + index * self.term_months
        year, month = self.first_term_start.year + months // 12, months % 12 + 1
        return self.first_term_start.replace(year=year, month=month, day=1).replace(
            day=min(self.first_term_start.day, 28)
        )

    def chair_state_on(self, on: datetime.date) -> str | None:
        index = self.term_index(on)
        return None if index is None else self.order[index % len(self.order)]


class ExpertNomination(Sourced):
    """Where a State stands on nominating national experts a body asked for."""

    class Status(models.TextChoices):
        REQUESTED = "requested", _("Requested")
        IN_PROGRESS = "in_progress", _("Under internal procedures")
        SUBMITTED = "submitted", _("Submitted")

    body = models.ForeignKey("directory.Body", on_delete=models.CASCADE, related_name="+")
    purpose = models.CharField(_("for"), max_length=200)
    state = models.ForeignKey(
        "directory.MemberState", on_delete=models.PROTECT, related_name="expert_nominations"
    )
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.REQUESTED
    )
    requested_by = models.ForeignKey(
        "decisions.Decision",
        verbose_name=_("requested by"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="expert_nominations",
    )
    as_of = models.DateField(_("as of"), null=True, blank=True)
    note = models.CharField(_("note"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["purpose", "state__name"]
        verbose_name = _("expert nomination")
        constraints = [
            models.UniqueConstraint(fields=["body", "purpose", "state"], name="nomination_once")
        ]


class Pollutant(Translatable, Sourced):
    code = models.CharField(_("code"), max_length=20, unique=True)
    name = models.CharField(_("name"), max_length=100)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    history = HistoricalRecords(excluded_fields=translation_columns("name"))

    class Meta:
        ordering = ["order"]
        verbose_name = _("target pollutant")

    def __str__(self) -> str:
        return self.name


class WorkPlanCategory(Sourced):
    body = models.ForeignKey("directory.Body", on_delete=models.CASCADE, related_name="+")
    code = models.CharField(_("category"), max_length=8)
    description = models.TextField(_("description"))
    history = HistoricalRecords()

    class Meta:
        ordering = ["code"]
        verbose_name = _("work plan category")
        verbose_name_plural = _("work plan categories")


# --- NEA-LCCP --------------------------------------------------------------------------------


class NationalProgramme(Sourced):
    """A member State's own low carbon city programme (Table 4 of the strategic plan)."""

    state = models.ForeignKey(
        "directory.MemberState", on_delete=models.PROTECT, related_name="city_programmes"
    )
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["state__name", "name"]
        verbose_name = _("national programme")

    def __str__(self) -> str:
        return self.name


class City(Sourced):
    key = models.SlugField(_("key"), max_length=60, unique=True)
    name = models.CharField(_("name"), max_length=120)
    state = models.ForeignKey(
        "directory.MemberState", on_delete=models.PROTECT, related_name="cities"
    )
    programme = models.ForeignKey(
        NationalProgramme,
        verbose_name=_("national programme"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="cities",
    )
    latitude = models.DecimalField(
        _("latitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    longitude = models.DecimalField(
        _("longitude"), max_digits=8, decimal_places=5, null=True, blank=True
    )
    joined_note = models.CharField(_("joined"), max_length=200, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["state__name", "name"]
        verbose_name = _("city")
        verbose_name_plural = _("cities")

    def __str__(self) -> str:
        return self.name


class PeerReview(Sourced):
    class Status(models.TextChoices):
        PLANNED = "planned", _("Planned")
        HELD = "held", _("Held")

    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="peer_reviews")
    status = models.CharField(
        _("status"), max_length=8, choices=Status.choices, default=Status.HELD
    )
    # A report may name a review without its year ("the outcome of the review for Wuhan").
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    when_note = models.CharField(
        _("when, as known"), max_length=100, blank=True, help_text=_("e.g. 'by October 2018'")
    )
    reviewers = models.CharField(_("reviewers"), max_length=300, blank=True)
    partner = models.ForeignKey(
        "directory.Organization",
        verbose_name=_("partner"),
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="peer_reviews",
    )
    report = models.ForeignKey(
        "library.Document",
        verbose_name=_("report"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="peer_reviews",
    )
    summary = models.TextField(_("summary"), blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["-year", "city__name"]
        verbose_name = _("peer review")

    def __str__(self) -> str:
        return f"{self.city} {self.year or self.when_note}".strip()


class Recommendation(Sourced):
    class Status(models.TextChoices):
        OPEN = "open", _("Open")
        IN_PROGRESS = "in_progress", _("In progress")
        DONE = "done", _("Done")

    review = models.ForeignKey(PeerReview, on_delete=models.CASCADE, related_name="recommendations")
    text = models.TextField(_("recommendation"))
    follow_up = models.TextField(_("follow-up"), blank=True)
    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.OPEN
    )
    history = HistoricalRecords()

    class Meta:
        ordering = ["review", "pk"]
        verbose_name = _("recommendation")


class ForumParticipation(Sourced):
    city = models.ForeignKey(City, on_delete=models.CASCADE, related_name="forums")
    meeting = models.ForeignKey(
        "meetings.Meeting", on_delete=models.PROTECT, related_name="city_participants"
    )
    note = models.CharField(_("note"), max_length=300, blank=True)
    history = HistoricalRecords()

    class Meta:
        ordering = ["meeting__start", "city__name"]
        verbose_name = _("forum participation")
        constraints = [
            models.UniqueConstraint(fields=["city", "meeting"], name="forum_participation_once")
        ]


# --- nature conservation ---------------------------------------------------------------------


class Species(Translatable, Sourced):
    """A flagship species of the Nature Conservation Strategy."""

    key = models.SlugField(_("key"), max_length=60, unique=True)
    common_name = models.CharField(_("name"), max_length=120)
    scientific_name = models.CharField(_("scientific name"), max_length=120)
    order = models.PositiveSmallIntegerField(_("order"), default=0)
    range_states = models.ManyToManyField(
        "directory.MemberState", verbose_name=_("range States"), blank=True, related_name="species"
    )
    sites = models.ManyToManyField(
        Site, verbose_name=_("protected areas"), blank=True, related_name="species"
    )
    projects = models.ManyToManyField(
        "projects.Project", verbose_name=_("projects"), blank=True, related_name="species"
    )
    history = HistoricalRecords(excluded_fields=translation_columns("common_name"))

    class Meta:
        ordering = ["order"]
        verbose_name = _("flagship species")
        verbose_name_plural = _("flagship species")

    def __str__(self) -> str:
        return self.common_name
